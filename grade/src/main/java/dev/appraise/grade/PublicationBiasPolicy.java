package dev.appraise.grade;

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

  private final int minimumStudies;

  private PublicationBiasPolicy(int minimumStudies) {
    if (minimumStudies < 2) {
      throw new IllegalArgumentException(
          "publication bias minimumStudies must be >= 2, was " + minimumStudies);
    }
    this.minimumStudies = minimumStudies;
  }

  /** {@return the policy with a minimum of 10 studies for asymmetry tests} */
  public static PublicationBiasPolicy withDefaults() {
    return new PublicationBiasPolicy(10);
  }

  /**
   * Returns a copy with another minimum number of studies for asymmetry tests.
   *
   * @param studies the minimum, at least 2
   * @return the new policy
   */
  public PublicationBiasPolicy withMinimumStudies(int studies) {
    return new PublicationBiasPolicy(studies);
  }

  @Override
  public String name() {
    return "publication bias (number of studies)";
  }

  @Override
  public CertaintyDomain domain() {
    return CertaintyDomain.PUBLICATION_BIAS;
  }

  @Override
  public Optional<Suggestion> suggest(EvidenceBody evidence) {
    if (evidence.studies() >= minimumStudies) {
      return Optional.empty();
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
}
