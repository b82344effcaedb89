package dev.appraise.core;

import org.immutables.value.Value;

/**
 * One problem found while reading input: where it is and what is wrong.
 *
 * <p>The location is whatever pinpoints the problem in its format: a JSON pointer ({@code /studies/0/arms/1/n}),
 * a line and column, or a row and column name. The empty string stands for the whole document.
 */
@Value.Immutable
public abstract class InputProblem {

  InputProblem() {}

  /**
   * Creates a problem.
   *
   * @param location where the problem is (a JSON pointer, a line and column, ...); empty for the whole document
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

  @Value.Check
  void check() {
    if (message().isBlank()) {
      throw new IllegalArgumentException("input problem message must not be blank, was '" + message() + "'");
    }
  }

  /** {@return the location, a colon and the message; just the message when the location is empty} */
  @Override
  public String toString() {
    return location().isEmpty() ? message() : location() + ": " + message();
  }

  /** Builds {@link InputProblem} values. */
  public static final class Builder extends ImmutableInputProblem.Builder {
    Builder() {}
  }
}
