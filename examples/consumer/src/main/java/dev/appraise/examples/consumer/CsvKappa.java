package dev.appraise.examples.consumer;

import dev.appraise.core.agreement.AgreementOptions;
import dev.appraise.core.agreement.AgreementReport;
import dev.appraise.core.agreement.Coefficient;
import dev.appraise.core.agreement.Estimate;
import dev.appraise.core.agreement.RatingTable;
import dev.appraise.core.agreement.RatingTableCsv;
import dev.appraise.core.stats.ConfidenceInterval;
import java.nio.file.Path;
import java.util.Locale;

/** The README's five lines: a units x raters CSV read in one call, Fleiss' kappa printed with its interval. */
public final class CsvKappa {

  private CsvKappa() {}

  /**
   * Prints Fleiss' kappa of a CSV of ratings with its 95 % interval.
   *
   * @param args the CSV file (default: the quickstart's {@code ../data/reliability.csv})
   */
  public static void main(String[] args) {
    System.out.println(line(Path.of(args.length > 0 ? args[0] : "../data/reliability.csv")));
  }

  /**
   * The line the example prints.
   *
   * @param csv the CSV file: a unit id, then one column per rater, {@code NA} or an empty cell missing
   * @return {@code kappa 0.761 (95 % CI 0.424 to 1.000)} for the quickstart's data
   */
  static String line(Path csv) {
    RatingTable<String> ratings = RatingTableCsv.withDefaults().read(csv);
    Estimate kappa = AgreementReport.of(ratings, AgreementOptions.withDefaults())
        .coefficient(Coefficient.FLEISS_KAPPA).orElseThrow();
    ConfidenceInterval ci = kappa.intervalOrThrow();
    return String.format(Locale.ROOT, "kappa %.3f (95 %% CI %.3f to %.3f)", kappa.valueOrThrow(), ci.lower(),
        ci.upper());
  }
}
