package dev.appraise.grade;

import dev.appraise.core.stats.PooledEffect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proposes what the number of studies allows to say about publication bias.
 *
 * <p>Tests for funnel-plot asymmetry should be used only when there are at least 10 studies,
 * because with fewer the power of the tests is too low to distinguish chance from real asymmetry
 * (Cochrane Handbook version 6.4, section 13.3.5.4; Guyatt et al., GRADE guidelines 5, J Clin
 * Epidemiol 2011;64:1277-1282, who also name small numbers of small, industry-funded studies as a
 * warning sign). With fewer than {@linkplain #withMinimumStudies(int) 10} studies this policy
 * proposes 0 with a rationale saying that publication bias cannot be assessed statistically and
 * must be judged from the search and the funding of the studies; with more it proposes nothing,
 * because the library holds no asymmetry test result.
 */
public final class PublicationBiasPolicy implements SuggestionPolicy {

  private static final String BASIS =
      "Cochrane Handbook 6.4, section 13.3.5.4; Guyatt et al., GRADE guidelines 5, J Clin Epidemiol 2011;64:1277-1282";

  private static final String TEST_BASIS =
      BASIS + "; Egger et al., BMJ 1997;315:629-634; Sterne et al., BMJ" + " 2011;343:d4002";

  private final int minimumStudies;
  private final double alpha;

  private PublicationBiasPolicy(int minimumStudies, double alpha) {
    if (minimumStudies < 2) {
      throw new IllegalArgumentException(
          "publication bias minimumStudies must be >= 2, was " + minimumStudies);
    }
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException(
          "publication bias alpha must lie strictly between 0 and 1, was " + alpha);
    }
    this.minimumStudies = minimumStudies;
    this.alpha = alpha;
  }

  /**
   * {@return the policy with a minimum of 10 studies for asymmetry tests, read at a level of 0.10}
   */
  public static PublicationBiasPolicy withDefaults() {
    return new PublicationBiasPolicy(10, 0.10);
  }

  /**
   * Returns a copy that reads the asymmetry tests at another significance level.
   *
   * @param value the level, strictly between 0 and 1
   * @return the new policy
   */
  public PublicationBiasPolicy withAlpha(double value) {
    return new PublicationBiasPolicy(minimumStudies, value);
  }

  /**
   * Returns a copy with another minimum number of studies for asymmetry tests.
   *
   * @param studies the minimum, at least 2
   * @return the new policy
   */
  public PublicationBiasPolicy withMinimumStudies(int studies) {
    return new PublicationBiasPolicy(studies, alpha);
  }

  @Override
  public String name() {
    return "publication bias (number of studies, small-study tests)";
  }

  @Override
  public CertaintyDomain domain() {
    return CertaintyDomain.PUBLICATION_BIAS;
  }

  @Override
  public Optional<Suggestion> suggest(EvidenceBody evidence) {
    if (evidence.studies() >= minimumStudies) {
      return evidence.pooled().flatMap(this::fromTests);
    }
    String text =
        (evidence.studies() == 1 ? "1 study" : evidence.studies() + " studies")
            + ", fewer than "
            + minimumStudies
            + ": funnel-plot asymmetry cannot be tested; judge publication bias from the search and the funding of"
            + " the studies";
    return Optional.of(
        Suggestion.builder()
            .rating(Rating.builder().domain(domain()).levels(0).footnote(text).build())
            .policy(name())
            .basis(BASIS)
            .build());
  }

  private Optional<Suggestion> fromTests(PooledEffect pooled) {
    List<String> tests = new ArrayList<>();
    boolean asymmetric = false;
    if (pooled.eggerPValue().isPresent()) {
      double p = pooled.eggerPValue().getAsDouble();
      asymmetric |= p < alpha;
      tests.add("Egger's regression test p " + pValue(p));
    }
    if (pooled.rankCorrelationPValue().isPresent()) {
      double p = pooled.rankCorrelationPValue().getAsDouble();
      asymmetric |= p < alpha;
      tests.add("the rank correlation test p " + pValue(p));
    }
    if (tests.isEmpty()) {
      return Optional.empty();
    }
    String text =
        pooled.k()
            + " studies; "
            + String.join(", ", tests)
            + " (level "
            + number(alpha)
            + "): "
            + (asymmetric
                ? "funnel-plot asymmetry suggests small-study effects, of which publication bias is one cause;"
                    + " serious"
                : "no test suggests funnel-plot asymmetry; not serious");
    return Optional.of(
        Suggestion.builder()
            .rating(
                Rating.builder()
                    .domain(domain())
                    .levels(asymmetric ? -1 : 0)
                    .footnote(text)
                    .build())
            .policy(name())
            .basis(TEST_BASIS)
            .build());
  }

  private static String number(double x) {
    return new java.math.BigDecimal(x)
        .round(new java.math.MathContext(3))
        .stripTrailingZeros()
        .toPlainString();
  }

  private static String pValue(double p) {
    return p < 0.001 ? "< 0.001" : "= " + number(p);
  }
}
