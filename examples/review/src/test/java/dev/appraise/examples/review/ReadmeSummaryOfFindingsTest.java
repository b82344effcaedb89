package dev.appraise.examples.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.stats.PooledEffect;
import dev.appraise.grade.AbsoluteEffect;
import dev.appraise.grade.AssumedRisk;
import dev.appraise.grade.CertaintyAssessment;
import dev.appraise.grade.CertaintyDomain;
import dev.appraise.grade.Decision;
import dev.appraise.grade.Effect;
import dev.appraise.grade.EvidenceBody;
import dev.appraise.grade.GradingPolicy;
import dev.appraise.grade.OutcomeSummary;
import dev.appraise.grade.Start;
import dev.appraise.grade.Suggestion;
import dev.appraise.grade.Suggestions;
import dev.appraise.grade.SummaryOfFindings;
import dev.appraise.grade.SummaryOfFindingsWriter;
import dev.appraise.synthesis.EffectSize;
import dev.appraise.synthesis.MetaAnalysis;
import dev.appraise.synthesis.MetaAnalysisResult;
import dev.appraise.synthesis.SmallStudyTests;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's code for certainty from a meta-analysis, as written there, with the values its
 * comments name.
 */
class ReadmeSummaryOfFindingsTest {

  @Test
  void theReadmesCodeRunsAndGivesTheValuesItsCommentsName() {
    List<EffectSize> bcg = BcgWorkedExample.run().effects();
    List<RiskOfBiasJudgement> judgements = BcgWorkedExample.run().judgements();
    // the README's lines
    MetaAnalysisResult fit = MetaAnalysis.withDefaults().fit(bcg);
    PooledEffect pooled =
        fit.toPooledEffect(SmallStudyTests.egger(fit), SmallStudyTests.rankCorrelation(fit));
    EvidenceBody body = EvidenceBody.fromPooledEffect(pooled, judgements);
    List<Suggestion> suggestions = Suggestions.forMetaAnalysis().suggest(body);
    AbsoluteEffect a =
        AbsoluteEffect.of(Effect.ofPooled(pooled), AssumedRisk.of("Moderate risk", 0.04));
    List<Decision> decisions = suggestions.stream().map(s -> Decision.accept(s, "MK")).toList();
    CertaintyAssessment tb =
        CertaintyAssessment.of(
            "Tuberculosis", body, Start.randomisedTrials(), decisions, GradingPolicy.handbook());
    SummaryOfFindings sof =
        SummaryOfFindings.builder()
            .intervention("BCG vaccine")
            .comparison("no vaccine")
            .addOutcomes(OutcomeSummary.of(tb, List.of(AssumedRisk.studyPopulation(1510, 166283))))
            .build();
    String markdown = SummaryOfFindingsWriter.withDefaults().markdown(sof);
    // the values its comments name
    Suggestion inconsistency =
        suggestions.stream()
            .filter(s -> s.domain() == CertaintyDomain.INCONSISTENCY)
            .findFirst()
            .orElseThrow();
    assertThat(inconsistency.rating().levels()).isEqualTo(-1);
    assertThat(inconsistency.rationale())
        .startsWith("I² = 92 % (considerable heterogeneity), ")
        .contains("; the 95% prediction interval 0.155 to 1.55 crosses 1");
    assertThat(a.interventionRisk()).isCloseTo(0.0196, within(5e-5));
    assertThat(a.difference()).isCloseTo(-0.0204, within(5e-5));
    assertThat(SummaryOfFindingsWriter.rounded(a.interventionLower(), 1000)).isEqualTo(14);
    assertThat(SummaryOfFindingsWriter.rounded(a.interventionUpper(), 1000)).isEqualTo(28);
    assertThat(SummaryOfFindingsWriter.rounded(a.differenceLower(), 1000)).isEqualTo(-26);
    assertThat(SummaryOfFindingsWriter.rounded(a.differenceUpper(), 1000)).isEqualTo(-12);
    assertThat(markdown).contains("| Tuberculosis | Study population: 9 per 1000 \\[a\\] |");
  }
}
