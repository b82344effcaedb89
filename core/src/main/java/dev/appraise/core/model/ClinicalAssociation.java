package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * An association a study reports between an imaging finding and a clinical measure (e.g. a decrease
 * in connectivity that correlated with less pain).
 *
 * <p>Build with {@link #builder()}. Invariants: the measure is not blank; r lies in [-1, 1] and its
 * sign agrees with the direction (positive r for {@link CorrelationDirection#POSITIVE}, negative
 * for {@link CorrelationDirection#NEGATIVE}); p lies in [0, 1].
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClinicalAssociation.class)
@JsonDeserialize(as = ImmutableClinicalAssociation.class)
public abstract class ClinicalAssociation {

  ClinicalAssociation() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the clinical measure (e.g. {@code "pain intensity"})} */
  public abstract String measure();

  /** {@return the instrument that measured it (e.g. {@code "VAS"})} */
  public abstract Optional<String> instrument();

  /** {@return the direction of the association} */
  public abstract CorrelationDirection direction();

  /** {@return the correlation coefficient} */
  public abstract OptionalDouble r();

  /** {@return the p value} */
  public abstract OptionalDouble p();

  @Value.Check
  void check() {
    Checks.nonBlank("clinical association measure", measure());
    Checks.nonBlank("clinical association instrument", instrument());
    Checks.between("clinical association r", r(), -1, 1);
    if (r().isPresent()) {
      double r = r().getAsDouble();
      if ((direction() == CorrelationDirection.POSITIVE && r <= 0)
          || (direction() == CorrelationDirection.NEGATIVE && r >= 0)) {
        throw new IllegalArgumentException(
            "clinical association r must agree with direction " + direction() + ", was " + r);
      }
    }
    Checks.between("clinical association p", p(), 0, 1);
  }

  /** Builds {@link ClinicalAssociation} values. */
  public static final class Builder extends ImmutableClinicalAssociation.Builder {
    Builder() {}
  }
}
