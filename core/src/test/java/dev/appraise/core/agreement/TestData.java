package dev.appraise.core.agreement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Reads the reference data sets in {@code src/test/resources/agreement}: '#' lines are provenance,
 * NA is missing.
 */
final class TestData {

  private TestData() {}

  static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    TestData.class.getResourceAsStream("/agreement/" + resource), resource),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /**
   * The table with the categories found in the data, sorted; numeric if every value is a number.
   */
  static RatingTable<String> table(String resource) {
    List<String[]> rows = rows(resource);
    TreeSet<String> seen = new TreeSet<>();
    for (String[] r : rows.subList(1, rows.size())) {
      for (String v : Arrays.asList(r).subList(1, r.length)) {
        if (!v.isEmpty() && !v.equals("NA")) {
          seen.add(v);
        }
      }
    }
    List<String> cats = new ArrayList<>(seen);
    boolean numeric = cats.stream().allMatch(s -> s.matches("-?[0-9.]+"));
    CategorySet<String> set =
        numeric
            ? CategorySet.numeric(sortNumeric(cats), Double::parseDouble)
            : CategorySet.of(cats);
    return table(resource, set);
  }

  static RatingTable<String> table(String resource, CategorySet<String> categories) {
    List<String[]> rows = rows(resource);
    String[] header = rows.get(0);
    RatingTableAccumulator<String> acc =
        RatingTableAccumulator.create(categories, Arrays.asList(header).subList(1, header.length));
    for (String[] r : rows.subList(1, rows.size())) {
      List<String> values = new ArrayList<>();
      for (String v : Arrays.asList(r).subList(1, r.length)) {
        values.add(v.isEmpty() || v.equals("NA") ? null : v);
      }
      acc.add(r[0], values);
    }
    return acc.snapshot();
  }

  /**
   * A contingency table file: header {@code ,cat1,cat2,...}, then one row per category with its
   * label.
   */
  static ContingencyTable<String> contingency(String resource) {
    List<String[]> rows = rows(resource);
    List<String> cats = Arrays.asList(rows.get(0)).subList(1, rows.get(0).length);
    long[][] counts = new long[rows.size() - 1][];
    for (int i = 1; i < rows.size(); i++) {
      counts[i - 1] = Arrays.stream(rows.get(i)).skip(1).mapToLong(Long::parseLong).toArray();
    }
    return ContingencyTable.of(CategorySet.of(cats), counts);
  }

  private static List<String> sortNumeric(List<String> cats) {
    List<String> out = new ArrayList<>(cats);
    out.sort((a, b) -> Double.compare(Double.parseDouble(a), Double.parseDouble(b)));
    return out;
  }

  static double value(AgreementReport report, Coefficient c) {
    return report.coefficient(c).orElseThrow().valueOrThrow();
  }

  static Estimate estimate(AgreementReport report, Coefficient c) {
    return report.coefficient(c).orElseThrow();
  }
}
