package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.model.StudyDesign;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guyatt GH et al. GRADE guidelines: 9. Rating up the quality of evidence. J Clin Epidemiol
 * 2011;64:1311-1316. Abstract: "GRADE suggests considering rating up quality of evidence one level
 * when methodologically rigorous observational studies show at least a two-fold reduction or
 * increase in risk, and rating up two levels for at least a five-fold reduction or increase in
 * risk."
 */
class Guyatt2011RatingUpTest {

  private static Suggestion suggest(double rr, double lo, double hi) {
    EvidenceBody e = EvidenceBody.builder().studies(4).effect(Effect.of("RR", rr, lo, hi)).build();
    return LargeEffectPolicy.withDefaults().suggest(e).orElseThrow();
  }

  @Test
  void twoFoldIsLargeAndFiveFoldIsVeryLarge() {
    assertThat(suggest(1.9, 1.5, 2.4).rating().levels()).isZero();
    assertThat(suggest(2.0, 1.6, 2.5).rating().levels()).isEqualTo(1);
    assertThat(suggest(0.5, 0.4, 0.6).rating().levels()).isEqualTo(1);
    assertThat(suggest(5.0, 3.0, 8.0).rating().levels()).isEqualTo(2);
    assertThat(suggest(0.2, 0.1, 0.4).rating().levels()).isEqualTo(2);
    assertThat(suggest(0.2, 0.1, 0.4).rationale()).contains("5.0-fold reduction");
    assertThat(suggest(3.0, 0.9, 9.0).rating().levels()).isZero();
  }

  @Test
  void rigorousObservationalStudiesRatedUpReachModerateOrHigh() {
    Start cohort = Start.fromDesign(StudyDesign.CONTROLLED_COHORT);
    Grading large =
        GradingPolicy.handbook()
            .grade(cohort, List.of(Decision.accept(suggest(0.4, 0.3, 0.5), "JS").rating()));
    assertThat(large.certainty()).isEqualTo(Certainty.MODERATE);
    Grading veryLarge =
        GradingPolicy.handbook()
            .grade(cohort, List.of(Decision.accept(suggest(0.1, 0.05, 0.2), "JS").rating()));
    assertThat(veryLarge.certainty()).isEqualTo(Certainty.HIGH);
  }

  /**
   * The other reasons to rate up: a dose-response gradient and plausible confounding that would
   * reduce the effect.
   */
  @Test
  void doseResponseAndResidualConfoundingEachRateUpOneLevel() {
    Start cohort = Start.fromDesign(StudyDesign.CONTROLLED_COHORT);
    Grading g =
        GradingPolicy.handbook()
            .grade(
                cohort,
                List.of(
                    Rating.up(CertaintyDomain.DOSE_RESPONSE, 1, "risk rises with dose"),
                    Rating.up(
                        CertaintyDomain.RESIDUAL_CONFOUNDING,
                        1,
                        "healthy-user bias would reduce the effect")));
    assertThat(g.certainty()).isEqualTo(Certainty.HIGH);
  }
}
