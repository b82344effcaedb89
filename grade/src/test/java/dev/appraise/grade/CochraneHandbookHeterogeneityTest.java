package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deeks JJ, Higgins JPT, Altman DG. Chapter 10: Analysing data and undertaking meta-analyses.
 * Cochrane Handbook for Systematic Reviews of Interventions version 6.4, section 10.10.2: "0% to
 * 40%: might not be important; 30% to 60%: may represent moderate heterogeneity; 50% to 90%: may
 * represent substantial heterogeneity; 75% to 100%: considerable heterogeneity."
 */
class CochraneHandbookHeterogeneityTest {

  @Test
  void theBandsOverlapAsTheHandbookWritesThem() {
    assertThat(InconsistencyPolicy.bands(20)).isEqualTo("might not be important");
    assertThat(InconsistencyPolicy.bands(35))
        .isEqualTo("might not be important, may represent moderate heterogeneity");
    assertThat(InconsistencyPolicy.bands(55))
        .isEqualTo("may represent moderate heterogeneity, may represent substantial heterogeneity");
    assertThat(InconsistencyPolicy.bands(80))
        .isEqualTo("may represent substantial heterogeneity, considerable heterogeneity");
    assertThat(InconsistencyPolicy.bands(95)).isEqualTo("considerable heterogeneity");
  }

  private static EvidenceBody body(double i2, Effect... studies) {
    return EvidenceBody.builder()
        .studies(Math.max(2, studies.length))
        .iSquared(i2)
        .studyEffects(List.of(studies))
        .build();
  }

  @Test
  void suggestionsFollowTheBandsAndTheDirectionsOfEffect() {
    Effect benefit = Effect.of("RR", 0.6, 0.4, 0.9);
    Effect harm = Effect.of("RR", 1.5, 1.1, 2.0);
    InconsistencyPolicy p = InconsistencyPolicy.withDefaults();
    assertThat(p.suggest(body(20, benefit, benefit)).orElseThrow().rating().levels()).isZero();
    assertThat(p.suggest(body(60, benefit, benefit)).orElseThrow().rating().levels()).isZero();
    assertThat(p.suggest(body(60, benefit, harm)).orElseThrow().rating().levels()).isEqualTo(-1);
    assertThat(p.suggest(body(80, benefit, benefit)).orElseThrow().rating().levels()).isEqualTo(-1);
    Suggestion worst = p.suggest(body(80, benefit, harm)).orElseThrow();
    assertThat(worst.rating().levels()).isEqualTo(-2);
    assertThat(worst.rationale())
        .contains("I\u00b2 = 80 %")
        .contains("considerable heterogeneity")
        .contains("opposite directions");
  }

  @Test
  void aSingleStudyCannotBeJudgedForInconsistency() {
    Suggestion s =
        InconsistencyPolicy.withDefaults()
            .suggest(EvidenceBody.builder().studies(1).build())
            .orElseThrow();
    assertThat(s.rating().levels()).isZero();
    assertThat(s.rationale()).contains("single study");
  }
}
