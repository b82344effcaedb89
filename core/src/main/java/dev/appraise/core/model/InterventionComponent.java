package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One component of a compound intervention, such as the cognitive-behavioural part of a
 * multidisciplinary programme.
 *
 * <p>Build with {@link #builder()}; the label must not be blank and the concept must be a concept
 * code of the treatment taxonomy's form ({@code psychological/cbt}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableInterventionComponent.class)
@JsonDeserialize(as = ImmutableInterventionComponent.class)
public abstract class InterventionComponent {

  InterventionComponent() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the component's name as the study gives it (e.g. {@code "occupational therapy"})} */
  public abstract String label();

  /** {@return the component's concept code in the treatment taxonomy (e.g. {@code "physical"})} */
  public abstract String concept();

  @Value.Check
  void check() {
    Checks.nonBlank("intervention component label", label());
    Checks.conceptCode("intervention component concept", concept());
  }

  /** Builds {@link InterventionComponent} values. */
  public static final class Builder extends ImmutableInterventionComponent.Builder {
    Builder() {}
  }
}
