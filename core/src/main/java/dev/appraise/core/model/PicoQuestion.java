package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The review question in PICO form: population, intervention, comparison and outcome.
 *
 * <p>Build with {@link #builder()}; no part may be blank.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePicoQuestion.class)
@JsonDeserialize(as = ImmutablePicoQuestion.class)
public abstract class PicoQuestion {

  PicoQuestion() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the population (e.g. {@code "adults or children with chronic musculoskeletal pain"})}
   */
  public abstract String population();

  /** {@return the intervention (e.g. {@code "any non-pharmacological treatment"})} */
  public abstract String intervention();

  /** {@return the comparison, if the question names one} */
  public abstract Optional<String> comparison();

  /** {@return the outcome (e.g. {@code "brain changes on MRI"})} */
  public abstract String outcome();

  @Value.Check
  void check() {
    Checks.nonBlank("PICO population", population());
    Checks.nonBlank("PICO intervention", intervention());
    Checks.nonBlank("PICO comparison", comparison());
    Checks.nonBlank("PICO outcome", outcome());
  }

  /** Builds {@link PicoQuestion} values. */
  public static final class Builder extends ImmutablePicoQuestion.Builder {
    Builder() {}
  }
}
