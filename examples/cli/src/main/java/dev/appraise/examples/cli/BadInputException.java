package dev.appraise.examples.cli;

/** Bad input named by file, line and problem; reported as one line on stderr with exit status 2. */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with the one-line message shown to the user. */
  public BadInputException(String message) {
    super(message);
  }
}
