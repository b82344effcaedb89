package dev.appraise.core.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text for Markdown documents (CommonMark with GitHub's extensions: tables, strikethrough, autolinks): plain text
 * escaped so that it reads as itself, never as markup.
 *
 * <p>Every character Markdown could take as markup, {@code \ ` * _ [ ] < > & | ~}, gets a backslash (CommonMark
 * lets any ASCII punctuation be escaped so); so do the markers that count only at the start of a line: {@code #},
 * {@code -}, {@code +}, {@code =}, and the {@code .} or {@code )} after the digits of an ordered list item. White
 * space at the start and end of each line is dropped, which Markdown does not show anyway and which would otherwise
 * start a code block or a hard line break. Nothing is escaped as HTML: {@code &} stays a character, not
 * {@code &amp;}.
 */
public final class MarkdownText {

  private static final String SPECIAL = "\\`*_[]<>&|~";
  private static final String LINE_START = "#-+=";
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
  private static final Pattern ORDERED_LIST_MARKER = Pattern.compile("^([0-9]{1,9})([.)])");

  private MarkdownText() {}

  /**
   * Escapes text for a paragraph: each line break stays a line break (a soft break when shown).
   *
   * @param text the text
   * @return the Markdown
   */
  public static String escape(String text) {
    return String.join("\n", lines(text));
  }

  /**
   * Escapes text for a place that holds one line, such as a heading or a list item: line breaks become spaces.
   *
   * @param text the text
   * @return the Markdown, on one line
   */
  public static String escapeLine(String text) {
    return String.join(" ", lines(text).stream().filter(l -> !l.isEmpty()).toList());
  }

  /** {@return the text's lines, each escaped} */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : LINE_BREAK.split(text, -1)) {
      lines.add(escapeOneLine(line.strip()));
    }
    return lines;
  }

  private static String escapeOneLine(String line) {
    StringBuilder out = new StringBuilder(line.length() + 8);
    int start = 0;
    if (!line.isEmpty() && LINE_START.indexOf(line.charAt(0)) >= 0) {
      out.append('\\').append(line.charAt(0));
      start = 1;
    } else {
      Matcher marker = ORDERED_LIST_MARKER.matcher(line);
      if (marker.find()) {
        out.append(marker.group(1)).append('\\').append(marker.group(2));
        start = marker.end();
      }
    }
    for (int i = start; i < line.length(); i++) {
      char c = line.charAt(i);
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
