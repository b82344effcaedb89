package dev.appraise.synthesis.plot;

import dev.appraise.core.markup.SvgElement;
import dev.appraise.synthesis.EffectSize;
import dev.appraise.synthesis.FilledStudy;
import dev.appraise.synthesis.MetaAnalysisResult;
import dev.appraise.synthesis.TrimAndFillResult;
import dev.appraise.synthesis.WeightedStudy;
import dev.appraise.synthesis.plot.Canvas.Anchor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The funnel plot of a meta-analysis as SVG: each study's estimate against its standard error (the
 * axis reversed, the most precise studies at the top), the pooled estimate as a vertical line, and
 * the pseudo 95 % confidence region {@code b ± 1.96 SE} around it, as metafor's {@code funnel}
 * draws it (Sterne and Egger 2001). Ratio measures are drawn on the log scale and labelled on the
 * ratio scale.
 *
 * <pre>{@code
 * String svg = FunnelPlot.withDefaults().withContours(true).render(fit);
 * String filled = FunnelPlot.withDefaults().render(TrimAndFill.withDefaults().fill(fit));
 * }</pre>
 *
 * <p>With {@linkplain #withContours(boolean) contours} the plot is contour-enhanced (Peters et al.
 * 2008): the regions where a study's two-sided p-value against no effect is above 0.10, between
 * 0.10 and 0.05, between 0.05 and 0.01 and below 0.01 are shaded from white to light grey, so that
 * missing studies can be told to lie where results are non-significant or not. Given a
 * trim-and-fill result, the studies it filled are drawn as open circles and the funnel is centred
 * on the estimate after filling, as metafor does.
 *
 * <p>Every study is {@code <circle class="study" data-study="..">} (filled ones {@code
 * class="filled"}) with a {@code <title>}; the figure has a fixed size whatever the number of
 * studies.
 *
 * <p>References: Sterne JAC, Egger M (2001), Funnel plots for detecting bias in meta-analysis, J
 * Clin Epidemiol 54:1046-1055. Peters JL, Sutton AJ, Jones DR, Abrams KR, Rushton L (2008),
 * Contour-enhanced meta-analysis funnel plots help distinguish publication bias from other causes
 * of asymmetry, J Clin Epidemiol 61:991-996.
 */
public final class FunnelPlot {

  private static final double WIDTH = 560;
  private static final double MARGIN = 12;
  private static final double PLOT_LEFT = 64;
  private static final double PLOT_WIDTH = WIDTH - PLOT_LEFT - 28;
  private static final double PLOT_HEIGHT = 320;
  private static final double FONT = 12;

  /** The contour levels: two-sided p of 0.10, 0.05 and 0.01, with the shades outside each. */
  private static final double[] CONTOUR_P = {0.01, 0.05, 0.10};

  private static final String[] CONTOUR_FILL = {"#E6E6E6", "#C8C8C8", "#A6A6A6", "#FFFFFF"};

  private final Optional<String> title;
  private final boolean contours;

  private FunnelPlot(Optional<String> title, boolean contours) {
    this.title = title;
    this.contours = contours;
  }

  /** {@return a plain funnel plot without title} */
  public static FunnelPlot withDefaults() {
    return new FunnelPlot(Optional.empty(), false);
  }

  /**
   * Sets a title drawn above the plot, also the figure's accessible name.
   *
   * @param text the title
   * @return a plot with that title
   */
  public FunnelPlot withTitle(String text) {
    return new FunnelPlot(Optional.of(text), contours);
  }

  /**
   * Chooses whether to shade the regions of significance at p = 0.10, 0.05 and 0.01 (a
   * contour-enhanced funnel plot).
   *
   * @param shaded whether to shade them
   * @return a plot with that choice
   */
  public FunnelPlot withContours(boolean shaded) {
    return new FunnelPlot(title, shaded);
  }

  /**
   * Draws a meta-analysis.
   *
   * @param fit the fitted model
   * @return the SVG document
   */
  public String render(MetaAnalysisResult fit) {
    return draw(fit, Optional.empty()).svg().toDocument();
  }

  /**
   * Draws the observed studies and those trim-and-fill filled, around the estimate after filling.
   *
   * @param filled the result of trim-and-fill
   * @return the SVG document
   */
  public String render(TrimAndFillResult filled) {
    return draw(filled.model(), Optional.of(filled)).svg().toDocument();
  }

