package dev.appraise.grade;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The absolute effect of an intervention on a binary outcome at one assumed comparator risk: the
 * corresponding risk with the intervention and the risk difference, each with the interval that the
 * relative effect's interval gives. All values are proportions, unrounded; {@link
 * SummaryOfFindingsWriter} rounds them for display as GRADE tables do.
 *
 * <p>With an assumed comparator risk {@code r} and a relative effect {@code x} (the estimate or a
 * bound), the risk with the intervention is (Cochrane Handbook version 5.1, sections 11.5.5 and
 * 12.5.4; Guyatt et al., GRADE guidelines 12, J Clin Epidemiol 2013;66:158-172; Skoetz et al.,
 * GRADE guidelines 27, J Clin Epidemiol 2020;118:124-131):
 *
 * <ul>
 *   <li>risk ratio ({@code RR}): {@code r x}, at most 1;
 *   <li>odds ratio ({@code OR}, also Peto's {@code PETO}): {@code x r / (1 - r + x r)};
 *   <li>hazard ratio ({@code HR}), the risk of the event by the time point {@code r} refers to,
 *       under proportional hazards: {@code 1 - (1 - r)^x};
 *   <li>risk difference ({@code RD}): {@code r + x}, kept within [0, 1].
 * </ul>
 *
 * The risk difference is the intervention risk less {@code r}, computed in a form that is exactly 0
 * at no effect ({@code r (x - 1)} for RR, {@code r (1 - r)(x - 1) / (1 + r (x - 1))} for OR, {@code
 * (1 - r)(1 - (1 - r)^(x - 1))} for HR). Each is increasing in {@code x} and in {@code r}, so the
 * bounds of the relative effect give the bounds of the absolute one.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAbsoluteEffect.class)
@JsonDeserialize(as = ImmutableAbsoluteEffect.class)
public abstract class AbsoluteEffect {

  /** How a relative measure acts on a risk. */
  private enum Scale {
    RISK_RATIO,
    ODDS_RATIO,
    HAZARD_RATIO,
    RISK_DIFFERENCE
  }

  AbsoluteEffect() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Computes the absolute effect of a relative one at an assumed comparator risk.
   *
   * @param relative the relative effect: {@code RR}, {@code OR}, {@code PETO}, {@code HR} or {@code
   *     RD}, with its interval on the reporting scale (ratios, not their logarithms)
   * @param risk the assumed risk with the comparator
   * @return the absolute effect
   * @throws IllegalArgumentException if the measure is none of these, naming it
   */
  public static AbsoluteEffect of(Effect relative, AssumedRisk risk) {
    Scale scale = scale(relative.measure());
    double r = risk.risk();
    return builder()
        .assumedRisk(risk)
        .measure(relative.measure())
        .interventionRisk(risk(scale, r, relative.estimate()))
        .interventionLower(risk(scale, r, relative.lower()))
        .interventionUpper(risk(scale, r, relative.upper()))
        .difference(difference(scale, r, relative.estimate()))
        .differenceLower(difference(scale, r, relative.lower()))
        .differenceUpper(difference(scale, r, relative.upper()))
        .build();
  }

  /**
   * Whether a measure has an absolute effect on a risk: {@code RR}, {@code OR}, {@code PETO},
   * {@code HR}, {@code RD}.
   *
   * @param measure the measure's name, case ignored
   * @return whether {@link #of} accepts it
   */
  public static boolean appliesTo(String measure) {
    return scaleOf(measure) != null;
  }

