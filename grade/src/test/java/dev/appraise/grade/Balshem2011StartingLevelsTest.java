package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.model.StudyDesign;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Balshem H et al. GRADE guidelines: 3. Rating the quality of evidence. J Clin Epidemiol
 * 2011;64:401-406, Table 2: randomised trials start high and observational studies low; risk of
 * bias, inconsistency, indirectness, imprecision and publication bias lower the rating by one
 * (serious) or two (very serious) levels; large effect (+1 large, +2 very large), dose-response
 * (+1) and all plausible confounding (+1) raise it.
 */
class Balshem2011StartingLevelsTest {

  @Test
  void randomisedTrialsStartHighAndObservationalStudiesLow() {
    for (StudyDesign d : StudyDesign.values()) {
      Start s = Start.fromDesign(d);
      assertThat(s.certainty()).isEqualTo(d.isRandomised() ? Certainty.HIGH : Certainty.LOW);
      assertThat(s.basis()).isEqualTo(Start.Basis.DESIGN);
    }
  }

  @Test
  void seriousLimitationsLowerOneLevelAndVerySeriousTwo() {
    Start rct = Start.fromDesign(StudyDesign.RANDOMISED_CONTROLLED_TRIAL);
    for (CertaintyDomain d : CertaintyDomain.values()) {
      if (!d.ratesDown()) {
        continue;
      }
      assertThat(
              GradingPolicy.handbook()
                  .grade(rct, List.of(Rating.down(d, 1, "serious")))
                  .certainty())
          .isEqualTo(Certainty.MODERATE);
      assertThat(
              GradingPolicy.handbook()
                  .grade(rct, List.of(Rating.down(d, 2, "very serious")))
                  .certainty())
          .isEqualTo(Certainty.LOW);
    }
  }

  @Test
  void seriousRiskOfBiasAndSeriousImprecisionTogetherMakeLow() {
    Grading g =
        GradingPolicy.handbook()
            .grade(
                Start.fromDesign(StudyDesign.RANDOMISED_CONTROLLED_TRIAL),
                List.of(
                    Rating.down(CertaintyDomain.RISK_OF_BIAS, 1, "lack of blinding"),
                    Rating.down(CertaintyDomain.IMPRECISION, 1, "few events")));
    assertThat(g.certainty()).isEqualTo(Certainty.LOW);
    assertThat(g.clamped()).isFalse();
  }
}
