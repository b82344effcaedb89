package dev.appraise.core.agreement.icc;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.agreement.Estimate;
import dev.appraise.core.stats.ConfidenceInterval;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The six Shrout-Fleiss intraclass correlations of one units × raters matrix, with the analysis of
 * variance they come from and the number of units left out for missing ratings. Built by {@link
 * IntraclassCorrelation#compute}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIccResult.class)
@JsonDeserialize(as = ImmutableIccResult.class)
public abstract class IccResult {

  IccResult() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of raters (columns)} */
  public abstract int raters();

  /** {@return the number of complete units analysed} */
  public abstract int units();

  /** {@return the number of units dropped because at least one of their ratings was missing} */
  public abstract int unitsDropped();

  /** {@return the confidence level of the intervals} */
  public abstract double level();

  /** {@return the analysis of variance, absent when fewer than two complete units remain} */
  public abstract Optional<IccAnova> anova();

  /** {@return the six forms in the order of {@link IccType}} */
  public abstract List<IccForm> forms();

  /**
   * The result for one form.
   *
   * @param type the form
   * @return its estimate, interval and F test
   */
  @SuppressWarnings("EnumOrdinal") // forms are held in IccType order, which check() enforces
  public IccForm form(IccType type) {
    return forms().get(type.ordinal());
  }

  /**
   * The estimate of one form.
   *
   * @param type the form
   * @return its estimate
   */
  public Estimate estimate(IccType type) {
    return form(type).estimate();
  }

  @Value.Check
  @SuppressWarnings("EnumOrdinal") // forms are held in IccType order
  void check() {
    if (forms().size() != IccType.values().length) {
      throw new IllegalArgumentException(
          "ICC result must hold all six forms, held " + forms().size());
    }
    for (IccType type : IccType.values()) {
      if (forms().get(type.ordinal()).type() != type) {
        throw new IllegalArgumentException(
            "ICC result forms must follow IccType order, found "
                + forms().get(type.ordinal()).type()
                + " at "
                + type.ordinal());
      }
    }
    if (unitsDropped() < 0) {
      throw new IllegalArgumentException("unitsDropped must be >= 0, was " + unitsDropped());
    }
    ConfidenceInterval.checkLevel(level());
  }

  /** Builds {@link IccResult} values. */
  public static final class Builder extends ImmutableIccResult.Builder {
    Builder() {}
  }
}
