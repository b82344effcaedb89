package dev.appraise.core.markup;

/**
 * A footnote under a {@link MarkupTable}: the mark cells refer to (e.g. {@code a}) and its text.
 *
 * @param mark the mark, not blank
 * @param text the text
 */
public record TableFootnote(String mark, String text) {

  /**
   * Checks the mark.
   *
   * @param mark the mark, not blank
   * @param text the text
   * @throws IllegalArgumentException if the mark is blank
   */
  public TableFootnote {
    if (mark.isBlank()) {
      throw new IllegalArgumentException("footnote mark must not be blank, was '" + mark + "'");
    }
  }
}
