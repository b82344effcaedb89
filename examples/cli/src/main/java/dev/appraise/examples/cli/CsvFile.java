package dev.appraise.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * A CSV file read whole for a command: its records (the header first), the line each starts on, and
 * the problems found in it. Problems are collected with their line; {@link #throwIfAny()} reports
 * the first on one line and counts the others, so that a user sees one line on stderr however
 * broken the file is.
 */
final class CsvFile {

  private final String name;
  private final List<CSVRecord> records;
  private final int[] lineStarts;
  private final List<String> problems = new ArrayList<>();

  private CsvFile(String name, List<CSVRecord> records, int[] lineStarts) {
    this.name = name;
    this.records = records;
    this.lineStarts = lineStarts;
  }

  /**
   * Reads a UTF-8 CSV file with a header line; empty lines are skipped.
   *
   * @throws BadInputException if the file is missing, unreadable, not UTF-8, malformed CSV or empty
   */
  static CsvFile read(Path file) {
    String name = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInputException(name + ": no such file");
    } catch (CharacterCodingException e) {
      throw new BadInputException(name + ": not UTF-8 text");
    } catch (IOException e) {
      throw new BadInputException(name + ": cannot read: " + e.getMessage());
    }
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
    List<CSVRecord> records = new ArrayList<>();
    try (Reader reader = new StringReader(text);
        CSVParser parser = CSVParser.parse(reader, format)) {
      long nextLine = 1;
      try {
        for (CSVRecord record : parser) {
          records.add(record);
          nextLine = parser.getCurrentLineNumber() + 1;
        }
      } catch (UncheckedIOException | IllegalStateException e) {
        String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
        // the parser's own position is where it gave up; the record that is malformed starts after
        // the last good one
        String cleaned =
            oneLine(why)
                .replaceAll("\\(startline \\d+\\) ", "")
                .replaceAll(" at line: \\d+.*$", "");
        throw new BadInputException(name + ": line " + nextLine + ": malformed CSV: " + cleaned);
      }
    } catch (IOException e) {
      throw new BadInputException(name + ": malformed CSV: " + oneLine(e.getMessage()));
    }
    if (records.isEmpty()) {
      throw new BadInputException(name + ": empty file: expected a header line");
    }
    return new CsvFile(name, records, starts.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The file as named on the command line. */
  String name() {
    return name;
  }

  /** Every record, the header first. */
  List<CSVRecord> records() {
    return records;
  }

  /** The header record. */
  CSVRecord header() {
    return records.get(0);
  }

  /** The records after the header. */
  List<CSVRecord> body() {
    return records.subList(1, records.size());
  }

  /** Records a problem of one record, with the line it starts on. */
  void problem(CSVRecord record, String what) {
    problems.add(name + ": line " + line(record) + ": " + what);
  }

  /** Records a problem of the whole file, with no line. */
  void problem(String what) {
    problems.add(name + ": " + what);
  }

  /** Whether a problem has been recorded. */
  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** The line on which a record starts, from its character position in the file. */
  int line(CSVRecord record) {
    int found = Arrays.binarySearch(lineStarts, (int) record.getCharacterPosition());
    return (found >= 0 ? found : -found - 2) + 1;
  }

  /**
   * Throws the problems recorded so far, if any: the first, and how many more.
   *
   * @throws BadInputException if a problem was recorded
   */
  void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    String first = problems.get(0);
    int more = problems.size() - 1;
    throw new BadInputException(
        more == 0
            ? first
            : first + " (and " + more + " more problem" + (more == 1 ? "" : "s") + ")");
  }

  /**
   * Whether a cell is a finite decimal number: digits, sign, point and exponent only, so that
   * {@code NaN}, {@code Infinity} and the hexadecimal forms {@link Double#parseDouble} accepts are
   * not numbers here.
   */
  static boolean isNumber(String text) {
    Double value = parseNumber(text);
    return value != null && Double.isFinite(value);
  }

  /**
   * A cell as a number: a decimal number (digits, sign, point and exponent; one too large for a
   * double is infinite), or R's {@code Inf}, {@code -Inf} and {@code NaN} (also {@code Infinity}),
   * so that a reader can say a value is not finite rather than not a number; null for anything
   * else, {@code NA} and the empty cell included.
   */
  static @Nullable Double parseNumber(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
      return Double.parseDouble(text);
    }
    if (lower.matches("[+]?inf(inity)?")) {
      return Double.POSITIVE_INFINITY;
    }
    if (lower.matches("-inf(inity)?")) {
      return Double.NEGATIVE_INFINITY;
    }
    return lower.equals("nan") ? Double.NaN : null;
  }

  private static String oneLine(@Nullable String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }
}
