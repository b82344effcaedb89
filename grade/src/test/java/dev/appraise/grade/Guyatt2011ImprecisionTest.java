package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Guyatt GH et al. GRADE guidelines 6. Rating the quality of evidence—imprecision. J Clin Epidemiol
 * 2011;64:1283-1293.
 */
class Guyatt2011ImprecisionTest {

  /**
   * Figure 1 and its text: a hypothetical review of trials preventing major strokes gives an
   * absolute risk reduction of 1.3 % (95 % CI 0.6 % to 2.0 %). With a decision threshold of 0.5 %
   * the whole interval lies beyond it and the evidence is precise enough; with a threshold of 1 %
   * (a toxic drug) the interval crosses it and precision is insufficient.
   */
  @Test
  void strokeExampleIsPreciseAgainstHalfAPercentButNotAgainstOnePercent() {
    EvidenceBody evidence =
        EvidenceBody.builder().studies(5).effect(Effect.of("RD %", 1.3, 0.6, 2.0)).build();
    Suggestion lowThreshold =
        ImprecisionPolicy.withDefaults().withThresholds(0.5).suggest(evidence).orElseThrow();
    assertThat(lowThreshold.rating().levels()).isZero();
    Suggestion highThreshold =
        ImprecisionPolicy.withDefaults().withThresholds(1.0).suggest(evidence).orElseThrow();
    assertThat(highThreshold.rating().levels()).isEqualTo(-1);
    assertThat(highThreshold.rationale()).contains("crosses 1");
  }

  /**
   * Abstract: "If the 95% CI includes appreciable benefit or harm (we suggest an RR of under 0.75
   * or over 1.25 as a rough guide) rating down for imprecision may be appropriate even if OIS
   * criteria are met."
   */
  @Test
  void anIntervalIncludingAppreciableBenefitAndHarmIsRatedDownEvenWhenTheOisIsMet() {
    EvidenceBody evidence =
        EvidenceBody.builder()
            .studies(6)
            .participants(5000)
            .effect(Effect.of("RR", 0.95, 0.70, 1.30))
            .build();
    ImprecisionPolicy policy =
        ImprecisionPolicy.withDefaults()
            .withThresholds(0.75, 1.25)
            .withOptimalInformationSize(2000);
    assertThat(policy.suggest(evidence).orElseThrow().rating().levels()).isEqualTo(-2);
    EvidenceBody narrow =
        EvidenceBody.builder().from(evidence).effect(Effect.of("RR", 0.95, 0.80, 1.10)).build();
    assertThat(policy.suggest(narrow).orElseThrow().rating().levels()).isZero();
  }

  /**
   * Abstract: when the interval excludes no effect but the total number of patients is below the
   * optimal information size, "one should consider rating down for imprecision".
   */
  @Test
  void aRobustLookingEffectFromTooFewPatientsIsRatedDown() {
    EvidenceBody evidence =
        EvidenceBody.builder()
            .studies(3)
            .participants(300)
            .effect(Effect.of("RR", 0.40, 0.20, 0.80))
            .build();
    Suggestion s =
        ImprecisionPolicy.withDefaults()
            .withOptimalInformationSize(500)
            .suggest(evidence)
            .orElseThrow();
    assertThat(s.rating().levels()).isEqualTo(-1);
    assertThat(s.rationale())
        .contains("300 participants, below the optimal information size of 500");
  }
}
