package dev.appraise.core.markup;

/**
 * The data of an SVG path ({@code d}), built command by command with absolute coordinates: {@code
 * SvgPath.moveTo(0, 0).lineTo(10, 5).lineTo(0, 10).close()} is {@code M0,0 L10,5 L0,10 Z}. Numbers
 * are written as {@link NumberText#format(double)} writes them; one that is NaN or infinite is
 * refused with an {@link IllegalArgumentException}. A mutable builder, not thread-safe.
 */
public final class SvgPath {

  private final StringBuilder data = new StringBuilder();

  private SvgPath() {}

  /**
   * Starts a path at a point.
   *
   * @param x the x coordinate
   * @param y the y coordinate
   * @return the path
   * @throws IllegalArgumentException if a coordinate is NaN or infinite
   */
  public static SvgPath moveTo(double x, double y) {
    return new SvgPath().command('M', x, y);
  }

  /**
   * Starts a new subpath at a point.
   *
   * @param x the x coordinate
   * @param y the y coordinate
   * @return this path
   * @throws IllegalArgumentException if a coordinate is NaN or infinite
   */
  public SvgPath moveToNext(double x, double y) {
    return command('M', x, y);
  }

  /**
   * Draws a straight line to a point.
   *
   * @param x the x coordinate
   * @param y the y coordinate
   * @return this path
   * @throws IllegalArgumentException if a coordinate is NaN or infinite
   */
  public SvgPath lineTo(double x, double y) {
    return command('L', x, y);
  }

  /**
   * Closes the subpath with a straight line to its start.
   *
   * @return this path
   */
  public SvgPath close() {
    data.append(" Z");
    return this;
  }

  /** {@return the path data} */
  @Override
  public String toString() {
    return data.toString();
  }

  private SvgPath command(char command, double x, double y) {
    String xs = MarkupElement.number("path", "d", x, NumberText.DEFAULT_FRACTION_DIGITS);
    String ys = MarkupElement.number("path", "d", y, NumberText.DEFAULT_FRACTION_DIGITS);
    if (data.length() > 0) {
      data.append(' ');
    }
    data.append(command).append(xs).append(',').append(ys);
    return this;
  }
}
