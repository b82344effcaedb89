package dev.appraise.synthesis;

import java.util.List;
import org.immutables.value.Value;

/**
 * A leave-one-out analysis of a fitted model, as metafor's {@code leave1out}: for each study in
 * turn, the model refitted on the other {@code k - 1} with the same estimator, test, level and
 * controls. Built by {@link LeaveOneOut#of(MetaAnalysisResult)}.
 */
@Value.Immutable
public abstract class LeaveOneOutResult {

  LeaveOneOutResult() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the model on all studies} */
  public abstract MetaAnalysisResult model();

  /** {@return one row per study, in the order of the model's studies} */
  public abstract List<LeaveOneOutFit> rows();

  /** Builds {@link LeaveOneOutResult} values. */
  public static final class Builder extends ImmutableLeaveOneOutResult.Builder {
    Builder() {}
  }
}
