package dev.appraise.core.agreement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Every agreement coefficient defined for an input, in one call: {@code AgreementReport.of(table,
 * options)}.
 *
 * <p>Which coefficients appear depends on the shape of the input: two raters give Cohen's kappa,
 * Scott's pi and (for binary categories) the prevalence and bias indices; three or more give
 * Conger's and Light's kappa; per-unit counts give only the coefficients that treat raters as
 * exchangeable; binary categories add specific positive and negative agreement; non-identity
 * weights add Gwet's AC2. A coefficient that applies to the shape but not to the values (kappa when
 * every rating is in one category) is listed as {@linkplain Estimate#undefined undefined} with the
 * reason.
 *
 * <p><b>Missing ratings</b>, coefficient by coefficient:
 *
 * <ul>
 *   <li>Cohen's kappa, Scott's pi, Light's kappa (per pair), prevalence and bias indices: units
 *       without both raters' ratings are dropped (complete-case);
 *   <li>percent agreement, Fleiss' kappa, Conger's kappa, Gwet's AC1/AC2, Brennan-Prediger: Gwet's
 *       (2014) formulas, observed agreement over units with two or more ratings, chance agreement
 *       from every unit with a rating (Conger: each rater's shares over the units that rater
 *       rated);
 *   <li>Krippendorff's alpha and specific agreement: units with fewer than two ratings are
 *       unpairable and ignored; every pairable value counts (coincidence matrix).
 * </ul>
 *
 * <p>{@link AgreementOptions#withMissingRatings} changes these rules to irrCAC's (Gwet's rule for
 * two raters too) or irr's (complete units only); each estimate names the rule it followed in
 * {@link Estimate#conventions()}.
 *
 * <p><b>Cost</b>: one pass over the encoded units, O(n m^2) for {@code n} units and {@code m}
 * raters (O(n m) when the units are grouped by their row of codes, see {@link Coefficient}), O(m^2
 * k^2) memory beyond the input; analytic standard errors add one or two passes; the bootstrap adds
 * one pass per replicate and BCa one jackknife sweep (each unit, or each distinct row of codes when
 * the units are grouped, removed and re-added once: at most O(n k^2)).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAgreementReport.class)
@JsonDeserialize(as = ImmutableAgreementReport.class)
public abstract class AgreementReport {

  AgreementReport() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of units with at least one rating} */
  public abstract long units();

  /** {@return the number of raters; 0 for per-unit counts} */
  public abstract int raters();

  /** {@return the categories, as text, in their order} */
  public abstract List<String> categories();

  /** {@return the level of Krippendorff's alpha (or the custom metric's name)} */
  public abstract String level();

  /** {@return the weights of the weighted coefficients: identity, linear, quadratic or custom} */
  public abstract String weights();

  /** {@return the confidence level of the intervals} */
  public abstract double confidence();

  /** {@return every coefficient defined for the input's shape, in {@link Coefficient} order} */
  public abstract List<Estimate> coefficients();

  /**
   * {@return the category-specific agreement of each category, {@code o_cc / n_c} from the
   * coincidence matrix: the share of pairable values in the category that are paired with the same
   * category (for two raters {@code 2 n_cc / (n_c. + n_.c)}); undefined for a category without
   * pairable values}
   */
  public abstract Map<String, Estimate> categorySpecificAgreement();

  /**
   * A coefficient by name.
   *
   * @param name the name, e.g. {@code "cohen_kappa"}
   * @return the estimate, empty if it is not defined for the input's shape
   */
  public Optional<Estimate> coefficient(String name) {
    return coefficients().stream().filter(e -> e.coefficient().id().equals(name)).findFirst();
  }

  /**
   * A coefficient.
   *
   * @param coefficient the coefficient
   * @return the estimate, empty if it is not defined for the input's shape
   */
  public Optional<Estimate> coefficient(Coefficient coefficient) {
    return coefficients().stream().filter(e -> e.coefficient() == coefficient).findFirst();
  }

  /**
   * The report for a units x raters table.
   *
   * @param table the ratings
   * @param options what to compute
   * @param <C> the category type
   * @return the report
   * @throws IllegalArgumentException if custom weights do not match the number of categories
   */
  public static <C> AgreementReport of(RatingTable<C> table, AgreementOptions options) {
    // the raters' pairwise tables cost O(m^2) a unit; past two raters only Light's kappa reads
    // them, in order, up to the first pair whose Cohen's kappa is undefined: in a sparse table
    // they are counted rater by rater as they are read, unless column by column is cheaper
    int m = table.raters().size();
    boolean light = m > 2 && options.coefficients().contains(Coefficient.LIGHT_KAPPA);
    boolean pairs = m == 2 || light;
    boolean asRead =
        light
            && table.isSparse()
            && (long) m * (m - 1) / 2 * table.categories().size() * table.categories().size()
                <= AgreementStatsAccumulator.MAX_PAIR_CELLS
            && !RaterColumns.cheaper(table);
    AgreementStatsAccumulator<C> acc =
        new AgreementStatsAccumulator<>(
            table.categories(), List.copyOf(table.raters()), pairs && !asRead);
    acc.addAll(table);
    AgreementStats<C> stats =
        asRead ? new AgreementStats<>(acc, RaterRows.of(table)) : new AgreementStats<>(acc, false);
    return compute(stats, UnitData.of(table, pairs), options);
  }

  /**
   * The report for a two-rater contingency table (bootstrap and Gwet's variances expand it to its
   * units).
   *
   * @param table the contingency table
   * @param options what to compute
   * @param <C> the category type
   * @return the report
   */
  public static <C> AgreementReport of(ContingencyTable<C> table, AgreementOptions options) {
    return of(table.toRatingTable(List.of("rater1", "rater2")), options);
  }

  /**
   * The report for per-unit category counts.
   *
   * @param counts the counts
   * @param options what to compute
   * @param <C> the category type
   * @return the report
   */
  public static <C> AgreementReport of(CategoryCounts<C> counts, AgreementOptions options) {
    AgreementStatsAccumulator<C> acc = AgreementStatsAccumulator.forCounts(counts.categories());
    UnitData data = UnitData.of(counts);
    for (int u = 0; u < counts.units(); u++) {
      data.addTo(acc, u, 1);
    }
    return compute(new AgreementStats<>(acc, false), data, options);
  }

  /**
   * The report from streamed statistics: point estimates of every coefficient, and the standard
   * errors that depend on the margins only (Fleiss-Cohen-Everitt for Cohen's kappa; Fleiss 1971 and
   * the null-hypothesis variance for Fleiss' kappa when chosen). Gwet's variances and the bootstrap
   * need the units: use a table.
   *
   * @param stats the statistics
   * @param options what to compute; a bootstrap request is ignored
   * @param <C> the category type
   * @return the report
   */
  public static <C> AgreementReport of(AgreementStats<C> stats, AgreementOptions options) {
    return compute(stats, null, options);
  }

  private static AgreementReport compute(
      AgreementStats<?> stats, @Nullable UnitData units, AgreementOptions options) {
    double[] weights = options.weights().flat(stats.categories());
    Context x = Context.of(stats, options, weights);
    checkPositive(stats.categories(), options);
    Context complete = x;
    UnitData completeUnits = units;
    if (options.missingRatings() == AgreementOptions.MissingRatings.COMPLETE_UNITS) {
      if (units == null) {
        throw new IllegalArgumentException(
            "complete units only (MissingRatings.COMPLETE_UNITS) needs the units: report from a table, not statistics");
      }
      UnitData subset = units.completeUnits();
      if (subset != null) {
        completeUnits = subset;
        complete = Context.of(subset.stats(), options, weights);
      }
    }
    List<Coefficient> onAll = new ArrayList<>();
    List<Coefficient> onComplete = new ArrayList<>();
    for (Coefficient c : Coefficient.values()) {
      if (options.coefficients().contains(c) && c.estimator().appliesTo(x)) {
        (listwise(c, options) ? onComplete : onAll).add(c);
      }
    }
    Map<Coefficient, Estimate> byCoefficient = new EnumMap<>(Coefficient.class);
    estimate(x, units, onAll, byCoefficient);
    estimate(complete, completeUnits, onComplete, byCoefficient);
    List<String> labels = new ArrayList<>();
    for (Object c : stats.categories().categories()) {
      labels.add(String.valueOf(c));
    }
    return builder()
        .units(stats.units())
        .raters(stats.raterCount())
        .categories(labels)
        .level(options.levelName())
        .weights(options.weights().name())
        .confidence(options.confidence())
        .coefficients(byCoefficient.values())
        .categorySpecificAgreement(SpecificAgreement.byCategory(x))
        .build();
  }

  /**
   * Whether a coefficient reads only the complete units: under listwise deletion, all but the
   * pairable-value ones.
   */
  private static boolean listwise(Coefficient c, AgreementOptions options) {
    return options.missingRatings() == AgreementOptions.MissingRatings.COMPLETE_UNITS
        && !pairableValues(c);
  }

  private static boolean pairableValues(Coefficient c) {
    return c.estimator() instanceof Krippendorff || c.estimator() instanceof SpecificAgreement;
  }

  private static void checkPositive(CategorySet<?> categories, AgreementOptions options) {
    String positive = options.positiveCategory().orElse(null);
    if (positive == null) {
      return;
    }
    if (categories.size() != 2) {
      throw new IllegalArgumentException(
          "a positive category needs two categories, there are "
              + categories.size()
              + ": "
              + categories);
    }
    if (!String.valueOf(categories.get(0)).equals(positive)
        && !String.valueOf(categories.get(1)).equals(positive)) {
      throw new IllegalArgumentException(
          "positive category '" + positive + "' is not one of the categories " + categories);
    }
  }

  /**
   * Estimates the coefficients on one view of the input (every unit, or the complete ones), with
   * their intervals.
   */
  private static void estimate(
      Context x,
      @Nullable UnitData units,
      List<Coefficient> coefficients,
      Map<Coefficient, Estimate> out) {
    if (coefficients.isEmpty()) {
      return;
    }
    AgreementOptions options = x.options();
    Map<Coefficient, Point> points = new LinkedHashMap<>();
    for (Coefficient c : coefficients) {
      points.put(c, c.estimator().estimate(x));
    }
    Coefficient[] defined =
        points.entrySet().stream()
            .filter(e -> e.getValue().defined())
            .map(Map.Entry::getKey)
            .toArray(Coefficient[]::new);
    Resampling resampling = Resampling.of(units, options, x.weights(), defined);
    for (Map.Entry<Coefficient, Point> entry : points.entrySet()) {
      Coefficient c = entry.getKey();
      Point p = entry.getValue();
      String reason = p.reason();
      if (reason != null) {
        out.put(
            c,
            Estimate.builder()
                .coefficient(c)
                .undefinedReason(reason)
                .conventions(conventions(x, c, null))
                .build());
        continue;
      }
      Estimate.Builder b = Estimate.builder().coefficient(c).value(p.value());
      StandardError se = options.standardErrors() ? c.estimator().standardError(x, p, units) : null;
      if (se != null && Double.isFinite(se.value())) {
        se = se.under(options);
        // a variance that is 0 in exact arithmetic rounds to about 1e-16, whose square root is
        // about 1e-8
        if (se.value() > ZERO_ERROR) {
          b.standardError(se.value())
              .standardErrorMethod(se.method())
              .interval(
                  se.waldInterval(
                      p.value(),
                      options.confidence(),
                      options.lowerBoundClipped() ? c.lowerLimit() : Double.NEGATIVE_INFINITY));
          long small = AgreementOptions.smallSampleUnits(x.k());
          if (resampling == null && se.units() < small) {
            b.intervalNote(
                String.format(
                    Locale.ROOT,
                    "%d units, fewer than %d (2 q^2 with q = %d%s, Cicchetti and"
                        + " Fleiss 1977): the large-sample interval can be far too narrow; %s",
                    (long) se.units(),
                    small,
                    Math.max(3, x.k()),
                    x.k() < 3 ? " at the least" : " categories",
                    exactApplies(x, c)
                        ? "the exact conditional interval is recommended"
                            + " (AgreementOptions.withSmallSampleInterval)"
                        : "the bootstrap BCa interval is recommended (AgreementOptions.withBootstrap)"));
          }
        } else {
          boolean exactHelps =
              exactApplies(x, c) && se.units() < AgreementOptions.smallSampleUnits(x.k());
          b.intervalNote(
              zeroError(p, se.units())
                  + (exactHelps
                      ? "; the exact conditional interval stays"
                          + " informative (AgreementOptions.withSmallSampleInterval)"
                      : ""));
        }
      } else {
        se = null;
      }
      ConfidenceInterval exact = exactConditional(x, c, p);
      if (exact != null) {
        b.interval(exact).intervalNote(Optional.empty());
      } else if (resampling != null) {
        ConfidenceInterval ci = resampling.interval(c, p.value());
        // replicates that differ only by rounding (sums taken in another order) are all one value
        if (ci != null && ci.upper() - ci.lower() > 1e-12 * Math.max(1, Math.abs(p.value()))) {
          b.interval(ci).intervalNote(Optional.empty());
          if (se == null) {
            b.standardError(resampling.standardError(c)).standardErrorMethod("bootstrap");
          }
        } else if (ci != null) {
          b.interval(Optional.empty())
              .intervalNote(
                  String.format(
                      Locale.ROOT,
                      "every bootstrap replicate is %.4f:"
                          + " resampling the %d units cannot show the uncertainty of the estimate%s",
                      p.value(),
                      x.stats().units(),
                      p.value() >= 1 - 1e-12 ? " (perfect agreement)" : ""));
        }
      }
      if (c == Coefficient.SPECIFIC_POSITIVE_AGREEMENT
          || c == Coefficient.SPECIFIC_NEGATIVE_AGREEMENT
          || c == Coefficient.PREVALENCE_INDEX
          || c == Coefficient.BIAS_INDEX) {
        b.positiveCategory(
            String.valueOf(x.stats().categories().get(SpecificAgreement.positive(x))));
      }
      out.put(c, b.conventions(conventions(x, c, se)).build());
    }
  }

  /**
   * Whether the exact conditional interval fits a coefficient: two raters, unweighted, {@code p_o =
   * a / n}.
   */
  private static boolean exactApplies(Context x, Coefficient c) {
    Estimator e = c.estimator();
    boolean share =
        e instanceof GwetFamily
            || e == KappaFamily.COHEN
            || e == KappaFamily.SCOTT
            || e == KappaFamily.FLEISS
            || e == KappaFamily.CONGER;
    return share && x.m() == 2 && (!c.usesWeights() || x.options().weights().isIdentity());
  }

  /**
   * The exact conditional interval ({@link AgreementOptions.SmallSampleInterval#EXACT_CONDITIONAL})
   * where it is asked for and applies to a sample below {@link
   * AgreementOptions#smallSampleUnits(int)}: the Clopper-Pearson interval of {@code p_o = a / n}
   * over the {@code n} units both raters rated, mapped through {@code (p_o - p_e)/(1 - p_e)}.
   */
  private static @Nullable ConfidenceInterval exactConditional(Context x, Coefficient c, Point p) {
    AgreementOptions o = x.options();
    long n = x.stats().pairableUnits();
    if (o.smallSampleInterval() != AgreementOptions.SmallSampleInterval.EXACT_CONDITIONAL
        || !exactApplies(x, c)
        || n < 1
        || n >= AgreementOptions.smallSampleUnits(x.k())
        || !(p.pe() < 1)) {
      return null;
    }
    long agreed = Math.round(p.pa() * n);
    double alpha = 1 - o.confidence();
    double lo =
        agreed == 0
            ? 0
            : new BetaDistribution(null, agreed, n - agreed + 1)
                .inverseCumulativeProbability(alpha / 2);
    double hi =
        agreed == n
            ? 1
            : new BetaDistribution(null, agreed + 1, n - agreed)
                .inverseCumulativeProbability(1 - alpha / 2);
    double pe = p.pe();
    double lower = (lo - pe) / (1 - pe);
    if (o.lowerBoundClipped()) {
      lower = Math.max(Math.min(c.lowerLimit(), p.value()), lower);
    }
    double upper = Math.min(1, (hi - pe) / (1 - pe));
    return ConfidenceInterval.of(
        Math.min(lower, p.value()),
        Math.max(upper, p.value()),
        o.confidence(),
        "exact-conditional");
  }

  /**
   * The largest standard error taken for 0: the square root of a variance that is 0 up to rounding.
   */
  private static final double ZERO_ERROR = 1e-7;

  /** Why a standard error of 0 gives no interval. */
  private static String zeroError(Point p, double units) {
    if (p.value() >= 1 - 1e-12) {
      return String.format(
          Locale.ROOT,
          "perfect agreement on %d units: the standard error is 0 and an interval of"
              + " [1, 1] would say nothing about the uncertainty of %d units (resampling them cannot either)",
          (long) units,
          (long) units);
    }
    return "the standard error is 0 (the units give the formula nothing to vary, for example a rater who put every"
        + " unit in one category): a zero-width interval would say nothing about the uncertainty";
  }

  /** The conventions an estimate followed, as {@link Estimate#conventions()} lists them. */
  private static Map<String, String> conventions(
      Context x, Coefficient c, @Nullable StandardError se) {
    AgreementOptions o = x.options();
    Map<String, String> out = new LinkedHashMap<>();
    Estimator e = c.estimator();
    String missing;
    if (listwise(c, o)) {
      missing = "complete-units";
    } else if (pairableValues(c)) {
      missing = "pairable-values";
    } else if (e == KappaFamily.LIGHT) {
      missing = "complete-case-per-pair";
    } else if (e == KappaFamily.PREVALENCE_INDEX
        || e == KappaFamily.BIAS_INDEX
        || ((e == KappaFamily.COHEN || e == KappaFamily.SCOTT) && !KappaFamily.gwetRule(x))) {
      missing = "complete-case";
    } else {
      missing = "gwet-2014";
    }
    out.put("missing_ratings", missing);
    boolean identity = o.weights().isIdentity();
    if (c.usesWeights() || (c.usesLevel() && o.alphaFromWeights())) {
      out.put("weights", o.weights().name());
    } else if (!identity && c.usesLevel()) {
      out.put(
          "weights",
          "ignored: alpha takes the "
              + o.levelName()
              + " level's differences"
              + " (AgreementOptions.withWeightedAlpha for the weighted alpha of irrCAC)");
    } else if (!identity) {
      out.put(
          "weights",
          c == Coefficient.GWET_AC1
              ? "ignored: AC1 is unweighted; gwet_ac2 carries the "
                  + o.weights().name()
                  + " weights"
              : "ignored: the coefficient has no weighted form here");
    }
    if (se != null) {
      out.put("variance_divisor", se.dividesByN() ? "n" : "n-1");
      if (o.population() > 0 && se.method().equals(GwetVariance.METHOD)) {
        out.put(
            "population",
            c.usesLevel() && o.alphaPopulation() == AgreementOptions.AlphaPopulation.PAIRABLE_UNITS
                ? "pairable-units"
                : "rated-units");
      }
    }
    return out;
  }

  @Value.Check
  void check() {
    if (units() < 0) {
      throw new IllegalArgumentException("agreement report units must be >= 0, was " + units());
    }
    if (raters() < 0) {
      throw new IllegalArgumentException("agreement report raters must be >= 0, was " + raters());
    }
    ConfidenceInterval.checkLevel(confidence());
  }

  /** Builds {@link AgreementReport} values. */
  public static final class Builder extends ImmutableAgreementReport.Builder {
    Builder() {}
  }
}
