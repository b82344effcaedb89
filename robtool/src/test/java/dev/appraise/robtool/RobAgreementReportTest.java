package dev.appraise.robtool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.core.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobAgreementReportTest {

  @Test
  void seedReview65Of72WithWilsonInterval() {
    RobAgreementReport r = TwoRaterWorkflowTest.seedShaped().agreement();
    assertThat(r.compared()).isEqualTo(72);
    assertThat(r.agreed()).isEqualTo(65);
    assertThat(r.disagreed()).isEqualTo(7);
    assertThat(r.disagreements()).hasSize(7);
    // 65/72 = 90.3 % as the seed review reports; Wilson 95 % interval from
    // src/test/scripts/wilson_seed.py
    assertThat(r.percentAgreement().valueOrThrow()).isCloseTo(0.9027777777777778, within(1e-12));
    ConfidenceInterval wilson = r.percentAgreement().interval().orElseThrow();
    assertThat(wilson.method()).isEqualToIgnoringCase("wilson");
    assertThat(wilson.lower()).isCloseTo(0.8126495420487314, within(1e-9));
    assertThat(wilson.upper()).isCloseTo(0.9521036800263443, within(1e-9));
    assertThat(r.cohenKappaByDomain())
        .containsOnlyKeys("D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8");
  }

  /**
   * Wikipedia, "Cohen's kappa", simple example: 50 grant proposals, both yes 20, A yes B no 5, A no
   * B yes 10, both no 15: p_o = 0.7, p_e = 0.5, kappa = 0.4. Yes is read as high risk, no as low.
   */
  @Test
  void cohenKappaFromTheCoreEngine() {
    List<RiskOfBiasJudgement> a = new ArrayList<>();
    List<RiskOfBiasJudgement> b = new ArrayList<>();
    int[][] cells = {{20, 1, 1}, {5, 1, 0}, {10, 0, 1}, {15, 0, 0}};
    int unit = 0;
    for (int[] cell : cells) {
      for (int i = 0; i < cell[0]; i++, unit++) {
        a.add(j("P" + unit, cell[1] == 1 ? RiskOfBiasLevel.HIGH : RiskOfBiasLevel.LOW, "A"));
        b.add(j("P" + unit, cell[2] == 1 ? RiskOfBiasLevel.HIGH : RiskOfBiasLevel.LOW, "B"));
      }
    }
    RobAgreementReport r = TwoRaterWorkflow.of(a, b).agreement();
    assertThat(r.percentAgreement().valueOrThrow()).isCloseTo(0.7, within(1e-12));
    assertThat(r.cohenKappa().valueOrThrow()).isCloseTo(0.4, within(1e-12));
    assertThat(r.cohenKappaByDomain().get("D1").valueOrThrow()).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void kappaUndefinedWhenEveryJudgementIsOneLevel() {
    List<RiskOfBiasJudgement> a =
        List.of(j("S1", RiskOfBiasLevel.LOW, "A"), j("S2", RiskOfBiasLevel.LOW, "A"));
    List<RiskOfBiasJudgement> b =
        List.of(j("S1", RiskOfBiasLevel.LOW, "B"), j("S2", RiskOfBiasLevel.LOW, "B"));
    RobAgreementReport r = TwoRaterWorkflow.of(a, b).agreement();
    assertThat(r.percentAgreement().valueOrThrow()).isEqualTo(1.0);
    assertThat(r.cohenKappa().isDefined()).isFalse();
    assertThat(r.cohenKappa().undefinedReason()).isPresent();
  }

  private static RiskOfBiasJudgement j(String study, RiskOfBiasLevel level, String rater) {
    return RiskOfBiasJudgement.builder()
        .studyId(study)
        .tool("rob1")
        .domain("D1")
        .level(level)
        .rater(rater)
        .build();
  }
}
