package dev.appraise.grade;

import java.util.Locale;
import java.util.Optional;

/**
 * Proposes rating up for a large magnitude of effect from a ratio estimate.
 *
 * <p>GRADE suggests rating up one level when methodologically rigorous observational studies show
 * at least a two-fold reduction or increase in risk, and two levels for at least a five-fold one
 * (Guyatt et al., GRADE guidelines 9, J Clin Epidemiol 2011;64:1311-1316): an estimate of at least
 * {@linkplain #withLarge(double) 2} or at most 1/2 proposes +1, at least {@linkplain
 * #withVeryLarge(double) 5} or at most 1/5 proposes +2. Odds ratios overstate risk ratios when
 * events are common; the rationale names the measure so that the reviewer can judge. An interval
 * that includes no effect proposes 0, whatever the estimate. Difference measures get no suggestion.
 */
public final class LargeEffectPolicy implements SuggestionPolicy {

  private static final String BASIS =
      "Guyatt et al., GRADE guidelines 9, J Clin Epidemiol 2011;64:1311-1316";

  private final double large;
  private final double veryLarge;

  private LargeEffectPolicy(double large, double veryLarge) {
    if (!(large > 1 && veryLarge >= large) || !Double.isFinite(veryLarge)) {
      throw new IllegalArgumentException(
          "large-effect ratios must satisfy 1 < large <= veryLarge, was "
              + large
              + " and "
              + veryLarge);
    }
    this.large = large;
    this.veryLarge = veryLarge;
  }

  /** {@return the policy with ratios 2 and 5} */
  public static LargeEffectPolicy withDefaults() {
    return new LargeEffectPolicy(2, 5);
  }

  /**
   * Returns a copy with another ratio for a large effect.
   *
   * @param ratio the ratio (&gt; 1); its reciprocal applies to reductions
   * @return the new policy
   */
  public LargeEffectPolicy withLarge(double ratio) {
    return new LargeEffectPolicy(ratio, veryLarge);
  }

  /**
   * Returns a copy with another ratio for a very large effect.
   *
   * @param ratio the ratio (&ge; the large ratio); its reciprocal applies to reductions
   * @return the new policy
   */
  public LargeEffectPolicy withVeryLarge(double ratio) {
    return new LargeEffectPolicy(large, ratio);
  }

  @Override
  public String name() {
    return "large effect (ratio of at least 2 or 5)";
  }

  @Override
  public CertaintyDomain domain() {
    return CertaintyDomain.LARGE_EFFECT;
  }

  @Override
  public Optional<Suggestion> suggest(EvidenceBody evidence) {
    if (evidence.effect().isEmpty() || !evidence.effect().get().ratio()) {
      return Optional.empty();
    }
    Effect e = evidence.effect().get();
    double fold = e.estimate() >= 1 ? e.estimate() : 1 / e.estimate();
    boolean includesNoEffect = e.lower() <= 1 && 1 <= e.upper();
    int levels = includesNoEffect ? 0 : fold >= veryLarge ? 2 : fold >= large ? 1 : 0;
    String text =
        String.format(
            Locale.ROOT,
            "%s is a %.1f-fold %s: %s",
            e.format(),
            fold,
            e.estimate() >= 1 ? "increase" : "reduction",
            includesNoEffect
                ? "the interval includes no effect"
                : levels == 2
                    ? "very large (at least " + trim(veryLarge) + "-fold)"
                    : levels == 1 ? "large (at least " + trim(large) + "-fold)" : "not large");
    return Optional.of(
        Suggestion.builder()
            .rating(Rating.builder().domain(domain()).levels(levels).footnote(text).build())
            .policy(name())
            .basis(BASIS)
            .build());
  }

  private static String trim(double x) {
    return new java.math.BigDecimal(x).stripTrailingZeros().toPlainString();
  }
}
