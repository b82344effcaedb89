package dev.appraise.core.flow;

import dev.appraise.core.markup.SvgElement;
import dev.appraise.core.markup.SvgPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Draws a {@link PrismaFlow} as a PRISMA 2020 flow diagram in SVG.
 *
 * <p>The layout follows the PRISMA 2020 template for new systematic reviews (Page et al., BMJ
 * 2021;372:n71, figure 1): phase labels (identification, screening, included) on the left; the
 * databases-and-registers column with its side boxes of removed, excluded and not retrieved records
 * and reports; the other-methods column with its side boxes when the flow has one ({@link
 * PrismaFlow#hasOtherMethods()}); and the shared box of included studies and reports at the bottom.
 * A count the review did not report reads "not reported"; no count is derived for display.
 *
 * <p>The output is a standalone, well-formed SVG 1.1 document in UTF-8 with no external resources
 * (no links, images, fonts or style sheets): text is escaped, and characters XML cannot carry are
 * replaced by U+FFFD. Each box is a {@code <g class="box">} whose {@code id} names the box (e.g.
 * {@code records-screened}), holding a {@code <rect>} and a {@code <text>} with one {@code <tspan>}
 * per line. The reports included from each column, when reported, label the arrows into the
 * included box ({@code <text class="arrow-label">}). Numbers are written without grouping
 * separators, independent of the default locale.
 */
public final class PrismaFlowSvg {

  private static final int FONT_SIZE = 11;
  private static final int LINE_HEIGHT = 14;
  private static final int PADDING = 8;
  private static final int BOX_WIDTH = 270;
  private static final int COLUMN_GAP = 40;
  private static final int ROW_GAP = 36;
  private static final int PHASE_WIDTH = 28;
  private static final int MARGIN = 16;
  private static final int HEADER_HEIGHT = 34;

  /** Characters per line at the font size and box width, for a sans-serif font of average width. */
  private static final int WRAP = 41;

  private static final String STROKE = "#333333";

  private PrismaFlowSvg() {}

  /** A box of the diagram before layout: its id, its lines, and the column and row it sits in. */
  private static final class Box {
    final String id;
    final List<String> lines;
    final int column;
    final int row;
    int x;
    int y;
    int height;

    Box(String id, List<String> lines, int column, int row) {
      this.id = id;
      this.lines = wrapAll(lines);
      this.column = column;
      this.row = row;
    }

    int centreX() {
      return x + BOX_WIDTH / 2;
    }
  }

  /**
   * Renders a flow as an SVG document.
   *
   * @param flow the flow to draw
   * @return the SVG document, starting with the XML declaration
   */
  public static String render(PrismaFlow flow) {
    boolean other = flow.hasOtherMethods();
    List<Box> boxes = new ArrayList<>();

    Box identified = add(boxes, new Box("records-identified", identifiedLines(flow), 0, 0));
    Box removed =
        add(
            boxes,
            new Box(
                "records-removed-before-screening",
                List.of(
                    "Records removed before screening:",
                    "Duplicate records removed " + count(flow.duplicatesRemoved()),
                    "Records marked as ineligible by automation tools "
                        + count(flow.recordsRemovedByAutomation()),
                    "Records removed for other reasons " + count(flow.recordsRemovedOther())),
                1,
                0));
    Box screened =
        add(
            boxes,
            new Box(
                "records-screened",
                List.of("Records screened " + count(flow.recordsScreened())),
                0,
                1));
    Box excluded =
        add(
            boxes,
            new Box(
                "records-excluded",
                List.of("Records excluded " + count(flow.recordsExcluded())),
                1,
                1));
    Box sought =
        add(
            boxes,
            new Box(
                "reports-sought",
                List.of("Reports sought for retrieval " + count(flow.reportsSought())),
                0,
                2));
    Box notRetrieved =
        add(
            boxes,
            new Box(
                "reports-not-retrieved",
                List.of("Reports not retrieved " + count(flow.reportsNotRetrieved())),
                1,
                2));
    Box assessed =
        add(
            boxes,
            new Box(
                "reports-assessed",
                List.of("Reports assessed for eligibility " + count(flow.reportsAssessed())),
                0,
                3));
    Box reportsExcluded =
        add(
            boxes,
            new Box(
                "reports-excluded",
                excludedLines(flow.reportsExcluded(), flow.reportsExcludedPerReason()),
                1,
                3));
    Box included =
        add(
            boxes,
            new Box(
                "studies-included",
                List.of(
                    "Studies included in review " + count(flow.studiesIncluded()),
                    "Reports of included studies " + count(flow.reportsOfIncludedStudies())),
                0,
                4));

    OtherMethods others =
        other
            ? new OtherMethods(
                add(boxes, new Box("other-records-identified", otherIdentifiedLines(flow), 2, 0)),
                add(
                    boxes,
                    new Box(
                        "other-reports-sought",
                        List.of("Reports sought for retrieval " + count(flow.otherReportsSought())),
                        2,
                        2)),
                add(
                    boxes,
                    new Box(
                        "other-reports-not-retrieved",
                        List.of("Reports not retrieved " + count(flow.otherReportsNotRetrieved())),
                        3,
                        2)),
                add(
                    boxes,
                    new Box(
                        "other-reports-assessed",
                        List.of(
                            "Reports assessed for eligibility "
                                + count(flow.otherReportsAssessed())),
                        2,
                        3)),
                add(
                    boxes,
                    new Box(
                        "other-reports-excluded",
                        excludedLines(
                            flow.otherReportsExcluded(), flow.otherReportsExcludedPerReason()),
                        3,
                        3)))
            : null;

    // layout: each row as tall as its tallest box
    int rows = 5;
    int[] rowHeight = new int[rows];
    for (Box b : boxes) {
      b.height = b.lines.size() * LINE_HEIGHT + 2 * PADDING;
      rowHeight[b.row] = Math.max(rowHeight[b.row], b.height);
    }
    int[] rowTop = new int[rows];
    int top = MARGIN + HEADER_HEIGHT + ROW_GAP / 2;
    for (int r = 0; r < rows; r++) {
      rowTop[r] = top;
      top += rowHeight[r] + ROW_GAP;
    }
    int left = MARGIN + PHASE_WIDTH + COLUMN_GAP / 2;
    for (Box b : boxes) {
      b.x = left + b.column * (BOX_WIDTH + COLUMN_GAP);
      b.y = rowTop[b.row] + (rowHeight[b.row] - b.height) / 2;
    }
    int columns = other ? 4 : 2;
    int width = left + columns * (BOX_WIDTH + COLUMN_GAP) - COLUMN_GAP + MARGIN;
    int height = top - ROW_GAP + MARGIN;

    SvgElement svg =
        SvgElement.document(width, height)
            .attribute("version", "1.1")
            .attribute("font-family", "sans-serif")
            .attribute("font-size", FONT_SIZE)
            .role("img")
            .title("PRISMA 2020 flow diagram");
    svg.element("defs")
        .element("marker")
        .id("arrow")
        .attribute("viewBox", "0 0 10 10")
        .attribute("refX", 10)
        .attribute("refY", 5)
        .attribute("markerWidth", 7)
        .attribute("markerHeight", 7)
        .attribute("orient", "auto")
        .path(SvgPath.moveTo(0, 0).lineTo(10, 5).lineTo(0, 10).close())
        .attribute("fill", STROKE);

    // column headers
    header(
        svg,
        "header-databases",
        "Identification of studies via databases and registers",
        left,
        MARGIN,
        2 * BOX_WIDTH + COLUMN_GAP,
        "#f5c518");
    if (other) {
      header(
          svg,
          "header-other-methods",
          "Identification of studies via other methods",
          left + 2 * (BOX_WIDTH + COLUMN_GAP),
          MARGIN,
          2 * BOX_WIDTH + COLUMN_GAP,
          "#d9d9d9");
    }
    // phase labels
    phase(svg, "phase-identification", "Identification", rowTop[0], rowTop[0] + rowHeight[0]);
    phase(svg, "phase-screening", "Screening", rowTop[1], rowTop[3] + rowHeight[3]);
    phase(svg, "phase-included", "Included", rowTop[4], rowTop[4] + rowHeight[4]);

    // arrows down the main column and to its side boxes
    down(svg, identified, screened);
    down(svg, screened, sought);
    down(svg, sought, assessed);
    down(svg, assessed, included);
    flow.includedFromDatabases()
        .ifPresent(
            n ->
                arrowLabel(
                    svg,
                    "included-from-databases",
                    n + " included",
                    assessed.centreX() + 6,
                    (assessed.y + assessed.height + included.y) / 2 + FONT_SIZE / 3));
    for (Box[] pair :
        new Box[][] {
          {identified, removed},
          {screened, excluded},
          {sought, notRetrieved},
          {assessed, reportsExcluded}
        }) {
      across(svg, pair[0], pair[1]);
    }
    if (others != null) {
      down(svg, others.identified(), others.sought());
      down(svg, others.sought(), others.assessed());
      across(svg, others.sought(), others.notRetrieved());
      across(svg, others.assessed(), others.excluded());
      // from the other-methods assessment down and across into the shared included box
      int x = others.assessed().centreX();
      int y1 = others.assessed().y + others.assessed().height;
      int y2 = included.y + included.height / 2;
      svg.path(SvgPath.moveTo(x, y1).lineTo(x, y2).lineTo(included.x + BOX_WIDTH, y2))
          .cssClass("arrow")
          .attribute("fill", "none")
          .attribute("stroke", STROKE)
          .attribute("marker-end", "url(#arrow)");
      flow.includedFromOtherMethods()
          .ifPresent(
              n ->
                  arrowLabel(
                      svg,
                      "included-from-other-methods",
                      n + " included",
                      x + 6,
                      (y1 + included.y) / 2 + FONT_SIZE / 3));
    }

    for (Box b : boxes) {
      box(svg, b);
    }
    return svg.toDocument();
  }

  /** The boxes of the column for records found by other methods. */
  private record OtherMethods(
      Box identified, Box sought, Box notRetrieved, Box assessed, Box excluded) {}

  private static Box add(List<Box> boxes, Box box) {
    boxes.add(box);
    return box;
  }

  private static List<String> identifiedLines(PrismaFlow flow) {
    List<String> lines = new ArrayList<>();
    lines.add("Records identified from:");
    for (Map.Entry<String, Integer> e : flow.recordsPerSource().entrySet()) {
      lines.add(e.getKey() + " " + count(OptionalInt.of(e.getValue())));
    }
    if (flow.recordsPerSource().isEmpty()) {
      lines.add("Databases and registers " + count(flow.recordsIdentified()));
    } else if (flow.recordsIdentified().isPresent()) {
      lines.add("Total " + count(flow.recordsIdentified()));
    }
    return lines;
  }

  private static List<String> otherIdentifiedLines(PrismaFlow flow) {
    List<String> lines = new ArrayList<>();
    lines.add("Records identified from:");
    for (Map.Entry<String, Integer> e : flow.recordsPerOtherMethod().entrySet()) {
      lines.add(e.getKey() + " " + count(OptionalInt.of(e.getValue())));
    }
    if (flow.recordsPerOtherMethod().isEmpty()) {
      lines.add("Other methods " + count(OptionalInt.empty()));
    }
    return lines;
  }

  private static List<String> excludedLines(OptionalInt total, Map<String, Integer> reasons) {
    List<String> lines = new ArrayList<>();
    if (reasons.isEmpty()) {
      lines.add("Reports excluded " + count(total));
      return lines;
    }
    lines.add(total.isPresent() ? "Reports excluded " + count(total) + ":" : "Reports excluded:");
    for (Map.Entry<String, Integer> e : reasons.entrySet()) {
      lines.add(e.getKey() + " " + count(OptionalInt.of(e.getValue())));
    }
    return lines;
  }

  private static String count(OptionalInt n) {
    return n.isPresent() ? "(n = " + n.getAsInt() + ")" : "(not reported)";
  }

  private static void header(
      SvgElement svg, String id, String text, int x, int y, int w, String fill) {
    SvgElement g = svg.group().cssClass("header").id(id);
    g.rect(x, y, w, HEADER_HEIGHT - 8)
        .attribute("rx", 6)
        .attribute("fill", fill)
        .attribute("stroke", STROKE);
    g.text(x + w / 2, y + (HEADER_HEIGHT - 8) / 2 + FONT_SIZE / 3, text)
        .attribute("text-anchor", "middle")
        .attribute("font-weight", "bold");
  }

  private static void phase(SvgElement svg, String id, String text, int y1, int y2) {
    int x = MARGIN;
    int cy = (y1 + y2) / 2;
    // the rotated label needs room along the bar even when its row is short
    int half = Math.max((y2 - y1) / 2, text.length() * FONT_SIZE * 7 / 20);
    int cx = x + PHASE_WIDTH / 2;
    SvgElement g = svg.group().cssClass("phase").id(id);
    g.rect(x, cy - half, PHASE_WIDTH, 2 * half)
        .attribute("rx", 6)
        .attribute("fill", "#a8c6e5")
        .attribute("stroke", STROKE);
    g.text(cx, cy + FONT_SIZE / 3, text)
        .attribute("text-anchor", "middle")
        .attribute("font-weight", "bold")
        .attribute("transform", "rotate(-90 " + cx + " " + cy + ")");
  }

  private static void down(SvgElement svg, Box from, Box to) {
    arrow(svg, from.centreX(), from.y + from.height, to.centreX(), to.y);
  }

  private static void across(SvgElement svg, Box from, Box to) {
    int y = from.y + from.height / 2;
    arrow(svg, from.x + BOX_WIDTH, y, to.x, y);
  }

  private static void arrow(SvgElement svg, int x1, int y1, int x2, int y2) {
    svg.line(x1, y1, x2, y2)
        .cssClass("arrow")
        .attribute("stroke", STROKE)
        .attribute("marker-end", "url(#arrow)");
  }

  private static void arrowLabel(SvgElement svg, String id, String text, int x, int y) {
    svg.text(x, y, text).cssClass("arrow-label").id(id);
  }

  private static void box(SvgElement svg, Box b) {
    SvgElement g = svg.group().cssClass("box").id(b.id);
    g.rect(b.x, b.y, BOX_WIDTH, b.height).attribute("fill", "#ffffff").attribute("stroke", STROKE);
    SvgElement text =
        g.element("text").attribute("x", b.x + PADDING).attribute("y", b.y + PADDING - 3);
    for (String line : b.lines) {
      text.element("tspan", line).attribute("x", b.x + PADDING).attribute("dy", LINE_HEIGHT);
    }
  }

  private static List<String> wrapAll(List<String> lines) {
    List<String> wrapped = new ArrayList<>();
    for (String line : lines) {
      wrapped.addAll(wrap(line));
    }
    return List.copyOf(wrapped);
  }

  /** A word, or a parenthesised count such as {@code (n = 45)} that must stay on one line. */
  private static final Pattern WORD =
      Pattern.compile("\\(n = \\d+\\)\\S*|\\(not reported\\)\\S*|\\S+");

  /**
   * Breaks a line at spaces so that each piece fits the box, keeping a count such as {@code (n =
   * 45)} whole; a single over-long word is cut.
   */
  static List<String> wrap(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    Matcher words = WORD.matcher(line);
    while (words.find()) {
      String word = words.group();
      while (word.length() > WRAP) {
        if (current.length() > 0) {
          out.add(current.toString());
          current.setLength(0);
        }
        out.add(word.substring(0, WRAP));
        word = word.substring(WRAP);
      }
      if (current.length() > 0 && current.length() + 1 + word.length() > WRAP) {
        out.add(current.toString());
        current.setLength(0);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(word);
    }
    if (current.length() > 0 || out.isEmpty()) {
      out.add(current.toString());
    }
    return out;
  }
}
