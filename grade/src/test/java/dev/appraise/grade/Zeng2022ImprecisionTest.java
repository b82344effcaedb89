package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.model.StudyDesign;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Zeng L et al. GRADE Guidance 34: update on rating imprecision using a minimally contextualized
 * approach. J Clin Epidemiol 2022;150:216-224. Abstract: "when a CI appreciably crosses the
 * threshold(s) of interest, one should consider rating down two or three levels ... If the sample
 * size of the meta-analysis is far less than the OIS, one should consider rating down more than one
 * level for imprecision."
 */
class Zeng2022ImprecisionTest {

  private static final ImprecisionPolicy POLICY =
      ImprecisionPolicy.withDefaults()
          .withThresholds(0.75, 1.0, 1.25)
          .withOptimalInformationSize(2000);

  @Test
  void anIntervalCrossingSeveralThresholdsFromFarTooFewParticipantsIsRatedDownThreeLevels() {
    EvidenceBody e =
        EvidenceBody.builder()
            .studies(2)
            .participants(120)
            .effect(Effect.of("RR", 0.9, 0.3, 2.7))
            .build();
    Suggestion s = POLICY.suggest(e).orElseThrow();
    assertThat(s.rating().levels()).isEqualTo(-3);
    assertThat(s.rating().judgement()).isEqualTo("extremely serious");
    Grading g =
        GradingPolicy.handbook()
            .grade(Start.fromDesign(StudyDesign.RANDOMISED_CONTROLLED_TRIAL), List.of(s.rating()));
    assertThat(g.certainty()).isEqualTo(Certainty.VERY_LOW);
    assertThat(g.clamped()).isFalse();
  }

  @Test
  void farBelowTheOisWithoutCrossingIsRatedDownTwoLevels() {
    EvidenceBody e =
        EvidenceBody.builder()
            .studies(2)
            .participants(400)
            .effect(Effect.of("RR", 0.3, 0.15, 0.6))
            .build();
    assertThat(POLICY.suggest(e).orElseThrow().rating().levels()).isEqualTo(-2);
  }
}
