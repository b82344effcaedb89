package dev.appraise.synthesis.swim;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The direction of one result of one study in one outcome domain: the unit of vote counting before
 * the results of a study within a domain are combined ({@link
 * VoteCounting#combine(java.util.List)}). The domain is whatever the synthesis groups results by:
 * an outcome domain ({@code "pain"}), or a cluster of treatment and MRI modality.
 */
@Value.Immutable
public abstract class OutcomeDirection {

  OutcomeDirection() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A result without a label.
   *
   * @param study the study's id
   * @param domain the outcome domain
   * @param direction the direction of the result
   * @return the result
   * @throws IllegalArgumentException if the study or the domain is blank
   */
  public static OutcomeDirection of(String study, String domain, EffectDirection direction) {
    return builder().study(study).domain(domain).direction(direction).build();
  }

  /** {@return the study's id} */
  public abstract String study();

  /** {@return the outcome domain the result counts in} */
  public abstract String domain();

  /** {@return the direction of the result} */
  public abstract EffectDirection direction();

  /** {@return what the result measures, e.g. {@code "DLPFC grey matter volume"}} */
  public abstract Optional<String> label();

  /**
   * {@return a copy with intervention and comparator swapped ({@link EffectDirection#reversed()})}
   */
  public OutcomeDirection reversed() {
    return builder().from(this).direction(direction().reversed()).build();
  }

  @Value.Check
  void check() {
    if (study().isBlank()) {
      throw new IllegalArgumentException(
          "outcome direction study must not be blank, was '" + study() + "'");
    }
    if (domain().isBlank()) {
      throw new IllegalArgumentException(
          "outcome direction domain of study "
              + study()
              + " must not be blank, was '"
              + domain()
              + "'");
    }
  }

  /** Builds {@link OutcomeDirection} values. */
  public static final class Builder extends ImmutableOutcomeDirection.Builder {
    Builder() {}
  }
}
