package dev.appraise.grade;

import dev.appraise.core.stats.PooledEffect;
import dev.appraise.core.stats.StudyEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Proposes an inconsistency rating from I² and the directions of the study effects.
 *
 * <p>I² is read against the overlapping bands of the Cochrane Handbook (version 6.4, section
 * 10.10.2): 0 % to 40 % might not be important, 30 % to 60 % may represent moderate, 50 % to 90 %
 * substantial, and 75 % to 100 % considerable heterogeneity. GRADE rates down for inconsistency
 * when point estimates vary widely, intervals overlap little and I² is large (Guyatt et al., GRADE
 * guidelines 7, J Clin Epidemiol 2011;64:1294-1302); whether effects point in opposite directions
 * matters most. The rule, with its thresholds as parameters:
 *
 * <ul>
 *   <li>I² &ge; {@link #withConsiderable(double) 75 %}: -2 when study effects point in opposite
 *       directions, else -1;
 *   <li>I² &ge; {@link #withSubstantial(double) 50 %}: -1 when study effects point in opposite
 *       directions, else 0;
 *   <li>lower I²: 0;
 *   <li>no I²: -1 when study effects point in opposite directions, else 0;
 *   <li>a single study: 0, inconsistency cannot be judged.
 * </ul>
 *
 * <p>Directions count only study effects whose intervals exclude no effect, so that imprecise
 * studies around the null are not read as disagreement.
 *
 * <p><b>From a meta-analysis.</b> When the body of evidence holds its meta-analysis ({@link
 * EvidenceBody#pooled()}), the rule reads, besides I², where the studies and the predicted true
 * effects lie against a decision threshold (by default the null, as in GRADE's minimally
 * contextualised approach; Zeng et al., GRADE guidance 34, J Clin Epidemiol 2022;150:216-224):
 * whether the studies' point estimates lie on both sides of it, whether their confidence intervals
 * (at the analysis' level) all overlap, and whether the prediction interval crosses it. tau² enters
 * through the prediction interval; when the meta-analysis gives none, the interval is {@code
 * estimate ± z sqrt(SE² + tau²)}. Heterogeneity matters for a decision only when the true effects
 * may lie on both sides of the threshold (Guyatt et al., GRADE guidelines 7; Cochrane Handbook 6.4,
 * section 10.10.4 on prediction intervals):
 *
 * <ul>
 *   <li>every point estimate on one side of the threshold (or on it) and a prediction interval that
 *       does not cross it: 0, whatever I²;
 *   <li>otherwise, I² &ge; considerable: -2 when study intervals exclude the threshold in opposite
 *       directions, else -1;
 *   <li>otherwise, I² &ge; substantial: -1 when study intervals exclude the threshold in opposite
 *       directions or do not all overlap, else 0;
 *   <li>otherwise -1 when the point estimates lie on both sides of the threshold, the intervals do
 *       not all overlap and the prediction interval crosses the threshold, else 0.
 * </ul>
 *
 * Each condition can only add to the seriousness when heterogeneity grows: a larger tau²,
 * everything else fixed, never makes the suggestion less serious.
 */
public final class InconsistencyPolicy implements SuggestionPolicy {

  private static final String BASIS =
      "Cochrane Handbook 6.4, section 10.10.2; Guyatt et al., GRADE guidelines 7, J Clin Epidemiol 2011;64:1294-1302";

  private static final String POOLED_BASIS =
      "Cochrane Handbook 6.4, sections 10.10.2 and 10.10.4; Guyatt et al., GRADE guidelines 7, J Clin Epidemiol"
          + " 2011;64:1294-1302; Zeng et al., GRADE guidance 34, J Clin Epidemiol 2022;150:216-224";

  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  private final double substantial;
  private final double considerable;
  private final OptionalDouble threshold;

  private InconsistencyPolicy(double substantial, double considerable, OptionalDouble threshold) {
    if (!(substantial >= 0 && substantial <= considerable && considerable <= 100)) {
      throw new IllegalArgumentException(
          "inconsistency thresholds must satisfy 0 <= substantial <= considerable <= 100, was "
              + substantial
              + " and "
              + considerable);
    }
    if (threshold.isPresent() && !Double.isFinite(threshold.getAsDouble())) {
      throw new IllegalArgumentException(
          "inconsistency decision threshold must be finite, was " + threshold);
    }
    this.substantial = substantial;
    this.considerable = considerable;
    this.threshold = threshold;
  }

  /** {@return the policy with thresholds 50 % and 75 % and the null as the decision threshold} */
  public static InconsistencyPolicy withDefaults() {
    return new InconsistencyPolicy(50, 75, OptionalDouble.empty());
  }

  /**
   * Returns a copy with another threshold for substantial heterogeneity.
   *
   * @param percent the I² threshold in percent
   * @return the new policy
   */
  public InconsistencyPolicy withSubstantial(double percent) {
    return new InconsistencyPolicy(percent, considerable, threshold);
  }

  /**
   * Returns a copy with another threshold for considerable heterogeneity.
   *
   * @param percent the I² threshold in percent
   * @return the new policy
   */
  public InconsistencyPolicy withConsiderable(double percent) {
    return new InconsistencyPolicy(substantial, percent, threshold);
  }

  /**
   * Returns a copy that judges a meta-analysis against a decision threshold other than the null, on
   * the effect's reporting scale (a ratio for ratio measures, e.g. an RR of 0.8).
   *
   * @param value the threshold; positive for ratio measures
   * @return the new policy
   */
  public InconsistencyPolicy withThreshold(double value) {
    return new InconsistencyPolicy(substantial, considerable, OptionalDouble.of(value));
  }

  @Override
  public String name() {
    return "inconsistency (I\u00b2 bands, directions of effect, prediction interval)";
  }

  @Override
  public CertaintyDomain domain() {
    return CertaintyDomain.INCONSISTENCY;
  }

  @Override
  public Optional<Suggestion> suggest(EvidenceBody evidence) {
    if (evidence.studies() == 1) {
      return Optional.of(suggestion(0, "a single study: inconsistency cannot be judged"));
    }
    if (evidence.pooled().isPresent()) {
      return Optional.of(fromPooled(evidence.pooled().get()));
    }
    boolean opposite = oppositeDirections(evidence.studyEffects());
    if (evidence.iSquared().isEmpty() && evidence.studyEffects().size() < 2) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    int levels;
    if (evidence.iSquared().isPresent()) {
      double i2 = evidence.iSquared().getAsDouble();
      parts.add(String.format(Locale.ROOT, "I\u00b2 = %.0f %% (%s)", i2, bands(i2)));
      if (i2 >= considerable) {
        levels = opposite ? -2 : -1;
      } else if (i2 >= substantial) {
        levels = opposite ? -1 : 0;
      } else {
        levels = 0;
      }
    } else {
      levels = opposite ? -1 : 0;
    }
    parts.add(
        opposite
            ? "study effects point in opposite directions"
            : "study effects point the same way or are null");
    parts.add(levels == 0 ? "not serious" : levels == -1 ? "serious" : "very serious");
    return Optional.of(suggestion(levels, String.join("; ", parts)));
  }

  /**
   * Names the Cochrane Handbook bands an I² value falls in; the bands overlap, so a value may fall
   * in two.
   *
   * @param i2 I² in percent
   * @return e.g. {@code "may represent moderate heterogeneity, may represent substantial
   *     heterogeneity"}
   */
  public static String bands(double i2) {
    List<String> bands = new ArrayList<>();
    if (i2 <= 40) {
      bands.add("might not be important");
    }
    if (i2 >= 30 && i2 <= 60) {
      bands.add("may represent moderate heterogeneity");
    }
    if (i2 >= 50 && i2 <= 90) {
      bands.add("may represent substantial heterogeneity");
    }
    if (i2 >= 75) {
      bands.add("considerable heterogeneity");
    }
    return String.join(", ", bands);
  }

  private Suggestion fromPooled(PooledEffect p) {
    double t = 0;
    if (threshold.isPresent()) {
      double value = threshold.getAsDouble();
      if (p.ratio() && !(value > 0)) {
        throw new IllegalArgumentException(
            "inconsistency decision threshold for the ratio measure "
                + p.measure()
                + " must be > 0, was "
                + value);
      }
      t = p.ratio() ? Math.log(value) : value;
    }
    double z = NORMAL.inverseCumulativeProbability(0.5 + p.level() / 2);
    boolean below = false;
    boolean above = false;
    boolean excludesBelow = false;
    boolean excludesAbove = false;
    double highestLower = Double.NEGATIVE_INFINITY;
    double lowestUpper = Double.POSITIVE_INFINITY;
    for (StudyEstimate s : p.studies()) {
      double lower = s.estimate() - z * s.standardError();
      double upper = s.estimate() + z * s.standardError();
      below |= s.estimate() < t;
      above |= s.estimate() > t;
      excludesBelow |= upper < t;
      excludesAbove |= lower > t;
      highestLower = Math.max(highestLower, lower);
      lowestUpper = Math.min(lowestUpper, upper);
    }
    boolean bothSides = below && above;
    boolean opposite = excludesBelow && excludesAbove;
    boolean disjoint = highestLower > lowestUpper;
    double piLower;
    double piUpper;
    if (p.piLower().isPresent() && p.piUpper().isPresent()) {
      piLower = p.piLower().getAsDouble();
      piUpper = p.piUpper().getAsDouble();
    } else {
      double sd = Math.sqrt(p.standardError() * p.standardError() + p.tau2());
      piLower = p.estimate() - z * sd;
      piUpper = p.estimate() + z * sd;
    }
    boolean piCrosses = piLower < t && t < piUpper;
    double i2 = p.i2();
    int levels;
    if (!bothSides && !piCrosses) {
      levels = 0;
    } else if (i2 >= considerable) {
      levels = opposite ? -2 : -1;
    } else if (i2 >= substantial) {
      levels = opposite || disjoint ? -1 : 0;
    } else {
      levels = bothSides && disjoint && piCrosses ? -1 : 0;
    }
    String at = number(p.reported(t));
    List<String> parts = new ArrayList<>();
    parts.add(
        String.format(
            Locale.ROOT,
            "I\u00b2 = %.0f %% (%s), tau\u00b2 = %s, Q = %s on %d df (p %s)",
            i2,
            bands(i2),
            number(p.tau2()),
            number(p.q()),
            p.qDf(),
            pValue(p.qPValue())));
    parts.add(
        "study estimates "
            + (bothSides ? "lie on both sides of " : "lie on one side of ")
            + at
            + (disjoint
                ? " and their intervals do not all overlap"
                : " and their intervals all overlap"));
    if (opposite) {
      parts.add("study intervals exclude " + at + " in opposite directions");
    }
    parts.add(
        String.format(
                Locale.ROOT,
                "the %s%% prediction interval %s to %s %s %s",
                number(p.level() * 100),
                number(p.reported(piLower)),
                number(p.reported(piUpper)),
                piCrosses ? "crosses" : "does not cross",
                at)
            + (p.piLower().isPresent()
                ? ""
                : " (from the estimate, its standard error and tau\u00b2)"));
    parts.add(verdict(levels));
    return suggestion(levels, String.join("; ", parts), POOLED_BASIS);
  }

  private static String verdict(int levels) {
    return levels == 0 ? "not serious" : levels == -1 ? "serious" : "very serious";
  }

  private static String number(double x) {
    return new java.math.BigDecimal(x)
        .round(new java.math.MathContext(3))
        .stripTrailingZeros()
        .toPlainString();
  }

  private static String pValue(double p) {
    return p < 0.001 ? "< 0.001" : "= " + number(p);
  }

  private static boolean oppositeDirections(List<Effect> effects) {
    boolean above = false;
    boolean below = false;
    for (Effect e : effects) {
      if (e.lower() > e.nullValue()) {
        above = true;
      } else if (e.upper() < e.nullValue()) {
        below = true;
      }
    }
    return above && below;
  }

  private Suggestion suggestion(int levels, String rationale) {
    return suggestion(levels, rationale, BASIS);
  }

  private Suggestion suggestion(int levels, String rationale, String basis) {
    return Suggestion.builder()
        .rating(Rating.builder().domain(domain()).levels(levels).footnote(rationale).build())
        .policy(name())
        .basis(basis)
        .build();
  }
}
