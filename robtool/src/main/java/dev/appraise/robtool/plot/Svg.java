package dev.appraise.robtool.plot;

import java.util.Locale;

/** Small helpers shared by the figures: escaping, number formatting and text width estimates. */
final class Svg {

  private Svg() {}

  /** Formats a coordinate with at most two decimals, in Locale.ROOT. */
  static String num(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
    return s.equals("-0") ? "0" : s;
  }

  /** An estimate of the width of text in a sans-serif font. */
  static double textWidth(String text, double fontSize) {
    return text.codePointCount(0, text.length()) * fontSize * 0.58;
  }

  static final String FONT = "font-family=\"Helvetica, Arial, sans-serif\"";
}
