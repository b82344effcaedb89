package dev.appraise.core.agreement;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    AgreementStatsAccumulator<C> acc =
        AgreementStatsAccumulator.create(table.categories(), table.raters());
    acc.addAll(table);
    return compute(new AgreementStats<>(acc, false), UnitData.of(table), options);
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
    Map<Coefficient, Point> points = new LinkedHashMap<>();
    for (Coefficient c : Coefficient.values()) {
      if (options.coefficients().contains(c) && c.estimator().appliesTo(x)) {
        points.put(c, c.estimator().estimate(x));
      }
    }
    Coefficient[] defined =
        points.entrySet().stream()
            .filter(e -> e.getValue().defined())
            .map(Map.Entry::getKey)
            .toArray(Coefficient[]::new);
    Resampling resampling = Resampling.of(units, options, weights, defined);
    List<Estimate> estimates = new ArrayList<>();
    for (Map.Entry<Coefficient, Point> entry : points.entrySet()) {
      Coefficient c = entry.getKey();
      Point p = entry.getValue();
      String reason = p.reason();
      if (reason != null) {
        estimates.add(Estimate.undefined(c, reason));
        continue;
      }
      Estimate.Builder b = Estimate.builder().coefficient(c).value(p.value());
      StandardError se = options.standardErrors() ? c.estimator().standardError(x, p, units) : null;
      if (se != null && Double.isFinite(se.value())) {
        b.standardError(se.value())
            .standardErrorMethod(se.method())
            .interval(se.waldInterval(p.value(), options.confidence(), c.lowerLimit()));
      }
      if (resampling != null) {
        ConfidenceInterval ci = resampling.interval(c, p.value());
        if (ci != null) {
          b.interval(ci);
          if (se == null) {
            b.standardError(resampling.standardError(c)).standardErrorMethod("bootstrap");
          }
        }
      }
      estimates.add(b.build());
    }
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
        .coefficients(estimates)
        .categorySpecificAgreement(SpecificAgreement.byCategory(x))
        .build();
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
