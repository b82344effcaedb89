package dev.appraise.synthesis.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.model.ChangeDirection;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.synthesis.EffectSize;
import dev.appraise.synthesis.MetaAnalysis;
import dev.appraise.synthesis.MetaAnalysisResult;
import dev.appraise.synthesis.SubgroupAnalysis;
import dev.appraise.synthesis.TrimAndFill;
import dev.appraise.synthesis.swim.DomainVoteCount;
import dev.appraise.synthesis.swim.EffectDirection;
import dev.appraise.synthesis.swim.OutcomeDirection;
import dev.appraise.synthesis.swim.StudyCharacteristics;
import dev.appraise.synthesis.swim.VoteCounting;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The code of the README's "Meta-analysis" (plots) and "Synthesis without meta-analysis" sections
 * runs.
 */
class ReadmeExampleTest {

  @Test
  void forestAndFunnelPlots() {
    List<EffectSize> bcg = BcgTrials.logRiskRatios();
    List<String> allocations = BcgTrials.allocations();
    MetaAnalysisResult re = MetaAnalysis.withDefaults().fit(bcg);
    List<RiskOfBiasJudgement> judgements =
        List.of(
            RiskOfBiasJudgement.builder()
                .studyId("Aronson 1948")
                .tool("rob2")
                .domain("D1")
                .level(RiskOfBiasLevel.LOW)
                .rater("JK")
                .build());
    String forest =
        ForestPlot.withDefaults()
            .withLabels("Favours vaccine", "Favours control")
            .withRiskOfBias(judgements)
            .render(re, SubgroupAnalysis.of(MetaAnalysis.withDefaults()).fit(bcg, allocations));
    String funnel =
        FunnelPlot.withDefaults().withContours(true).render(TrimAndFill.withDefaults().fill(re));
    assertThat(forest)
        .contains("0.49 [0.34, 0.70]")
        .contains("Favours vaccine")
        .contains("data-domain=\"D1\"");
    assertThat(funnel).contains("class=\"filled\"").contains("class=\"contour\"");
  }

  @Test
  void voteCountingByDirectionOfEffect() {
    List<OutcomeDirection> results =
        List.of(
            OutcomeDirection.of("Smith 2001", "pain", EffectDirection.FAVOURS_INTERVENTION),
            OutcomeDirection.of("Smith 2001", "pain", EffectDirection.FAVOURS_INTERVENTION),
            OutcomeDirection.of("Smith 2001", "pain", EffectDirection.NO_CHANGE),
            OutcomeDirection.of(
                "Jones 2004",
                "pain",
                EffectDirection.fromChange(ChangeDirection.DECREASE, ChangeDirection.DECREASE)));
    DomainVoteCount pain = VoteCounting.withDefaults().count(results).domain("pain");
    assertThat(pain.favouring()).isEqualTo(1);
    assertThat(pain.conflicting()).isEqualTo(1);
    assertThat(pain.signTestP().getAsDouble()).isEqualTo(1.0);
    assertThat(pain.interval()).isPresent();
    String svg =
        EffectDirectionPlot.withDefaults()
            .render(
                results,
                List.of(
                    StudyCharacteristics.builder()
                        .study("Smith 2001")
                        .design("RCT")
                        .sampleSize(120)
                        .build()));
    assertThat(svg).contains(">Smith 2001<").contains(">Jones 2004<").contains(">RCT<");
  }
}
