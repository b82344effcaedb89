package dev.appraise.examples.cli;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import dev.appraise.core.agreement.AgreementStatsAccumulator;
import dev.appraise.core.agreement.CategoryCounts;
import dev.appraise.core.agreement.CategorySet;
import dev.appraise.core.agreement.ContingencyTable;
import dev.appraise.core.agreement.RatingTable;
import dev.appraise.core.agreement.RatingTableCsv;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads the three CSV shapes of {@code appraise agreement} into the library's agreement inputs.
 * Every problem of a file is collected with its line; the exception reports the first on one line
 * and counts the others.
 */
final class AgreementCsv {

  /**
   * A units x raters table of category labels, with the numeric matrix when every rating is a
   * number.
   */
  @SuppressWarnings(
      "ArrayRecordComponent") // handed once to IntraclassCorrelation, never compared or hashed
  record Ratings(RatingTable<String> table, double @Nullable [][] numeric) {}

  private AgreementCsv() {}

  /** The library's reader, with the declared categories and numbers where the level needs them. */
  private static RatingTableCsv reader(
      @Nullable List<String> declared, boolean numericNeeded, String why) {
    RatingTableCsv reader = RatingTableCsv.withDefaults();
    if (declared != null) {
      reader = reader.withCategories(declared);
    }
    return numericNeeded ? reader.withNumericRatings(why) : reader;
  }

  /**
   * Reads the default shape with the library's reader ({@link RatingTableCsv}): a header, then one
   * row per unit: the unit id, then one rating per rater; an empty cell or {@code NA} is missing.
   */
  static Ratings ratings(
      Path file, @Nullable List<String> declared, boolean numericNeeded, String why) {
    RatingTableCsv chosen = reader(declared, numericNeeded, why);
    RatingTable<String> table = read(file, () -> chosen.read(file));
    if (!numericNeeded) {
      // the matrix is for the intraclass correlation, computed at the numeric levels only
      return new Ratings(table, null);
    }
    double[][] numeric = new double[table.units()][table.raters().size()];
    for (int u = 0; u < table.units(); u++) {
      for (int r = 0; r < table.raters().size(); r++) {
        String value = table.rating(u, r).orElse(null);
        if (value != null && !CsvFile.isNumber(value)) {
          return new Ratings(table, null);
        }
        numeric[u][r] = value == null ? Double.NaN : Double.parseDouble(value);
      }
    }
    return new Ratings(table, numeric);
  }

  /**
   * Reads {@code --long} with the library's reader ({@link RatingTableCsv#readLong}): a header
   * naming {@code unit}, {@code rater} and {@code value}, then one rating a line, streamed into a
   * table whose memory follows the ratings given. In the numeric matrix the units some rater did
   * not rate (which the intraclass correlation leaves out) share one row of missing values, so that
   * it stays as small as the ratings.
   */
  static Ratings longRatings(
      Path file, @Nullable List<String> declared, boolean numericNeeded, String why) {
    RatingTableCsv chosen = reader(declared, numericNeeded, why);
    RatingTable<String> table = read(file, () -> chosen.readLong(file));
    if (!numericNeeded) {
      return new Ratings(table, null);
    }
    int m = table.raters().size();
    double[] incomplete = new double[m];
    java.util.Arrays.fill(incomplete, Double.NaN);
    double[][] numeric = new double[table.units()][];
    for (int u = 0; u < table.units(); u++) {
      if (table.ratings(u) < m) {
        numeric[u] = incomplete;
        continue;
      }
      numeric[u] = new double[m];
      for (int r = 0; r < m; r++) {
        String value = table.rating(u, r).orElseThrow();
        if (!CsvFile.isNumber(value)) {
          return new Ratings(table, null);
        }
        numeric[u][r] = Double.parseDouble(value);
      }
    }
    return new Ratings(table, numeric);
  }

