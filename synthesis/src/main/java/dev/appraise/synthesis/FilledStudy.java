package dev.appraise.synthesis;

import org.immutables.value.Value;

/**
 * A study imputed by trim-and-fill: the mirror image of an observed study about the pooled estimate
 * {@code b} of the trimmed data, {@code y = 2b - y_i} with the same variance {@code v_i}. Its
 * effect size is named {@code "Filled 1"}, {@code "Filled 2"}, ... as metafor labels filled
 * studies.
 */
@Value.Immutable
public abstract class FilledStudy {

  FilledStudy() {}

  /**
   * Creates a filled study.
   *
   * @param effect the imputed effect size
   * @param mirrored the observed study it mirrors
   * @return the filled study
   */
  public static FilledStudy of(EffectSize effect, EffectSize mirrored) {
    return ImmutableFilledStudy.builder().effect(effect).mirrored(mirrored).build();
  }

  /**
   * {@return the imputed effect size: {@code yi = 2b - y} of the mirrored study, its {@code vi}}
   */
  public abstract EffectSize effect();

  /** {@return the observed study whose mirror image this is} */
  public abstract EffectSize mirrored();
}
