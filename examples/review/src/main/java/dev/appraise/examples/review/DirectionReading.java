package dev.appraise.examples.review;

import dev.appraise.synthesis.swim.EffectDirection;
import dev.appraise.synthesis.swim.OutcomeDirection;
import org.immutables.value.Value;

/**
 * One treatment-induced result of the seed review read as a direction of effect: the study, its
 * treatment cluster, the outcome domain (an MRI modality or pain intensity), what was found, the
 * direction of change the review reports, how it was read, and why.
 */
@Value.Immutable
public abstract class DirectionReading {

  DirectionReading() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the study's id} */
  public abstract String study();

  /** {@return the treatment cluster, in the review's words} */
  public abstract String group();

  /** {@return the outcome domain, e.g. {@code "Functional MRI"}} */
  public abstract String domain();

  /** {@return what was found} */
  public abstract String finding();

  /** {@return the direction of change as the data records it, in words, e.g. {@code "increase"}} */
  public abstract String change();

  /** {@return the direction of effect it is read as} */
  public abstract EffectDirection direction();

  /** {@return why: the rule or the review's words} */
  public abstract String basis();

  /** {@return the reading as vote counting takes it} */
  public OutcomeDirection toOutcome() {
    return OutcomeDirection.builder()
        .study(study())
        .domain(domain())
        .direction(direction())
        .label(finding())
        .build();
  }

  /** Builds {@link DirectionReading} values. */
  public static final class Builder extends ImmutableDirectionReading.Builder {
    Builder() {}
  }
}
