package dev.appraise.core.io;

/** Text for XML, XHTML and SVG documents: the one escaping every writer of markup in appraise uses. */
public final class XmlText {

  private XmlText() {}

  /**
   * Escapes text for element content and attribute values in XML 1.0, XHTML and HTML: {@code & < > " '} become
   * {@code &amp; &lt; &gt; &quot; &#39;}, and characters XML 1.0 cannot carry (control characters other than tab,
   * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) become U+FFFD.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          boolean allowed = c == 0x9 || c == 0xA || c == 0xD
              || (c >= 0x20 && c <= 0xD7FF)
              || (c >= 0xE000 && c <= 0xFFFD)
              || (c >= 0x10000 && c <= 0x10FFFF);
          out.appendCodePoint(allowed ? c : 0xFFFD);
        }
      }
    }
    return out.toString();
  }
}