  /**
   * The relative effect that gives a risk difference at an assumed risk, the inverse of {@link
   * #of}: e.g. the risk ratio at which the intervention prevents 20 per 1000 of a risk of 100 per
   * 1000 is {@code (0.1 - 0.02) / 0.1 = 0.8}. Decision thresholds set on the absolute scale become
   * thresholds on the effect's own scale this way.
   *
   * @param measure {@code RR}, {@code OR}, {@code PETO}, {@code HR} or {@code RD}
   * @param risk the assumed risk
   * @param difference the risk difference, such that {@code risk + difference} lies strictly
   *     between 0 and 1
   * @return the relative effect on the reporting scale
   * @throws IllegalArgumentException if the measure has no absolute effect or the risk with the
   *     difference leaves (0, 1)
   */
  public static double relativeEffect(String measure, AssumedRisk risk, double difference) {
    Scale scale = scale(measure);
    double r = risk.risk();
    double p = r + difference;
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException(
          "risk difference "
              + difference
              + " at an assumed risk of "
              + r
              + " must leave the intervention risk strictly between 0 and 1, was "
              + p);
    }
    switch (scale) {
      case RISK_RATIO:
        return p / r;
      case ODDS_RATIO:
        return (p / (1 - p)) / (r / (1 - r));
      case HAZARD_RATIO:
        return Math.log1p(-p) / Math.log1p(-r);
      default:
        return difference;
    }
  }

  /** {@return the assumed risk with the comparator} */
  public abstract AssumedRisk assumedRisk();

  /** {@return the relative measure the absolute effect comes from, e.g. {@code "RR"}} */
  public abstract String measure();

  /** {@return the assumed risk with the comparator, the proportion of {@link #assumedRisk()}} */
  public double comparatorRisk() {
    return assumedRisk().risk();
  }

  /** {@return the corresponding risk with the intervention} */
  public abstract double interventionRisk();

  /**
   * {@return the lower bound of the risk with the intervention, from the relative effect's lower
   * bound}
   */
  public abstract double interventionLower();

  /**
   * {@return the upper bound of the risk with the intervention, from the relative effect's upper
   * bound}
   */
  public abstract double interventionUpper();

  /** {@return the risk difference, intervention less comparator: negative for fewer events} */
  public abstract double difference();

  /** {@return the lower bound of the risk difference} */
  public abstract double differenceLower();

  /** {@return the upper bound of the risk difference} */
  public abstract double differenceUpper();

  private static Scale scale(String measure) {
    Scale s = scaleOf(measure);
    if (s == null) {
      throw new IllegalArgumentException(
          "absolute effects need a risk ratio (RR), odds ratio (OR, PETO), hazard ratio"
              + " (HR) or risk difference (RD), was "
              + measure);
    }
    return s;
  }

  private static @org.jspecify.annotations.Nullable Scale scaleOf(String measure) {
    switch (measure.strip().toUpperCase(Locale.ROOT)) {
      case "RR":
        return Scale.RISK_RATIO;
      case "OR":
      case "PETO":
        return Scale.ODDS_RATIO;
      case "HR":
        return Scale.HAZARD_RATIO;
      case "RD":
        return Scale.RISK_DIFFERENCE;
      default:
        return null;
    }
  }

  private static double risk(Scale scale, double r, double x) {
    switch (scale) {
      case RISK_RATIO:
        return Math.min(1, r * x);
      case ODDS_RATIO:
        return x * r / (1 + r * (x - 1));
      case HAZARD_RATIO:
        return -Math.expm1(x * Math.log1p(-r));
      default:
        return Math.max(0, Math.min(1, r + x));
    }
  }

  private static double difference(Scale scale, double r, double x) {
    switch (scale) {
      case RISK_RATIO:
        return r * x > 1 ? 1 - r : r * (x - 1);
      case ODDS_RATIO:
        return r * (1 - r) * (x - 1) / (1 + r * (x - 1));
      case HAZARD_RATIO:
        return -(1 - r) * Math.expm1((x - 1) * Math.log1p(-r));
      default:
        return Math.max(0, Math.min(1, r + x)) - r;
    }
  }

  @Value.Check
  void check() {
    if (!(interventionLower() <= interventionRisk() && interventionRisk() <= interventionUpper())) {
      throw new IllegalArgumentException(
          "absolute effect intervention risk must lie within its bounds, was "
              + interventionRisk()
              + " in ["
              + interventionLower()
              + ", "
              + interventionUpper()
              + "]");
    }
    if (!(differenceLower() <= difference() && difference() <= differenceUpper())) {
      throw new IllegalArgumentException(
          "absolute effect difference must lie within its bounds, was "
              + difference()
              + " in ["
              + differenceLower()
              + ", "
              + differenceUpper()
              + "]");
    }
    if (!(interventionLower() >= 0 && interventionUpper() <= 1)) {
      throw new IllegalArgumentException(
          "absolute effect intervention risk must lie in [0, 1], was ["
              + interventionLower()
              + ", "
              + interventionUpper()
              + "]");
    }
  }

  /** Builds {@link AbsoluteEffect} values. */
  public static final class Builder extends ImmutableAbsoluteEffect.Builder {
    Builder() {}
  }
}
