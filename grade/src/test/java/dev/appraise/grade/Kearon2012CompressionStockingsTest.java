package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.model.StudyDesign;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A GRADE summary-of-findings row as the American College of Chest Physicians' guideline on
 * antithrombotic therapy for venous thromboembolism published it (Kearon C et al., Chest 2012;141(2
 * Suppl):e419S-e496S, Table 25, "Summary of findings: compression stockings vs no compression
 * stockings for patients with PTS", PMC3278049): symptomatic relief, 115 participants (2 studies),
 * RR 0.96 (0.70-1.31), 579 per 1000 with no compression stockings, "23 fewer per 1,000 (from 174
 * fewer to 179 more)". The table writes the difference from the unrounded risks: 579 x 0.70 =
 * 405.3, 173.7 fewer, shown as 174 fewer.
 */
class Kearon2012CompressionStockingsTest {

  @Test
  void riskDifferenceAndItsIntervalMatchThePublishedRow() {
    AbsoluteEffect a = AbsoluteEffect.of(Effect.of("RR", 0.96, 0.70, 1.31), AssumedRisk.of(0.579));
    assertThat(SummaryOfFindingsWriter.differencePer(a.difference(), 1000))
        .isEqualTo("23 fewer per 1000");
    assertThat(SummaryOfFindingsWriter.differencePer(a.differenceLower(), 1000))
        .isEqualTo("174 fewer per 1000");
    assertThat(SummaryOfFindingsWriter.differencePer(a.differenceUpper(), 1000))
        .isEqualTo("179 more per 1000");
  }

  @Test
  void theTableRowReadsAsPublished() {
    EvidenceBody body =
        EvidenceBody.builder()
            .studies(2)
            .participants(115)
            .designs(
                List.of(
                    StudyDesign.RANDOMISED_CONTROLLED_TRIAL,
                    StudyDesign.RANDOMISED_CONTROLLED_TRIAL))
            .effect(Effect.of("RR", 0.96, 0.70, 1.31))
            .build();
    List<Rating> ratings =
        List.of(
            Rating.down(CertaintyDomain.RISK_OF_BIAS, 1, "as published: risk of bias"),
            Rating.down(CertaintyDomain.IMPRECISION, 1, "as published: imprecision"));
    CertaintyAssessment a =
        CertaintyAssessment.builder()
            .outcome("Symptomatic relief")
            .evidence(body)
            .grading(GradingPolicy.handbook().grade(Start.fromDesigns(body.designs()), ratings))
            .build();
    SummaryOfFindings sof =
        SummaryOfFindings.builder()
            .intervention("Compression stockings")
            .comparison("no compression stockings")
            .population("patients with PTS")
            .addOutcomes(OutcomeSummary.of(a, List.of(AssumedRisk.of(0.579))))
            .build();
    String md = SummaryOfFindingsWriter.withDefaults().markdown(sof);
    assertThat(md)
        .contains(
            "| Symptomatic relief | 579 per 1000 | 556 per 1000 (405 to 758) |"
                + " 23 fewer per 1000 (from 174 fewer to 179 more) | RR 0.96 (0.70 to 1.31) | 115<br/>(2 RCTs) |"
                + " ⊕⊕◯◯ Low \\[a, b\\] |");
    assertThat(a.certainty()).isEqualTo(Certainty.LOW);
  }
}
