package dev.appraise.robtool.io;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.robtool.RobRow;
import dev.appraise.robtool.RobTable;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * robvis-compatible CSV: a header {@code Study, D1, ..., Dn[, Overall][, Weight]} (or domain names
 * in place of {@code D1..Dn}), then one row per study with a level per domain (McGuinness and
 * Higgins, Res Synth Methods 2021;12:55-61).
 *
 * <p>Reading is case- and whitespace-tolerant: {@code " some concerns "}, {@code "LOW"}, {@code
 * "Low risk"} and {@code "high risk of bias"} all read; an empty cell is a domain not judged; blank
 * lines are skipped. Symbols such as {@code +} are read only through a named {@link
 * SymbolConvention} ({@link #withSymbols(SymbolConvention)}). Every problem (unknown level, bad
 * weight, repeated study, short row) is collected with its file, line and value, and one {@link
 * InputFormatException} lists them all; nothing half-read is returned.
 *
 * <p>Writing prints robvis' labels ({@code Low}, {@code Some concerns}, ...), an {@code Overall}
 * column when any row has one, and a {@code Weight} column when any row has a weight.
 */
public final class RobvisCsv {

  private static final String STUDY = "study";
  private static final String OVERALL = "overall";
  private static final String WEIGHT = "weight";

  private final Optional<SymbolConvention> symbols;

  private RobvisCsv(Optional<SymbolConvention> symbols) {
    this.symbols = symbols;
  }

  /** {@return a reader and writer of level labels only} */
  public static RobvisCsv withDefaults() {
    return new RobvisCsv(Optional.empty());
  }

  /**
   * Also reads cells holding symbols, through a named convention.
   *
   * @param convention the convention the file's symbols follow
   * @return a reader that maps symbols through {@code convention}
   */
  public RobvisCsv withSymbols(SymbolConvention convention) {
    return new RobvisCsv(Optional.of(convention));
  }

  /**
   * Reads a file.
   *
   * @param path the CSV file (UTF-8)
   * @return the table
   * @throws InputFormatException listing every problem with file, line and value
   * @throws UncheckedIOException if the file cannot be read
   */
  public RobTable read(Path path) {
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return read(reader, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads CSV text.
   *
   * @param reader the text
   * @param source the name of the input for messages, e.g. the file name
   * @return the table
   * @throws InputFormatException listing every problem with line and value
   */
  public RobTable read(Reader reader, String source) {
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
    List<InputProblem> problems = new ArrayList<>();
    RobTable.Builder table = RobTable.builder();
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      var records = parser.iterator();
      if (!records.hasNext()) {
        throw new InputFormatException(
            source,
            List.of(
                InputProblem.of(
                    "line 1",
                    "empty file: expected a header"
                        + " 'Study, D1, ..., Dn[, Overall][, Weight]'")));
      }
      CSVRecord header = records.next();
      long headerLine = parser.getCurrentLineNumber();
      Columns columns = columns(header, "line " + headerLine, problems);
      table.domains(columns.domains);
      Map<String, Long> seen = new HashMap<>();
      while (records.hasNext()) {
        CSVRecord record;
        try {
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          problems.add(
              InputProblem.of(
                  "line " + (parser.getCurrentLineNumber() + 1),
                  "malformed CSV: " + e.getMessage()));
          break;
        }
        long line = parser.getCurrentLineNumber();
        row(record, line, columns, seen, problems).ifPresent(table::addRows);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
    if (!problems.isEmpty()) {
      throw new InputFormatException(source, problems);
    }
    return table.build();
  }

  /** The roles of the header's columns. */
  private static final class Columns {
    final List<String> domains = new ArrayList<>();
    final List<Integer> domainIndex = new ArrayList<>();
    int overall = -1;
    int weight = -1;
    int width;
  }

  private static Columns columns(CSVRecord header, String where, List<InputProblem> problems) {
    Columns c = new Columns();
    c.width = header.size();
    if (!key(header.get(0)).equals(STUDY)) {
      problems.add(
          InputProblem.of(
              where + ", column 1",
              "the first column must be 'Study', was '" + header.get(0) + "'"));
    }
    for (int i = 1; i < header.size(); i++) {
      String name = header.get(i);
      String k = key(name);
      if (k.equals(OVERALL) && c.overall < 0) {
        c.overall = i;
      } else if (k.equals(WEIGHT) && c.weight < 0) {
        c.weight = i;
      } else if (name.isEmpty()) {
        problems.add(InputProblem.of(where + ", column " + (i + 1), "empty column name"));
      } else if (c.domains.stream().anyMatch(d -> key(d).equals(k))) {
        problems.add(
            InputProblem.of(where + ", column " + (i + 1), "repeated column '" + name + "'"));
      } else {
        c.domains.add(name);
        c.domainIndex.add(i);
      }
    }
    return c;
  }

  private Optional<RobRow> row(
      CSVRecord record,
      long line,
      Columns columns,
      Map<String, Long> seen,
      List<InputProblem> problems) {
    int before = problems.size();
    String where = "line " + line;
    if (record.size() != columns.width) {
      problems.add(
          InputProblem.of(
              where,
              "expected " + columns.width + " values as in the header, found " + record.size()));
      return Optional.empty();
    }
    String study = record.get(0);
    RobRow.Builder row = RobRow.builder().study(study);
    if (study.isEmpty()) {
      problems.add(InputProblem.of(where + ", column Study", "empty study"));
    } else if (seen.containsKey(study)) {
      problems.add(
          InputProblem.of(
              where + ", column Study", "study '" + study + "' repeats line " + seen.get(study)));
    } else {
      seen.put(study, line);
    }
    for (int d = 0; d < columns.domains.size(); d++) {
      String column = columns.domains.get(d);
      level(record.get(columns.domainIndex.get(d)), where + ", column " + column, problems)
          .ifPresent(l -> row.putLevels(column, l));
    }
    if (columns.overall >= 0) {
      level(record.get(columns.overall), where + ", column Overall", problems)
          .ifPresent(row::overall);
    }
    if (columns.weight >= 0 && !record.get(columns.weight).isEmpty()) {
      String w = record.get(columns.weight);
      try {
        double weight = Double.parseDouble(w);
        if (!(weight >= 0) || Double.isInfinite(weight)) {
          problems.add(
              InputProblem.of(
                  where + ", column Weight", "weight must be finite and >= 0, was '" + w + "'"));
        } else {
          row.weight(weight);
        }
      } catch (NumberFormatException e) {
        problems.add(
            InputProblem.of(where + ", column Weight", "weight must be a number, was '" + w + "'"));
      }
    }
    return problems.size() > before ? Optional.empty() : Optional.of(row.build());
  }

  private Optional<RiskOfBiasLevel> level(String cell, String where, List<InputProblem> problems) {
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    Optional<RiskOfBiasLevel> level = parseLevel(cell);
    if (level.isEmpty() && symbols.isPresent()) {
      level = symbols.get().level(cell);
    }
    if (level.isEmpty()) {
      boolean symbol =
          SymbolConvention.ROBVIS.level(cell).isPresent()
              || SymbolConvention.COCHRANE.level(cell).isPresent();
      problems.add(
          InputProblem.of(
              where,
              (symbol && symbols.isEmpty()
                      ? "symbol '" + cell + "' needs a named symbol convention"
                      : "unknown level '" + cell + "'")
                  + "; expected one of Low, Some concerns, Unclear, Moderate, Serious,"
                  + " High, Critical, No information"));
    }
    return level;
  }

  /**
   * Parses a level label as robvis and review tables write it, tolerating case, whitespace and a
   * trailing {@code "risk"} or {@code "risk of bias"}.
   *
   * @param cell the text
   * @return the level, or empty
   */
  public static Optional<RiskOfBiasLevel> parseLevel(String cell) {
    String text = cell.strip().replaceAll("(?i)\\s+risk(\\s+of\\s+bias)?$", "");
    return RiskOfBiasLevel.parse(text);
  }

  private static String key(String header) {
    return header.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Writes a table.
   *
   * @param table the table
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public void write(RobTable table, Appendable out) {
    List<String> header = new ArrayList<>();
    header.add("Study");
    header.addAll(table.domains());
    boolean overall = table.hasOverall();
    boolean weights = table.hasWeights();
    if (overall) {
      header.add("Overall");
    }
    if (weights) {
      header.add("Weight");
    }
    try {
      // not closed: closing the printer would close the caller's Appendable
      CSVPrinter printer =
          new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
      printer.printRecord(header);
      for (RobRow row : table.rows()) {
        List<String> cells = new ArrayList<>();
        cells.add(row.study());
        for (String d : table.domains()) {
          cells.add(
              Optional.ofNullable(row.levels().get(d)).map(RiskOfBiasLevel::label).orElse(""));
        }
        if (overall) {
          cells.add(row.overall().map(RiskOfBiasLevel::label).orElse(""));
        }
        if (weights) {
          cells.add(row.weight().isPresent() ? Double.toString(row.weight().getAsDouble()) : "");
        }
        printer.printRecord(cells);
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a table to a string.
   *
   * @param table the table
   * @return the CSV text
   */
  public String write(RobTable table) {
    StringWriter out = new StringWriter();
    write(table, out);
    return out.toString();
  }

  /**
   * Reads CSV text held in a string.
   *
   * @param csv the text
   * @param source the name of the input for messages
   * @return the table
   * @throws InputFormatException listing every problem
   */
  public RobTable read(String csv, String source) {
    return read(new StringReader(csv), source);
  }
}
