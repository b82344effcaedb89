package dev.appraise.core.agreement;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import dev.appraise.core.io.CsvRecords;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a units x raters {@link RatingTable} as CSV: a header, then one row per unit
 * with the unit's id and one rating per rater. An immutable reader configured in the style of the
 * other readers:
 *
 * <pre>{@code
 * RatingTable<String> table = RatingTableCsv.withDefaults().read(Path.of("ratings.csv"));
 * RatingTable<Integer> scale = RatingTableCsv.withDefaults().read(Path.of("scores.csv"), CategorySet.integers(1, 5));
 * }</pre>
 *
 * <p>Defaults: the first column holds the unit ids and every other column is a rater, named by its
 * header (an empty header cell becomes {@code rater1}, {@code rater2}, ... by column); an empty
 * cell or {@code NA} is a missing rating; cells are stripped of surrounding blanks; blank lines are
 * skipped. Without declared categories they are the values found, in numeric order when every value
 * is a number (and then numeric, for interval alpha and weights), else in text order. Declared
 * categories ({@link #withCategories} or a {@link CategorySet} given to {@code read}) fix the
 * categories and their order, unused ones included, and a value outside them is a problem.
 *
 * <p>Every problem (a row with the wrong number of fields, an undeclared value, a repeated rater
 * column, ...) is collected with its line into one {@link InputFormatException}; nothing half-read
 * is returned. The text is streamed through {@link dev.appraise.core.io.CsvRecords} (RFC 4180, the
 * dialect of Commons CSV's {@code CSVFormat.DEFAULT}): memory holds the encoded table (two bytes a
 * cell) and the unit ids, not the text.
 *
 * <p>The long shape, one rating a line as annotation platforms export it ({@link #readLong}): a
 * header naming the columns {@code unit}, {@code rater} and {@code value} (in any order, other
 * columns ignored), then one line per rating; a missing-value token in {@code value} is a rating
 * not given. Units and raters are taken in the order they first appear; a unit rated twice by the
 * same rater is a problem. The file is streamed into a {@link RatingTableAccumulator}, so memory
 * follows the ratings given (a sparse table when most cells are missing), not the text.
 */
public final class RatingTableCsv {

  private final @Nullable String unitColumn;
  private final @Nullable List<String> raterColumns;
  private final List<String> missing;
  private final @Nullable List<String> categories;
  private final @Nullable String numbersNeededBy;

  private RatingTableCsv(
      @Nullable String unitColumn,
      @Nullable List<String> raterColumns,
      List<String> missing,
      @Nullable List<String> categories,
      @Nullable String numbersNeededBy) {
    this.unitColumn = unitColumn;
    this.raterColumns = raterColumns;
    this.missing = missing;
    this.categories = categories;
    this.numbersNeededBy = numbersNeededBy;
  }

  /**
   * {@return the reader of the default shape: unit id first, every other column a rater, empty or
   * NA missing}
   */
  public static RatingTableCsv withDefaults() {
    return new RatingTableCsv(null, null, List.of("", "NA"), null, null);
  }

  /**
   * Takes the unit ids from the column with this header instead of the first column.
   *
   * @param header the unit column's header
   * @return a new reader
   */
  public RatingTableCsv withUnitColumn(String header) {
    return new RatingTableCsv(header.strip(), raterColumns, missing, categories, numbersNeededBy);
  }

  /**
   * Reads only these columns as raters, in this order; other columns are ignored.
   *
   * @param headers the rater columns' headers, at least two, distinct
   * @return a new reader
   * @throws IllegalArgumentException with fewer than two or a repeated header
   */
  public RatingTableCsv withRaterColumns(List<String> headers) {
    List<String> stripped = headers.stream().map(String::strip).toList();
    if (stripped.size() < 2 || new LinkedHashSet<>(stripped).size() != stripped.size()) {
      throw new IllegalArgumentException(
          "rater columns must be at least two distinct headers, were " + headers);
    }
    return new RatingTableCsv(unitColumn, stripped, missing, categories, numbersNeededBy);
  }

  /**
   * Sets the cell texts that stand for a missing rating (compared after stripping blanks); the
   * first is the one {@link #write} prints.
   *
   * @param tokens at least one, for example {@code "", "NA", "."}
   * @return a new reader
   * @throws IllegalArgumentException if none is given
   */
  public RatingTableCsv withMissing(String... tokens) {
    if (tokens.length == 0) {
      throw new IllegalArgumentException("at least one missing-value token is needed");
    }
    return new RatingTableCsv(
        unitColumn,
        raterColumns,
        Arrays.stream(tokens).map(String::strip).toList(),
        categories,
        numbersNeededBy);
  }

  /**
   * Declares the categories and their order; numeric when every label is a number.
   *
   * @param labels the categories, distinct, in order
   * @return a new reader
   * @throws IllegalArgumentException if there is none, a blank one or a repeated one
   */
  public RatingTableCsv withCategories(List<String> labels) {
    List<String> stripped = labels.stream().map(String::strip).toList();
    if (stripped.isEmpty()
        || stripped.contains("")
        || new LinkedHashSet<>(stripped).size() != stripped.size()) {
      throw new IllegalArgumentException(
          "declared categories must be distinct and not blank, were " + labels);
    }
    return new RatingTableCsv(unitColumn, raterColumns, missing, stripped, numbersNeededBy);
  }

  /**
   * Requires every rating to be a number (interval or ratio alpha, intraclass correlation); a
   * problem names what needs it: "'x' is not a number, as {@code neededBy} needs". Numbers of equal
   * value are one category ({@code 1}, {@code 1.0} and {@code 1e0}; {@code 0} and {@code -0}),
   * labelled as the declared category of that value or else as first spelled in the file; a number
   * larger than {@code 1e100} in size is a problem, since the squared differences summed over a
   * table would overflow.
   *
   * @param neededBy what needs numbers, for the message, e.g. {@code "interval alpha"}
   * @return a new reader
   */
  public RatingTableCsv withNumericRatings(String neededBy) {
    return new RatingTableCsv(unitColumn, raterColumns, missing, categories, neededBy);
  }

  /**
   * Reads a UTF-8 file.
   *
   * @param file the CSV file
   * @return the table
   * @throws InputFormatException listing every problem with its line (the source is the file name)
   * @throws UncheckedIOException if the file cannot be read
   */
  public RatingTable<String> read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads CSV text.
   *
   * @param reader the text
   * @param source the name of the input for messages, e.g. the file name
   * @return the table
   * @throws InputFormatException listing every problem with its line
   */
  public RatingTable<String> read(Reader reader, String source) {
    Rows rows = parse(reader, source, categories);
    return rows.table(labels(categories != null ? categories : sorted(rows.labels())));
  }

  /**
   * Reads a UTF-8 file of the long shape: a header naming {@code unit}, {@code rater} and {@code
   * value}, then one rating a line (see the class comment).
   *
   * @param file the CSV file
   * @return the table, its raters and units in the order they first appear
   * @throws InputFormatException listing every problem with its line (the source is the file name)
   * @throws UncheckedIOException if the file cannot be read
   */
  public RatingTable<String> readLong(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readLong(reader, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads CSV text of the long shape: a header naming {@code unit}, {@code rater} and {@code
   * value}, then one rating a line.
   *
   * @param reader the text, read once from start to end
   * @param source the name of the input for messages
   * @return the table, its raters and units in the order they first appear
   * @throws InputFormatException listing every problem with its line
   */
  public RatingTable<String> readLong(Reader reader, String source) {
    return new LongShape(source).read(reader);
  }

  /** One reading of the long shape, streamed: each record goes into the accumulator at once. */
  private final class LongShape {
    private final String source;
    private final List<InputProblem> problems = new ArrayList<>();
    private final RatingTableAccumulator<String> ratings = RatingTableAccumulator.create();
    private final Set<String> values = new LinkedHashSet<>();
    private final Set<String> allowed;
    private final NumericLabels numbers;
    private int unit = -1;
    private int rater = -1;
    private int value = -1;
    private int width;

    LongShape(String source) {
      this.source = source;
      this.allowed = categories == null ? Set.of() : Set.copyOf(categories);
      this.numbers = new NumericLabels(categories, RatingTableCsv::isNumber);
    }

    RatingTable<String> read(Reader text) {
      boolean[] header = {true};
      long[] rows = {0};
      records(
          text,
          source,
          (record, line) -> {
            if (header[0]) {
              header(record, line);
              header[0] = false;
            } else {
              rows[0]++;
              rating(record, line);
            }
          });
      long rowCount = rows[0];
      if (rowCount == 0 && problems.isEmpty()) {
        problems.add(Problems.at(1, "no rating follows the header"));
      }
      if (values.isEmpty() && problems.isEmpty()) {
        problems.add(InputProblem.of("", "no rating in any line"));
      }
      if (problems.isEmpty() && ratings.raters().size() < 2) {
        problems.add(
            InputProblem.of(
                "",
                "agreement needs at least two raters, the ratings name "
                    + ratings.raters().size()
                    + ": "
                    + InputProblem.quote(ratings.raters().get(0))));
      }
      if (!problems.isEmpty()) {
        throw new InputFormatException(source, problems);
      }
      return ratings.snapshotOver(labels(categories != null ? categories : sorted(values)));
    }

    private void header(CsvRecords record, int line) {
      width = record.size();
      for (int j = width - 1; j >= 0; j--) {
        switch (record.stripped(j).toLowerCase(Locale.ROOT)) {
          case "unit" -> unit = j;
          case "rater" -> rater = j;
          case "value" -> value = j;
          default -> {}
        }
      }
      List<String> absent = new ArrayList<>();
      if (unit < 0) {
        absent.add("unit");
      }
      if (rater < 0) {
        absent.add("rater");
      }
      if (value < 0) {
        absent.add("value");
      }
      if (!absent.isEmpty()) {
        throw new InputFormatException(
            source,
            List.of(
                Problems.at(
                    line,
                    "the header has no "
                        + String.join(", ", absent)
                        + " column; the long shape needs unit,rater,value")));
      }
    }

    private static String who(String id, String name) {
      return "unit " + InputProblem.quote(id) + ", rater " + InputProblem.quote(name) + ": ";
    }

    private void rating(CsvRecords record, int line) {
      if (record.size() != width) {
        problems.add(
            Problems.at(
                line, "has " + record.size() + " fields, expected " + width + " as in the header"));
        return;
      }
      String id = record.stripped(unit);
      String name = record.label(rater);
      String cell = record.label(value);
      if (id.isEmpty() || name.isEmpty()) {
        problems.add(Problems.at(line, id.isEmpty() ? "the unit is empty" : "the rater is empty"));
        return;
      }
      if (missing.contains(cell)) {
        return;
      }
      if (numbersNeededBy != null && isNumber(cell)) {
        cell = numbers.label(cell);
      }
      if (categories != null && !allowed.contains(cell)) {
        problems.add(
            Problems.at(
                line,
                who(id, name)
                    + InputProblem.quote(cell)
                    + " is not one of the declared categories "
                    + String.join(",", categories)));
        return;
      } else if (numbersNeededBy != null && !isNumber(cell)) {
        problems.add(
            Problems.at(
                line,
                who(id, name)
                    + InputProblem.quote(cell)
                    + " is not a number, as "
                    + numbersNeededBy
                    + " needs"));
        return;
      } else if (numbersNeededBy != null && !NumericLabels.inRange(cell)) {
        problems.add(
            Problems.at(
                line,
                who(id, name)
                    + InputProblem.quote(cell)
                    + " is too large for "
                    + numbersNeededBy
                    + ": numbers up to "
                    + NumericLabels.MAX_MAGNITUDE
                    + " in size are taken"));
        return;
      }
      if (values.add(cell) && values.size() > CategorySet.MAX_CATEGORIES) {
        problems.add(
            Problems.at(line, "more than " + CategorySet.MAX_CATEGORIES + " distinct ratings"));
        throw new InputFormatException(source, problems);
      }
      try {
        ratings.addRating(id, name, cell);
      } catch (IllegalArgumentException repeated) {
        problems.add(
            Problems.at(
                line, who(id, name) + "rated twice; each rater rates a unit once (one line each)"));
      }
    }
  }

  /**
   * Reads a UTF-8 file whose ratings are the categories of a set, matched by their text ({@code
   * String.valueOf}): {@code read(path, CategorySet.integers(1, 5))} gives a table of integers. The
   * set replaces any {@link #withCategories declared labels}.
   *
   * @param file the CSV file
   * @param categories the categories, no two with the same text
   * @param <C> the category type
   * @return the table
   * @throws InputFormatException listing every problem with its line
   * @throws UncheckedIOException if the file cannot be read
   */
  public <C> RatingTable<C> read(Path file, CategorySet<C> categories) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString(), categories);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads CSV text whose ratings are the categories of a set, matched by their text.
   *
   * @param reader the text
   * @param source the name of the input for messages
   * @param categories the categories, no two with the same text
   * @param <C> the category type
   * @return the table
   * @throws InputFormatException listing every problem with its line
   * @throws IllegalArgumentException if two categories have the same text
   */
  public <C> RatingTable<C> read(Reader reader, String source, CategorySet<C> categories) {
    Map<String, C> byText = new LinkedHashMap<>();
    for (C c : categories.categories()) {
      if (byText.put(String.valueOf(c), c) != null) {
        throw new IllegalArgumentException("two categories read as '" + c + "' in " + categories);
      }
    }
    List<String> labels = List.copyOf(byText.keySet());
    Rows rows = parse(reader, source, labels);
    return rows.table(CategorySet.of(labels)).withCategories(categories);
  }

  /**
   * Writes a table: a header of the unit column (its configured header, else {@code unit}) and the
   * raters, then one row per unit, a missing rating as the first missing-value token. {@link #read}
   * gives the table back when its categories are declared.
   *
   * @param table the table
   * @param out where to write
   * @throws IllegalArgumentException if a category's text would read back as something else: a
   *     missing-value token, or text with surrounding blanks
   * @throws UncheckedIOException if writing fails
   */
  public void write(RatingTable<?> table, Appendable out) {
    List<String> labels = new ArrayList<>();
    for (Object c : table.categories().categories()) {
      String label = String.valueOf(c);
      if (missing.contains(label.strip()) || !label.strip().equals(label)) {
        throw new IllegalArgumentException(
            "category '"
                + label
                + "' would not read back: it is a missing-value token "
                + missing
                + " or has surrounding blanks");
      }
      labels.add(label);
    }
    List<String> header = new ArrayList<>();
    header.add(unitColumn != null ? unitColumn : "unit");
    header.addAll(table.raters());
    try {
      // not closed: closing the printer would close the caller's Appendable
      CSVPrinter printer =
          new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
      printer.printRecord(header);
      List<String> cells = new ArrayList<>();
      for (int u = 0; u < table.units(); u++) {
        cells.clear();
        cells.add(table.unitId(u));
        for (int r = 0; r < table.raters().size(); r++) {
          int code = table.code(u, r);
          cells.add(code < 0 ? missing.get(0) : labels.get(code));
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
  public String write(RatingTable<?> table) {
    StringWriter out = new StringWriter();
    write(table, out);
    return out.toString();
  }

  /** What a reading of the wide shape gathers: the raters, the distinct labels, the units. */
  private static final class Rows {
    final List<String> raters = new ArrayList<>();
    final Set<String> values = new LinkedHashSet<>();
    @Nullable RatingTableAccumulator<String> units;
    long count;

    /** {@return the distinct labels read: the accumulator's, or when there is none those kept} */
    Collection<String> labels() {
      RatingTableAccumulator<String> acc = units;
      return acc != null ? acc.seenCategories() : values;
    }

    RatingTable<String> table(CategorySet<String> categories) {
      return Objects.requireNonNull(units, "units").snapshotOver(categories);
    }
  }

  /** A record of CSV text, with the line it starts on. */
  @FunctionalInterface
  private interface RecordSink {
    void accept(CsvRecords record, int line);
  }

  /**
   * Streams the records of CSV text, each with the line it starts on, so that neither the text nor
   * the records are held; a malformed record ends the reading with that problem alone, and text
   * without a record is an empty file.
   */
  private static void records(Reader text, String source, RecordSink sink) {
    boolean any = false;
    try (CsvRecords records = new CsvRecords(text, source)) {
      while (records.next()) {
        any = true;
        sink.accept(records, records.line());
      }
    }
    if (!any) {
      throw new InputFormatException(
          source, List.of(InputProblem.of("", "empty file: expected a header line")));
    }
  }

  private Rows parse(Reader reader, String source, @Nullable List<String> allowed) {
    Problems problems = new Problems(source);
    Rows rows = new Rows();
    Set<String> allowedSet = allowed == null ? Set.of() : Set.copyOf(allowed);
    NumericLabels numbers = new NumericLabels(allowed, RatingTableCsv::isNumber);
    UnitIds unitIds = new UnitIds();
    int[] unit = {0};
    int[] width = {0};
    List<Integer> columns = new ArrayList<>();
    List<@Nullable String> row = new ArrayList<>();
    records(
        reader,
        source,
        (record, line) -> {
          if (width[0] == 0) {
            width[0] = record.size();
            unit[0] = header(record, line, problems, rows, columns);
            return;
          }
          rows.count++;
          if (record.size() != width[0]) {
            problems.add(
                line,
                "has " + record.size() + " fields, expected " + width[0] + " as in the header");
            return;
          }
          String id = record.stripped(unit[0]);
          unitIds.add(id, line);
          row.clear();
          for (int r = 0; r < columns.size(); r++) {
            String cell = record.label(columns.get(r));
            if (missing.contains(cell)) {
              row.add(null);
              continue;
            }
            if (numbersNeededBy != null && isNumber(cell)) {
              cell = numbers.label(cell);
            }
            String problem = null;
            if (allowed != null && !allowedSet.contains(cell)) {
              problem = " is not one of the declared categories " + String.join(",", allowed);
            } else if (numbersNeededBy != null && !isNumber(cell)) {
              problem = " is not a number, as " + numbersNeededBy + " needs";
            } else if (numbersNeededBy != null && !NumericLabels.inRange(cell)) {
              problem =
                  " is too large for "
                      + numbersNeededBy
                      + ": numbers up to "
                      + NumericLabels.MAX_MAGNITUDE
                      + " in size are taken";
            }
            if (problem != null) {
              problems.add(
                  line,
                  "rater '" + rows.raters.get(r) + "': " + InputProblem.quote(cell) + problem);
            }
            if (rows.units == null || !problems.none()) {
              rows.values.add(cell);
            }
            row.add(cell);
          }
          RatingTableAccumulator<String> units = rows.units;
          // past the most categories a set takes, building the set reports it
          if (units != null && problems.none()) {
            if (units.categoriesSeen() + row.size() > CategorySet.MAX_CATEGORIES) {
              // past the most categories a set takes: collected, building the set reports it
              rows.values.addAll(units.seenCategories());
              rows.units = null;
              for (String value : row) {
                if (value != null) {
                  rows.values.add(value);
                }
              }
            } else {
              units.add(id, row);
            }
          }
        });
    for (UnitIds.Repeat repeat : unitIds.repeats()) {
      problems.add(
          repeat.line(),
          "unit "
              + InputProblem.quote(repeat.id())
              + " repeats line "
              + repeat.firstLine()
              + "; each unit is one row");
    }
    problems.sortByLine();
    if (rows.count == 0 && problems.none()) {
      problems.add(1, "no unit follows the header");
    }
    if (rows.labels().isEmpty() && problems.none()) {
      problems.add("no rating in any cell");
    }
    problems.throwIfAny();
    return rows;
  }

  /**
   * Reads the header of the wide shape into the raters and their columns, and makes the accumulator
   * when they are sound.
   *
   * @return the unit column
   */
  private int header(
      CsvRecords header, int line, Problems problems, Rows rows, List<Integer> columns) {
    int unit = 0;
    Map<String, Integer> byHeader = new HashMap<>();
    for (int j = header.size() - 1; j >= 0; j--) {
      byHeader.put(header.stripped(j), j);
    }
    if (unitColumn != null) {
      Integer found = byHeader.get(unitColumn);
      if (found == null) {
        problems.add(line, "no unit column '" + unitColumn + "' in the header");
      } else {
        unit = found;
      }
    }
    if (raterColumns != null) {
      for (String name : raterColumns) {
        Integer found = byHeader.get(name);
        if (found == null) {
          problems.add(line, "no rater column '" + name + "' in the header");
        } else {
          columns.add(found);
        }
      }
      rows.raters.addAll(raterColumns);
    } else {
      if (header.size() < 3) {
        problems.add(
            line,
            "the header needs a unit column and at least two rater columns, has "
                + header.size()
                + " column"
                + (header.size() == 1 ? "" : "s"));
        problems.throwIfAny();
      }
      Set<String> seen = new LinkedHashSet<>();
      for (int j = 0; j < header.size(); j++) {
        if (j == unit) {
          continue;
        }
        String rater = header.stripped(j);
        if (rater.isEmpty()) {
          rater = "rater" + j;
        }
        if (!seen.add(rater)) {
          problems.add(line, "rater column '" + rater + "' appears twice");
        }
        rows.raters.add(rater);
        columns.add(j);
      }
    }
    if (columns.size() != rows.raters.size()
        || (unitColumn != null && !byHeader.containsKey(unitColumn))) {
      problems.throwIfAny();
    }
    if (problems.none()) {
      rows.units = RatingTableAccumulator.create(rows.raters);
    }
    return unit;
  }

  /** A category set of labels, numeric when every label is a number. */
  private static CategorySet<String> labels(List<String> labels) {
    if (!labels.isEmpty() && labels.stream().allMatch(RatingTableCsv::isNumber)) {
      return CategorySet.numeric(labels, Double::parseDouble);
    }
    return CategorySet.of(labels);
  }

  /**
   * The categories found, in a reproducible order: by numeric value if all are numbers, else by
   * text.
   */
  private static List<String> sorted(Collection<String> found) {
    List<String> sorted = new ArrayList<>(found);
    if (sorted.stream().allMatch(RatingTableCsv::isNumber)) {
      sorted.sort(Comparator.comparingDouble(Double::parseDouble));
    } else {
      sorted.sort(Comparator.naturalOrder());
    }
    return sorted;
  }

  private static boolean isNumber(String text) {
    // digits, sign, point and exponent only: rejects "NaN", "Infinity" and hexadecimal forms Double
    // accepts
    if (text.isEmpty()
        || !text.toLowerCase(Locale.ROOT).matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
      return false;
    }
    return Double.isFinite(Double.parseDouble(text));
  }

  /** The problems of one input, each with the line its record starts on. */
  private static final class Problems {
    private final String source;
    private final List<InputProblem> problems = new ArrayList<>();

    Problems(String source) {
      this.source = source;
    }

    void add(int line, String message) {
      problems.add(at(line, message));
    }

    void add(String message) {
      problems.add(InputProblem.of("", message));
    }

    boolean none() {
      return problems.isEmpty();
    }

    /** Puts the problems in the order of their lines, as a reading from the top finds them. */
    void sortByLine() {
      problems.sort(Comparator.comparingInt(p -> p.line().orElse(Integer.MAX_VALUE)));
    }

    void throwIfAny() {
      if (!problems.isEmpty()) {
        throw new InputFormatException(source, problems);
      }
    }

    static InputProblem at(int line, String message) {
      return InputProblem.builder().location("line " + line).line(line).message(message).build();
    }
  }
}
