package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A clinical outcome a study measured: the measure, the instrument, and what was found.
 *
 * <p>Build with {@link #builder()}; the measure, instrument and finding must not be blank, and the
 * arm, if given, must be an arm of the study (checked by {@link Study}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClinicalOutcome.class)
@JsonDeserialize(as = ImmutableClinicalOutcome.class)
public abstract class ClinicalOutcome {

  ClinicalOutcome() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return what was measured (e.g. {@code "pain intensity"}, {@code "pain catastrophising"})} */
  public abstract String measure();

  /**
   * {@return the instrument (e.g. {@code "VAS"}, {@code "SF-36"}, {@code "PCS"}, {@code "FIQ"})}
   */
  public abstract Optional<String> instrument();

  /** {@return the direction of change, where the study reports one} */
  public abstract Optional<ChangeDirection> direction();

  /** {@return what was found, in the study's words or a short summary} */
  public abstract Optional<String> finding();

  /** {@return the id of the arm the outcome was measured in} */
  public abstract Optional<String> armId();

  /** {@return where in the report the outcome is} */
  public abstract Optional<SourceLocation> source();

  @Value.Check
  void check() {
    Checks.nonBlank("clinical outcome measure", measure());
    Checks.nonBlank("clinical outcome instrument", instrument());
    Checks.nonBlank("clinical outcome finding", finding());
    armId().ifPresent(id -> Checks.identifier("clinical outcome arm id", id));
  }

  /** Builds {@link ClinicalOutcome} values. */
  public static final class Builder extends ImmutableClinicalOutcome.Builder {
    Builder() {}
  }
}
