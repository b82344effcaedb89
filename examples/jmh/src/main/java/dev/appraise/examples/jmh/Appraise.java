package dev.appraise.examples.jmh;

import dev.appraise.core.agreement.AgreementOptions;
import dev.appraise.core.agreement.AgreementReport;
import dev.appraise.core.agreement.CategorySet;
import dev.appraise.core.agreement.Coefficient;
import dev.appraise.core.agreement.Level;
import dev.appraise.core.agreement.RatingTable;
import dev.appraise.core.agreement.RatingTableAccumulator;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * appraise computing the benchmark coefficients: an encoded {@link RatingTable} and the point
 * estimate.
 */
public final class Appraise {

  /** The ordered categories {@code 1..5} of every benchmark, numeric for interval alpha. */
  public static final CategorySet<Integer> CATEGORIES = categories();

  private Appraise() {}

  private static CategorySet<Integer> categories() {
    List<Integer> values = new ArrayList<>();
    for (int code = 0; code < RatingData.CATEGORIES; code++) {
      values.add(RatingData.value(code));
    }
    return CategorySet.of(values);
  }

  /**
   * The raters' names {@code rater1 .. raterM}.
   *
   * @param raters the number of raters
   * @return the names
   */
  public static List<String> raters(int raters) {
    List<String> names = new ArrayList<>();
    for (int r = 1; r <= raters; r++) {
      names.add("rater" + r);
    }
    return names;
  }

  /**
   * The data as appraise's encoded table (one {@code short} per cell).
   *
   * @param data the data
   * @return the table
   */
  public static RatingTable<Integer> table(RatingData data) {
    RatingTableAccumulator<Integer> accumulator =
        RatingTableAccumulator.create(CATEGORIES, raters(data.raters()));
    List<@Nullable Integer> row = new ArrayList<>();
    for (int unit = 0; unit < data.units(); unit++) {
      row.clear();
      for (int rater = 0; rater < data.raters(); rater++) {
        int code = data.code(unit, rater);
        row.add(code == RatingData.MISSING ? null : RatingData.value(code));
      }
      accumulator.add(row);
    }
    return accumulator.snapshot();
  }

  /**
   * The options that compute exactly the benchmark's coefficient, point estimate only (as DKPro
   * does).
   *
   * @param benchmark the coefficient
   * @return the options
   */
  public static AgreementOptions options(BenchmarkCase benchmark) {
    AgreementOptions options =
        AgreementOptions.withDefaults()
            .withCoefficients(coefficient(benchmark))
            .withStandardErrors(false);
    switch (benchmark) {
      case ALPHA_ORDINAL:
        return options.withLevel(Level.ORDINAL);
      case ALPHA_INTERVAL:
        return options.withLevel(Level.INTERVAL);
      default:
        return options.withLevel(Level.NOMINAL);
    }
  }

  /**
   * appraise's coefficient of a benchmark.
   *
   * @param benchmark the benchmark
   * @return the coefficient
   */
  public static Coefficient coefficient(BenchmarkCase benchmark) {
    switch (benchmark) {
      case FLEISS_KAPPA:
        return Coefficient.FLEISS_KAPPA;
      case COHEN_KAPPA:
        return Coefficient.COHEN_KAPPA;
      default:
        return Coefficient.KRIPPENDORFF_ALPHA;
    }
  }

  /**
   * Computes a coefficient's point estimate.
   *
   * @param table the ratings
   * @param options the options of {@link #options(BenchmarkCase)}
   * @param coefficient the coefficient the options ask for
   * @return the value
   * @throws IllegalStateException if the coefficient is undefined for the data
   */
  public static double compute(
      RatingTable<Integer> table, AgreementOptions options, Coefficient coefficient) {
    return AgreementReport.of(table, options)
        .coefficient(coefficient)
        .orElseThrow()
        .value()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    coefficient.id() + " is undefined for the benchmark data"));
  }
}
