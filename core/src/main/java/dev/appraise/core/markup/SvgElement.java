package dev.appraise.core.markup;

import java.util.List;
import java.util.StringJoiner;

/**
 * An element of an SVG 1.1 document, with a method for each shape a figure is drawn with. A figure
 * starts with {@link #document(double, double)} and is written with {@link #toDocument()}:
 *
 * <pre>{@code
 * SvgElement svg = SvgElement.document(400, 120).role("img").title("Forest plot").desc("Three studies");
 * SvgElement row = svg.group().cssClass("study").data("study", "Smith 2001");
 * row.text(8, 20, "Smith 2001").attribute("text-anchor", "start");
 * row.line(150, 16, 260, 16).attribute("stroke", "#333333");
 * row.rect(200, 12, 8, 8).attribute("fill", "#333333").title("weight 31.2 %");
 * String document = svg.toDocument();
 * }</pre>
 *
 * <p>Coordinates and lengths are written with at most two fraction digits ({@link NumberText}); a
 * coordinate that is NaN or infinite, or a negative width, height or radius, is refused with an
 * {@link IllegalArgumentException}. Line breaks go between child elements except inside {@code
 * text}, {@code tspan} and {@code textPath}, where white space is part of the text; the document
 * has no DOCTYPE and refers to nothing outside itself unless a caller adds a link.
 */
public final class SvgElement extends MarkupElement<SvgElement> {

  /** The namespace of SVG. */
  public static final String NAMESPACE = "http://www.w3.org/2000/svg";

  /**
   * The average advance of a character of a sans-serif font, in ems, for {@link
   * #estimatedTextWidth}.
   */
  private static final double AVERAGE_ADVANCE = 0.58;

  private SvgElement(String name) {
    super(name);
  }

  /**
   * Starts a document: {@code <svg xmlns="http://www.w3.org/2000/svg" width=".." height=".."
   * viewBox="0 0 .. ..">}, one user unit a pixel.
   *
   * @param width the width, at least 0
   * @param height the height, at least 0
   * @return the {@code svg} element
   * @throws IllegalArgumentException if a size is negative, NaN or infinite
   */
  public static SvgElement document(double width, double height) {
    String w = length("svg", "width", width);
    String h = length("svg", "height", height);
    return new SvgElement("svg")
        .attribute("xmlns", NAMESPACE)
        .attribute("width", w)
        .attribute("height", h)
        .attribute("viewBox", "0 0 " + w + " " + h);
  }

  /**
   * Starts an element outside a document, the root of a fragment.
   *
   * @param name the element's name
   * @return the element
   * @throws IllegalArgumentException if the name is not an XML name
   */
  public static SvgElement of(String name) {
    return new SvgElement(name);
  }

  /**
   * Gives this element a title, its accessible name (and a tooltip in browsers): a {@code <title>}
   * as the first child, replacing the title it had.
   *
   * @param text the title
   * @return this element
   */
  public SvgElement title(String text) {
    return firstChild("title", text, 0);
  }

  /**
   * Gives this element a description: a {@code <desc>} right after its title (or first), replacing
   * the description it had.
   *
   * @param text the description
   * @return this element
   */
  public SvgElement desc(String text) {
    return firstChild("desc", text, isChild(0, "title") ? 1 : 0);
  }

  /** {@return a new group, {@code <g>}} */
  public SvgElement group() {
    return element("g");
  }

  /**
   * Adds a rectangle.
   *
   * @param x the left edge
   * @param y the top edge
   * @param width the width, at least 0
   * @param height the height, at least 0
   * @return the {@code rect} element
   * @throws IllegalArgumentException if a number is NaN or infinite, or a size negative
   */
  public SvgElement rect(double x, double y, double width, double height) {
    String x0 = coordinate("rect", "x", x);
    String y0 = coordinate("rect", "y", y);
    String w = length("rect", "width", width);
    String h = length("rect", "height", height);
    return element("rect")
        .attribute("x", x0)
        .attribute("y", y0)
        .attribute("width", w)
        .attribute("height", h);
  }

  /**
   * Adds a circle.
   *
   * @param cx the centre's x
   * @param cy the centre's y
   * @param r the radius, at least 0
   * @return the {@code circle} element
   * @throws IllegalArgumentException if a number is NaN or infinite, or the radius negative
   */
  public SvgElement circle(double cx, double cy, double r) {
    String x = coordinate("circle", "cx", cx);
    String y = coordinate("circle", "cy", cy);
    String radius = length("circle", "r", r);
    return element("circle").attribute("cx", x).attribute("cy", y).attribute("r", radius);
  }

