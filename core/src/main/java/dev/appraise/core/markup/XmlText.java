package dev.appraise.core.markup;

/**
 * Text for XML, XHTML and SVG documents: the one escaping every writer of markup in appraise uses.
 *
 * <p>{@link #escape(String)} serves both element content and attribute values. The elements of this
 * package ({@link MarkupElement}) use the two exact forms, {@link #escapeContent(String)} and
 * {@link #escapeAttribute(String)}, which also write the white space an XML parser would otherwise
 * normalise as character references, so that every text reads back unchanged.
 */
@SuppressWarnings("EscapedEntity") // the javadoc shows entities as they are written
public final class XmlText {

  private XmlText() {}

  /**
   * Escapes text for element content and attribute values in XML 1.0, XHTML and HTML: {@code & < >
   * " '} become {@code &amp; &lt; &gt; &quot; &#39;}, and characters XML 1.0 cannot carry (control
   * characters other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF)
   * become U+FFFD.
   *
   * <p>Line ends and, in attribute values, tabs and line feeds are left as they are, so an XML
   * parser normalises them (a carriage return reads back as a line feed; a tab or line feed in an
   * attribute reads back as a space).
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    return escape(text, false, false);
  }

  /**
   * Escapes text for element content so that an XML parser reads back exactly the text: as {@link
   * #escape(String)}, and a carriage return becomes {@code &#13;}.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escapeContent(String text) {
    return escape(text, true, false);
  }

  /**
   * Escapes text for an attribute value in double quotes so that an XML parser reads back exactly
   * the text: as {@link #escape(String)}, and tab, line feed and carriage return become {@code &#9;
   * &#10; &#13;}, which attribute-value normalisation leaves alone.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escapeAttribute(String text) {
    return escape(text, true, true);
  }

  /**
   * Replaces the characters XML 1.0 cannot carry by U+FFFD and escapes nothing: for raw text
   * elements.
   */
  static String replaceIllegal(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(allowed(c) ? c : 0xFFFD));
    return out.toString();
  }

  private static String escape(String text, boolean carriageReturn, boolean whiteSpace) {
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
        case '\r' -> out.append(carriageReturn ? "&#13;" : "\r");
        case '\n' -> out.append(whiteSpace ? "&#10;" : "\n");
        case '\t' -> out.append(whiteSpace ? "&#9;" : "\t");
        default -> out.appendCodePoint(allowed(c) ? c : 0xFFFD);
      }
    }
    return out.toString();
  }

  private static boolean allowed(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
