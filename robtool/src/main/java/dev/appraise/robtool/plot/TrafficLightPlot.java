package dev.appraise.robtool.plot;

import static dev.appraise.robtool.plot.Svg.FONT;
import static dev.appraise.core.io.XmlText.escape;
import static dev.appraise.robtool.plot.Svg.num;

import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.robtool.RobRow;
import dev.appraise.robtool.RobTable;
import dev.appraise.robtool.io.SymbolConvention;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The traffic-light plot: studies by domains, each judgement a coloured circle with its symbol, then a key of the
 * domains and a legend of the levels, as robvis draws it (McGuinness and Higgins, Res Synth Methods 2021;12:55-61).
 *
 * <p>Each judgement is one element {@code <g class="judgement" data-study=".." data-domain=".." data-level="..">}
 * holding its circle, its symbol and a {@code <title>} tooltip. Columns are headed by the domain identifiers ({@code
 * D1}), or by their positions when the identifiers are long names, and the key below spells each one out. The layout scales with the number of studies (rows
 * shrink from 34 to 16 pixels as studies go from 20 to 60 and beyond) so that 9 and 200 studies both read. The SVG is
 * self-contained: no scripts, fonts or style sheets; all text is escaped.
 */
public final class TrafficLightPlot {

  private final Palette palette;
  private final SymbolConvention symbols;
  private final Optional<String> title;

  private TrafficLightPlot(Palette palette, SymbolConvention symbols, Optional<String> title) {
    this.palette = palette;
    this.symbols = symbols;
    this.title = title;
  }

  /** {@return the plot in robvis' colours and glyphs, without title} */
  public static TrafficLightPlot withDefaults() {
    return new TrafficLightPlot(Palette.COCHRANE, SymbolConvention.ROBVIS, Optional.empty());
  }

