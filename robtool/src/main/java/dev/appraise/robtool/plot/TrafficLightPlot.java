package dev.appraise.robtool.plot;

import static dev.appraise.core.markup.SvgElement.estimatedTextWidth;
import static dev.appraise.robtool.plot.Svg.text;

import dev.appraise.core.markup.SvgElement;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.core.model.RiskOfBiasPalette;
import dev.appraise.robtool.RobRow;
import dev.appraise.robtool.RobTable;
import dev.appraise.robtool.io.SymbolConvention;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The traffic-light plot: studies by domains, each judgement a coloured circle with its symbol,
 * then a key of the domains and a legend of the levels, as robvis draws it (McGuinness and Higgins,
 * Res Synth Methods 2021;12:55-61).
 *
 * <p>Each judgement is one element {@code <g class="judgement" data-study=".." data-domain=".."
 * data-level="..">} holding its circle, its symbol and a {@code <title>} tooltip. Columns are
 * headed by the domain identifiers ({@code D1}), or by their positions when the identifiers are
 * long names, and the key below spells each one out. The layout scales with the number of studies
 * (rows shrink from 34 to 16 pixels as studies go from 20 to 60 and beyond) so that 9 and 200
 * studies both read. The SVG is self-contained: no scripts, fonts or style sheets; all text is
 * escaped.
 */
public final class TrafficLightPlot {

  private final RiskOfBiasPalette palette;
  private final SymbolConvention symbols;
  private final Optional<String> title;

  private TrafficLightPlot(
      RiskOfBiasPalette palette, SymbolConvention symbols, Optional<String> title) {
    this.palette = palette;
    this.symbols = symbols;
    this.title = title;
  }

  /** {@return the plot in robvis' colours and glyphs, without title} */
  public static TrafficLightPlot withDefaults() {
    return new TrafficLightPlot(
        RiskOfBiasPalette.COCHRANE, SymbolConvention.ROBVIS, Optional.empty());
  }

  /**
   * Sets the palette.
   *
   * @param p the palette
   * @return a plot with that palette
   */
  public TrafficLightPlot withPalette(RiskOfBiasPalette p) {
    return new TrafficLightPlot(p, symbols, title);
  }

  /**
   * Sets the symbol convention of the cells and legend.
   *
   * @param s the convention
   * @return a plot with that convention
   */
  public TrafficLightPlot withSymbols(SymbolConvention s) {
    return new TrafficLightPlot(palette, s, title);
  }

  /**
   * Sets a title drawn above the plot.
   *
   * @param t the title
   * @return a plot with that title
   */
  public TrafficLightPlot withTitle(String t) {
    return new TrafficLightPlot(palette, symbols, Optional.of(t));
  }

