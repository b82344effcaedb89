package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The population a study recruited: condition, setting, age group and any restriction to one sex.
 *
 * <p>Build with {@link #builder()}; {@code condition} and {@code setting} must not be blank.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePopulation.class)
@JsonDeserialize(as = ImmutablePopulation.class)
public abstract class Population {

  Population() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the condition, as the study names it (e.g. {@code "fibromyalgia"}, {@code "chronic low
   * back pain"})}
   */
  public abstract String condition();

  /**
   * {@return where participants were recruited (e.g. {@code "tertiary pain clinic, Boston, USA"})}
   */
  public abstract Optional<String> setting();

  /** {@return the age group} */
  public abstract AgeGroup ageGroup();

  /** {@return any restriction to one sex; {@link SexRestriction#NONE} by default} */
  @Value.Default
  public SexRestriction sexRestriction() {
    return SexRestriction.NONE;
  }

  @Value.Check
  void check() {
    Checks.nonBlank("population condition", condition());
    Checks.nonBlank("population setting", setting());
  }

  /** Builds {@link Population} values. */
  public static final class Builder extends ImmutablePopulation.Builder {
    Builder() {}
  }
}
