package dev.appraise.examples.cli;

import dev.appraise.synthesis.EffectMeasure;
import dev.appraise.synthesis.EffectSize;
import dev.appraise.synthesis.EffectSizes;
import dev.appraise.synthesis.TwoByTwo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads the CSV of {@code appraise meta}: a {@code study} column, the columns metafor's {@code
 * escalc} names for the measure, and any other columns, which can serve as subgroups or moderators.
 * Every study's effect size is computed as it is read, so that a problem of the data (a negative
 * count, an SD that leaves the variance at 0) is reported with the line it is on.
 */
final class MetaCsv {

  /** The column naming each study. */
  static final String STUDY = "study";

  /** The sets of columns a measure can be computed from, in the order they are tried. */
  private enum Inputs {
    COUNTS("ai", "bi", "ci", "di"),
    EVENTS("ai", "n1i", "ci", "n2i"),
    MEANS("m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i"),
    CORRELATION("ri", "ni"),
    VARIANCE("yi", "vi"),
    STANDARD_ERROR("yi", "sei");

    @SuppressWarnings("ImmutableEnumChecker") // List.of is unmodifiable
    private final List<String> columns;

    Inputs(String... columns) {
      this.columns = List.of(columns);
    }

    static List<Inputs> of(EffectMeasure measure) {
      if (measure.isTwoByTwo()) {
        return List.of(COUNTS, EVENTS);
      }
      if (measure.isMeans()) {
        return List.of(MEANS);
      }
      if (measure.isCorrelation()) {
        return List.of(CORRELATION);
      }
      return List.of(VARIANCE, STANDARD_ERROR);
    }
  }

  /**
   * The studies of a file: their effect sizes in file order, and every column's cells by column
   * name.
   */
  record Studies(String file, List<EffectSize> effects, Map<String, List<String>> cells) {

    /** The cells of a column, one per study; the caller has checked that the column exists. */
    List<String> column(String name) {
      List<String> values = cells.get(name);
      if (values == null) {
        throw new IllegalStateException("no column " + name);
      }
      return values;
    }
  }

  private MetaCsv() {}

