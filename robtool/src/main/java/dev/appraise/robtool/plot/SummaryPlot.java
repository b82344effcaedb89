package dev.appraise.robtool.plot;

import static dev.appraise.core.markup.SvgElement.estimatedTextWidth;
import static dev.appraise.robtool.plot.Svg.text;

import dev.appraise.core.markup.NumberText;
import dev.appraise.core.markup.SvgElement;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.core.model.RiskOfBiasPalette;
import dev.appraise.robtool.DomainDistribution;
import dev.appraise.robtool.RobSummary;
import dev.appraise.robtool.RobTable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The summary bar chart: one horizontal bar per domain (and the overall judgement), split into the
 * shares of studies at each level, optionally weighted by study weight ({@link
 * RobSummary#distributions(RobTable, boolean)}), as robvis' summary plot draws it. Each segment is
 * one {@code <rect class="segment" data-domain=".." data-level=".." data-share="..">}.
 */
public final class SummaryPlot {

  private final RiskOfBiasPalette palette;
  private final boolean weighted;
  private final Optional<String> title;

  private SummaryPlot(RiskOfBiasPalette palette, boolean weighted, Optional<String> title) {
    this.palette = palette;
    this.weighted = weighted;
    this.title = title;
  }

  /** {@return the chart in robvis' colours, weighted when the table has weights} */
  public static SummaryPlot withDefaults() {
    return new SummaryPlot(RiskOfBiasPalette.COCHRANE, true, Optional.empty());
  }

  /**
   * Sets the palette.
   *
   * @param p the palette
   * @return a chart with that palette
   */
  public SummaryPlot withPalette(RiskOfBiasPalette p) {
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
    double labelWidth =
        bars.stream()
                .mapToDouble(b -> estimatedTextWidth(label(table, b.domain()), font))
                .max()
                .orElse(0)
            + 12;
    double barWidth = 420;
    double top = margin + (title.isPresent() ? 26 : 0);
    double left = margin + labelWidth;
    double axisY = top + bars.size() * (barHeight + gap);
    Set<RiskOfBiasLevel> used = EnumSet.noneOf(RiskOfBiasLevel.class);
    bars.forEach(b -> used.addAll(b.counts().keySet()));
    double legendTop = axisY + 40;
    double height = legendTop + 20 + margin;
    double width = Math.max(left + barWidth + margin + 18, margin + used.size() * 130 + margin);
    SvgElement svg =
        SvgElement.document(width, height)
            .cssClass("summary")
            .role("img")
            .title(
                title.orElse(
                    "Risk of bias: summary" + (useWeights ? ", weighted by study weight" : "")));
    svg.element("rect")
        .attribute("width", "100%")
        .attribute("height", "100%")
        .attribute("fill", "#FFFFFF");
    title.ifPresent(t -> text(svg, margin, margin + 16, 16, "start", "bold", t));
    for (int i = 0; i < bars.size(); i++) {
      DomainDistribution bar = bars.get(i);
      double y = top + i * (barHeight + gap);
      SvgElement g = svg.group().cssClass("bar").data("domain", bar.domain());
      text(
          g,
          left - 8,
          y + barHeight / 2 + font * 0.35,
          font,
          "end",
          "normal",
          label(table, bar.domain()));
      double x = left;
      for (Map.Entry<RiskOfBiasLevel, Double> e : bar.shares().entrySet()) {
        double w = e.getValue() * barWidth;
        g.rect(x, y, w, barHeight)
            .cssClass("segment")
            .data("domain", bar.domain())
            .data("level", e.getKey().label())
            .attribute("data-share", e.getValue(), 6)
            .attribute("fill", palette.colour(e.getKey()))
            .attribute("stroke", "#FFFFFF")
            .attribute("stroke-width", "0.5")
            .title(
                label(table, bar.domain())
                    + ": "
                    + e.getKey().label()
                    + " "
                    + NumberText.format(e.getValue() * 100, 0)
                    + "%");
        x += w;
      }
    }
    SvgElement axis = svg.group().cssClass("axis");
    axis.line(left, axisY, left + barWidth, axisY).attribute("stroke", "#4D4D4D");
    for (int p = 0; p <= 100; p += 25) {
      double x = left + barWidth * p / 100.0;
      axis.line(x, axisY, x, axisY + 4).attribute("stroke", "#4D4D4D");
      text(axis, x, axisY + 17, font, "middle", "normal", p + "%");
    }
    SvgElement legend = svg.group().cssClass("legend");
    double x = margin;
    for (RiskOfBiasLevel level : used) {
      SvgElement item = legend.group().cssClass("legend-item").data("level", level.label());
      item.rect(x, legendTop, 14, 14).attribute("fill", palette.colour(level));
      text(item, x + 20, legendTop + 12, font, "start", "normal", level.label());
      x += estimatedTextWidth(level.label(), font) + 44;
    }
    return svg.toDocument();
  }

  private static String label(RobTable table, String domain) {
    return domain.equals(RiskOfBiasJudgement.OVERALL)
        ? "Overall risk of bias"
        : table.domainName(domain);
  }
}