  /** Runs a reader, each of its failures as one line naming the file. */
  private static RatingTable<String> read(
      Path file, java.util.function.Supplier<RatingTable<String>> reading) {
    InputFiles.readable(file);
    try {
      return reading.get();
    } catch (InputFormatException e) {
      throw new BadInputException(Messages.of(e));
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      throw new BadInputException(
          cause instanceof NoSuchFileException
              ? file + ": no such file"
              : file + ": cannot read: " + cause.getMessage());
    }
  }

  /**
   * Reads {@code --table}: header {@code ,cat1,cat2,...}, then one row per category of the first
   * rater: its label and the counts of the second rater's categories.
   */
  static ContingencyTable<String> table(Path file, @Nullable List<String> declared) {
    CsvFile csv = CsvFile.read(file);
    List<CSVRecord> records = csv.records();
    CSVRecord header = records.get(0);
    List<String> columns = new ArrayList<>();
    for (int j = 1; j < header.size(); j++) {
      columns.add(header.get(j).strip());
    }
    checkLabels(csv, header, columns, declared, "column");
    tooManyCategories(csv, header, declared != null ? declared.size() : columns.size());
    List<CSVRecord> body = records.subList(1, records.size());
    if (body.size() != columns.size()) {
      csv.problem(
          body.isEmpty() ? header : body.get(body.size() - 1),
          "the table is not square: "
              + body.size()
              + " row"
              + (body.size() == 1 ? "" : "s")
              + " of counts for "
              + columns.size()
              + " columns");
    }
    List<String> categories = declared != null ? declared : columns;
    int[] position = positions(categories, columns);
    long[][] counts = new long[categories.size()][categories.size()];
    long total = 0;
    for (int i = 0; i < body.size(); i++) {
      CSVRecord record = body.get(i);
      if (record.size() != header.size()) {
        csv.problem(
            record,
            "has " + record.size() + " fields, expected " + header.size() + " as in the header");
        continue;
      }
      String label = record.get(0).strip();
      if (i < columns.size() && !label.equals(columns.get(i))) {
        csv.problem(
            record,
            "row label '" + label + "' must match column " + (i + 1) + " '" + columns.get(i) + "'");
        continue;
      }
      int row = i < columns.size() ? position[i] : -1;
      for (int j = 1; j < record.size(); j++) {
        long count = count(csv, record, j, columns.get(j - 1));
        int column = position[j - 1];
        if (row >= 0 && column >= 0 && count > 0) {
          counts[row][column] = count;
        }
        if (total >= 0 && count > Long.MAX_VALUE - total) {
          csv.problem(record, "the counts of the table sum past " + Long.MAX_VALUE);
          total = -1;
        } else if (total >= 0) {
          total += count;
        }
      }
    }
    csv.throwIfAny();
    return ContingencyTable.of(categories(categories), counts);
  }

  /**
   * Reads {@code --counts}: header {@code unit,cat1,cat2,...}, then per unit its id and each
   * category's count.
   */
  static CategoryCounts<String> counts(Path file, @Nullable List<String> declared) {
    CsvFile csv = CsvFile.read(file);
    List<CSVRecord> records = csv.records();
    CSVRecord header = records.get(0);
    List<String> columns = new ArrayList<>();
    for (int j = 1; j < header.size(); j++) {
      columns.add(header.get(j).strip());
    }
    checkLabels(csv, header, columns, declared, "column");
    tooManyCategories(csv, header, declared != null ? declared.size() : columns.size());
    List<String> categories = declared != null ? declared : columns;
    int[] position = positions(categories, columns);
    List<String> ids = new ArrayList<>();
    List<int[]> rows = new ArrayList<>();
    Map<String, Integer> unitLines = new HashMap<>();
    for (CSVRecord record : records.subList(1, records.size())) {
      if (record.size() != header.size()) {
        csv.problem(
            record,
            "has " + record.size() + " fields, expected " + header.size() + " as in the header");
        continue;
      }
      int[] row = new int[categories.size()];
      long ratings = 0;
      for (int j = 1; j < record.size(); j++) {
        long count = count(csv, record, j, columns.get(j - 1));
        int column = position[j - 1];
        if (column >= 0 && count > 0) {
          if (count > Integer.MAX_VALUE) {
            csv.problem(record, "count for '" + columns.get(j - 1) + "' is too large: " + count);
          } else {
            row[column] = (int) count;
            ratings += count;
          }
        }
      }
      if (ratings > Integer.MAX_VALUE) {
        csv.problem(
            record,
            "the counts of the unit sum to "
                + ratings
                + " ratings, more than "
                + Integer.MAX_VALUE);
      }
      ids.add(record.get(0).strip());
      repeatedUnit(csv, record, unitLines);
      rows.add(row);
    }
    if (records.size() == 1) {
      csv.problem(header, "no unit follows the header");
    }
    csv.throwIfAny();
    return CategoryCounts.of(categories(categories), ids, rows.toArray(new int[0][]));
  }

