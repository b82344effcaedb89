package dev.appraise.synthesis.swim;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import dev.appraise.core.io.ByteOrderMark;
import dev.appraise.core.io.LineCountingReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Directions of effect in CSV: a header naming the columns, then one row per result.
 *
 * <pre>
 * study,outcome,direction,n,design
 * Smith 2001,pain,up,120,RCT
 * Smith 2001,function,none,120,RCT
 * Jones 2004,pain,down,45,cohort
 * </pre>
 *
 * <ul>
 *   <li>{@code study}, {@code outcome} (the outcome domain) and {@code direction} are required;
 *       {@code direction} is {@code up} (favours the intervention), {@code down} (favours the
 *       comparator), {@code none} (no change) or {@code mixed} (conflicting), see {@link
 *       EffectDirection};
 *   <li>{@code n} (the study's sample size, a whole number {@code >= 1}), {@code design} and {@code
 *       group} (the group the plot lists the study under) are optional, may be left empty, and must
 *       not differ between a study's rows.
 * </ul>
 *
 * <p>A study may have several rows in one domain; {@link VoteCounting} combines them. Column names
 * ignore case and surrounding white space; cells are trimmed; blank lines are skipped. Every
 * problem (a missing or unknown column, an unknown direction, a bad {@code n}, a study whose rows
 * disagree) is collected with its line, and one {@link InputFormatException} lists them all;
 * nothing half-read is returned.
 */
public final class EffectDirectionCsv {

  private static final List<String> REQUIRED = List.of("study", "outcome", "direction");
  private static final List<String> OPTIONAL = List.of("n", "design", "group");

  private EffectDirectionCsv() {}

  /**
   * Reads a file.
   *
   * @param path the CSV file (UTF-8)
   * @return the results and the studies
   * @throws InputFormatException listing every problem with its line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static DirectionData read(Path path) {
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return read(reader, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads CSV text held in a string.
   *
   * @param csv the text
   * @param source the name of the input for messages
   * @return the results and the studies
   * @throws InputFormatException listing every problem with its line
   */
  public static DirectionData read(String csv, String source) {
    return read(new StringReader(csv), source);
  }

