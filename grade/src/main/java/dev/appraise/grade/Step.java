package dev.appraise.grade;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of a grading's explanation: the start, a rating applied or not applied, or the clamp to
 * the scale.
 *
 * <p>{@link #level()} is the running level after the step on the open integer scale (4 high ... 1
 * very low, and beyond the scale before the clamp), so that the steps show exactly how the final
 * level was reached.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStep.class)
@JsonDeserialize(as = ImmutableStep.class)
public abstract class Step {

  /** The kind of a step. */
  public enum Kind {
    /** The starting level. */
    START,
    /** A rating applied (possibly of no change). */
    RATING,
    /** A rating the policy did not apply, with the rule that stopped it. */
    NOT_APPLIED,
    /** The running level left the scale and was clamped back to it. */
    CLAMP
  }

  Step() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the kind of step} */
  public abstract Kind kind();

  /** {@return the domain rated, for rating steps} */
  public abstract Optional<CertaintyDomain> domain();

  /** {@return the signed change this step made to the level (0 for a rating not applied)} */
  public abstract int change();

  /**
   * {@return the running level after this step: 1 very low to 4 high, beyond that before a clamp}
   */
  public abstract int level();

  /** {@return the text of the step, with the footnote or reason} */
  public abstract String text();

  /** Builds {@link Step} values. */
  public static final class Builder extends ImmutableStep.Builder {
    Builder() {}
  }
}
