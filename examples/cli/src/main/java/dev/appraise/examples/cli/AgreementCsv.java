package dev.appraise.examples.cli;

import dev.appraise.core.agreement.CategoryCounts;
import dev.appraise.core.agreement.CategorySet;
import dev.appraise.core.agreement.ContingencyTable;
import dev.appraise.core.agreement.RatingTable;
import dev.appraise.core.agreement.RatingTableAccumulator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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

  /**
   * Reads the default shape: a header, then one row per unit: the unit id, then one rating per
   * rater; an empty cell or {@code NA} is missing.
   */
  static Ratings ratings(
      Path file, @Nullable List<String> declared, boolean numericNeeded, String why) {
    CsvFile csv = CsvFile.read(file);
    List<CSVRecord> records = csv.records();
    CSVRecord header = records.get(0);
    int columns = header.size();
    if (columns < 3) {
      csv.problem(
          header,
          "the header needs a unit column and at least two rater columns, has "
              + columns
              + " column"
              + (columns == 1 ? "" : "s"));
      csv.throwIfAny();
    }
    List<String> raters = new ArrayList<>();
    Set<String> seenRaters = new LinkedHashSet<>();
    for (int j = 1; j < columns; j++) {
      String rater = header.get(j).strip();
      if (rater.isEmpty()) {
        rater = "rater" + j;
      }
      if (!seenRaters.add(rater)) {
        csv.problem(header, "rater column '" + rater + "' appears twice");
      }
      raters.add(rater);
    }
    List<List<@Nullable String>> rows = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    Set<String> values = new LinkedHashSet<>();
    for (CSVRecord record : records.subList(1, records.size())) {
      if (record.size() != columns) {
        csv.problem(
            record, "has " + record.size() + " fields, expected " + columns + " as in the header");
        continue;
      }
      ids.add(record.get(0).strip());
      List<@Nullable String> row = new ArrayList<>();
      for (int j = 1; j < columns; j++) {
        String cell = record.get(j).strip();
        if (cell.isEmpty() || cell.equals("NA")) {
          row.add(null);
          continue;
        }
        if (declared != null && !declared.contains(cell)) {
          csv.problem(
              record,
              "rater '"
                  + raters.get(j - 1)
                  + "': '"
                  + cell
                  + "' is not one of the declared categories "
                  + String.join(",", declared));
        } else if (numericNeeded && !CsvFile.isNumber(cell)) {
          csv.problem(
              record,
              "rater '"
                  + raters.get(j - 1)
                  + "': '"
                  + cell
                  + "' is not a number, as "
                  + why
                  + " needs");
        }
        values.add(cell);
        row.add(cell);
      }
      rows.add(row);
    }
    if (rows.isEmpty() && !csv.hasProblems()) {
      csv.problem(header, "no unit follows the header");
    }
    if (values.isEmpty() && !csv.hasProblems()) {
      csv.problem("no rating in any cell");
    }
    csv.throwIfAny();
    CategorySet<String> categories =
        categories(declared != null ? declared : sortedCategories(values));
    RatingTableAccumulator<String> acc = RatingTableAccumulator.create(categories, raters);
    for (int i = 0; i < rows.size(); i++) {
      acc.add(ids.get(i), rows.get(i));
    }
    double[][] numeric = null;
    if (values.stream().allMatch(CsvFile::isNumber)) {
      numeric = new double[rows.size()][];
      for (int i = 0; i < rows.size(); i++) {
        numeric[i] =
            rows.get(i).stream()
                .mapToDouble(v -> v == null ? Double.NaN : Double.parseDouble(v))
                .toArray();
      }
    }
    return new Ratings(acc.snapshot(), numeric);
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
    long[][] counts = new long[categories.size()][categories.size()];
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
      int row = categories.indexOf(label);
      for (int j = 1; j < record.size(); j++) {
        long count = count(csv, record, j, columns.get(j - 1));
        int column = categories.indexOf(columns.get(j - 1));
        if (row >= 0 && column >= 0 && count > 0) {
          counts[row][column] = count;
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
    List<String> categories = declared != null ? declared : columns;
    List<String> ids = new ArrayList<>();
    List<int[]> rows = new ArrayList<>();
    for (CSVRecord record : records.subList(1, records.size())) {
      if (record.size() != header.size()) {
        csv.problem(
            record,
            "has " + record.size() + " fields, expected " + header.size() + " as in the header");
        continue;
      }
      int[] row = new int[categories.size()];
      for (int j = 1; j < record.size(); j++) {
        long count = count(csv, record, j, columns.get(j - 1));
        int column = categories.indexOf(columns.get(j - 1));
        if (column >= 0 && count > 0) {
          if (count > Integer.MAX_VALUE) {
            csv.problem(record, "count for '" + columns.get(j - 1) + "' is too large: " + count);
          } else {
            row[column] = (int) count;
          }
        }
      }
      ids.add(record.get(0).strip());
      rows.add(row);
    }
    if (records.size() == 1) {
      csv.problem(header, "no unit follows the header");
    }
    csv.throwIfAny();
    return CategoryCounts.of(categories(categories), ids, rows.toArray(new int[0][]));
  }

  /** A category set, numeric (ordered by value unless declared) when every label is a number. */
  private static CategorySet<String> categories(List<String> labels) {
    if (!labels.isEmpty() && labels.stream().allMatch(CsvFile::isNumber)) {
      return CategorySet.numeric(labels, Double::parseDouble);
    }
    return CategorySet.of(labels);
  }

  /**
   * The categories found in data, in a reproducible order: by numeric value if all are numbers,
   * else by text.
   */
  static List<String> sortedCategories(Set<String> found) {
    List<String> sorted = new ArrayList<>(found);
    if (sorted.stream().allMatch(CsvFile::isNumber)) {
      sorted.sort(Comparator.comparingDouble(Double::parseDouble));
    } else {
      sorted.sort(Comparator.naturalOrder());
    }
    return sorted;
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
