package dev.appraise.core.markup;

import java.util.Optional;

/**
 * A cell of a {@link MarkupTable}: plain text, which may hold line breaks, and an optional class
 * for HTML (e.g. to colour a verdict), which Markdown and CSV leave out.
 *
 * @param text the text
 * @param htmlClass the value of the cell's {@code class} attribute in HTML
 */
public record TableCell(String text, Optional<String> htmlClass) {

  /**
   * A cell of text.
   *
   * @param text the text
   * @return the cell
   */
  public static TableCell of(String text) {
    return new TableCell(text, Optional.empty());
  }

  /**
   * A cell of text with a class in HTML.
   *
   * @param text the text
   * @param htmlClass the class
   * @return the cell
   */
  public static TableCell of(String text, String htmlClass) {
    return new TableCell(text, Optional.of(htmlClass));
  }
}
