package dev.appraise.core.agreement.icc;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.agreement.Estimate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One Shrout-Fleiss intraclass correlation: the estimate with its F-based confidence interval, and
 * the F test of {@code ICC = 0}. See {@link IntraclassCorrelation} for the formulas.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIccForm.class)
@JsonDeserialize(as = ImmutableIccForm.class)
public abstract class IccForm {

  IccForm() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return which of the six forms this is} */
  public abstract IccType type();

  /**
   * {@return the estimate named {@link IccType#coefficient()}, with its interval where the F
   * quantities are finite; undefined with the reason when the form's denominator is not positive}
   */
  public abstract Estimate estimate();

  /** {@return the F test of {@code ICC = 0}, absent when the F statistic is 0/0} */
  public abstract Optional<FTest> fTest();

  @Value.Check
  void check() {
    if (estimate().coefficient() != type().coefficient()) {
      throw new IllegalArgumentException(
          "ICC form "
              + type()
              + " must carry an estimate named "
              + type().id()
              + ", was "
              + estimate().coefficient().id());
    }
  }

  /** Builds {@link IccForm} values. */
  public static final class Builder extends ImmutableIccForm.Builder {
    Builder() {}
  }
}