  /** Records a problem if the record's unit id was seen on an earlier line. */
  private static void repeatedUnit(CsvFile csv, CSVRecord record, Map<String, Integer> unitLines) {
    String id = record.get(0).strip();
    Integer first = unitLines.putIfAbsent(id, csv.line(record));
    if (first != null) {
      csv.problem(
          record,
          "unit " + InputProblem.quote(id) + " repeats line " + first + "; each unit is one row");
    }
  }

  /** Stops reading a table whose categories are more than the agreement statistics take. */
  private static void tooManyCategories(CsvFile csv, CSVRecord header, int categories) {
    if (categories > AgreementStatsAccumulator.MAX_CATEGORIES) {
      csv.problem(
          header,
          categories
              + " categories, more than the "
              + AgreementStatsAccumulator.MAX_CATEGORIES
              + " agreement takes (its memory grows with their square)");
      csv.throwIfAny();
    }
  }

  /** Each column's position among the categories, -1 for a column that is not one of them. */
  private static int[] positions(List<String> categories, List<String> columns) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < categories.size(); i++) {
      index.putIfAbsent(categories.get(i), i);
    }
    int[] position = new int[columns.size()];
    for (int j = 0; j < columns.size(); j++) {
      position[j] = index.getOrDefault(columns.get(j), -1);
    }
    return position;
  }

  /** A category set, numeric (ordered by value unless declared) when every label is a number. */
  private static CategorySet<String> categories(List<String> labels) {
    if (!labels.isEmpty() && labels.stream().allMatch(CsvFile::isNumber)) {
      return CategorySet.numeric(labels, Double::parseDouble);
    }
    return CategorySet.of(labels);
  }

  private static void checkLabels(
      CsvFile csv,
      CSVRecord header,
      List<String> labels,
      @Nullable List<String> declared,
      String what) {
    Set<String> seen = new LinkedHashSet<>();
    if (labels.isEmpty()) {
      csv.problem(header, "the header names no category");
    }
    for (String label : labels) {
      if (label.isEmpty()) {
        csv.problem(header, "a " + what + " has no category label");
      } else if (!seen.add(label)) {
        csv.problem(header, "category '" + label + "' appears twice");
      } else if (declared != null && !declared.contains(label)) {
        csv.problem(
            header,
            what
                + " '"
                + label
                + "' is not one of the declared categories "
                + String.join(",", declared));
      }
    }
  }

  private static long count(CsvFile csv, CSVRecord record, int column, String category) {
    String cell = record.get(column).strip();
    long count;
    try {
      count = Long.parseLong(cell);
    } catch (NumberFormatException e) {
      csv.problem(record, "count for '" + category + "' is not a whole number: '" + cell + "'");
      return 0;
    }
    if (count < 0) {
      csv.problem(record, "count for '" + category + "' must be >= 0, was " + count);
      return 0;
    }
    return count;
  }
}
