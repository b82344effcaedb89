package dev.appraise.core.cluster;

import dev.appraise.core.model.ImagingOutcome;
import org.immutables.value.Value;

/**
 * An imaging outcome in a cluster, with the study it belongs to and its position among the study's
 * outcomes.
 */
@Value.Immutable
public abstract class ClusteredOutcome {

  ClusteredOutcome() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the study} */
  public abstract String studyId();

  /**
   * {@return the outcome's index in the study's {@link
   * dev.appraise.core.model.Study#imagingOutcomes()}}
   */
  public abstract int index();

  /** {@return the outcome} */
  public abstract ImagingOutcome outcome();

  /** {@return the study id and index, e.g. {@code Lee2019#0}} */
  @Override
  public String toString() {
    return studyId() + "#" + index();
  }

  /** Builds {@link ClusteredOutcome} values. */
  public static final class Builder extends ImmutableClusteredOutcome.Builder {
    Builder() {}
  }
}
