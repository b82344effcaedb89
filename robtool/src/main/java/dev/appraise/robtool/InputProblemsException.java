package dev.appraise.robtool;

import java.util.List;

/**
 * Bad input: every problem found in one source (a file, a JSON document), each naming its place (line, column or
 * JSON pointer) and the value. The one-line message lists them all, separated by semicolons.
 */
public final class InputProblemsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param source the file name or other description of the input
   * @param problems the problems, each naming its place; at least one
   */
  public InputProblemsException(String source, List<String> problems) {
    super(message(source, problems));
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  private static String message(String source, List<String> problems) {
    if (problems.size() == 1) {
      return source + ": " + problems.get(0);
    }
    return source + ": " + problems.size() + " problems: " + String.join("; ", problems);
  }

  /** {@return the file name or other description of the input} */
  public String source() {
    return source;
  }

  /** {@return the problems, each naming its place} */
  public List<String> problems() {
    return problems;
  }
}
