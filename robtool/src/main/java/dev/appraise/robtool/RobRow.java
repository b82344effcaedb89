package dev.appraise.robtool;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One study's row of a {@link RobTable}: its level per domain, its overall level and its weight,
 * where given.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRobRow.class)
@JsonDeserialize(as = ImmutableRobRow.class)
public abstract class RobRow {

  RobRow() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the study's identifier, e.g. {@code "Shpaner2014"}} */
  public abstract String study();

  /** {@return the level per domain identifier; a domain not judged is absent} */
  public abstract Map<String, RiskOfBiasLevel> levels();

  /** {@return the overall level, where given} */
  public abstract Optional<RiskOfBiasLevel> overall();

  /** {@return the study's weight (e.g. its meta-analysis weight), where given} */
  public abstract OptionalDouble weight();

  @Value.Check
  void check() {
    if (study().isBlank()) {
      throw new IllegalArgumentException(
          "risk-of-bias row study must not be blank, was '" + study() + "'");
    }
    if (weight().isPresent()
        && !(weight().getAsDouble() >= 0 && Double.isFinite(weight().getAsDouble()))) {
      throw new IllegalArgumentException(
          "study " + study() + ": weight must be finite and >= 0, was " + weight().getAsDouble());
    }
  }

  /** Builds {@link RobRow} values. */
  public static final class Builder extends ImmutableRobRow.Builder {
    Builder() {}
  }
}
