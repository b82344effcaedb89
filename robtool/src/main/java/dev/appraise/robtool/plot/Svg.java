package dev.appraise.robtool.plot;

import dev.appraise.core.markup.SvgElement;

/** What the figures draw alike: their font and their labels. */
final class Svg {

  private Svg() {}

  static final String FONT = "Helvetica, Arial, sans-serif";

  /** Adds a label in the figures' font and text colour. */
  static SvgElement text(
      SvgElement parent,
      double x,
      double y,
      double size,
      String anchor,
      String weight,
      String content) {
    return parent
        .text(x, y, content)
        .attribute("font-family", FONT)
        .attribute("font-size", size)
        .attribute("font-weight", weight)
        .attribute("text-anchor", anchor)
        .attribute("fill", "#1A1A1A");
  }
}
