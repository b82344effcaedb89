package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.agreement.AgreementOptions.Conventions;
import dev.appraise.core.agreement.icc.IccResult;
import dev.appraise.core.agreement.icc.IccType;
import dev.appraise.core.agreement.icc.IntraclassCorrelation;
import dev.appraise.core.stats.ConfidenceInterval;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every value irrCAC 1.0, irr 0.84.1 and psych 2.2.9 give for 32 rating tables ({@code
 * src/test/resources/agreement/r-comparison}, written by {@code src/test/scripts/r_comparison.R}),
 * computed here with this library's public API twice: under the default options, and under the
 * options that name the package's conventions ({@link Conventions#IRRCAC}, {@link Conventions#IRR},
 * and what the table below adds). The second must reproduce every value to 1e-6 but those whose
 * convention the library has no option for; the counts of both are printed.
 *
 * <p>How each R function maps, which is what a user needs to know:
 *
 * <ul>
 *   <li>irrCAC {@code *.raw}: {@code pa.coeff.raw} percent agreement, {@code gwet.ac1.raw} AC1
 *       unweighted and AC2 with weights, {@code fleiss.kappa.raw} Fleiss' kappa (on two raters:
 *       Scott's pi under Gwet's rule), {@code conger.kappa.raw} Conger's kappa (on two raters:
 *       Cohen's kappa under Gwet's rule), {@code bp.coeff.raw} Brennan-Prediger, {@code
 *       krippen.alpha.raw} alpha (weighted alpha with weights); {@code N} is {@link
 *       AgreementOptions#withPopulation}: {@link Conventions#IRRCAC};
 *   <li>irrCAC {@code *.table}, on the two raters' contingency table with the categories at their
 *       positions: {@link Conventions#IRRCAC} and {@link AgreementOptions.VarianceDivisor#N};
 *   <li>irr: {@link Conventions#IRR}; {@code kappa2} with {@code equal}/{@code squared} weights
 *       places the categories at their positions among those left after {@code na.omit}; {@code
 *       kappam.fleiss(exact = TRUE)} is Conger's kappa; {@code kripp.alpha} is alpha at its level;
 *       {@code icc} the intraclass correlations;
 *   <li>psych: the defaults; {@code cohen.kappa}'s weights are quadratic on the positions of the
 *       categories found in the two columns; {@code ICC(lmer = FALSE)} the intraclass correlations.
 *       {@code ICC} with its default {@code lmer = TRUE} estimates the variance components by REML
 *       from every rating, which no option here reproduces on tables with missing ratings.
 * </ul>
 *
 * <p>The values no option reproduces, counted apart: "design", a standard error of 0, whose
 * zero-width interval this library reports as not informative ({@link Estimate#intervalNote()});
 * "defect", values the package gets wrong, each shown in R: psych's {@code cohen.kappa} weighted
 * variance adds {@code rowSums(w * rs)}, {@code p_j. sum_l w_jl}, where the Fleiss-Cohen-Everitt
 * variance has {@code sum_i p_i. w_ij} (with that one term corrected psych gives this library's
 * standard error, set03: 0.0544 against 0.0669), and irr's {@code kripp.alpha} does not divide the
 * coincidences by {@code m_u - 1} when no value is missing (one added unit without ratings, which
 * changes nothing, gives this library's alpha, set07: 0.2054 against 0.2143); "none", psych's REML
 * {@code ICC}: on set31 (missing ratings), set27 (a negative rater variance truncated at 0) and
 * where its optimiser stops about 1e-6 from the ANOVA estimate (set29, set30).
 */
class RPackagesComparisonTest {

  private static final double TOLERANCE = 1e-6;

  /** One value an R package gave. */
  record Reference(
      String set,
      String pkg,
      String function,
      String weights,
      String population,
      String method,
      String quantity,
      double value) {

    boolean weighted() {
      return !weights.isEmpty() && !weights.equals("unweighted");
    }
  }

  private final Map<String, RatingTable<String>> tables = new HashMap<>();
  private final Map<String, AgreementReport> reports = new HashMap<>();

  @Test
  void everyValueOfIrrCacIrrAndPsychIsReproducedUnderItsConventions() {
    List<Reference> references = references();
    Map<String, Double> standardErrors = new HashMap<>();
    for (Reference r : references) {
      if (r.quantity().equals("standard_error")) {
        standardErrors.put(call(r), r.value());
      }
    }
    // compared, equal under the defaults, equal under the conventions, by design, a defect of the
    // package, no option
    Map<String, int[]> counts = new TreeMap<>();
    List<String> unexplained = new ArrayList<>();
    for (Reference r : references) {
      int[] c =
          counts.computeIfAbsent(
              r.pkg() + " " + r.function() + ": " + convention(r), g -> new int[6]);
      c[0]++;
      if (matches(value(r, false), r.value())) {
        c[1]++;
      }
      OptionalDouble ours = value(r, true);
      if (matches(ours, r.value())) {
        c[2]++;
      } else if (ours.isEmpty()
          && !r.quantity().equals("estimate")
          && Objects.equals(standardErrors.get(call(r)), 0.0)) {
        c[3]++;
      } else if (defect(r)) {
        c[4]++;
      } else if (r.function().equals("ICC")) {
        c[5]++;
      } else {
        unexplained.add(r + " -> " + ours);
      }
    }
    int[] total = new int[6];
    String row = "%-62s %8d %8d %11d %6d %6d %6d%n";
    StringBuilder table =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                row.replace('d', 's'),
                "package function: conventions",
                "compared",
                "defaults",
                "conventions",
                "design",
                "defect",
                "none"));
    counts.forEach(
        (group, c) -> {
          table.append(String.format(Locale.ROOT, row, group, c[0], c[1], c[2], c[3], c[4], c[5]));
          for (int i = 0; i < 6; i++) {
            total[i] += c[i];
          }
        });
    table.append(
        String.format(
            Locale.ROOT, row, "all", total[0], total[1], total[2], total[3], total[4], total[5]));
    System.out.print(table);
    assertThat(unexplained).as(table.toString()).isEmpty();
    assertThat(total).as(table.toString()).containsExactly(1923, 1394, 1878, 0, 27, 18);
  }

  /** The reference's call without the quantity: the values of one R call. */
  private static String call(Reference r) {
    return String.join(
        "|", r.set(), r.pkg(), r.function(), r.weights(), r.population(), r.method());
  }

  /**
   * The values a package gets wrong, shown by computing them another way in R (see the class
   * comment): psych's weighted kappa variance, and irr's alpha on complete tables of three or more
   * raters.
   */
  private boolean defect(Reference r) {
    if (r.function().equals("cohen.kappa") && r.weighted() && !r.quantity().equals("estimate")) {
      return true;
    }
    if (r.function().equals("kripp.alpha")) {
      RatingTable<String> table = table(r.set());
      boolean complete = true;
      for (int u = 0; u < table.units(); u++) {
        for (int g = 0; g < table.raters().size(); g++) {
          complete &= table.code(u, g) >= 0;
        }
      }
      return complete && table.raters().size() >= 3;
    }
    return false;
  }

  /** The options that reproduce a package's values, as the counts name them. */
  private static String convention(Reference r) {
    if (r.function().endsWith(".table")) {
      return "IRRCAC + VarianceDivisor.N, positions";
    }
    if (r.function().contains("ICC")) {
      return "IntraclassCorrelation defaults";
    }
    if (r.function().equals("icc")) {
      return "IntraclassCorrelation, AverageIntervalRho.ICC2K";
    }
    switch (r.pkg()) {
      case "irrCAC":
        return "IRRCAC";
      case "irr":
        return r.function().equals("kripp.alpha")
            ? "defaults"
            : "IRR" + (r.weighted() ? ", positions" : "");
      default:
        return "defaults" + (r.weighted() ? ", positions" : "");
    }
  }

  private static boolean matches(OptionalDouble ours, double reference) {
    return ours.isPresent() && Math.abs(ours.getAsDouble() - reference) <= TOLERANCE;
  }

  /** Our value for a reference, under the default options or under the package's conventions. */
  private OptionalDouble value(Reference r, boolean conventions) {
    if (r.function().equals("icc") || r.function().startsWith("ICC")) {
      return icc(r, conventions);
    }
    RatingTable<String> table = table(r.set());
    int m = table.raters().size();
    Weights weights = r.weighted() ? Weights.of(r.weights()) : Weights.identity();
    AgreementOptions options = AgreementOptions.withDefaults().withWeights(weights);
    if (!r.population().equals("Inf")) {
      options = options.withPopulation(Long.parseLong(r.population()));
    }
    Coefficient coefficient;
    String input = "table";
    switch (r.function()) {
      case "pa.coeff.raw", "pa2.table", "agree" -> coefficient = Coefficient.PERCENT_AGREEMENT;
      case "gwet.ac1.raw", "gwet.ac1.table" ->
          coefficient = r.weighted() ? Coefficient.GWET_AC2 : Coefficient.GWET_AC1;
      case "fleiss.kappa.raw", "kappam.fleiss" -> coefficient = Coefficient.FLEISS_KAPPA;
      case "conger.kappa.raw", "kappam.fleiss(exact=TRUE)" ->
          coefficient = Coefficient.CONGER_KAPPA;
      case "bp.coeff.raw", "bp2.table" -> coefficient = Coefficient.BRENNAN_PREDIGER;
      case "krippen.alpha.raw", "kripp.alpha" -> coefficient = Coefficient.KRIPPENDORFF_ALPHA;
      case "kappa2.table", "kappa2", "cohen.kappa" -> coefficient = Coefficient.COHEN_KAPPA;
      case "scott2.table" -> coefficient = Coefficient.SCOTT_PI;
      case "kappam.light" -> coefficient = Coefficient.LIGHT_KAPPA;
      default -> throw new AssertionError("no mapping for " + r);
    }
    if (r.function().equals("kripp.alpha")) {
      options = options.withLevel(Level.of(r.method()));
    }
    if (r.function().endsWith(".table")) {
      input = "contingency";
    } else if (r.function().equals("kappa2") && r.weighted()) {
      input = "complete-positions";
    } else if (r.function().equals("cohen.kappa") && r.weighted()) {
      input = "positions";
    }
    if (conventions) {
      if (r.pkg().equals("irrCAC")) {
        options = options.withConventions(Conventions.IRRCAC);
        if (r.function().endsWith(".table")) {
          options = options.withVarianceDivisor(AgreementOptions.VarianceDivisor.N);
        }
      } else if (r.pkg().equals("irr") && !r.function().equals("kripp.alpha")) {
        options = options.withConventions(Conventions.IRR).withCongerForTwoRaters(m == 2);
      }
    }
    Optional<Estimate> estimate = report(r.set(), input, options).coefficient(coefficient);
    if (estimate.isEmpty() || !estimate.get().isDefined()) {
      return OptionalDouble.empty();
    }
    Estimate e = estimate.get();
    return switch (r.quantity()) {
      case "estimate" -> OptionalDouble.of(e.valueOrThrow());
      case "standard_error" -> e.standardError();
      case "ci_lower" ->
          e.interval().map(ci -> OptionalDouble.of(ci.lower())).orElse(OptionalDouble.empty());
      case "ci_upper" ->
          e.interval().map(ci -> OptionalDouble.of(ci.upper())).orElse(OptionalDouble.empty());
      default -> throw new AssertionError(r.quantity());
    };
  }

  private OptionalDouble icc(Reference r, boolean conventions) {
    RatingTable<String> table = table(r.set());
    double[][] ratings = new double[table.units()][table.raters().size()];
    for (int u = 0; u < table.units(); u++) {
      for (int g = 0; g < table.raters().size(); g++) {
        ratings[u][g] = table.rating(u, g).map(Double::parseDouble).orElse(Double.NaN);
      }
    }
    IntraclassCorrelation icc = IntraclassCorrelation.withDefaults();
    if (conventions && r.pkg().equals("irr")) {
      icc = icc.withAverageIntervalRho(IntraclassCorrelation.AverageIntervalRho.ICC2K);
    }
    IccResult result = icc.compute(ratings);
    IccType type = null;
    for (IccType t : IccType.values()) {
      if (t.id().equals(r.method())) {
        type = t;
      }
    }
    Estimate e = result.estimate(Objects.requireNonNull(type, r.method()));
    Optional<ConfidenceInterval> ci = e.interval();
    return switch (r.quantity()) {
      case "estimate" -> e.value();
      case "ci_lower" ->
          ci.isPresent() ? OptionalDouble.of(ci.get().lower()) : OptionalDouble.empty();
      case "ci_upper" ->
          ci.isPresent() ? OptionalDouble.of(ci.get().upper()) : OptionalDouble.empty();
      default -> throw new AssertionError(r.quantity());
    };
  }

  /**
   * The report of a set as one input: the table as read ({@code table}), its two raters'
   * contingency table with the categories at their positions ({@code contingency}), the table with
   * the categories at their positions ({@code positions}), or its complete units with the
   * categories they use at their positions ({@code complete-positions}).
   */
  private AgreementReport report(String set, String input, AgreementOptions options) {
    String key = set + "|" + input + "|" + describe(options);
    AgreementReport cached = reports.get(key);
    if (cached != null) {
      return cached;
    }
    RatingTable<String> table = table(set);
    AgreementReport report =
        switch (input) {
          case "table" -> AgreementReport.of(table, options);
          case "contingency" -> {
            ContingencyTable<String> confusion = table.confusionMatrix(0, 1);
            long[][] counts =
                new long[confusion.categories().size()][confusion.categories().size()];
            for (int i = 0; i < counts.length; i++) {
              for (int j = 0; j < counts.length; j++) {
                counts[i][j] = confusion.count(i, j);
              }
            }
            yield AgreementReport.of(
                ContingencyTable.of(CategorySet.of(table.categories().categories()), counts),
                options);
          }
          case "positions" -> AgreementReport.of(relabelled(table, false), options);
          case "complete-positions" -> AgreementReport.of(relabelled(table, true), options);
          default -> throw new AssertionError(input);
        };
    reports.put(key, report);
    return report;
  }

  /**
   * The table with its categories as plain labels (weights on positions), optionally only its
   * complete units.
   */
  private static RatingTable<String> relabelled(RatingTable<String> table, boolean completeOnly) {
    List<List<String>> rows = new ArrayList<>();
    LinkedHashSet<String> used = new LinkedHashSet<>();
    for (int u = 0; u < table.units(); u++) {
      List<String> row = new ArrayList<>();
      for (int g = 0; g < table.raters().size(); g++) {
        row.add(table.rating(u, g).orElse(null));
      }
      if (!completeOnly || !row.contains(null)) {
        rows.add(row);
      }
    }
    for (String c : table.categories().categories()) {
      for (List<String> row : rows) {
        if (row.contains(c)) {
          used.add(c);
          break;
        }
      }
    }
    return RatingTable.of(CategorySet.of(List.copyOf(used)), table.raters(), rows);
  }

  private static String describe(AgreementOptions o) {
    return String.join(
        ",",
        o.weights().name(),
        o.levelName(),
        String.valueOf(o.population()),
        o.intervalDistribution().name(),
        o.varianceDivisor().name(),
        o.missingRatings().name(),
        o.alphaPopulation().name(),
        String.valueOf(o.congerForTwoRaters()),
        o.fleissVariance().name());
  }

  private RatingTable<String> table(String set) {
    return tables.computeIfAbsent(
        set, s -> RatingTableCsv.withDefaults().read(resource(s + ".csv")));
  }

  private static Path resource(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(
                  RPackagesComparisonTest.class.getResource("/agreement/r-comparison/" + name),
                  name)
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Reference> references() {
    List<Reference> out = new ArrayList<>();
    try {
      List<String> lines = Files.readAllLines(resource("reference.csv"), StandardCharsets.UTF_8);
      for (String line : lines.subList(3, lines.size())) {
        String[] f = line.split(",", -1);
        out.add(new Reference(f[0], f[1], f[2], f[3], f[4], f[5], f[6], Double.parseDouble(f[7])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
