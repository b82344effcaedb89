package dev.appraise.synthesis.swim;

import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * What an effect-direction plot shows of a study beside its arrows: the group it is listed under (a
 * cluster, an intervention type), its design, its sample size (which sizes its arrows) and its
 * overall risk of bias (Boon and Thomson 2021).
 */
@Value.Immutable
public abstract class StudyCharacteristics {

  StudyCharacteristics() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A study with nothing known beside its id.
   *
   * @param study the study's id
   * @return the characteristics
   * @throws IllegalArgumentException if the id is blank
   */
  public static StudyCharacteristics of(String study) {
    return builder().study(study).build();
  }

  /** {@return the study's id} */
  public abstract String study();

  /** {@return the group the study is listed under, e.g. a cluster of treatment} */
  public abstract Optional<String> group();

  /** {@return the study's design as the plot prints it, e.g. {@code "RCT"}} */
  public abstract Optional<String> design();

  /** {@return the number of participants, which sizes the study's arrows} */
  public abstract OptionalInt sampleSize();

  /** {@return the study's overall risk of bias} */
  public abstract Optional<RiskOfBiasLevel> riskOfBias();

  @Value.Check
  void check() {
    if (study().isBlank()) {
      throw new IllegalArgumentException(
          "study characteristics study must not be blank, was '" + study() + "'");
    }
    if (sampleSize().isPresent() && sampleSize().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "study " + study() + ": sample size must be >= 1, was " + sampleSize().getAsInt());
    }
    group()
        .filter(String::isBlank)
        .ifPresent(
            g -> {
              throw new IllegalArgumentException(
                  "study " + study() + ": group must not be blank, was '" + g + "'");
            });
  }

  /** Builds {@link StudyCharacteristics} values. */
  public static final class Builder extends ImmutableStudyCharacteristics.Builder {
    Builder() {}
  }
}