  /**
   * Adds a straight line.
   *
   * @param x1 the start's x
   * @param y1 the start's y
   * @param x2 the end's x
   * @param y2 the end's y
   * @return the {@code line} element
   * @throws IllegalArgumentException if a number is NaN or infinite
   */
  public SvgElement line(double x1, double y1, double x2, double y2) {
    String a = coordinate("line", "x1", x1);
    String b = coordinate("line", "y1", y1);
    String c = coordinate("line", "x2", x2);
    String d = coordinate("line", "y2", y2);
    return element("line")
        .attribute("x1", a)
        .attribute("y1", b)
        .attribute("x2", c)
        .attribute("y2", d);
  }

  /**
   * Adds a path.
   *
   * @param d the path data
   * @return the {@code path} element
   */
  public SvgElement path(SvgPath d) {
    return element("path").attribute("d", d.toString());
  }

  /**
   * Adds a closed polygon, e.g. the diamond of a pooled estimate.
   *
   * @param points the corners as x, y pairs: {@code x1, y1, x2, y2, ...}
   * @return the {@code polygon} element
   * @throws IllegalArgumentException if the coordinates do not come in pairs or one is NaN or
   *     infinite
   */
  public SvgElement polygon(double... points) {
    String joined = points("polygon", points);
    return element("polygon").attribute("points", joined);
  }

  /**
   * Adds an open polyline.
   *
   * @param points the vertices as x, y pairs: {@code x1, y1, x2, y2, ...}
   * @return the {@code polyline} element
   * @throws IllegalArgumentException if the coordinates do not come in pairs or one is NaN or
   *     infinite
   */
  public SvgElement polyline(double... points) {
    String joined = points("polyline", points);
    return element("polyline").attribute("points", joined);
  }

  /**
   * Adds a text at a point; set {@code text-anchor}, {@code font-size} and the like on the returned
   * element.
   *
   * @param x the anchor's x
   * @param y the baseline's y
   * @param text the text
   * @return the {@code text} element
   * @throws IllegalArgumentException if a number is NaN or infinite
   */
  public SvgElement text(double x, double y, String text) {
    String x0 = coordinate("text", "x", x);
    String y0 = coordinate("text", "y", y);
    return element("text").attribute("x", x0).attribute("y", y0).text(text);
  }

  /**
   * Estimates the width of a line of text in a sans-serif font of average width, for laying out
   * labels without measuring fonts: 0.58 ems a character.
   *
   * @param text the text
   * @param fontSize the font size
   * @return the estimated width, in the unit of the font size
   */
  public static double estimatedTextWidth(String text, double fontSize) {
    return text.codePointCount(0, text.length()) * fontSize * AVERAGE_ADVANCE;
  }

  @Override
  SvgElement self() {
    return this;
  }

  @Override
  SvgElement create(String name) {
    return new SvgElement(name);
  }

  @Override
  boolean breaksLines() {
    return !List.of("text", "tspan", "textPath").contains(name());
  }

  private SvgElement firstChild(String name, String text, int index) {
    List<Object> content = content();
    if (isChild(index, name)) {
      content.remove(index);
    }
    SvgElement child = new SvgElement(name).text(text);
    content.add(index, child);
    return this;
  }

  private boolean isChild(int index, String name) {
    List<Object> content = content();
    return index < content.size()
        && content.get(index) instanceof SvgElement e
        && e.name().equals(name);
  }

  private static String coordinate(String element, String attribute, double value) {
    return number(element, attribute, value, NumberText.DEFAULT_FRACTION_DIGITS);
  }

  private static String length(String element, String attribute, double value) {
    String text = coordinate(element, attribute, value);
    if (value < 0) {
      throw new IllegalArgumentException(
          "attribute " + attribute + " of <" + element + "> must not be negative, was " + value);
    }
    return text;
  }

  private static String points(String element, double... points) {
    if (points.length % 2 != 0) {
      throw new IllegalArgumentException(
          "points of <" + element + "> must come as x, y pairs, was " + points.length + " numbers");
    }
    StringJoiner joined = new StringJoiner(" ");
    for (int i = 0; i < points.length; i += 2) {
      joined.add(
          coordinate(element, "points", points[i])
              + ","
              + coordinate(element, "points", points[i + 1]));
    }
    return joined.toString();
  }
}
