package dev.appraise.core.agreement.icc;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * The analysis of variance of a complete units × raters matrix {@code x[i][j]} ({@code n} units,
 * {@code k} raters), from which the intraclass correlations are formed (Shrout and Fleiss 1979,
 * Table 1; McGraw and Wong 1996, Table 2).
 *
 * <pre>{@code
 * BMS = k Σi (x̄i· − x̄)² / (n − 1)                     between units (targets), McGraw-Wong MSR
 * WMS = Σi Σj (xij − x̄i·)² / (n (k − 1))              within units, McGraw-Wong MSW
 * JMS = n Σj (x̄·j − x̄)² / (k − 1)                     between raters (judges), McGraw-Wong MSC
 * EMS = (Σi Σj (xij − x̄i·)² − n Σj (x̄·j − x̄)²) / ((n − 1)(k − 1))   residual, McGraw-Wong MSE
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableIccAnova.class)
@JsonDeserialize(as = ImmutableIccAnova.class)
public abstract class IccAnova {

  IccAnova() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of units (complete rows) analysed, {@code n >= 2}} */
  public abstract int units();

  /** {@return the number of raters, {@code k >= 2}} */
  public abstract int raters();

  /** {@return the between-units mean square BMS, with {@code n − 1} degrees of freedom} */
  public abstract double betweenUnits();

  /** {@return the within-units mean square WMS, with {@code n (k − 1)} degrees of freedom} */
  public abstract double withinUnits();

  /** {@return the between-raters mean square JMS, with {@code k − 1} degrees of freedom} */
  public abstract double betweenRaters();

  /** {@return the residual mean square EMS, with {@code (n − 1)(k − 1)} degrees of freedom} */
  public abstract double residual();

  @Value.Check
  void check() {
    if (units() < 2) {
      throw new IllegalArgumentException("ANOVA units must be >= 2, was " + units());
    }
    if (raters() < 2) {
      throw new IllegalArgumentException("ANOVA raters must be >= 2, was " + raters());
    }
    checkMeanSquare("betweenUnits", betweenUnits());
    checkMeanSquare("withinUnits", withinUnits());
    checkMeanSquare("betweenRaters", betweenRaters());
    checkMeanSquare("residual", residual());
  }

  private static void checkMeanSquare(String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "ANOVA mean square " + name + " must be finite and >= 0, was " + value);
    }
  }

  /** Builds {@link IccAnova} values. */
  public static final class Builder extends ImmutableIccAnova.Builder {
    Builder() {}
  }
}
