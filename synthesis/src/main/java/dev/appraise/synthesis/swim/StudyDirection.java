package dev.appraise.synthesis.swim;

import java.util.List;
import org.immutables.value.Value;

/**
 * One study's direction of effect in one outcome domain, combined from its results there by the
 * within-study rule of {@link VoteCounting}, with the results it was combined from. Built by {@link
 * VoteCounting#combine(List)}.
 */
@Value.Immutable
public abstract class StudyDirection {

  StudyDirection() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the study's id} */
  public abstract String study();

  /** {@return the outcome domain} */
  public abstract String domain();

  /** {@return the combined direction} */
  public abstract EffectDirection direction();

  /** {@return the study's results in the domain, in input order} */
  public abstract List<OutcomeDirection> outcomes();

  /**
   * {@return the share of the results that point the way of the most common direction among up,
   * down and no change (1 for a single result); the combined direction is that one when the share
   * reaches the threshold, else conflicting}
   */
  public abstract double agreement();

  @Value.Check
  void check() {
    if (outcomes().isEmpty()) {
      throw new IllegalArgumentException(
          "study direction of "
              + study()
              + " in "
              + domain()
              + " needs at least one"
              + " result, had none");
    }
    for (OutcomeDirection o : outcomes()) {
      if (!o.study().equals(study()) || !o.domain().equals(domain())) {
        throw new IllegalArgumentException(
            "study direction of "
                + study()
                + " in "
                + domain()
                + " must hold results"
                + " of that study and domain only, had one of "
                + o.study()
                + " in "
                + o.domain());
      }
    }
    if (!(agreement() >= 0 && agreement() <= 1)) {
      throw new IllegalArgumentException(
          "study direction of "
              + study()
              + " in "
              + domain()
              + ": agreement must be in [0, 1], was "
              + agreement());
    }
  }

  /** Builds {@link StudyDirection} values. */
  public static final class Builder extends ImmutableStudyDirection.Builder {
    Builder() {}
  }
}
