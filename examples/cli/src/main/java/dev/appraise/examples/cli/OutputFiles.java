package dev.appraise.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writing that never destroys data, for every command that writes files. An output is checked
 * before any work (an empty name, a directory where a file is meant, a missing directory, an output
 * that is one of the inputs are refused); each file is written to a temporary file beside it and
 * moved into place in one step, so a reader never sees half a file and a failed or killed run
 * leaves the previous file as it was. A move replaces a symbolic link that sits where a file is
 * written, never the file it points to. Replacing an existing file is said on stderr.
 */
final class OutputFiles {

  private static final SecureRandom RANDOM = new SecureRandom();

  private OutputFiles() {}

  /**
   * Checks a file to write, before any work.
   *
   * @param out the file as given
   * @param option the option that named it, for messages, e.g. {@code "-o"}
   * @param inputs the files the command reads, none of which it may replace
   * @return the file
   * @throws BadInputException if the name is empty, names a directory, lies in a directory that
   *     does not exist, or is one of the inputs
   */
  static Path file(@Nullable Path out, String option, Path... inputs) {
    if (out == null || out.toString().isBlank()) {
      throw new BadInputException(option + " must name the file to write, was empty");
    }
    if (Files.isDirectory(out, LinkOption.NOFOLLOW_LINKS)) {
      throw new BadInputException(out + ": is a directory; " + option + " names the file to write");
    }
    Path parent = directoryOf(out);
    if (!Files.isDirectory(parent)) {
      throw new BadInputException(out + ": no such directory: " + parent);
    }
    for (Path input : inputs) {
      if (sameFile(out, input)) {
        throw new BadInputException(
            out
                + ": is also an input of this command; writing it would destroy the input:"
                + " choose another "
                + option);
      }
    }
    return out;
  }

  /**
   * Checks a directory to write into, before any work: it is created if missing (with its parents)
   * and a file is created in it and removed, so that a directory that cannot be written is found
   * before the work, not after.
   *
   * @param dir the directory as given
   * @param option the option that named it, for messages, e.g. {@code "--out"}
   * @return the directory
   * @throws BadInputException if the name is empty, names a file, or the directory cannot be
   *     created or written
   */
  static Path directory(@Nullable Path dir, String option) {
    if (dir == null || dir.toString().isBlank()) {
      throw new BadInputException(option + " must name a directory, was empty");
    }
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new BadInputException(
          dir + ": not a directory; " + option + " names the directory to write into");
    }
    for (Path up = dir.toAbsolutePath().getParent(); up != null; up = up.getParent()) {
      if (Files.exists(up)) {
        if (!Files.isDirectory(up)) {
          throw new BadInputException(
              option
                  + " "
                  + dir
                  + ": cannot be created: "
                  + up
                  + " is a file, not a"
                  + " directory");
        }
        break;
      }
    }
    try {
      Files.createDirectories(dir);
      Files.delete(Files.createTempFile(dir, ".appraise-", ".tmp"));
    } catch (IOException e) {
      throw new BadInputException(option + " " + Messages.of(e));
    }
    return dir;
  }

  /**
   * Writes one file: to a temporary file in its directory, then moved into place.
   *
   * @param target the file
   * @param content the text, written as UTF-8
   * @param err where to say that an existing file is replaced
   * @throws UncheckedIOException if the file cannot be written; the previous file, if any, is left
   *     as it was
   */
  static void write(Path target, String content, PrintWriter err) {
    Map<Path, String> one = new LinkedHashMap<>();
    one.put(target, content);
    writeAll(one, err);
  }

  /**
   * Writes files into a directory, each to a temporary file there first; only when all are written
   * are they moved into place, one after another. A failure before the moves leaves every previous
   * file as it was.
   *
   * @param dir the directory
   * @param files each file's name in the directory with its text
   * @param err where to say that an existing report is replaced
   * @return the files written, in order
   * @throws UncheckedIOException if a file cannot be written
   */
  static List<Path> writeAll(Path dir, Map<String, String> files, PrintWriter err) {
    Map<Path, String> targets = new LinkedHashMap<>();
    files.forEach((name, content) -> targets.put(dir.resolve(name), content));
    return writeAll(targets, err);
  }

  private static List<Path> writeAll(Map<Path, String> targets, PrintWriter err) {
    List<Path> replaced = new ArrayList<>();
    for (Path target : targets.keySet()) {
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new BadInputException(target + ": is a directory, where a file is to be written");
      }
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        replaced.add(target);
      }
    }
    Map<Path, Path> staged = new LinkedHashMap<>();
    try {
      for (Map.Entry<Path, String> e : targets.entrySet()) {
        staged.put(e.getKey(), stage(e.getKey(), e.getValue()));
      }
      for (Map.Entry<Path, Path> e : staged.entrySet()) {
        move(e.getValue(), e.getKey());
      }
      staged.clear();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (Path temp : staged.values()) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the failure being reported matters more than a leftover temporary file, which is named
          // as ours
        }
      }
    }
    if (!replaced.isEmpty()) {
      err.println(
          "appraise: replaced "
              + (replaced.size() == 1
                  ? "the existing " + replaced.get(0)
                  : replaced.size() + " existing files in " + directoryOf(replaced.get(0))));
      err.flush();
    }
    return new ArrayList<>(targets.keySet());
  }

  /**
   * Writes the text to a new temporary file beside the target, forced to the disk, and returns it.
   * The file is created new (never through an existing name or link) with the permissions a new
   * file gets, not the private ones of {@link Files#createTempFile}.
   */
  private static Path stage(Path target, String content) throws IOException {
    Path temp = createNew(directoryOf(target), "." + target.getFileName());
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        Writer writer = Channels.newWriter(channel, StandardCharsets.UTF_8)) {
      writer.write(content);
      writer.flush();
      channel.force(true);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    return temp;
  }

  /** Creates a new, empty file named {@code prefix.<random>.tmp} in a directory. */
  private static Path createNew(Path dir, String prefix) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        return Files.createFile(
            dir.resolve(prefix + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp"));
      } catch (FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  /**
   * Moves the temporary file into place in one step: a rename, which replaces a symbolic link,
   * never its target.
   */
  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Path directoryOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? file.toAbsolutePath() : parent;
  }

  /**
   * Whether two names are the same file: the same path, or (when both exist) the same file through
   * links.
   */
  private static boolean sameFile(Path a, Path b) {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}
