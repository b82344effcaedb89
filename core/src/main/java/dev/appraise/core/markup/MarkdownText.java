package dev.appraise.core.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text for Markdown documents (CommonMark with GitHub's extensions: tables, strikethrough,
 * autolinks): plain text escaped so that it reads as itself, never as markup.
 *
 * <p>Every character Markdown could take as markup, {@code \ ` * _ [ ] < > & | ~}, gets a backslash
 * (CommonMark lets any ASCII punctuation be escaped so); so do the markers that count only at the
 * start of a line, where they would start a block: a heading's {@code #}, a list item's {@code -}
 * or {@code +}, a setext underline of {@code =}, the {@code .} or {@code )} after the digits of an
 * ordered list item; and a closing run of {@code #} at the end of a line, which a heading would
 * drop. White space at the start and end of each line is dropped, which Markdown does not show
 * anyway and which would otherwise start a code block or a hard line break. Nothing is escaped as
 * HTML: {@code &} stays a character, not {@code &amp;}.
 */
@SuppressWarnings("EscapedEntity") // the javadoc shows entities as they are written
public final class MarkdownText {

  private static final String SPECIAL = "\\`*_[]<>&|~";
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  /**
   * What starts a block: a heading, a list item, a thematic break or setext underline, an ordered
   * list item.
   */
  private static final Pattern BLOCK_MARKER =
      Pattern.compile(
          "^(?:#{1,6}(?=\\s|$)|[-+](?=\\s|$)|-+(?=[-\\s]*$)|=+(?=\\s*$)|[0-9]{1,9}(?=[.)](?:\\s|$)))");

  private static final Pattern CLOSING_HASHES = Pattern.compile("\\s(#+)$");

  private MarkdownText() {}

  /**
   * Escapes text for a paragraph: each line break stays a line break (a soft break when shown).
   *
   * @param text the text
   * @return the Markdown
   */
  public static String escape(String text) {
    return String.join("\n", lines(text, true));
  }

  /**
   * Escapes text for a place that holds one line, such as a heading or a list item: line breaks
   * become spaces.
   *
   * @param text the text
   * @return the Markdown, on one line
   */
  public static String escapeLine(String text) {
    return String.join(" ", lines(text, true).stream().filter(l -> !l.isEmpty()).toList());
  }

  /**
   * Splits text into lines and escapes each.
   *
   * @param text the text
   * @param blockStart whether a line starts a block, where block markers count (not in a table
   *     cell)
   * @return the escaped lines
   */
  static List<String> lines(String text, boolean blockStart) {
    List<String> lines = new ArrayList<>();
    for (String line : LINE_BREAK.split(text, -1)) {
      lines.add(escapeOneLine(line.strip(), blockStart));
    }
    return lines;
  }

  private static String escapeOneLine(String line, boolean blockStart) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    if (!blockStart) {
      return out.toString();
    }
    // the closing hashes first: escaping them does not move the start of the line
    Matcher closing = CLOSING_HASHES.matcher(out);
    if (closing.find()) {
      out.insert(closing.start(1), '\\');
    }
    Matcher marker = BLOCK_MARKER.matcher(out);
    if (marker.find()) {
      // a heading, bullet or underline: escape its first character; an ordered list item: the
      // delimiter after it
      boolean digits = Character.isDigit(out.charAt(0));
      out.insert(digits ? marker.end() : 0, '\\');
    }
    return out.toString();
  }
}
