package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a study compared its intervention against: no treatment, a waiting list, education material,
 * pain-free healthy controls, usual care, a placebo or sham, or something else.
 *
 * <p>Build with {@link #builder()}; a comparator of kind {@link ComparatorKind#OTHER} needs a
 * label, a label is never blank, and the arm, if given, must be an arm of the study.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComparatorCondition.class)
@JsonDeserialize(as = ImmutableComparatorCondition.class)
public abstract class ComparatorCondition {

  ComparatorCondition() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the kind of comparator} */
  public abstract ComparatorKind kind();

  /** {@return the comparator's name as the study gives it} */
  public abstract Optional<String> label();

  /** {@return the id of the arm that received it} */
  public abstract Optional<String> armId();

  @Value.Check
  void check() {
    if (kind() == ComparatorKind.OTHER && label().isEmpty()) {
      throw new IllegalArgumentException(
          "comparator label must be given when kind is OTHER, was empty");
    }
    Checks.nonBlank("comparator label", label());
    armId().ifPresent(id -> Checks.identifier("comparator arm id", id));
  }

  /** Builds {@link ComparatorCondition} values. */
  public static final class Builder extends ImmutableComparatorCondition.Builder {
    Builder() {}
  }
}
