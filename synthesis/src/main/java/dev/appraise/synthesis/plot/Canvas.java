package dev.appraise.synthesis.plot;

import dev.appraise.core.markup.SvgElement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.core.model.RiskOfBiasPalette;
import java.util.ArrayList;
import java.util.List;

/**
 * A figure under construction: its SVG document and the box each label is estimated to take, so
 * that the layout can be checked for labels that overlap. Widths are {@link
 * SvgElement#estimatedTextWidth}'s estimate (a tenth more for bold text); a line of text takes
 * {@value #ASCENT} of its font size above the baseline and {@value #DESCENT} below.
 */
final class Canvas {

  static final String FONT = "Helvetica, Arial, sans-serif";
  static final String INK = "#1A1A1A";
  static final String GREY = "#6B6B6B";
  static final String LINE = "#4D4D4D";
  static final double ASCENT = 0.8;
  static final double DESCENT = 0.22;

  /** Where a label's anchor is. */
  enum Anchor {
    START("start"),
    MIDDLE("middle"),
    END("end");

    final String svg;

    Anchor(String svg) {
      this.svg = svg;
    }
  }

  /**
   * The box a label takes.
   *
   * @param x the left edge
   * @param y the top edge
   * @param width the width
   * @param height the height
   * @param text the label
   */
  record Box(double x, double y, double width, double height, String text) {

    boolean overlaps(Box other) {
      return x < other.x + other.width
          && other.x < x + width
          && y < other.y + other.height
          && other.y < y + height;
    }

    double right() {
      return x + width;
    }

    double bottom() {
      return y + height;
    }
  }

  private final SvgElement svg;
  private final double width;
  private final double height;
  private final List<Box> boxes = new ArrayList<>();

  Canvas(double width, double height) {
    this.width = width;
    this.height = height;
    svg = SvgElement.document(width, height).role("img");
    svg.element("rect")
        .attribute("width", "100%")
        .attribute("height", "100%")
        .attribute("fill", "#FFFFFF");
  }

  SvgElement svg() {
    return svg;
  }

  List<Box> boxes() {
    return boxes;
  }

  double width() {
    return width;
  }

  double height() {
    return height;
  }

  /** Adds a label in the figures' font and records its box. */
  SvgElement text(
      SvgElement parent,
      double x,
      double y,
      double size,
      Anchor anchor,
      boolean bold,
      String content) {
    boxes.add(box(x, y, size, anchor, bold, content));
    return parent
        .text(x, y, content)
        .attribute("font-family", FONT)
        .attribute("font-size", size)
        .attribute("font-weight", bold ? "bold" : "normal")
        .attribute("text-anchor", anchor.svg)
        .attribute("fill", INK);
  }

  /**
   * Draws a risk-of-bias judgement as robvis does: a circle in the level's colour with the level's
   * symbol on it, the symbol hidden from screen readers (the enclosing group's title says it).
   */
  static void judgement(
      SvgElement g,
      RiskOfBiasPalette palette,
      RiskOfBiasLevel level,
      double cx,
      double cy,
      double r) {
    g.circle(cx, cy, r)
        .attribute("fill", palette.colour(level))
        .attribute("stroke", LINE)
        .attribute("stroke-width", 0.6);
    g.text(cx, cy + r * 0.42, level.robvisSymbol())
        .attribute("font-family", FONT)
        .attribute("font-size", r * 1.25)
        .attribute("font-weight", "bold")
        .attribute("text-anchor", "middle")
        .attribute("fill", palette.textColour(level))
        .aria("hidden", "true");
  }

  /** The box a label would take. */
  static Box box(double x, double y, double size, Anchor anchor, boolean bold, String content) {
    double width = width(content, size, bold);
    double left = anchor == Anchor.START ? x : anchor == Anchor.MIDDLE ? x - width / 2 : x - width;
    return new Box(left, y - ASCENT * size, width, (ASCENT + DESCENT) * size, content);
  }

  /** The estimated width of a label. */
  static double width(String content, double size, boolean bold) {
    return SvgElement.estimatedTextWidth(content, size) * (bold ? 1.1 : 1);
  }

  /**
   * The labels whose boxes overlap another's, as pairs of texts; empty when the layout is clean.
   */
  static List<String> overlaps(List<Box> boxes) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        if (boxes.get(i).overlaps(boxes.get(j))) {
          found.add("'" + boxes.get(i).text() + "' and '" + boxes.get(j).text() + "'");
        }
      }
    }
    return found;
  }
}
