package dev.appraise.examples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a figure where a command's option says: first to a temporary file beside the target, then
 * moved into place, so that a failed run never leaves half a figure; missing directories are
 * created; an output that is the command's input is refused before anything is written.
 */
final class SvgOutput {

  private SvgOutput() {}

  /**
   * Refuses an output path that names the input file.
   *
   * @param option the option's name, e.g. {@code --plot}
   * @param output the output path
   * @param input the input file
   * @throws BadInputException if both name the same file
   */
  static void checkNotInput(String option, Path output, Path input) {
    Path out = output.toAbsolutePath().normalize();
    boolean same = out.equals(input.toAbsolutePath().normalize());
    if (!same && Files.exists(output) && Files.exists(input)) {
      try {
        same = Files.isSameFile(output, input);
      } catch (IOException e) {
        same = false;
      }
    }
    if (same) {
      throw new BadInputException(output + ": " + option + " would overwrite the input file");
    }
  }

  /**
   * Writes a document through a temporary file in the target's directory.
   *
   * @param option the option's name, for messages
   * @param output the target
   * @param document the SVG document
   * @throws BadInputException if the file cannot be written
   */
  static void write(String option, Path output, String document) {
    Path target = output.toAbsolutePath().normalize();
    Path dir = target.getParent();
    Path temp = null;
    try {
      if (dir == null) {
        throw new BadInputException(output + ": " + option + ": not a file");
      }
      Files.createDirectories(dir);
      temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      Files.writeString(temp, document, StandardCharsets.UTF_8);
      try {
        Files.move(
            temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new BadInputException(output + ": " + option + ": cannot write: " + e.getMessage());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // the temporary file stays; the target is whole or untouched either way
        }
      }
    }
  }
}
