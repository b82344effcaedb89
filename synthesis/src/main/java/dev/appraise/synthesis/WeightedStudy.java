package dev.appraise.synthesis;

import org.immutables.value.Value;

/**
 * A study in a fitted model with its weight: {@code 100 w / Σw} percent with {@code w = 1/(v +
 * tau²)}, as metafor's {@code weights.rma.uni}.
 */
@Value.Immutable
public abstract class WeightedStudy {

  WeightedStudy() {}

  /**
   * Creates a weighted study.
   *
   * @param effect the study's effect size
   * @param weight its weight in percent
   * @return the weighted study
   */
  public static WeightedStudy of(EffectSize effect, double weight) {
    return ImmutableWeightedStudy.builder().effect(effect).weight(weight).build();
  }

  /** {@return the study's effect size} */
  public abstract EffectSize effect();

  /** {@return the study's weight in percent; the weights of a model sum to 100} */
  public abstract double weight();

  /** {@return the study's id} */
  public String study() {
    return effect().study();
  }
}
