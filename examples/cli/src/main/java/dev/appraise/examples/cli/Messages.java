package dev.appraise.examples.cli;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one place where what goes wrong becomes the line a user reads on stderr: one line whatever
 * the message holds (line breaks and control characters escaped), cut at {@value #MAX_LENGTH}
 * characters, a list of problems shown as its first and a count of the others, and file-system
 * failures in words rather than Java class names.
 */
final class Messages {

  /** The longest line written; a message beyond it is cut and says so. */
  static final int MAX_LENGTH = 1000;

  /**
   * A qualified Java class name such as {@code java.nio.file.NoSuchFileException}, to shorten to
   * its simple name.
   */
  private static final Pattern QUALIFIED_NAME =
      Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_$]*)");

  private Messages() {}

  /**
   * A message as one line: control characters escaped, cut at {@link #MAX_LENGTH} characters.
   *
   * @param message the message
   * @return the line
   */
  static String line(String message) {
    String line = InputProblem.oneLine(message);
    if (line.length() <= MAX_LENGTH) {
      return line;
    }
    return line.substring(0, MAX_LENGTH)
        + "... (cut: the message has "
        + line.length()
        + " characters)";
  }

  /**
   * A reader's problems as one line: the source, the first problem, and how many more there are.
   *
   * @param e the problems
   * @return e.g. {@code "a.csv: line 3, column D1: unknown level 'Lw'; ... (and 99999 more
   *     problems)"}
   */
  static String of(InputFormatException e) {
    int more = e.problems().size() - 1;
    return line(
        e.source()
            + ": "
            + e.problems().get(0)
            + (more == 0 ? "" : " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")"));
  }

  /**
   * A failure of the file system in words: the file, then what went wrong, never a Java class name.
   *
   * @param e the failure
   * @return e.g. {@code "out/index.html: permission denied"}
   */
  static String of(IOException e) {
    if (e instanceof FileSystemException f) {
      String file = f.getFile();
      String other = f.getOtherFile();
      String where = file == null ? "" : file + (other == null ? "" : " -> " + other) + ": ";
      return line(where + reason(f));
    }
    return line(withoutClassNames(e.getMessage(), "input or output failed"));
  }

  private static String reason(FileSystemException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a directory that is not empty";
    }
    if (e instanceof FileSystemLoopException) {
      return "symbolic links form a loop";
    }
    if (e instanceof NotLinkException) {
      return "not a symbolic link";
    }
    String reason = e.getReason();
    return reason == null || reason.isBlank() ? "input or output failed" : lowerFirst(reason);
  }

  /**
   * An unexpected failure in words, its message without Java class names.
   *
   * @param e the failure
   * @return the line
   */
  static String unexpected(Throwable e) {
    if (e instanceof IOException io) {
      return of(io);
    }
    if (e.getCause() instanceof IOException io) {
      return of(io);
    }
    return line(
        "internal error, please report it with the command that caused it: "
            + withoutClassNames(e.getMessage(), "no message"));
  }

  /**
   * A message with each qualified Java class name shortened to its last part, or the fallback if
   * there is none.
   */
  static String withoutClassNames(@Nullable String message, String fallback) {
    if (message == null || message.isBlank()) {
      return fallback;
    }
    return QUALIFIED_NAME.matcher(message).replaceAll("$1");
  }

  private static String lowerFirst(String text) {
    boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
    return acronym ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
