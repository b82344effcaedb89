package dev.appraise.core;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One problem found while reading input: where it is and what is wrong.
 *
 * <p>The location is whatever pinpoints the problem in its format: a JSON pointer ({@code
 * /studies/0/arms/1/n}), a line and column, or a row and column name. The empty string stands for
 * the whole document. Where the line and column of a problem in text are known besides its location
 * (a JSON pointer, say), they are given too, counted from 1.
 */
@Value.Immutable
public abstract class InputProblem {

  /** The most characters of a value {@link #quote(String)} echoes. */
  public static final int MAX_QUOTED_LENGTH = 60;

  InputProblem() {}

  /**
   * Creates a problem.
   *
   * @param location where the problem is (a JSON pointer, a line and column, ...); empty for the
   *     whole document
   * @param message what is wrong, naming the field and the value where there is one
   * @return the problem
   */
  public static InputProblem of(String location, String message) {
    return builder().location(location).message(message).build();
  }

  /**
   * A value as a message echoes it: in single quotes, one line, cut short. Line breaks, tabs and
   * other control or invisible format characters (a byte order mark, a zero-width space, a line
   * separator) are written as Java writes them in a string ({@code \n}, {@code \t}, a backslash,
   * {@code u} and four hexadecimal digits for the others), so that a message stays one line and
   * shows what is really there; a value longer than {@value #MAX_QUOTED_LENGTH} characters is cut
   * there and says how long it was.
   *
   * @param value the value
   * @return e.g. {@code 'Lw'}, {@code 'a\nb'} or {@code 'xxxxx... (1000000 characters)'}
   */
  public static String quote(String value) {
    StringBuilder out = new StringBuilder("'");
    int end = Math.min(value.length(), MAX_QUOTED_LENGTH);
    if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    escapeTo(value.substring(0, end), out);
    if (end < value.length()) {
      out.append("... (").append(value.length()).append(" characters)");
    }
    return out.append('\'').toString();
  }

  /**
   * Text made into one line: line breaks, tabs and other control or invisible format characters
   * written as escapes, as {@link #quote(String)} writes them, and nothing cut.
   *
   * @param text the text
   * @return the text on one line
   */
  public static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    escapeTo(text, out);
    return out.toString();
  }

  private static void escapeTo(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          int type = Character.getType(c);
          boolean invisible =
              type == Character.CONTROL
                  || type == Character.FORMAT
                  || type == Character.LINE_SEPARATOR
                  || type == Character.PARAGRAPH_SEPARATOR;
          if (invisible) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return where the problem is; empty for the whole document} */
  public abstract String location();

  /** {@return what is wrong} */
  public abstract String message();

  /** {@return the line of the text where the problem is, counted from 1, if known} */
  public abstract OptionalInt line();

  /**
   * {@return the column of the text where the problem is, counted from 1, if known; only given with
   * a line}
   */
  public abstract OptionalInt column();

  @Value.Check
  void check() {
    if (message().isBlank()) {
      throw new IllegalArgumentException(
          "input problem message must not be blank, was '" + message() + "'");
    }
    if (line().isPresent() && line().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "input problem line must be >= 1, was " + line().getAsInt());
    }
    if (column().isPresent() && (line().isEmpty() || column().getAsInt() < 1)) {
      throw new IllegalArgumentException(
          "input problem column must be >= 1 and come with a line, was column "
              + column().getAsInt()
              + (line().isEmpty() ? " without a line" : ""));
    }
  }

  /**
   * {@return the location, a colon and the message; just the message when the location is empty;
   * the line and column, where given besides the location, are not shown}
   */
  @Override
  public String toString() {
    return location().isEmpty() ? message() : location() + ": " + message();
  }

  /** Builds {@link InputProblem} values. */
  public static final class Builder extends ImmutableInputProblem.Builder {
    Builder() {}
  }
}
