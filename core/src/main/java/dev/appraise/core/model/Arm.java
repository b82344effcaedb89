package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One group of a study (a treated group, a comparison group, or healthy controls) and its
 * participants.
 *
 * <p>Build with {@link #builder()}; the id must be an identifier (letters, digits, {@code . _ -})
 * unique within its study, and the label must not be blank. Interventions, comparators and outcomes
 * refer to an arm by its id.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableArm.class)
@JsonDeserialize(as = ImmutableArm.class)
public abstract class Arm {

  Arm() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the arm's id, unique within its study (e.g. {@code "cbt"}, {@code "controls"})} */
  public abstract String id();

  /** {@return the arm's name as the study gives it} */
  public abstract String label();

  /** {@return the participants of this arm} */
  public abstract Participants participants();

  @Value.Check
  void check() {
    Checks.identifier("arm id", id());
    Checks.nonBlank("arm label", label());
  }

  /** Builds {@link Arm} values. */
  public static final class Builder extends ImmutableArm.Builder {
    Builder() {}
  }
}
