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
