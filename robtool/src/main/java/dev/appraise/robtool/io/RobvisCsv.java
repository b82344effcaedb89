package dev.appraise.robtool.io;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import dev.appraise.core.io.ByteOrderMark;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.robtool.RobRow;
import dev.appraise.robtool.RobTable;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * robvis-compatible CSV: a header {@code Study, D1, ..., Dn[, Overall][, Weight]} (or domain names
 * in place of {@code D1..Dn}), then one row per study with a level per domain (McGuinness and
 * Higgins, Res Synth Methods 2021;12:55-61).
 *
 * <p>Reading is case- and whitespace-tolerant: {@code " some concerns "}, {@code "LOW"}, {@code
 * "Low risk"} and {@code "high risk of bias"} all read; an empty cell is a domain not judged; blank
 * lines and a leading byte order mark are skipped. Symbols such as {@code +} are read only through
 * a named {@link SymbolConvention} ({@link #withSymbols(SymbolConvention)}). Every problem (unknown
 * level, bad weight, repeated study, short row) is collected with its file, the line its record
 * starts on and the value, and one {@link InputFormatException} lists them all; nothing half-read
 * is returned. Text that is not CSV (bytes that are not UTF-8, UTF-16 text, a binary file, a quoted
 * field that is never closed) is reported as such. Reading is one pass, linear in the file.
 *
 * <p>Writing prints robvis' labels ({@code Low}, {@code Some concerns}, ...), an {@code Overall}
 * column when any row has one, and a {@code Weight} column when any row has a weight.
 */
public final class RobvisCsv {

  private static final String STUDY = "study";
  private static final String OVERALL = "overall";
  private static final String WEIGHT = "weight";
  private static final Pattern RISK_SUFFIX = Pattern.compile("(?i)\\s+risk(\\s+of\\s+bias)?$");

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
   * @throws InputFormatException listing every problem with file, line and value; also for bytes
   *     that are not UTF-8 text
   * @throws UncheckedIOException if the file cannot be read
   */
  public RobTable read(Path path) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
      in.mark(2);
      int first = in.read();
      int second = in.read();
      in.reset();
      if ((first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE)) {
        throw new InputFormatException(
            path.toString(),
            List.of(
                InputProblem.of(
                    "line 1", "UTF-16 text, not UTF-8:" + " save the table as UTF-8 CSV")));
      }
      return read(new Utf8Reader(in), path.toString());
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
    // empty lines are records here, skipped below, so that each record starts on the line after the
    // previous one
    CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setTrim(true).get();
    List<InputProblem> problems = new ArrayList<>();
    RobTable.Builder table = RobTable.builder();
    try (CSVParser parser = CSVParser.parse(ByteOrderMark.strip(reader), format)) {
      Records records = new Records(parser);
      CSVRecord header = records.next(problems);
      if (header == null) {
        if (problems.isEmpty()) {
          problems.add(
              InputProblem.of(
                  "line 1",
                  "empty file: expected a header 'Study, D1, ..., Dn[, Overall][," + " Weight]'"));
        }
        throw new InputFormatException(source, problems);
      }
      Columns columns = columns(header, "line " + records.start, problems);
      table.domains(columns.domains);
      Rows rows = new Rows(columns, problems);
      for (CSVRecord record = records.next(problems);
          record != null;
          record = records.next(problems)) {
        rows.read(record, records.start).ifPresent(table::addRows);
      }
    } catch (CharacterCodingException e) {
      // only the first character is read before the parser, which reports its own failures with
      // their line
      problems.add(InputProblem.of("line 1", Records.NOT_UTF8));
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
    if (!problems.isEmpty()) {
      throw new InputFormatException(source, problems);
    }
    return table.build();
  }

  /**
   * The records of a parser that are not blank, each with the line it starts on, and what stops the
   * reading.
   */
  private static final class Records {
    static final String NOT_UTF8 =
        "not UTF-8 text (a binary file, or text in another encoding): save the table as"
            + " UTF-8 CSV";

    private final CSVParser parser;
    private final Iterator<CSVRecord> iterator;

    /** The line the last record returned starts on. */
    long start;

    /** The line the last record read ends on. */
    private long end;

    Records(CSVParser parser) {
      this.parser = parser;
      this.iterator = parser.iterator();
    }

    /**
     * The next record that is not blank, or null at the end or after the problem that stops the
     * reading.
     */
    @Nullable CSVRecord next(List<InputProblem> problems) {
      while (true) {
        CSVRecord record;
        try {
          if (!iterator.hasNext()) {
            return null;
          }
          record = iterator.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          problems.add(InputProblem.of("line " + (end + 1), notCsv(e)));
          return null;
        }
        start = end + 1;
        end = parser.getCurrentLineNumber();
        if (hasNul(record)) {
          problems.add(
              InputProblem.of(
                  "line " + start,
                  "NUL characters: a binary file or UTF-16 text, not a UTF-8" + " CSV table"));
          return null;
        }
        if (record.size() > 1 || !record.get(0).isEmpty()) {
          return record;
        }
      }
    }

    private static boolean hasNul(CSVRecord record) {
      for (String value : record) {
        if (value.indexOf('\0') >= 0) {
          return true;
        }
      }
      return false;
    }

    /**
     * What made the parser give up, in words: text that is not UTF-8, or CSV quoting gone wrong.
     */
    private static String notCsv(RuntimeException e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof CharacterCodingException) {
          return NOT_UTF8;
        }
      }
      String why =
          String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
      if (why.contains("EOF reached before encapsulated token finished")) {
        return "a quoted field that starts in this record is never closed: its opening '\"' has no closing '\"'";
      }
      if (why.contains("Invalid character between encapsulated token and delimiter")) {
        return "text follows the closing quote of a field; write a quote inside a quoted field as two quotes ('\"\"')";
      }
      return "malformed CSV: " + why;
    }
  }

  /**
   * UTF-8 decoding that hands over all the text before a byte that is not UTF-8 before it reports
   * that byte, so that the reader knows the line it is on ({@link java.io.InputStreamReader}
   * reports it at once, losing the text before it).
   */
  private static final class Utf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final CharBuffer chars = CharBuffer.allocate(8192).flip();
    private boolean endOfInput;
    private boolean flushed;
    private @Nullable CharacterCodingException pending;

    Utf8Reader(InputStream in) {
      this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      if (!chars.hasRemaining() && !fill()) {
        return -1;
      }
      int n = Math.min(length, chars.remaining());
      chars.get(buffer, offset, n);
      return n;
    }

    /**
     * Decodes more text; false at the end; the error of a bad byte once the text before it has been
     * read.
     */
    private boolean fill() throws IOException {
      if (pending != null) {
        throw pending;
      }
      if (flushed) {
        return false;
      }
      chars.clear();
      try {
        while (chars.position() == 0) {
          CoderResult result = decoder.decode(bytes, chars, endOfInput);
          if (result.isError()) {
            pending = new MalformedInputException(result.length());
            break;
          }
          if (result.isOverflow()) {
            break;
          }
          if (endOfInput) {
            decoder.flush(chars);
            flushed = true;
            break;
          }
          bytes.compact();
          int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
          if (n < 0) {
            endOfInput = true;
          } else {
            bytes.position(bytes.position() + n);
          }
          bytes.flip();
        }
      } finally {
        chars.flip();
      }
      if (chars.hasRemaining()) {
        return true;
      }
      if (pending != null) {
        throw pending;
      }
      return false;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
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
              "the first column must be 'Study', was " + InputProblem.quote(header.get(0))));
    }
    for (int i = 1; i < header.size(); i++) {
      String name = header.get(i);
      String k = key(name);
      if (k.equals(OVERALL) && c.overall < 0) {
        c.overall = i;
      } else if (k.equals(WEIGHT) && c.weight < 0) {
        c.weight = i;
      } else if (name.isBlank()) {
        problems.add(InputProblem.of(where + ", column " + (i + 1), "empty column name"));
      } else if (c.domains.stream().anyMatch(d -> key(d).equals(k))) {
        problems.add(
            InputProblem.of(
                where + ", column " + (i + 1), "repeated column " + InputProblem.quote(name)));
      } else {
        c.domains.add(name);
        c.domainIndex.add(i);
      }
    }
    return c;
  }

  /**
   * Reads the rows after the header, remembering the studies seen, the total weight so far and each
   * distinct cell's level (a table has few distinct cells, and parsing one is the costly part of a
   * row).
   */
  private final class Rows {
    private final Columns columns;
    private final Map<String, Long> seen = new HashMap<>();
    private final Map<String, Optional<RiskOfBiasLevel>> levels = new HashMap<>();
    private final List<InputProblem> problems;
    private double totalWeight;

    Rows(Columns columns, List<InputProblem> problems) {
      this.columns = columns;
      this.problems = problems;
    }

    Optional<RobRow> read(CSVRecord record, long line) {
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
      Long first = study.isBlank() ? null : seen.putIfAbsent(study, line);
      if (study.isBlank()) {
        problems.add(InputProblem.of(where + ", column Study", "empty study"));
      } else if (first != null) {
        problems.add(
            InputProblem.of(
                where + ", column Study",
                "study " + InputProblem.quote(study) + " repeats line " + first));
      }
      for (int d = 0; d < columns.domains.size(); d++) {
        String column = columns.domains.get(d);
        level(record.get(columns.domainIndex.get(d)), where + ", column " + column)
            .ifPresent(l -> row.putLevels(column, l));
      }
      if (columns.overall >= 0) {
        level(record.get(columns.overall), where + ", column Overall").ifPresent(row::overall);
      }
      if (columns.weight >= 0 && !record.get(columns.weight).isEmpty()) {
        weight(record.get(columns.weight), where + ", column Weight", row);
      }
      return problems.size() > before ? Optional.empty() : Optional.of(row.build());
    }

    private void weight(String w, String where, RobRow.Builder row) {
      double weight;
      try {
        weight = Double.parseDouble(w);
      } catch (NumberFormatException e) {
        problems.add(
            InputProblem.of(where, "weight must be a number, was " + InputProblem.quote(w)));
        return;
      }
      if (!(weight >= 0) || Double.isInfinite(weight)) {
        problems.add(
            InputProblem.of(where, "weight must be finite and >= 0, was " + InputProblem.quote(w)));
        return;
      }
      boolean overflowed = Double.isInfinite(totalWeight);
      totalWeight += weight;
      if (Double.isInfinite(totalWeight) && !overflowed) {
        problems.add(
            InputProblem.of(
                where,
                "the weights sum past the largest number a double holds (about"
                    + " 1.8e308); give them on a smaller scale"));
      }
      row.weight(weight);
    }

    private Optional<RiskOfBiasLevel> level(String cell, String where) {
      if (cell.isEmpty()) {
        return Optional.empty();
      }
      Optional<RiskOfBiasLevel> level = levels.computeIfAbsent(cell, RobvisCsv.this::parseCell);
      if (level.isEmpty()) {
        boolean symbol =
            SymbolConvention.ROBVIS.level(cell).isPresent()
                || SymbolConvention.COCHRANE.level(cell).isPresent();
        problems.add(
            InputProblem.of(
                where,
                (symbol && symbols.isEmpty()
                        ? "symbol " + InputProblem.quote(cell) + " needs a named symbol convention"
                        : "unknown level " + InputProblem.quote(cell))
                    + "; expected one of Low, Some concerns, Unclear, Moderate,"
                    + " Serious, High, Critical, No information"));
      }
      return level;
    }
  }

  private Optional<RiskOfBiasLevel> parseCell(String cell) {
    Optional<RiskOfBiasLevel> level = parseLevel(cell);
    return level.isEmpty() && symbols.isPresent() ? symbols.get().level(cell) : level;
  }

  /**
   * Parses a level label as robvis and review tables write it, tolerating case, whitespace and a
   * trailing {@code "risk"} or {@code "risk of bias"}.
   *
   * @param cell the text
   * @return the level, or empty
   */
  public static Optional<RiskOfBiasLevel> parseLevel(String cell) {
    String text = RISK_SUFFIX.matcher(cell.strip()).replaceAll("");
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
