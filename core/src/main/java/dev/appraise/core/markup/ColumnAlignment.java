package dev.appraise.core.markup;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How the cells of a {@link MarkupTable} column are aligned. */
public enum ColumnAlignment {
  /** As the reader's default (left in left-to-right text); nothing is written. */
  NONE("---", null),
  /** Left. */
  LEFT(":---", "left"),
  /** Centred. */
  CENTER(":---:", "center"),
  /** Right, for numbers. */
  RIGHT("---:", "right");

  private final String markdownDelimiter;
  private final @Nullable String cssValue;

  ColumnAlignment(String markdownDelimiter, @Nullable String cssValue) {
    this.markdownDelimiter = markdownDelimiter;
    this.cssValue = cssValue;
  }

  /**
   * {@return the column's cell in the delimiter row of a GitHub-flavoured Markdown table, e.g.
   * {@code ---:}}
   */
  public String markdownDelimiter() {
    return markdownDelimiter;
  }

  /** {@return the CSS {@code text-align} value, empty for {@link #NONE}} */
  public Optional<String> cssValue() {
    return Optional.ofNullable(cssValue);
  }
}
