package dev.appraise.robtool;

import static dev.appraise.core.model.RiskOfBiasLevel.HIGH;
import static dev.appraise.core.model.RiskOfBiasLevel.LOW;
import static dev.appraise.core.model.RiskOfBiasLevel.UNCLEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RobSummaryTest {

  /**
   * Nine studies; incomplete outcome data (D5) low in 8 of 9, as the seed review's results text
   * reports it.
   */
  static RobTable nineStudies() {
    RobTable.Builder t = RobTable.builder().domains(List.of("D1", "D5"));
    for (int i = 0; i < 9; i++) {
      t.addRows(
          RobRow.builder()
              .study("S" + i)
              .levels(Map.of("D1", i < 3 ? HIGH : UNCLEAR, "D5", i == 4 ? UNCLEAR : LOW))
              .weight(i + 1.0)
              .build());
    }
    return t.build().withNamesOf(Tools.load("rob1"));
  }

  @Test
  void countSentences() {
    assertThat(RobSummary.sentences(nineStudies()))
        .containsExactly(
            "random sequence generation unclear in 6 of 9 studies",
            "random sequence generation high in 3 of 9 studies",
            "incomplete outcome data low in 8 of 9 studies",
            "incomplete outcome data unclear in 1 of 9 studies");
  }

  @Test
  void weightedAndUnweightedDistributions() {
    DomainDistribution d5 = RobSummary.distributions(nineStudies(), false).get(1);
    assertThat(d5.judged()).isEqualTo(9);
    assertThat(d5.shares().get(LOW)).isCloseTo(8 / 9.0, within(1e-12));
    DomainDistribution weighted = RobSummary.distributions(nineStudies(), true).get(1);
    // weights 1..9 sum to 45; study S4 (weight 5) is unclear
    assertThat(weighted.shares().get(UNCLEAR)).isCloseTo(5 / 45.0, within(1e-12));
    assertThat(weighted.shares().values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1, within(1e-12));
  }

  @Test
  void overallByRule() {
    Map<String, Optional<RiskOfBiasLevel>> worst =
        RobSummary.overall(nineStudies(), OverallRule.WORST_DOMAIN);
    assertThat(worst.get("S0")).contains(HIGH);
    assertThat(worst.get("S5")).contains(UNCLEAR);
    assertThat(RobSummary.overall(nineStudies(), OverallRule.NONE).get("S0")).isEmpty();
    assertThat(RobSummary.withOverall(nineStudies(), OverallRule.WORST_DOMAIN).hasOverall())
        .isTrue();
  }

  @Test
  void worstDomainFollowsRobinsIForNoInformation() {
    assertThat(
            OverallRule.WORST_DOMAIN.apply(
                List.of(LOW, RiskOfBiasLevel.MODERATE, RiskOfBiasLevel.NO_INFORMATION)))
        .contains(RiskOfBiasLevel.NO_INFORMATION);
    assertThat(
            OverallRule.WORST_DOMAIN.apply(
                List.of(RiskOfBiasLevel.SERIOUS, RiskOfBiasLevel.NO_INFORMATION)))
        .contains(RiskOfBiasLevel.SERIOUS);
    assertThat(
            OverallRule.WORST_DOMAIN.apply(
                List.of(RiskOfBiasLevel.CRITICAL, RiskOfBiasLevel.SERIOUS)))
        .contains(RiskOfBiasLevel.CRITICAL);
  }
}