  /**
   * Draws a table.
   *
   * @param table the table; its overall column, when present, is drawn last
   * @return the SVG document
   */
  public String render(RobTable table) {
    List<String> columns = new ArrayList<>(table.domains());
    boolean overall = table.hasOverall();
    if (overall) {
      columns.add(RiskOfBiasJudgement.OVERALL);
    }
    int n = table.rows().size();
    double row = n <= 20 ? 34 : n <= 60 ? 24 : 16;
    double headerFont = 13;
    double widestHeader =
        columns.stream()
            .mapToDouble(
                c ->
                    estimatedTextWidth(
                        c.equals(RiskOfBiasJudgement.OVERALL) ? "Overall" : columnLabel(table, c),
                        headerFont))
            .max()
            .orElse(0);
    double col = Math.max(Math.max(row, 40), widestHeader + 12);
    double radius = row * 0.42;
    double labelFont = Math.min(13, row * 0.62);
    double margin = 12;
    double labelWidth =
        Math.max(
                estimatedTextWidth("Study", headerFont),
                table.rows().stream()
                    .mapToDouble(r -> estimatedTextWidth(r.study(), labelFont))
                    .max()
                    .orElse(0))
            + 12;
    double top = margin + (title.isPresent() ? 26 : 0);
    double gridTop = top + 44;
    double gridLeft = margin + labelWidth;
    double gridWidth = col * columns.size();
    double gridBottom = gridTop + row * n;

    Set<RiskOfBiasLevel> used = EnumSet.noneOf(RiskOfBiasLevel.class);
    for (RobRow r : table.rows()) {
      used.addAll(r.levels().values());
      r.overall().ifPresent(used::add);
    }
    List<String> key = new ArrayList<>();
    for (String d : table.domains()) {
      String label = columnLabel(table, d);
      if (!label.equals(table.domainName(d))) {
        key.add(label + ": " + table.domainName(d));
      }
    }
    double keyFont = 12;
    double keyLine = 17;
    double keyTop = gridBottom + 26;
    double legendTop = keyTop + keyLine * (key.size() + 1) + 10;
    double height = legendTop + keyLine * (used.size() + 1) + margin;
    double keyWidth = key.stream().mapToDouble(k -> estimatedTextWidth(k, keyFont)).max().orElse(0);
    double width = Math.max(gridLeft + gridWidth, margin + Math.max(keyWidth, 220)) + margin;

    SvgElement svg =
        SvgElement.document(width, height)
            .cssClass("traffic-light")
            .role("img")
            .title(title.orElse("Risk of bias: traffic-light plot"));
    svg.element("rect")
        .attribute("width", "100%")
        .attribute("height", "100%")
        .attribute("fill", "#FFFFFF");
    title.ifPresent(t -> text(svg, margin, margin + 16, 16, "start", "bold", t));
    text(
        svg,
        gridLeft + gridWidth / 2,
        top + 14,
        headerFont,
        "middle",
        "bold",
        "Risk of bias domains");
    text(svg, margin, gridTop - 8, headerFont, "start", "bold", "Study");
    SvgElement grid = svg.group().cssClass("grid");
    grid.rect(gridLeft, gridTop, gridWidth, row * n)
        .attribute("fill", "#F2F2F2")
        .attribute("stroke", "#BFBFBF");
    for (int c = 0; c < columns.size(); c++) {
      String id = columns.get(c);
      double cx = gridLeft + col * (c + 0.5);
      text(
          grid.group().cssClass("column").data("domain", id),
          cx,
          gridTop - 8,
          headerFont,
          "middle",
          "bold",
          id.equals(RiskOfBiasJudgement.OVERALL) ? "Overall" : columnLabel(table, id));
      if (c > 0) {
        gridLine(grid, gridLeft + col * c, gridTop, gridLeft + col * c, gridBottom);
      }
    }
    for (int r = 1; r < n; r++) {
      gridLine(grid, gridLeft, gridTop + row * r, gridLeft + gridWidth, gridTop + row * r);
    }
    for (int r = 0; r < n; r++) {
      RobRow studyRow = table.rows().get(r);
      double cy = gridTop + row * (r + 0.5);
      SvgElement study = svg.group().cssClass("study").data("study", studyRow.study());
      text(
          study, gridLeft - 8, cy + labelFont * 0.35, labelFont, "end", "normal", studyRow.study());
      for (int c = 0; c < columns.size(); c++) {
        String domain = columns.get(c);
        Optional<RiskOfBiasLevel> level =
            domain.equals(RiskOfBiasJudgement.OVERALL) && overall
                ? studyRow.overall()
                : Optional.ofNullable(studyRow.levels().get(domain));
        if (level.isPresent()) {
          SvgElement judgement =
              study
                  .group()
                  .cssClass("judgement")
                  .data("study", studyRow.study())
                  .data("domain", domain)
                  .data("level", level.get().label())
                  .title(
                      studyRow.study()
                          + ", "
                          + table.domainName(domain)
                          + ": "
                          + level.get().label());
          glyph(judgement, level.get(), gridLeft + col * (c + 0.5), cy, radius);
        }
      }
    }
    SvgElement domainKey = svg.group().cssClass("domain-key");
    text(domainKey, margin, keyTop, keyFont, "start", "bold", "Domains:");
    for (int i = 0; i < key.size(); i++) {
      text(domainKey, margin, keyTop + keyLine * (i + 1), keyFont, "start", "normal", key.get(i));
    }
    SvgElement legend = svg.group().cssClass("legend");
    text(legend, margin, legendTop, keyFont, "start", "bold", "Judgement");
    int i = 0;
    for (RiskOfBiasLevel level : used) {
      double cy = legendTop + keyLine * (i + 1) - 4;
      SvgElement item = legend.group().cssClass("legend-item").data("level", level.label());
      glyph(item, level, margin + 7, cy, 7);
      text(item, margin + 20, cy + 4, keyFont, "start", "normal", level.label());
      i++;
    }
    return svg.toDocument();
  }

  /**
   * Short identifiers ({@code D1}) head their column; a long one (a domain name) is replaced by its
   * position.
   */
  private static String columnLabel(RobTable table, String domain) {
    return domain.length() <= 5 ? domain : "D" + (table.domains().indexOf(domain) + 1);
  }

  private void glyph(SvgElement parent, RiskOfBiasLevel level, double cx, double cy, double r) {
    parent
        .circle(cx, cy, r)
        .attribute("fill", palette.colour(level))
        .attribute("stroke", "#4D4D4D")
        .attribute("stroke-width", "0.6");
    Optional<String> symbol = symbols.symbol(level).filter(s -> !s.isEmpty());
    if (symbol.isPresent()) {
      parent
          .text(cx, cy + r * 0.42, symbol.get())
          .attribute("font-family", Svg.FONT)
          .attribute("font-size", r * 1.25)
          .attribute("font-weight", "bold")
          .attribute("text-anchor", "middle")
          .attribute("fill", palette.textColour(level));
    }
  }

  private static void gridLine(SvgElement grid, double x1, double y1, double x2, double y2) {
    grid.line(x1, y1, x2, y2).attribute("stroke", "#D9D9D9").attribute("stroke-width", "1");
  }
}
