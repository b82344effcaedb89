package dev.appraise.robtool.plot;

import java.util.Locale;

/** Small helpers shared by the figures: escaping, number formatting and text width estimates. */
final class Svg {

  private Svg() {}

  /** Escapes text for XML content and attributes; characters XML 1.0 cannot carry become U+FFFD. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&apos;");
          break;
        default:
          boolean legal = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
          out.appendCodePoint(legal ? cp : 0xFFFD);
      }
    }
    return out.toString();
  }

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