  /**
   * Sets the palette.
   *
   * @param p the palette
   * @return a plot with that palette
   */
  public TrafficLightPlot withPalette(Palette p) {
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
    double widestHeader = columns.stream()
        .mapToDouble(c -> Svg.textWidth(c.equals(RiskOfBiasJudgement.OVERALL) ? "Overall" : columnLabel(table, c),
            headerFont)).max()
        .orElse(0);
    double col = Math.max(Math.max(row, 40), widestHeader + 12);
    double radius = row * 0.42;
    double labelFont = Math.min(13, row * 0.62);
    double margin = 12;
    double labelWidth = Math.max(Svg.textWidth("Study", headerFont),
        table.rows().stream().mapToDouble(r -> Svg.textWidth(r.study(), labelFont)).max().orElse(0)) + 12;
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
    double keyWidth = key.stream().mapToDouble(k -> Svg.textWidth(k, keyFont)).max().orElse(0);
    double width = Math.max(gridLeft + gridWidth, margin + Math.max(keyWidth, 220)) + margin;

    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"traffic-light\" width=\"").append(num(width))
        .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
        .append(num(height)).append("\" role=\"img\">\n");
    svg.append("<title>").append(escape(title.orElse("Risk of bias: traffic-light plot"))).append("</title>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n");
    title.ifPresent(t -> svg.append(text(margin, margin + 16, 16, "start", "bold", t)));
    svg.append(text(gridLeft + gridWidth / 2, top + 14, headerFont, "middle", "bold", "Risk of bias domains"));
    svg.append(text(margin, gridTop - 8, headerFont, "start", "bold", "Study"));
    svg.append("<g class=\"grid\">\n");
    svg.append("<rect x=\"").append(num(gridLeft)).append("\" y=\"").append(num(gridTop)).append("\" width=\"")
        .append(num(gridWidth)).append("\" height=\"").append(num(row * n))
        .append("\" fill=\"#F2F2F2\" stroke=\"#BFBFBF\"/>\n");
    for (int c = 0; c < columns.size(); c++) {
      String id = columns.get(c);
      double cx = gridLeft + col * (c + 0.5);
      svg.append("<g class=\"column\" data-domain=\"").append(escape(id)).append("\">")
          .append(text(cx, gridTop - 8, headerFont, "middle", "bold", id.equals(RiskOfBiasJudgement.OVERALL)
              ? "Overall" : columnLabel(table, id)).strip())
          .append("</g>\n");
      if (c > 0) {
        svg.append(line(gridLeft + col * c, gridTop, gridLeft + col * c, gridBottom));
      }
    }
    for (int r = 1; r < n; r++) {
      svg.append(line(gridLeft, gridTop + row * r, gridLeft + gridWidth, gridTop + row * r));
    }
    svg.append("</g>\n");
    for (int r = 0; r < n; r++) {
      RobRow studyRow = table.rows().get(r);
      double cy = gridTop + row * (r + 0.5);
      svg.append("<g class=\"study\" data-study=\"").append(escape(studyRow.study())).append("\">\n");
      svg.append(text(gridLeft - 8, cy + labelFont * 0.35, labelFont, "end", "normal", studyRow.study()));
      for (int c = 0; c < columns.size(); c++) {
        String domain = columns.get(c);
        Optional<RiskOfBiasLevel> level = domain.equals(RiskOfBiasJudgement.OVERALL) && overall
            ? studyRow.overall() : Optional.ofNullable(studyRow.levels().get(domain));
        if (level.isPresent()) {
          svg.append(judgement(studyRow.study(), domain, table.domainName(domain), level.get(),
              gridLeft + col * (c + 0.5), cy, radius));
        }
      }
      svg.append("</g>\n");
    }
    svg.append("<g class=\"domain-key\">\n");
    svg.append(text(margin, keyTop, keyFont, "start", "bold", "Domains:"));
    for (int i = 0; i < key.size(); i++) {
      svg.append(text(margin, keyTop + keyLine * (i + 1), keyFont, "start", "normal", key.get(i)));
    }
    svg.append("</g>\n<g class=\"legend\">\n");
    svg.append(text(margin, legendTop, keyFont, "start", "bold", "Judgement"));
    int i = 0;
    for (RiskOfBiasLevel level : used) {
      double cy = legendTop + keyLine * (i + 1) - 4;
      svg.append("<g class=\"legend-item\" data-level=\"").append(escape(level.label())).append("\">")
          .append(glyph(level, margin + 7, cy, 7)).append(text(margin + 20, cy + 4, keyFont, "start", "normal",
              level.label()).strip()).append("</g>\n");
      i++;
    }
    svg.append("</g>\n</svg>\n");
    return svg.toString();
  }

  /** Short identifiers ({@code D1}) head their column; a long one (a domain name) is replaced by its position. */
  private static String columnLabel(RobTable table, String domain) {
    return domain.length() <= 5 ? domain : "D" + (table.domains().indexOf(domain) + 1);
  }

  private String judgement(String study, String domain, String domainName, RiskOfBiasLevel level, double cx,
      double cy, double r) {
    return "<g class=\"judgement\" data-study=\"" + escape(study) + "\" data-domain=\"" + escape(domain)
        + "\" data-level=\"" + escape(level.label()) + "\"><title>" + escape(study + ", " + domainName + ": "
        + level.label()) + "</title>" + glyph(level, cx, cy, r) + "</g>\n";
  }

  private String glyph(RiskOfBiasLevel level, double cx, double cy, double r) {
    String symbol = symbols.symbol(level).orElse("");
    return "<circle cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"" + num(r) + "\" fill=\""
        + palette.colour(level) + "\" stroke=\"#4D4D4D\" stroke-width=\"0.6\"/>"
        + (symbol.isEmpty() ? "" : "<text x=\"" + num(cx) + "\" y=\"" + num(cy + r * 0.42) + "\" " + FONT
            + " font-size=\"" + num(r * 1.25) + "\" font-weight=\"bold\" text-anchor=\"middle\" fill=\""
            + palette.textColour(level) + "\">" + escape(symbol) + "</text>");
  }

  private static String text(double x, double y, double size, String anchor, String weight, String content) {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" " + FONT + " font-size=\"" + num(size)
        + "\" font-weight=\"" + weight + "\" text-anchor=\"" + anchor + "\" fill=\"#1A1A1A\">" + escape(content)
        + "</text>\n";
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" + num(y2)
        + "\" stroke=\"#D9D9D9\" stroke-width=\"1\"/>\n";
  }
}