  /**
   * Reads CSV text.
   *
   * @param reader the text
   * @param source the name of the input for messages, e.g. the file name
   * @return the results and the studies
   * @throws InputFormatException listing every problem with its line
   * @throws UncheckedIOException if the text cannot be read
   */
  public static DirectionData read(Reader reader, String source) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
    List<InputProblem> problems = new ArrayList<>();
    DirectionData.Builder data = DirectionData.builder();
    Map<String, Study> studies = new LinkedHashMap<>();
    LineCountingReader lines;
    try {
      lines = new LineCountingReader(ByteOrderMark.strip(reader));
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
    try (CSVParser parser = CSVParser.parse(lines, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      boolean any;
      try {
        any = records.hasNext();
      } catch (UncheckedIOException | IllegalStateException e) {
        throw new InputFormatException(
            source, List.of(InputProblem.of("line 1", "malformed CSV: " + malformed(e))));
      }
      if (!any) {
        throw new InputFormatException(
            source,
            List.of(
                InputProblem.of(
                    "line 1",
                    "empty file: expected a header 'study,outcome,direction' with optional n, design, group")));
      }
      CSVRecord header = records.next();
      Map<String, Integer> columns =
          columns(header, "line " + lines.lineOf(header.getCharacterPosition()), problems);
      if (!problems.isEmpty()) {
        throw new InputFormatException(source, problems);
      }
      int rows = 0;
      // a malformed record starts after the last good one, where the parser's count stands
      long nextLine = parser.getCurrentLineNumber() + 1;
      while (true) {
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            break;
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          problems.add(InputProblem.of("line " + nextLine, "malformed CSV: " + malformed(e)));
          break;
        }
        rows++;
        nextLine = parser.getCurrentLineNumber() + 1;
        long line = lines.lineOf(record.getCharacterPosition());
        row(record, line, header.size(), columns, studies, problems).ifPresent(data::addOutcomes);
      }
      if (rows == 0 && problems.isEmpty()) {
        problems.add(
            InputProblem.of("line 2", "no results: expected one row per result after the header"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
    if (!problems.isEmpty()) {
      throw new InputFormatException(source, problems);
    }
    studies.values().forEach(s -> data.addStudies(s.characteristics.build()));
    return data.build();
  }

  private static Map<String, Integer> columns(
      CSVRecord header, String where, List<InputProblem> problems) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().toLowerCase(Locale.ROOT);
      if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
        problems.add(
            InputProblem.of(
                where + ", column " + (i + 1),
                "unknown column '"
                    + header.get(i)
                    + "'; expected study, outcome, direction and optionally n, design, group"));
      } else if (columns.putIfAbsent(name, i) != null) {
        problems.add(
            InputProblem.of(
                where + ", column " + (i + 1), "repeated column '" + header.get(i) + "'"));
      }
    }
    for (String name : REQUIRED) {
      if (!columns.containsKey(name)) {
        problems.add(InputProblem.of(where, "missing column '" + name + "'"));
      }
    }
    return columns;
  }

  /** What the rows say of a study so far, and on which line each value was first given. */
  private static final class Study {
    final String id;
    final StudyCharacteristics.Builder characteristics;
    final Map<String, String> values = new HashMap<>();
    final Map<String, Long> lines = new HashMap<>();

    Study(String id) {
      this.id = id;
      characteristics = StudyCharacteristics.builder().study(id);
    }
  }

  private static Optional<OutcomeDirection> row(
      CSVRecord record,
      long line,
      int width,
      Map<String, Integer> columns,
      Map<String, Study> studies,
      List<InputProblem> problems) {
    String where = "line " + line;
    if (record.size() != width) {
      problems.add(
          InputProblem.of(
              where, "expected " + width + " values as in the header, found " + record.size()));
      return Optional.empty();
    }
    int before = problems.size();
    String study = cell(record, columns, "study");
    String outcome = cell(record, columns, "outcome");
    String code = cell(record, columns, "direction");
    if (study.isEmpty()) {
      problems.add(InputProblem.of(where + ", column study", "empty study"));
    }
    if (outcome.isEmpty()) {
      problems.add(InputProblem.of(where + ", column outcome", "empty outcome"));
    }
    Optional<EffectDirection> direction = EffectDirection.parse(code);
    if (direction.isEmpty()) {
      problems.add(
          InputProblem.of(
              where + ", column direction",
              "direction must be one of up, down, none, mixed, was '" + code + "'"));
    }
    if (!study.isEmpty()) {
      Study s = studies.computeIfAbsent(study, Study::new);
      for (String column : OPTIONAL) {
        String value = cell(record, columns, column);
        if (!value.isEmpty() && consistent(s, column, value, line, where, problems)) {
          set(s, column, value, where, problems);
        }
      }
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(OutcomeDirection.of(study, outcome, direction.orElseThrow()));
  }

  private static boolean consistent(
      Study s, String column, String value, long line, String where, List<InputProblem> problems) {
    String earlier = s.values.putIfAbsent(column, value);
    if (earlier == null) {
      s.lines.put(column, line);
      return true;
    }
    if (!earlier.equals(value)) {
      problems.add(
          InputProblem.of(
              where + ", column " + column,
              "study '"
                  + s.id
                  + "' has "
                  + column
                  + " '"
                  + value
                  + "' here but '"
                  + earlier
                  + "' on line "
                  + s.lines.get(column)));
    }
    return false;
  }

  private static void set(
      Study s, String column, String value, String where, List<InputProblem> problems) {
    switch (column) {
      case "n":
        try {
          int n = Integer.parseInt(value);
          if (n < 1) {
            throw new NumberFormatException();
          }
          s.characteristics.sampleSize(n);
        } catch (NumberFormatException e) {
          problems.add(
              InputProblem.of(
                  where + ", column n", "n must be a whole number >= 1, was '" + value + "'"));
        }
        break;
      case "design":
        s.characteristics.design(value);
        break;
      default:
        s.characteristics.group(value);
        break;
    }
  }

  private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
    Integer index = columns.get(column);
    // stripped as well as trimmed: the parser's trim leaves white space above U+0020 (such as
    // U+2003) that the model's blank checks see
    return index == null ? "" : record.get(index).strip();
  }

  /** What the CSV parser found wrong, in its words, without its position or class names. */
  private static String malformed(RuntimeException e) {
    Throwable cause = e.getCause() != null ? e.getCause() : e;
    String why = String.valueOf(cause.getMessage());
    return InputProblem.oneLine(why)
        .replaceAll("\\(startline \\d+\\) ", "")
        .replaceAll(" at line: \\d+.*$", "");
  }
}
