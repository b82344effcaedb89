package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.model.AgeGroup;
import dev.appraise.core.model.Arm;
import dev.appraise.core.model.Citation;
import dev.appraise.core.model.JudgementStage;
import dev.appraise.core.model.Participants;
import dev.appraise.core.model.Population;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.core.model.Study;
import dev.appraise.core.model.StudyDesign;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceBodyFromStudiesTest {

  private static Study study(String id, StudyDesign design, int... arms) {
    Study.Builder b =
        Study.builder()
            .id(id)
            .citation(
                Citation.builder()
                    .addAuthors("Author A")
                    .year(2015)
                    .title("A made-up study " + id)
                    .build())
            .design(design)
            .population(
                Population.builder().condition("chronic pain").ageGroup(AgeGroup.ADULT).build());
    for (int i = 0; i < arms.length; i++) {
      b.addArms(
          Arm.builder()
              .id("arm" + i)
              .label("arm " + i)
              .participants(Participants.builder().n(arms[i]).build())
              .build());
    }
    return b.build();
  }

  private static RiskOfBiasJudgement overall(
      String id, String rater, JudgementStage stage, RiskOfBiasLevel level) {
    return RiskOfBiasJudgement.builder()
        .studyId(id)
        .tool("rob1")
        .domain(RiskOfBiasJudgement.OVERALL)
        .level(level)
        .rater(rater)
        .stage(stage)
        .build();
  }

  @Test
  void countsDesignsParticipantsAndTakesEachStudysFinalOverallJudgement() {
    List<Study> studies =
        List.of(
            study("A2014", StudyDesign.RANDOMISED_CONTROLLED_TRIAL, 20, 18),
            study("B2016", StudyDesign.CONTROLLED_COHORT, 12, 12));
    List<RiskOfBiasJudgement> judgements =
        List.of(
            overall("A2014", "R1", JudgementStage.INDIVIDUAL, RiskOfBiasLevel.LOW),
            overall("A2014", "R2", JudgementStage.INDIVIDUAL, RiskOfBiasLevel.UNCLEAR),
            overall("A2014", "R1+R2", JudgementStage.CONSENSUS, RiskOfBiasLevel.UNCLEAR),
            overall("B2016", "R1", JudgementStage.INDIVIDUAL, RiskOfBiasLevel.HIGH),
            overall("B2016", "R2", JudgementStage.INDIVIDUAL, RiskOfBiasLevel.HIGH),
            overall("C2020", "R1", JudgementStage.INDIVIDUAL, RiskOfBiasLevel.LOW));
    EvidenceBody e = EvidenceBody.fromStudies(studies, judgements);
    assertThat(e.studies()).isEqualTo(2);
    assertThat(e.participants()).hasValue(62);
    assertThat(e.designs())
        .containsExactly(StudyDesign.RANDOMISED_CONTROLLED_TRIAL, StudyDesign.CONTROLLED_COHORT);
    assertThat(e.riskOfBias())
        .extracting(RiskOfBiasJudgement::level)
        .containsExactly(RiskOfBiasLevel.UNCLEAR, RiskOfBiasLevel.HIGH);
    assertThat(Start.fromDesigns(e.designs()).certainty()).isEqualTo(Certainty.LOW);
    // one of two studies (50 %) at high risk: serious, not more than half
    assertThat(RiskOfBiasPolicy.withDefaults().suggest(e).orElseThrow().rating().levels())
        .isEqualTo(-1);
  }

  @Test
  void disagreeingIndividualJudgementsWithoutConsensusAreRejected() {
    List<Study> studies = List.of(study("A2014", StudyDesign.RANDOMISED_CONTROLLED_TRIAL, 10));
    List<RiskOfBiasJudgement> judgements =
        List.of(
            overall("A2014", "R1", JudgementStage.INDIVIDUAL, RiskOfBiasLevel.LOW),
            overall("A2014", "R2", JudgementStage.INDIVIDUAL, RiskOfBiasLevel.HIGH));
    assertThatThrownBy(() -> EvidenceBody.fromStudies(studies, judgements))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "study A2014 has 2 overall risk-of-bias judgements at stage INDIVIDUAL that disagree");
  }
}
