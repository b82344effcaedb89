package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The participants of one arm as the study reports them: how many, the share of women, and their
 * age.
 *
 * <p>Build with {@link #builder()}. Invariants: {@code n >= 0}; the female share lies in [0, 1];
 * ages are finite and non-negative; the minimum age is at most the maximum; a mean age lies within
 * the age range where both are given.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableParticipants.class)
@JsonDeserialize(as = ImmutableParticipants.class)
public abstract class Participants {

  Participants() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of participants analysed} */
  public abstract int n();

  /** {@return the share of women, between 0 and 1} */
  public abstract OptionalDouble femaleShare();

  /** {@return the mean age in years} */
  public abstract OptionalDouble meanAge();

  /** {@return the standard deviation of age in years} */
  public abstract OptionalDouble ageSd();

  /** {@return the youngest participant's age, or the lower eligibility bound, in years} */
  public abstract OptionalDouble minAge();

  /** {@return the oldest participant's age, or the upper eligibility bound, in years} */
  public abstract OptionalDouble maxAge();

  @Value.Check
  void check() {
    if (n() < 0) {
      throw new IllegalArgumentException("participants n must be >= 0, was " + n());
    }
    Checks.between("participants female share", femaleShare(), 0, 1);
    Checks.atLeast("participants mean age", meanAge(), 0);
    Checks.atLeast("participants age sd", ageSd(), 0);
    Checks.atLeast("participants min age", minAge(), 0);
    Checks.atLeast("participants max age", maxAge(), 0);
    if (minAge().isPresent()
        && maxAge().isPresent()
        && minAge().getAsDouble() > maxAge().getAsDouble()) {
      throw new IllegalArgumentException(
          "participants min age must be <= max age "
              + maxAge().getAsDouble()
              + ", was "
              + minAge().getAsDouble());
    }
    if (meanAge().isPresent()) {
      double mean = meanAge().getAsDouble();
      if ((minAge().isPresent() && mean < minAge().getAsDouble())
          || (maxAge().isPresent() && mean > maxAge().getAsDouble())) {
        throw new IllegalArgumentException(
            "participants mean age must lie within the age range ["
                + (minAge().isPresent() ? minAge().getAsDouble() : "")
                + ", "
                + (maxAge().isPresent() ? maxAge().getAsDouble() : "")
                + "], was "
                + mean);
      }
    }
  }

  /** Builds {@link Participants} values. */
  public static final class Builder extends ImmutableParticipants.Builder {
    Builder() {}
  }
}
