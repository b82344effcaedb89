package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A test statistic as a study reports it: kind and value, p value, the correction for multiple
 * comparisons and the threshold applied, and the region it belongs to.
 *
 * <p>Build with {@link #builder()}. Invariants: the value is finite; an r lies in [-1, 1] and an F
 * is non-negative; p lies in [0, 1]; the threshold lies in (0, 1]; the region, if named, is a
 * region of the same outcome (checked by {@link ImagingOutcome}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReportedStatistic.class)
@JsonDeserialize(as = ImmutableReportedStatistic.class)
public abstract class ReportedStatistic {

  ReportedStatistic() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the kind of statistic} */
  public abstract StatisticKind kind();

  /** {@return the statistic's value} */
  public abstract double value();

  /** {@return the p value as reported} */
  public abstract OptionalDouble p();

  /** {@return the correction for multiple comparisons} */
  public abstract Optional<CorrectionMethod> correction();

  /** {@return the significance threshold applied (e.g. 0.05), in (0, 1]} */
  public abstract OptionalDouble threshold();

  /** {@return the label of the region of the outcome this statistic belongs to} */
  public abstract Optional<String> region();

  @Value.Check
  void check() {
    Checks.finite("reported statistic value", value());
    if (kind() == StatisticKind.R) {
      Checks.between("reported statistic r", value(), -1, 1);
    }
    if (kind() == StatisticKind.F && value() < 0) {
      throw new IllegalArgumentException("reported statistic F must be >= 0, was " + value());
    }
    Checks.between("reported statistic p", p(), 0, 1);
    if (threshold().isPresent()
        && !(threshold().getAsDouble() > 0 && threshold().getAsDouble() <= 1)) {
      throw new IllegalArgumentException(
          "reported statistic threshold must be > 0 and <= 1, was " + threshold().getAsDouble());
    }
    Checks.nonBlank("reported statistic region", region());
  }

  /** Builds {@link ReportedStatistic} values. */
  public static final class Builder extends ImmutableReportedStatistic.Builder {
    Builder() {}
  }
}
