package dev.appraise.synthesis;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a leave-one-out analysis: the study left out and the model fitted on the others, or,
 * where that fit did not converge, why (metafor's {@code leave1out} puts NA in that row). Exactly
 * one of {@link #fit()} and {@link #failure()} is present.
 */
@Value.Immutable
public abstract class LeaveOneOutFit {

  LeaveOneOutFit() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the study left out} */
  public abstract EffectSize omitted();

  /**
   * {@return the model fitted without that study, with the settings of the full model: estimate,
   * standard error, test, interval, tau², I², H², Q and its p-value}
   */
  public abstract Optional<MetaAnalysisResult> fit();

  /** {@return the message of the {@link ConvergenceException} when the fit did not converge} */
  public abstract Optional<String> failure();

  @Value.Check
  void check() {
    if (fit().isPresent() == failure().isPresent()) {
      throw new IllegalArgumentException(
          "leave-one-out row for "
              + omitted().study()
              + ": exactly one of fit and failure must be present, had "
              + (fit().isPresent() ? "both" : "neither"));
    }
  }

  /** Builds {@link LeaveOneOutFit} values. */
  public static final class Builder extends ImmutableLeaveOneOutFit.Builder {
    Builder() {}
  }
}
