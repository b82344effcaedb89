package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A treatment a study gave: its name, its concept in the treatment taxonomy, its components and its
 * dose.
 *
 * <p>Build with {@link #builder()}; the label must not be blank, the concept must be a concept code
 * ({@code psychological/cbt}), and the arm, if given, must be an arm of the study (checked by
 * {@link Study}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIntervention.class)
@JsonDeserialize(as = ImmutableIntervention.class)
public abstract class Intervention {

  Intervention() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the intervention's name as the study gives it} */
  public abstract String label();

  /** {@return the concept code in the treatment taxonomy (e.g. {@code "multidisciplinary"})} */
  public abstract String concept();

  /** {@return the components of a compound intervention, in the order the study lists them} */
  public abstract List<InterventionComponent> components();

  /** {@return how much was given} */
  public abstract Optional<Dose> dose();

  /** {@return the id of the arm that received it} */
  public abstract Optional<String> armId();

  @Value.Check
  void check() {
    Checks.nonBlank("intervention label", label());
    Checks.conceptCode("intervention concept", concept());
    armId().ifPresent(id -> Checks.identifier("intervention arm id", id));
  }

  /** Builds {@link Intervention} values. */
  public static final class Builder extends ImmutableIntervention.Builder {
    Builder() {}
  }
}
