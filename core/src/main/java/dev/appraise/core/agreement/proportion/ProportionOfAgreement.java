package dev.appraise.core.agreement.proportion;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.agreement.Coefficient;
import dev.appraise.core.agreement.Estimate;
import dev.appraise.core.stats.ConfidenceInterval;
import org.immutables.value.Value;

/**
 * Percent agreement given as a count: raters agreed on {@code agreed} of {@code total} items (for
 * example 65 of 72, 90.3 %), with confidence intervals for the underlying proportion.
 *
 * <p>The proportion is {@code p = agreed / total}. Its binomial standard error is {@code √(p(1 − p)
 * / total)} (method {@code "binomial"}); the intervals come from {@link ProportionInterval}: Wilson
 * score (the default interval of {@link #estimate()}), Clopper-Pearson exact and Agresti-Coull. The
 * binomial model treats the items as independent, which is the usual reading of a reported "agreed
 * on k of n items".
 *
 * <p>Reference: Newcombe RG (1998), Two-sided confidence intervals for the single proportion:
 * comparison of seven methods, Stat Med 17:857-872.
 *
 * <pre>{@code
 * ProportionOfAgreement pa = ProportionOfAgreement.of(65, 72);
 * pa.proportion();      // 0.9028
 * pa.wilson();          // [0.8126, 0.9521]
 * pa.clopperPearson();  // [0.8099, 0.9600]
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProportionOfAgreement.class)
@JsonDeserialize(as = ImmutableProportionOfAgreement.class)
public abstract class ProportionOfAgreement {

  /** The coefficient of {@link #estimate()}: {@link Coefficient#PERCENT_AGREEMENT}. */
  public static final Coefficient COEFFICIENT = Coefficient.PERCENT_AGREEMENT;

  /** The default confidence level, 0.95. */
  public static final double DEFAULT_LEVEL = 0.95;

  ProportionOfAgreement() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Agreement on {@code agreed} of {@code total} items, with 95 % intervals.
   *
   * @param agreed the number of items on which the raters agreed, {@code 0 <= agreed <= total}
   * @param total the number of items rated, {@code total >= 1}
   * @return the proportion of agreement
   * @throws IllegalArgumentException if the counts are out of range
   */
  public static ProportionOfAgreement of(long agreed, long total) {
    return of(agreed, total, DEFAULT_LEVEL);
  }

  /**
   * Agreement on {@code agreed} of {@code total} items, with intervals at a confidence level.
   *
   * @param agreed the number of items on which the raters agreed, {@code 0 <= agreed <= total}
   * @param total the number of items rated, {@code total >= 1}
   * @param level the confidence level, strictly between 0 and 1
   * @return the proportion of agreement
   * @throws IllegalArgumentException if the counts are out of range or the level is outside (0, 1)
   */
  public static ProportionOfAgreement of(long agreed, long total, double level) {
    return builder().agreed(agreed).total(total).level(level).build();
  }

  /** {@return the number of items on which the raters agreed} */
  public abstract long agreed();

  /** {@return the number of items rated} */
  public abstract long total();

  /** {@return the confidence level of the intervals, 0.95 unless set} */
  @Value.Default
  public double level() {
    return DEFAULT_LEVEL;
  }

  /** {@return the proportion of agreement, {@code agreed / total}} */
  public double proportion() {
    return (double) agreed() / total();
  }

  /** {@return the binomial standard error {@code √(p(1 − p) / total)}} */
  public double standardError() {
    double p = proportion();
    return Math.sqrt(p * (1 - p) / total());
  }

  /**
   * The interval of a method at {@link #level()}.
   *
   * @param method the interval method
   * @return the interval
   */
  public ConfidenceInterval interval(ProportionInterval method) {
    return method.interval(agreed(), total(), level());
  }

  /** {@return the Wilson score interval} */
  public ConfidenceInterval wilson() {
    return interval(ProportionInterval.WILSON);
  }

  /** {@return the Clopper-Pearson exact interval} */
  public ConfidenceInterval clopperPearson() {
    return interval(ProportionInterval.CLOPPER_PEARSON);
  }

  /** {@return the Agresti-Coull interval} */
  public ConfidenceInterval agrestiCoull() {
    return interval(ProportionInterval.AGRESTI_COULL);
  }

  /**
   * The proportion as an agreement estimate of {@link #COEFFICIENT} (named {@code
   * "percent_agreement"}), with its binomial standard error and the Wilson interval.
   *
   * @return the estimate
   */
  public Estimate estimate() {
    return Estimate.builder()
        .coefficient(COEFFICIENT)
        .value(proportion())
        .standardError(standardError())
        .standardErrorMethod("binomial")
        .interval(wilson())
        .build();
  }

  @Value.Check
  void check() {
    if (total() <= 0) {
      throw new IllegalArgumentException("total must be > 0, was " + total());
    }
    if (agreed() < 0) {
      throw new IllegalArgumentException("agreed must be >= 0, was " + agreed());
    }
    if (agreed() > total()) {
      throw new IllegalArgumentException(
          "agreed must be <= total = " + total() + ", was " + agreed());
    }
    ConfidenceInterval.checkLevel(level());
  }

  /** Builds {@link ProportionOfAgreement} values. */
  public static final class Builder extends ImmutableProportionOfAgreement.Builder {
    Builder() {}
  }
}
