package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * How much of an intervention was given: sessions, weeks, minutes per session, or a description.
 *
 * <p>Build with {@link #builder()}; at least one part must be given, counts are positive and the
 * description is not blank.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDose.class)
@JsonDeserialize(as = ImmutableDose.class)
public abstract class Dose {

  Dose() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of sessions} */
  public abstract OptionalInt sessions();

  /** {@return the duration of the programme in weeks} */
  public abstract OptionalDouble weeks();

  /** {@return the length of one session in minutes} */
  public abstract OptionalInt minutesPerSession();

  /** {@return the dose as the study describes it, e.g. {@code "daily, 8 h, 3 weeks inpatient"}} */
  public abstract Optional<String> description();

  @Value.Check
  void check() {
    if (sessions().isEmpty()
        && weeks().isEmpty()
        && minutesPerSession().isEmpty()
        && description().isEmpty()) {
      throw new IllegalArgumentException(
          "dose must give sessions, weeks, minutes per session or a description, was empty");
    }
    if (sessions().isPresent() && sessions().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "dose sessions must be >= 1, was " + sessions().getAsInt());
    }
    Checks.positive("dose weeks", weeks());
    if (minutesPerSession().isPresent() && minutesPerSession().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "dose minutes per session must be >= 1, was " + minutesPerSession().getAsInt());
    }
    Checks.nonBlank("dose description", description());
  }

  /** Builds {@link Dose} values. */
  public static final class Builder extends ImmutableDose.Builder {
    Builder() {}
  }
}
