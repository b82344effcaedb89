package dev.appraise.robtool.plot;

import static dev.appraise.robtool.plot.Svg.FONT;
import static dev.appraise.core.io.XmlText.escape;
import static dev.appraise.robtool.plot.Svg.num;

import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.robtool.DomainDistribution;
import dev.appraise.robtool.RobSummary;
import dev.appraise.robtool.RobTable;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The summary bar chart: one horizontal bar per domain (and the overall judgement), split into the shares of studies
 * at each level, optionally weighted by study weight ({@link RobSummary#distributions(RobTable, boolean)}), as
 * robvis' summary plot draws it. Each segment is one {@code <rect class="segment" data-domain=".." data-level=".."
 * data-share="..">}.
 */
public final class SummaryPlot {

  private final Palette palette;
  private final boolean weighted;
  private final Optional<String> title;

  private SummaryPlot(Palette palette, boolean weighted, Optional<String> title) {
    this.palette = palette;
    this.weighted = weighted;
    this.title = title;
  }

  /** {@return the chart in robvis' colours, weighted when the table has weights} */
  public static SummaryPlot withDefaults() {
    return new SummaryPlot(Palette.COCHRANE, true, Optional.empty());
  }

  /**
   * Sets the palette.
   *
   * @param p the palette
   * @return a chart with that palette
   */
  public SummaryPlot withPalette(Palette p) {
    return new SummaryPlot(p, weighted, title);
  }

  /**
   * Chooses whether to weight studies by their weight when the table has weights.
   *
   * @param w whether to weight
   * @return a chart with that choice
   */
  public SummaryPlot withWeights(boolean w) {
    return new SummaryPlot(palette, w, title);
  }

  /**
   * Sets a title drawn above the chart.
   *
   * @param t the title
   * @return a chart with that title
   */
  public SummaryPlot withTitle(String t) {
    return new SummaryPlot(palette, weighted, Optional.of(t));
  }

  /**
   * Draws a table's summary.
   *
   * @param table the table
   * @return the SVG document
   */
  public String render(RobTable table) {
    boolean useWeights = weighted && table.hasWeights();
    List<DomainDistribution> bars = RobSummary.distributions(table, useWeights);
    double margin = 12;
    double barHeight = 22;
    double gap = 8;
    double font = 12;
    double labelWidth = bars.stream().mapToDouble(b -> Svg.textWidth(label(table, b.domain()), font)).max()
        .orElse(0) + 12;
    double barWidth = 420;
    double top = margin + (title.isPresent() ? 26 : 0);
    double left = margin + labelWidth;
    double axisY = top + bars.size() * (barHeight + gap);
    Set<RiskOfBiasLevel> used = EnumSet.noneOf(RiskOfBiasLevel.class);
    bars.forEach(b -> used.addAll(b.counts().keySet()));
    double legendTop = axisY + 40;
    double height = legendTop + 20 + margin;
    double width = Math.max(left + barWidth + margin + 18, margin + used.size() * 130 + margin);
    StringBuilder svg = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"summary\" width=\"").append(num(width))
        .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
        .append(num(height)).append("\" role=\"img\">\n<title>")
        .append(escape(title.orElse("Risk of bias: summary" + (useWeights ? ", weighted by study weight" : ""))))
        .append("</title>\n<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n");
    title.ifPresent(t -> svg.append(text(margin, margin + 16, 16, "start", "bold", t)));
    for (int i = 0; i < bars.size(); i++) {
      DomainDistribution bar = bars.get(i);
      double y = top + i * (barHeight + gap);
      svg.append("<g class=\"bar\" data-domain=\"").append(escape(bar.domain())).append("\">\n");
      svg.append(text(left - 8, y + barHeight / 2 + font * 0.35, font, "end", "normal", label(table, bar.domain())));
      double x = left;
      for (Map.Entry<RiskOfBiasLevel, Double> e : bar.shares().entrySet()) {
        double w = e.getValue() * barWidth;
        svg.append("<rect class=\"segment\" data-domain=\"").append(escape(bar.domain())).append("\" data-level=\"")
            .append(escape(e.getKey().label())).append("\" data-share=\"")
            .append(String.format(Locale.ROOT, "%.6f", e.getValue())).append("\" x=\"").append(num(x))
            .append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w)).append("\" height=\"")
            .append(num(barHeight)).append("\" fill=\"").append(palette.colour(e.getKey()))
            .append("\" stroke=\"#FFFFFF\" stroke-width=\"0.5\"><title>")
            .append(escape(label(table, bar.domain()) + ": " + e.getKey().label() + " "
                + String.format(Locale.ROOT, "%.0f%%", e.getValue() * 100)))
            .append("</title></rect>\n");
        x += w;
      }
      svg.append("</g>\n");
    }
    svg.append("<g class=\"axis\">\n");
    svg.append("<line x1=\"").append(num(left)).append("\" y1=\"").append(num(axisY)).append("\" x2=\"")
        .append(num(left + barWidth)).append("\" y2=\"").append(num(axisY)).append("\" stroke=\"#4D4D4D\"/>\n");
    for (int p = 0; p <= 100; p += 25) {
      double x = left + barWidth * p / 100.0;
      svg.append("<line x1=\"").append(num(x)).append("\" y1=\"").append(num(axisY)).append("\" x2=\"")
          .append(num(x)).append("\" y2=\"").append(num(axisY + 4)).append("\" stroke=\"#4D4D4D\"/>\n");
      svg.append(text(x, axisY + 17, font, "middle", "normal", p + "%"));
    }
    svg.append("</g>\n<g class=\"legend\">\n");
    double x = margin;
    for (RiskOfBiasLevel level : used) {
      svg.append("<g class=\"legend-item\" data-level=\"").append(escape(level.label())).append("\"><rect x=\"")
          .append(num(x)).append("\" y=\"").append(num(legendTop)).append("\" width=\"14\" height=\"14\" fill=\"")
          .append(palette.colour(level)).append("\"/>")
          .append(text(x + 20, legendTop + 12, font, "start", "normal", level.label()).strip()).append("</g>\n");
      x += Svg.textWidth(level.label(), font) + 44;
    }
    svg.append("</g>\n</svg>\n");
    return svg.toString();
  }

  private static String label(RobTable table, String domain) {
    return domain.equals(RiskOfBiasJudgement.OVERALL) ? "Overall risk of bias" : table.domainName(domain);
  }

  private static String text(double x, double y, double size, String anchor, String weight, String content) {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" " + FONT + " font-size=\"" + num(size)
        + "\" font-weight=\"" + weight + "\" text-anchor=\"" + anchor + "\" fill=\"#1A1A1A\">" + escape(content)
        + "</text>\n";
  }
}
