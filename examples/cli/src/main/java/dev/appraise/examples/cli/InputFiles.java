package dev.appraise.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks every command makes of a file it reads, so that each problem is named as what it is.
 */
final class InputFiles {

  private InputFiles() {}

  /**
   * Checks that a file can be read: it exists, is not a directory and may be read.
   *
   * @param file the file as given
   * @return the file
   * @throws BadInputException naming the file and what is wrong with it
   */
  static Path readable(Path file) {
    if (file.toString().isBlank()) {
      throw new BadInputException("the name of an input file is empty");
    }
    if (Files.isDirectory(file)) {
      throw new BadInputException(file + ": is a directory, not a file");
    }
    if (!Files.exists(file)) {
      throw new BadInputException(file + ": no such file");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": not a regular file");
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException(file + ": cannot read: permission denied");
    }
    return file;
  }
}