  /**
   * Reads a file and computes each study's effect size with escalc's defaults.
   *
   * @param file the CSV file
   * @param measure the effect measure
   * @param wanted the columns the command will use beside the measure's (moderators, subgroup),
   *     with the option that names each, for the message when one is missing
   * @return the studies, at least one
   * @throws BadInputException naming the file, the line and the first problem, and how many more
   *     there are
   */
  static Studies read(Path file, EffectMeasure measure, Map<String, String> wanted) {
    CsvFile csv = CsvFile.read(file);
    CSVRecord header = csv.header();
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int j = 0; j < header.size(); j++) {
      String name = header.get(j).strip();
      if (name.isEmpty()) {
        csv.problem(header, "column " + (j + 1) + " has no name");
      } else if (index.putIfAbsent(name, j) != null) {
        csv.problem(header, "column '" + name + "' appears twice");
      }
    }
    if (!index.containsKey(STUDY)) {
      csv.problem(
          header,
          "missing column '"
              + STUDY
              + "', which names each study; the header has "
              + String.join(",", index.keySet()));
    }
    Inputs inputs = inputs(csv, header, measure, index);
    for (Map.Entry<String, String> w : wanted.entrySet()) {
      if (!index.containsKey(w.getKey())) {
        csv.problem(
            header,
            "no column '"
                + w.getKey()
                + "' for "
                + w.getValue()
                + "; the header has "
                + String.join(",", index.keySet()));
      }
    }
    csv.throwIfAny();
    if (csv.body().isEmpty()) {
      csv.problem(header, "no study follows the header");
      csv.throwIfAny();
    }
    EffectSizes escalc = EffectSizes.withDefaults();
    List<EffectSize> effects = new ArrayList<>();
    Map<String, List<String>> cells = new LinkedHashMap<>();
    index.keySet().forEach(name -> cells.put(name, new ArrayList<>()));
    Map<String, Integer> firstLine = new HashMap<>();
    for (CSVRecord record : csv.body()) {
      if (record.size() != header.size()) {
        csv.problem(
            record,
            "has "
                + record.size()
                + " field"
                + (record.size() == 1 ? "" : "s")
                + ", expected "
                + header.size()
                + " as in the header");
        continue;
      }
      String study = record.get(index.get(STUDY)).strip();
      if (study.isEmpty()) {
        csv.problem(record, "the study id is empty");
        continue;
      }
      Integer seen = firstLine.putIfAbsent(study, csv.line(record));
      if (seen != null) {
        csv.problem(record, "study '" + study + "' appears twice (first on line " + seen + ")");
        continue;
      }
      for (Map.Entry<String, String> w : wanted.entrySet()) {
        String cell = record.get(index.get(w.getKey())).strip();
        if (cell.isEmpty() || cell.equals("NA")) {
          csv.problem(
              record,
              "study "
                  + study
                  + ": "
                  + w.getValue()
                  + " column '"
                  + w.getKey()
                  + "' is "
                  + (cell.isEmpty() ? "empty" : "NA (missing)"));
        }
      }
      double[] values = numbers(csv, record, study, inputs, index);
      if (values == null) {
        continue;
      }
      try {
        effects.add(effectSize(escalc, measure, inputs, study, values));
      } catch (IllegalArgumentException e) {
        csv.problem(record, e.getMessage());
        continue;
      }
      index.forEach((name, j) -> cells.get(name).add(record.get(j).strip()));
    }
    csv.throwIfAny();
    return new Studies(csv.name(), List.copyOf(effects), cells);
  }

  /**
   * The columns the measure is computed from: the first complete set, else a problem naming what is
   * missing.
   */
  private static Inputs inputs(
      CsvFile csv, CSVRecord header, EffectMeasure measure, Map<String, Integer> index) {
    List<Inputs> choices = Inputs.of(measure);
    Inputs closest = choices.get(0);
    int closestMissing = Integer.MAX_VALUE;
    for (Inputs choice : choices) {
      int missing = (int) choice.columns.stream().filter(c -> !index.containsKey(c)).count();
      if (missing == 0) {
        return choice;
      }
      if (missing < closestMissing) {
        closest = choice;
        closestMissing = missing;
      }
    }
    List<String> missing = closest.columns.stream().filter(c -> !index.containsKey(c)).toList();
    String alternatives =
        choices.stream().map(c -> String.join(",", c.columns)).collect(Collectors.joining(" or "));
    csv.problem(
        header,
        "missing column"
            + (missing.size() == 1 ? " " : "s ")
            + missing.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "))
            + ", which "
            + measure
            + " needs ("
            + alternatives
            + ")");
    return closest;
  }

  /**
   * The measure's cells of a row as numbers, in the order of its columns; null after recording a
   * problem.
   */
  private static double @Nullable [] numbers(
      CsvFile csv, CSVRecord record, String study, Inputs inputs, Map<String, Integer> index) {
    double[] values = new double[inputs.columns.size()];
    boolean ok = true;
    for (int c = 0; c < values.length; c++) {
      String column = inputs.columns.get(c);
      String cell = record.get(index.get(column)).strip();
      Double value = CsvFile.parseNumber(cell);
      if (value == null) {
        csv.problem(
            record,
            "study "
                + study
                + ": "
                + column
                + " is "
                + (cell.isEmpty()
                    ? "empty"
                    : cell.equals("NA") ? "NA (missing)" : "not a number: '" + cell + "'"));
        ok = false;
      } else {
        values[c] = value;
      }
    }
    return ok ? values : null;
  }

  private static EffectSize effectSize(
      EffectSizes escalc, EffectMeasure measure, Inputs inputs, String study, double[] x) {
    switch (inputs) {
      case COUNTS:
        return escalc.twoByTwo(measure, TwoByTwo.of(study, x[0], x[1], x[2], x[3]));
      case EVENTS:
        return escalc.twoByTwo(measure, TwoByTwo.ofEvents(study, x[0], x[1], x[2], x[3]));
      case MEANS:
        return escalc.means(measure, study, x[0], x[1], x[2], x[3], x[4], x[5]);
      case CORRELATION:
        return escalc.correlation(measure, study, x[0], x[1]);
      case VARIANCE:
        return escalc.generic(study, x[0], x[1]);
      default:
        return escalc.genericFromStandardError(study, x[0], x[1]);
    }
  }
}