  /** Lays the figure out and draws it, keeping the label boxes. */
  Canvas draw(MetaAnalysisResult model, Optional<TrimAndFillResult> filled) {
    boolean ratio = model.measure().isRatio();
    List<EffectSize> observed = new ArrayList<>();
    List<EffectSize> imputed = new ArrayList<>();
    if (filled.isPresent()) {
      filled.get().filled().stream().map(FilledStudy::effect).forEach(imputed::add);
      for (WeightedStudy s : model.studies()) {
        if (imputed.stream().noneMatch(f -> f.study().equals(s.study()))) {
          observed.add(s.effect());
        }
      }
    } else {
      model.studies().forEach(s -> observed.add(s.effect()));
    }
    double centre = model.estimate();
    double z95 = quantile(0.05);
    double maxSe = model.studies().stream().mapToDouble(s -> s.effect().sei()).max().orElse(1);
    Axis seAxis = Axis.covering(0, maxSe, false);
    double seMax = seAxis.upper();
    double min = centre - z95 * seMax;
    double max = centre + z95 * seMax;
    for (WeightedStudy s : model.studies()) {
      min = Math.min(min, s.effect().yi());
      max = Math.max(max, s.effect().yi());
    }
    if (contours) {
      double widest = quantile(CONTOUR_P[0]) * seMax;
      min = Math.min(min, -widest);
      max = Math.max(max, widest);
    }
    Axis xAxis = Axis.covering(min, max, ratio);

    double plotTop = MARGIN + (title.isPresent() ? 30 : 0) + FONT + 14;
    double plotBottom = plotTop + PLOT_HEIGHT;
    double tickBaseline = plotBottom + 8 + FONT;
    double axisTitleBaseline = tickBaseline + FONT + 8;
    List<String> legend = new ArrayList<>();
    legend.add("Studies");
    if (!imputed.isEmpty()) {
      legend.add(
          "Filled by trim-and-fill ("
              + imputed.size()
              + ", "
              + filled.orElseThrow().side().metaforName()
              + " side)");
    }
    String pooled =
        (filled.isPresent() ? "Estimate after filling " : "Pooled estimate ")
            + ForestPlot.interval(model.estimate(), model.ciLower(), model.ciUpper(), ratio);
    legend.add(pooled);
    legend.add("Pseudo 95% confidence region");
    List<String> contourLabels =
        List.of("p < 0.01", "0.01 ≤ p < 0.05", "0.05 ≤ p < 0.10", "p ≥ 0.10");
    if (contours) {
      legend.addAll(contourLabels);
    }
    double legendLine = FONT + 7;
    double legendTop = axisTitleBaseline + 12;
    double height = legendTop + legendLine * legend.size() + MARGIN;

    Canvas canvas = new Canvas(WIDTH, height);
    SvgElement svg =
        canvas
            .svg()
            .cssClass("funnel-plot")
            .title(
                title.orElse(
                    (contours ? "Contour-enhanced funnel plot: " : "Funnel plot: ")
                        + model.measure().reportedLabel()
                        + ", "
                        + observed.size()
                        + " studies"))
            .desc(
                observed.size()
                    + " studies plotted by estimate against standard error"
                    + (imputed.isEmpty() ? "" : ", " + imputed.size() + " filled by trim-and-fill")
                    + "; "
                    + pooled
                    + ".");
    title.ifPresent(t -> canvas.text(svg, MARGIN, MARGIN + 16, 16, Anchor.START, true, t));
    canvas.text(svg, PLOT_LEFT - 6, plotTop - 10, FONT, Anchor.START, false, "Standard error");

    String clip = "funnel-area";
    svg.element("clipPath").id(clip).rect(PLOT_LEFT, plotTop, PLOT_WIDTH, PLOT_HEIGHT);
    SvgElement area =
        svg.group().cssClass("plot-area").attribute("clip-path", "url(#" + clip + ")");
    area.rect(PLOT_LEFT, plotTop, PLOT_WIDTH, PLOT_HEIGHT)
        .attribute("fill", contours ? CONTOUR_FILL[0] : "#FFFFFF");
    Geometry at = new Geometry(xAxis, seMax, plotTop);
    if (contours) {
      for (int i = 0; i < CONTOUR_P.length; i++) {
        double w = quantile(CONTOUR_P[i]);
        area.polygon(at.x(0), plotTop, at.x(-w * seMax), plotBottom, at.x(w * seMax), plotBottom)
            .cssClass("contour")
            .data("p", Double.toString(CONTOUR_P[i]))
            .attribute("fill", CONTOUR_FILL[i + 1]);
      }
    }
    area.line(at.x(centre), plotTop, at.x(centre), plotBottom)
        .cssClass("pooled")
        .attribute("stroke", Canvas.LINE)
        .attribute("stroke-width", 1);
    area.polyline(
            at.x(centre - z95 * seMax),
            plotBottom,
            at.x(centre),
            plotTop,
            at.x(centre + z95 * seMax),
            plotBottom)
        .cssClass("pseudo-ci")
        .attribute("fill", "none")
        .attribute("stroke", Canvas.LINE)
        .attribute("stroke-width", 1)
        .attribute("stroke-dasharray", "5 3");
    double r = observed.size() + imputed.size() <= 50 ? 4 : 2.8;
    for (EffectSize e : observed) {
      point(area, at, e, r, "study", "#1A1A1A", ratio);
    }
    for (EffectSize e : imputed) {
      point(area, at, e, r, "filled", "#FFFFFF", ratio);
    }
    svg.rect(PLOT_LEFT, plotTop, PLOT_WIDTH, PLOT_HEIGHT)
        .attribute("fill", "none")
        .attribute("stroke", Canvas.LINE)
        .attribute("stroke-width", 1);

    SvgElement axes = svg.group().cssClass("axis");
    for (int t = 0; t < xAxis.ticks().size(); t++) {
      double tx = at.x(xAxis.ticks().get(t));
      axes.line(tx, plotBottom, tx, plotBottom + 5)
          .attribute("stroke", Canvas.LINE)
          .attribute("stroke-width", 1);
      canvas.text(axes, tx, tickBaseline, FONT, Anchor.MIDDLE, false, xAxis.labels().get(t));
    }
    canvas.text(
        axes,
        PLOT_LEFT + PLOT_WIDTH / 2,
        axisTitleBaseline,
        FONT,
        Anchor.MIDDLE,
        false,
        model.measure().reportedLabel() + (ratio ? " (log scale)" : ""));
    for (int t = 0; t < seAxis.ticks().size(); t++) {
      double ty = at.y(seAxis.ticks().get(t));
      axes.line(PLOT_LEFT - 5, ty, PLOT_LEFT, ty)
          .attribute("stroke", Canvas.LINE)
          .attribute("stroke-width", 1);
      canvas.text(
          axes, PLOT_LEFT - 8, ty + FONT * 0.35, FONT, Anchor.END, false, seAxis.labels().get(t));
    }

    SvgElement key = svg.group().cssClass("legend");
    for (int i = 0; i < legend.size(); i++) {
      String text = legend.get(i);
      double ly = legendTop + legendLine * i + FONT * 0.8;
      double cy = ly - FONT * 0.35;
      SvgElement item = key.group().cssClass("legend-item");
      double sx = PLOT_LEFT;
      if (text.equals("Studies")) {
        item.circle(sx + 8, cy, 4).attribute("fill", "#1A1A1A").attribute("stroke", "#1A1A1A");
      } else if (text.startsWith("Filled")) {
        item.circle(sx + 8, cy, 4).attribute("fill", "#FFFFFF").attribute("stroke", "#1A1A1A");
      } else if (text.startsWith("Pseudo")) {
        item.line(sx, cy, sx + 16, cy)
            .attribute("stroke", Canvas.LINE)
            .attribute("stroke-dasharray", "5 3");
      } else if (contourLabels.contains(text)) {
        item.rect(sx, cy - 5, 16, 10)
            .attribute("fill", CONTOUR_FILL[contourLabels.indexOf(text)])
            .attribute("stroke", Canvas.LINE)
            .attribute("stroke-width", 0.5);
      } else {
        item.line(sx, cy, sx + 16, cy).attribute("stroke", Canvas.LINE);
      }
      canvas.text(item, sx + 24, ly, FONT, Anchor.START, false, text);
    }
    return canvas;
  }

  private static void point(
      SvgElement parent,
      Geometry at,
      EffectSize e,
      double r,
      String cssClass,
      String fill,
      boolean ratio) {
    double yi = e.yi();
    parent
        .circle(at.x(yi), at.y(e.sei()), r)
        .cssClass(cssClass)
        .data("study", e.study())
        .attribute("fill", fill)
        .attribute("stroke", "#1A1A1A")
        .attribute("stroke-width", 1)
        .title(
            e.study()
                + ": "
                + Numbers.two(ratio ? Math.exp(yi) : yi)
                + ", SE "
                + Numbers.two(e.sei()));
  }

  /** The two-sided normal quantile of a p-value, {@code z(1 - p/2)}. */
  private static double quantile(double p) {
    return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - p / 2);
  }

  /** Where a value and a standard error are drawn. */
  private record Geometry(Axis xAxis, double seMax, double plotTop) {

    double x(double value) {
      return PLOT_LEFT + PLOT_WIDTH * xAxis.fraction(value);
    }

    double y(double se) {
      return plotTop + PLOT_HEIGHT * se / seMax;
    }
  }
}
