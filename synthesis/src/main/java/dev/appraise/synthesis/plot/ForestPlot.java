package dev.appraise.synthesis.plot;

import static dev.appraise.synthesis.plot.Numbers.p;
import static dev.appraise.synthesis.plot.Numbers.percent;
import static dev.appraise.synthesis.plot.Numbers.two;

import dev.appraise.core.markup.NumberText;
import dev.appraise.core.markup.SvgElement;
import dev.appraise.core.model.JudgementStage;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.core.model.RiskOfBiasPalette;
import dev.appraise.synthesis.EffectMeasure;
import dev.appraise.synthesis.Heterogeneity;
import dev.appraise.synthesis.MetaAnalysisResult;
import dev.appraise.synthesis.Prediction;
import dev.appraise.synthesis.SubgroupDifferences;
import dev.appraise.synthesis.SubgroupFit;
import dev.appraise.synthesis.SubgroupResult;
import dev.appraise.synthesis.Tau2Method;
import dev.appraise.synthesis.TestKind;
import dev.appraise.synthesis.WeightedStudy;
import dev.appraise.synthesis.plot.Canvas.Anchor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The forest plot of a meta-analysis as SVG: one row per study with its estimate and confidence
 * interval (a square sized by its weight), its weight and its numbers; the pooled estimate as a
 * diamond; the prediction interval of a random-effects model as a bar; the heterogeneity line
 * (tau², I², Q with its df and p) and the test of the overall effect. Ratio measures are drawn on a
 * log axis labelled on the ratio scale, and their numbers are ratios.
 *
 * <pre>{@code
 * String svg = ForestPlot.withDefaults()
 *     .withTitle("BCG vaccine and tuberculosis")
 *     .withLabels("Favours vaccine", "Favours control")
 *     .withRiskOfBias(judgements)                   // optional columns, one per domain and the overall judgement
 *     .render(fit);                                  // or render(fit, subgroups) for subgroup blocks
 * }</pre>
 *
 * <h2>What is drawn</h2>
 *
 * <ul>
 *   <li>A study's interval is {@code yi ± z sqrt(vi)} with {@code z} the normal quantile of the
 *       model's level, as metafor's {@code forest} draws it; the area of its square is proportional
 *       to its weight in the model.
 *   <li>The diamond spans the confidence interval of the pooled estimate; the bar under it, the
 *       prediction interval (random effects only).
 *   <li>With subgroups ({@link #render(MetaAnalysisResult, SubgroupResult)}), each subgroup is a
 *       block: its studies, its own diamond and heterogeneity line; then the overall model and the
 *       test for subgroup differences. The weights shown are the overall model's.
 *   <li>Risk-of-bias columns ({@link #withRiskOfBias(Collection)}): one coloured circle per domain
 *       and one for the overall judgement, with robvis' glyph ({@link
 *       RiskOfBiasLevel#robvisSymbol()}) so that colour is never the only cue, in robvis' colours
 *       or the colour-blind-safe palette ({@link RiskOfBiasPalette}). Of several judgements of a
 *       study's domain the one of the latest stage (adjudicated, consensus, individual) is shown.
 * </ul>
 *
 * <p>Rows shrink from 22 to 13 pixels and the type from 12 to 9 as the studies go from 20 to 60 and
 * beyond, so that 5 and 150 studies both read; columns are as wide as their longest label. All text
 * is text: every study row is {@code <g class="study" data-study="..">} with a {@code <title>}, the
 * numbers are {@code <text class="estimate">} and {@code <text class="weight">}, the pooled row is
 * {@code <g class="pooled">}. The document is self-contained.
 */
public final class ForestPlot {

  private static final double MARGIN = 12;
  private static final double GAP = 16;
  private static final double PLOT_WIDTH = 320;
  private static final int LONGEST_LABEL = 60;

  private final Optional<String> title;
  private final List<RiskOfBiasJudgement> riskOfBias;
  private final Map<String, String> domainNames;
  private final RiskOfBiasPalette palette;
  private final Optional<String> leftLabel;
  private final Optional<String> rightLabel;

  private ForestPlot(
      Optional<String> title,
      List<RiskOfBiasJudgement> riskOfBias,
      Map<String, String> domainNames,
      RiskOfBiasPalette palette,
      Optional<String> leftLabel,
      Optional<String> rightLabel) {
    this.title = title;
    this.riskOfBias = List.copyOf(riskOfBias);
    this.domainNames = Map.copyOf(domainNames);
    this.palette = palette;
    this.leftLabel = leftLabel;
    this.rightLabel = rightLabel;
  }

  /**
   * {@return a plot without title, risk-of-bias columns or direction labels, in robvis' colours}
   */
  public static ForestPlot withDefaults() {
    return new ForestPlot(
        Optional.empty(),
        List.of(),
        Map.of(),
        RiskOfBiasPalette.COCHRANE,
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Sets a title drawn above the plot, also the figure's accessible name.
   *
   * @param text the title
   * @return a plot with that title
   */
  public ForestPlot withTitle(String text) {
    return new ForestPlot(
        Optional.of(text), riskOfBias, domainNames, palette, leftLabel, rightLabel);
  }

  /**
   * Adds risk-of-bias columns: one per domain, in the order the domains first appear, and one for
   * the overall judgement ({@link RiskOfBiasJudgement#OVERALL}) when there is one. A study without
   * a judgement in a domain has an empty cell.
   *
   * @param judgements the judgements, of the studies by the ids their effect sizes carry
   * @return a plot with those columns
   */
  public ForestPlot withRiskOfBias(Collection<RiskOfBiasJudgement> judgements) {
    return new ForestPlot(
        title, List.copyOf(judgements), domainNames, palette, leftLabel, rightLabel);
  }

  /**
   * Names the risk-of-bias domains in the key under the plot, e.g. {@code D1} as {@code "Random
   * sequence generation"}.
   *
   * @param names the names by domain identifier
   * @return a plot with that key
   */
  public ForestPlot withDomainNames(Map<String, String> names) {
    return new ForestPlot(title, riskOfBias, names, palette, leftLabel, rightLabel);
  }

  /**
   * Sets the colours of the risk-of-bias circles.
   *
   * @param colours robvis' colours or the colour-blind-safe palette
   * @return a plot with that palette
   */
  public ForestPlot withPalette(RiskOfBiasPalette colours) {
    return new ForestPlot(title, riskOfBias, domainNames, colours, leftLabel, rightLabel);
  }

  /**
   * Labels the two sides of the line of no effect, e.g. {@code "Favours vaccine"} and {@code
   * "Favours control"}.
   *
   * @param left the label left of the line (effects below no effect)
   * @param right the label right of the line
   * @return a plot with those labels
   */
  public ForestPlot withLabels(String left, String right) {
    return new ForestPlot(
        title, riskOfBias, domainNames, palette, Optional.of(left), Optional.of(right));
  }

  /**
   * Draws a meta-analysis.
   *
   * @param fit the fitted model
   * @return the SVG document
   * @throws IllegalArgumentException if two risk-of-bias judgements of a study's domain at its
   *     latest stage disagree
   */
  public String render(MetaAnalysisResult fit) {
    return draw(fit, Optional.empty()).svg().toDocument();
  }

  /**
   * Draws a meta-analysis with subgroup blocks.
   *
   * @param overall the model on all studies
   * @param subgroups the subgroup analysis of the same studies
   * @return the SVG document
   * @throws IllegalArgumentException if a subgroup's study is not in the overall model, or two
   *     risk-of-bias judgements of a study's domain at its latest stage disagree
   */
  public String render(MetaAnalysisResult overall, SubgroupResult subgroups) {
    return draw(overall, Optional.of(subgroups)).svg().toDocument();
  }

  /** The rows of the plot, top to bottom. */
  private sealed interface Row {}

  /** A study, with its weight in the overall model. */
  private record StudyRow(WeightedStudy study, double weight) implements Row {}

  /** A subgroup's heading. */
  private record HeaderRow(String text) implements Row {}

  /** A pooled estimate. */
  private record DiamondRow(String label, MetaAnalysisResult fit, String cssClass) implements Row {}

  /** A prediction interval. */
  private record PredictionRow(Prediction prediction) implements Row {}

  /** A line of text across the figure. */
  private record NoteRow(String text, String cssClass) implements Row {}

  /** Lays the figure out and draws it, keeping the label boxes. */
  Canvas draw(MetaAnalysisResult fit, Optional<SubgroupResult> subgroups) {
    EffectMeasure measure = fit.measure();
    boolean ratio = measure.isRatio();
    double z =
        new NormalDistribution(null, 0, 1).inverseCumulativeProbability(1 - (1 - fit.level()) / 2);
    Map<String, Double> weights = new HashMap<>();
    fit.studies().forEach(s -> weights.put(s.study(), s.weight()));
    List<Row> rows = new ArrayList<>();
    if (subgroups.isPresent()) {
      for (SubgroupFit g : subgroups.get().subgroups()) {
        rows.add(new HeaderRow(g.group()));
        for (WeightedStudy s : g.fit().studies()) {
          Double w = weights.get(s.study());
          if (w == null) {
            throw new IllegalArgumentException(
                "forest plot: study "
                    + s.study()
                    + " of subgroup "
                    + g.group()
                    + " is not in the overall model");
          }
          rows.add(new StudyRow(s, w));
        }
        rows.add(new DiamondRow("Subtotal (k = " + g.fit().k() + ")", g.fit(), "subgroup-pooled"));
        rows.add(new NoteRow(heterogeneity(g.fit()), "heterogeneity"));
      }
    } else {
      fit.studies().forEach(s -> rows.add(new StudyRow(s, s.weight())));
    }
    rows.add(new DiamondRow(modelName(fit), fit, "pooled"));
    fit.prediction().ifPresent(pi -> rows.add(new PredictionRow(pi)));
    rows.add(new NoteRow(heterogeneity(fit), "heterogeneity"));
    rows.add(new NoteRow(overallTest(fit), "overall-test"));
    subgroups
        .flatMap(SubgroupResult::differences)
        .ifPresent(d -> rows.add(new NoteRow(differences(d), "subgroup-test")));

    int k = (int) rows.stream().filter(StudyRow.class::isInstance).count();
    double rowHeight = k <= 20 ? 22 : k <= 60 ? 17 : 13;
    double font = k <= 20 ? 12 : k <= 60 ? 11 : 9;
    double noteFont = Math.max(8, font - 1);
    RiskOfBiasColumns rob = RiskOfBiasColumns.of(riskOfBias);

    // the range of every interval drawn
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    double maxWeight = 0;
    for (Row r : rows) {
      if (r instanceof StudyRow s) {
        double se = s.study().effect().sei();
        min = Math.min(min, s.study().effect().yi() - z * se);
        max = Math.max(max, s.study().effect().yi() + z * se);
        maxWeight = Math.max(maxWeight, s.weight());
      } else if (r instanceof DiamondRow d) {
        min = Math.min(min, d.fit().ciLower());
        max = Math.max(max, d.fit().ciUpper());
      } else if (r instanceof PredictionRow pr) {
        min = Math.min(min, pr.prediction().lower());
        max = Math.max(max, pr.prediction().upper());
      }
    }
    Axis axis = Axis.covering(min, max, ratio);

    // column widths from the labels they hold
    String estimateHeader = measure.reportedLabel() + " [" + percent(fit.level()) + "% CI]";
    double studyWidth = Canvas.width("Study", font, true);
    double weightWidth = Canvas.width("Weight", font, true);
    double estimateWidth = Canvas.width(estimateHeader, font, true);
    double noteWidth = 0;
    for (Row r : rows) {
      if (r instanceof StudyRow s) {
        studyWidth = Math.max(studyWidth, Canvas.width(label(s.study().study()), font, false));
        weightWidth = Math.max(weightWidth, Canvas.width(weightText(s.weight()), font, false));
        estimateWidth =
            Math.max(
                estimateWidth,
                Canvas.width(
                    interval(
                        s.study().effect().yi(),
                        s.study().effect().yi() - z * s.study().effect().sei(),
                        s.study().effect().yi() + z * s.study().effect().sei(),
                        ratio),
                    font,
                    false));
      } else if (r instanceof HeaderRow h) {
        studyWidth = Math.max(studyWidth, Canvas.width(label(h.text()), font, true));
      } else if (r instanceof DiamondRow d) {
        studyWidth = Math.max(studyWidth, Canvas.width(d.label(), font, true));
        estimateWidth =
            Math.max(
                estimateWidth,
                Canvas.width(
                    interval(d.fit().estimate(), d.fit().ciLower(), d.fit().ciUpper(), ratio),
                    font,
                    true));
      } else if (r instanceof PredictionRow pr) {
        studyWidth = Math.max(studyWidth, Canvas.width("Prediction interval", font, false));
        estimateWidth =
            Math.max(
                estimateWidth,
                Canvas.width(
                    bounds(pr.prediction().lower(), pr.prediction().upper(), ratio), font, false));
      } else if (r instanceof NoteRow n) {
        noteWidth = Math.max(noteWidth, Canvas.width(n.text(), noteFont, false));
      }
    }
    double studyLeft = MARGIN;
    String sideLeft = leftLabel.orElse("");
    // a long left label on a plot whose line of no effect is far left would leave the figure: widen
    // the study column
    double pad =
        Math.max(
            0,
            MARGIN
                + 8
                + Canvas.width(sideLeft, font, false)
                - (studyLeft + studyWidth + GAP + PLOT_WIDTH * axis.fraction(0)));
    double plotLeft = studyLeft + studyWidth + pad + GAP;
    double plotRight = plotLeft + PLOT_WIDTH;
    double weightRight = plotRight + GAP + weightWidth;
    double estimateRight = weightRight + GAP + estimateWidth;
    double glyph = Math.min(rowHeight * 0.8, 18);
    double robColumn = glyph + 6;
    for (String h : rob.headers()) {
      robColumn = Math.max(robColumn, Canvas.width(h, font, true) + 6);
    }
    double robLeft = estimateRight + GAP;
    double right = rob.isEmpty() ? estimateRight : robLeft + robColumn * rob.columns().size();

    // vertical layout
    double y = MARGIN;
    double titleBaseline = y + 16;
    if (title.isPresent()) {
      y += 30;
    }
    double headerBaseline = y + font;
    y += font + 10;
    double headerRule = y;
    y += 4;
    double rowsTop = y;
    double rowsBottom = rowsTop + rowHeight * rows.size();
    double axisY = rowsBottom + 6;
    double tickBaseline = axisY + 8 + font;
    double sideBaseline = tickBaseline + font + 6;
    double axisTitleBaseline =
        (leftLabel.isPresent() || rightLabel.isPresent() ? sideBaseline + font + 6 : sideBaseline);
    List<String> key = rob.key(domainNames);
    double keyLine = font + 6;
    double keyTop = axisTitleBaseline + 14;
    Set<RiskOfBiasLevel> levels = rob.levels();
    double height =
        (rob.isEmpty() ? axisTitleBaseline : keyTop + keyLine * (key.size() + levels.size() + 1))
            + MARGIN;
    double width = Math.max(right, MARGIN + noteWidth) + MARGIN;
    for (String k2 : key) {
      width = Math.max(width, MARGIN * 2 + Canvas.width(k2, font, false));
    }
    double nullX = plotLeft + PLOT_WIDTH * axis.fraction(0);
    width = Math.max(width, nullX + 8 + Canvas.width(rightLabel.orElse(""), font, false) + MARGIN);

    Canvas canvas = new Canvas(width, height);
    SvgElement svg =
        canvas
            .svg()
            .cssClass("forest-plot")
            .title(
                title.orElse(
                    "Forest plot: " + measure.reportedLabel() + ", " + fit.k() + " studies"))
            .desc(description(fit, ratio));
    title.ifPresent(t -> canvas.text(svg, MARGIN, titleBaseline, 16, Anchor.START, true, t));
    SvgElement header = svg.group().cssClass("header");
    canvas.text(header, studyLeft, headerBaseline, font, Anchor.START, true, "Study");
    canvas.text(header, weightRight, headerBaseline, font, Anchor.END, true, "Weight");
    canvas.text(header, estimateRight, headerBaseline, font, Anchor.END, true, estimateHeader);
    for (int c = 0; c < rob.columns().size(); c++) {
      canvas
          .text(
              header,
              robLeft + robColumn * (c + 0.5),
              headerBaseline,
              font,
              Anchor.MIDDLE,
              true,
              rob.headers().get(c))
          .attribute("class", "rob-header");
    }
    header
        .line(MARGIN, headerRule, right, headerRule)
        .attribute("stroke", "#BFBFBF")
        .attribute("stroke-width", 1);

    // the line of no effect, under the rows that draw on the axis and broken where a line of text
    // runs across
    SvgElement noEffect = svg.group().cssClass("no-effect");
    double from = Double.NaN;
    for (int i = 0; i <= rows.size(); i++) {
      boolean drawn =
          i < rows.size()
              && !(rows.get(i) instanceof NoteRow)
              && !(rows.get(i) instanceof HeaderRow);
      double top = rowsTop + rowHeight * i;
      if (drawn && Double.isNaN(from)) {
        from = top;
      } else if (!drawn && !Double.isNaN(from)) {
        noEffect
            .line(nullX, from, nullX, i == rows.size() ? axisY : top)
            .attribute("stroke", Canvas.LINE)
            .attribute("stroke-width", 1)
            .attribute("stroke-dasharray", "4 3");
        from = Double.NaN;
      }
    }

    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      double cy = rowsTop + rowHeight * (i + 0.5);
      double baseline = cy + font * 0.35;
      if (r instanceof StudyRow s) {
        double yi = s.study().effect().yi();
        double lo = yi - z * s.study().effect().sei();
        double hi = yi + z * s.study().effect().sei();
        SvgElement g =
            svg.group()
                .cssClass("study")
                .data("study", s.study().study())
                .title(
                    s.study().study()
                        + ": "
                        + interval(yi, lo, hi, ratio)
                        + ", weight "
                        + weightText(s.weight()));
        canvas.text(g, studyLeft, baseline, font, Anchor.START, false, label(s.study().study()));
        double x1 = x(axis, plotLeft, lo);
        double x2 = x(axis, plotLeft, hi);
        g.line(x1, cy, x2, cy).attribute("stroke", Canvas.LINE).attribute("stroke-width", 1);
        double cap = rowHeight * 0.15;
        g.line(x1, cy - cap, x1, cy + cap)
            .attribute("stroke", Canvas.LINE)
            .attribute("stroke-width", 1);
        g.line(x2, cy - cap, x2, cy + cap)
            .attribute("stroke", Canvas.LINE)
            .attribute("stroke-width", 1);
        double side = Math.max(3, glyph * Math.sqrt(s.weight() / maxWeight));
        g.rect(x(axis, plotLeft, yi) - side / 2, cy - side / 2, side, side)
            .attribute("fill", "#333333");
        canvas
            .text(g, weightRight, baseline, font, Anchor.END, false, weightText(s.weight()))
            .attribute("class", "weight");
        canvas
            .text(g, estimateRight, baseline, font, Anchor.END, false, interval(yi, lo, hi, ratio))
            .attribute("class", "estimate");
        for (int c = 0; c < rob.columns().size(); c++) {
          Optional<RiskOfBiasLevel> level = rob.level(s.study().study(), rob.columns().get(c));
          if (level.isPresent()) {
            glyph(
                g,
                s.study().study(),
                rob.headers().get(c),
                level.get(),
                robLeft + robColumn * (c + 0.5),
                cy,
                glyph / 2);
          }
        }
      } else if (r instanceof HeaderRow h) {
        SvgElement g = svg.group().cssClass("subgroup").data("group", h.text());
        canvas.text(g, studyLeft, baseline, font, Anchor.START, true, label(h.text()));
      } else if (r instanceof DiamondRow d) {
        MetaAnalysisResult f = d.fit();
        SvgElement g =
            svg.group()
                .cssClass(d.cssClass())
                .title(d.label() + ": " + interval(f.estimate(), f.ciLower(), f.ciUpper(), ratio));
        canvas.text(g, studyLeft, baseline, font, Anchor.START, true, d.label());
        double half = rowHeight * 0.35;
        g.polygon(
                x(axis, plotLeft, f.ciLower()),
                cy,
                x(axis, plotLeft, f.estimate()),
                cy - half,
                x(axis, plotLeft, f.ciUpper()),
                cy,
                x(axis, plotLeft, f.estimate()),
                cy + half)
            .attribute("fill", "#1A1A1A");
        canvas
            .text(
                g,
                estimateRight,
                baseline,
                font,
                Anchor.END,
                true,
                interval(f.estimate(), f.ciLower(), f.ciUpper(), ratio))
            .attribute("class", "estimate");
        if (d.cssClass().equals("pooled")) {
          canvas
              .text(g, weightRight, baseline, font, Anchor.END, true, weightText(100))
              .attribute("class", "weight");
        }
      } else if (r instanceof PredictionRow pr) {
        Prediction pi = pr.prediction();
        SvgElement g =
            svg.group()
                .cssClass("prediction")
                .title("Prediction interval " + bounds(pi.lower(), pi.upper(), ratio));
        canvas.text(g, studyLeft, baseline, font, Anchor.START, false, "Prediction interval");
        double x1 = x(axis, plotLeft, pi.lower());
        double x2 = x(axis, plotLeft, pi.upper());
        double bar = rowHeight * 0.25;
        g.rect(x1, cy - bar / 2, x2 - x1, bar).attribute("fill", "#9E9E9E");
        canvas
            .text(
                g,
                estimateRight,
                baseline,
                font,
                Anchor.END,
                false,
                bounds(pi.lower(), pi.upper(), ratio))
            .attribute("class", "estimate");
      } else if (r instanceof NoteRow n) {
        canvas
            .text(svg, studyLeft, cy + noteFont * 0.35, noteFont, Anchor.START, false, n.text())
            .attribute("class", n.cssClass());
      }
    }

    // the axis
    SvgElement ax = svg.group().cssClass("axis");
    ax.line(plotLeft, axisY, plotRight, axisY)
        .attribute("stroke", Canvas.LINE)
        .attribute("stroke-width", 1);
    for (int t = 0; t < axis.ticks().size(); t++) {
      double tx = x(axis, plotLeft, axis.ticks().get(t));
      ax.line(tx, axisY, tx, axisY + 5)
          .attribute("stroke", Canvas.LINE)
          .attribute("stroke-width", 1);
      canvas.text(ax, tx, tickBaseline, font, Anchor.MIDDLE, false, axis.labels().get(t));
    }
    leftLabel.ifPresent(
        l ->
            canvas
                .text(ax, nullX - 8, sideBaseline, font, Anchor.END, false, l)
                .attribute("class", "favours-left"));
    rightLabel.ifPresent(
        l ->
            canvas
                .text(ax, nullX + 8, sideBaseline, font, Anchor.START, false, l)
                .attribute("class", "favours-right"));
    canvas.text(
        ax,
        plotLeft + PLOT_WIDTH / 2,
        axisTitleBaseline,
        font,
        Anchor.MIDDLE,
        false,
        measure.reportedLabel() + (ratio ? " (log scale)" : ""));

    if (!rob.isEmpty()) {
      SvgElement legend = svg.group().cssClass("rob-key");
      canvas.text(legend, MARGIN, keyTop, font, Anchor.START, true, "Risk of bias");
      double ky = keyTop;
      for (String line : key) {
        ky += keyLine;
        canvas.text(legend, MARGIN, ky, font, Anchor.START, false, line);
      }
      for (RiskOfBiasLevel level : levels) {
        ky += keyLine;
        SvgElement item = legend.group().cssClass("legend-item").data("level", level.label());
        double r = font * 0.55;
        glyph(item, "", "", level, MARGIN + r, ky - font * 0.35, r);
        canvas.text(item, MARGIN + 2 * r + 6, ky, font, Anchor.START, false, level.label());
      }
    }
    return canvas;
  }

  private void glyph(
      SvgElement parent,
      String study,
      String column,
      RiskOfBiasLevel level,
      double cx,
      double cy,
      double r) {
    SvgElement g = parent;
    if (!study.isEmpty()) {
      g =
          parent
              .group()
              .cssClass("judgement")
              .data("domain", column)
              .data("level", level.label())
              .title(study + ", " + column + ": " + level.label());
    }
    Canvas.judgement(g, palette, level, cx, cy, r);
  }

  private static double x(Axis axis, double plotLeft, double value) {
    return plotLeft + PLOT_WIDTH * axis.fraction(value);
  }

  private static String label(String text) {
    return text.length() <= LONGEST_LABEL ? text : text.substring(0, LONGEST_LABEL - 1) + "…";
  }

  private static String weightText(double weight) {
    return NumberText.fixed(weight, 1) + "%";
  }

  /** An estimate and its interval on the reported scale, e.g. {@code 0.49 [0.34, 0.70]}. */
  static String interval(double estimate, double lower, double upper, boolean ratio) {
    return two(ratio ? Math.exp(estimate) : estimate) + " " + bounds(lower, upper, ratio);
  }

  private static String bounds(double lower, double upper, boolean ratio) {
    return "["
        + two(ratio ? Math.exp(lower) : lower)
        + ", "
        + two(ratio ? Math.exp(upper) : upper)
        + "]";
  }

  private static String modelName(MetaAnalysisResult fit) {
    String test = fit.test() == TestKind.KNHA ? ", Knapp-Hartung" : "";
    return fit.method() == Tau2Method.FE
        ? "Equal-effects model (k = " + fit.k() + test + ")"
        : "Random-effects model (" + fit.method() + test + ", k = " + fit.k() + ")";
  }

  /**
   * The heterogeneity line, e.g. {@code Heterogeneity: τ² = 0.31, I² = 92.2%, Q = 152.23 (df = 12),
   * p < 0.0001}.
   */
  static String heterogeneity(MetaAnalysisResult fit) {
    Heterogeneity h = fit.heterogeneity();
    String tau2 =
        fit.method() == Tau2Method.FE ? "" : "τ² = " + NumberText.fixed(h.tau2(), 4) + ", ";
    return "Heterogeneity: "
        + tau2
        + "I² = "
        + NumberText.fixed(h.i2(), 1)
        + "%, Q = "
        + two(h.q())
        + " (df = "
        + h.qDf()
        + "), "
        + p(h.qPValue());
  }

  private static String overallTest(MetaAnalysisResult fit) {
    String statistic = fit.df().isPresent() ? "t(" + fit.df().getAsInt() + ")" : "z";
    return "Test for overall effect: "
        + statistic
        + " = "
        + two(fit.statistic())
        + ", "
        + p(fit.pValue());
  }

  private static String differences(SubgroupDifferences d) {
    return "Test for subgroup differences: Q = "
        + two(d.q())
        + " (df = "
        + d.df()
        + "), "
        + p(d.pValue());
  }

  private static String description(MetaAnalysisResult fit, boolean ratio) {
    String pi =
        fit.prediction()
            .map(p -> "; prediction interval " + bounds(p.lower(), p.upper(), ratio))
            .orElse("");
    return fit.k()
        + " studies. Pooled "
        + fit.measure().reportedLabel().toLowerCase(Locale.ROOT)
        + " "
        + interval(fit.estimate(), fit.ciLower(), fit.ciUpper(), ratio)
        + " ("
        + modelName(fit)
        + ")"
        + pi
        + ". "
        + heterogeneity(fit)
        + ".";
  }

  /**
   * The risk-of-bias columns: the domains in order of first appearance, then the overall judgement.
   */
  private record RiskOfBiasColumns(
      List<String> columns,
      List<String> headers,
      Map<String, Map<String, RiskOfBiasLevel>> judged) {

    static RiskOfBiasColumns of(List<RiskOfBiasJudgement> judgements) {
      Set<String> domains = new LinkedHashSet<>();
      boolean overall = false;
      Map<String, Map<String, List<RiskOfBiasJudgement>>> byStudy = new LinkedHashMap<>();
      for (RiskOfBiasJudgement j : judgements) {
        if (j.isOverall()) {
          overall = true;
        } else {
          domains.add(j.domain());
        }
        byStudy
            .computeIfAbsent(j.studyId(), s -> new LinkedHashMap<>())
            .computeIfAbsent(j.domain(), d -> new ArrayList<>())
            .add(j);
      }
      List<String> columns = new ArrayList<>(domains);
      if (overall) {
        columns.add(RiskOfBiasJudgement.OVERALL);
      }
      List<String> headers = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        String c = columns.get(i);
        headers.add(
            c.equals(RiskOfBiasJudgement.OVERALL)
                ? "Overall"
                : c.length() <= 5 ? c : "D" + (i + 1));
      }
      Map<String, Map<String, RiskOfBiasLevel>> levels = new HashMap<>();
      byStudy.forEach(
          (study, byDomain) ->
              byDomain.forEach(
                  (domain, js) ->
                      levels
                          .computeIfAbsent(study, s -> new HashMap<>())
                          .put(domain, latest(study, domain, js))));
      return new RiskOfBiasColumns(columns, headers, levels);
    }

    private static RiskOfBiasLevel latest(
        String study, String domain, List<RiskOfBiasJudgement> judgements) {
      for (JudgementStage stage :
          List.of(
              JudgementStage.ADJUDICATED, JudgementStage.CONSENSUS, JudgementStage.INDIVIDUAL)) {
        List<RiskOfBiasJudgement> at = judgements.stream().filter(j -> j.stage() == stage).toList();
        if (at.stream().map(RiskOfBiasJudgement::level).distinct().count() > 1) {
          throw new IllegalArgumentException(
              "forest plot: study "
                  + study
                  + " has "
                  + at.size()
                  + " "
                  + stage
                  + " risk-of-bias judgements of "
                  + domain
                  + " that disagree ("
                  + at.stream()
                      .map(j -> j.rater() + ": " + j.level().label())
                      .collect(Collectors.joining(", "))
                  + "); give the consensus");
        }
        if (!at.isEmpty()) {
          return at.get(0).level();
        }
      }
      throw new AssertionError("a judgement has a stage");
    }

    boolean isEmpty() {
      return columns.isEmpty();
    }

    Optional<RiskOfBiasLevel> level(String study, String column) {
      return Optional.ofNullable(judged.getOrDefault(study, Map.of()).get(column));
    }

    Set<RiskOfBiasLevel> levels() {
      Set<RiskOfBiasLevel> used = EnumSet.noneOf(RiskOfBiasLevel.class);
      judged.values().forEach(m -> used.addAll(m.values()));
      return used;
    }

    /**
     * One key line per column whose header is not its own name: {@code D1: Random sequence
     * generation}.
     */
    List<String> key(Map<String, String> names) {
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        String c = columns.get(i);
        if (c.equals(RiskOfBiasJudgement.OVERALL)) {
          continue;
        }
        String name = names.getOrDefault(c, c);
        if (!name.equals(headers.get(i))) {
          lines.add(headers.get(i) + ": " + name);
        }
      }
      return lines;
    }
  }
}
