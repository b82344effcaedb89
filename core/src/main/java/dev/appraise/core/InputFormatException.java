package dev.appraise.core;

import java.util.List;

/**
 * Input that cannot be read: it lists every problem found, each with its location, so that a file
 * can be fixed in one pass. Readers that throw it return nothing half-read.
 */
public final class InputFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The name of the input. */
  private final String source;

  /** Every problem found, in document order. */
  private final List<InputProblem> problems;

  /**
   * Creates the exception.
   *
   * @param source the name of the input (a file name, or a description such as {@code "review
   *     JSON"})
   * @param problems every problem found, in document order; must not be empty
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InputFormatException(String source, List<InputProblem> problems) {
    super(message(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  private static String message(String source, List<InputProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException(
          "an input format exception needs at least one problem, was none");
    }
    StringBuilder text = new StringBuilder(source);
    if (problems.size() == 1) {
      return text.append(": ").append(problems.get(0)).toString();
    }
    text.append(": ").append(problems.size()).append(" problems");
    for (InputProblem problem : problems) {
      text.append('\n').append("  ").append(problem);
    }
    return text.toString();
  }

  /** {@return the name of the input} */
  public String source() {
    return source;
  }

  /** {@return every problem found, in document order} */
  public List<InputProblem> problems() {
    return problems;
  }
}
