package dev.appraise.robtool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Tools without a published algorithm (QUADAS-2, RoB 1, ROBINS-I): answers are recorded and the
 * rater judges.
 */
class RatedToolsTest {

  @Test
  void quadas2AnswersAreRecordedAndTheRaterJudges() {
    Tool quadas = Tools.load("quadas-2");
    assertThat(Rob2Algorithm.forTool(quadas)).isEmpty();
    DomainJudgement patientSelection =
        DomainJudgement.builder()
            .domain("D1")
            .answers(
                Map.of(
                    "1.1", Answer.Y, "1.2", Answer.N, "1.3", Answer.parse("unclear").orElseThrow()))
            .level(RiskOfBiasLevel.HIGH)
            .support("case-control design")
            .build();
    RaterAssessment a =
        RaterAssessment.builder()
            .tool("quadas-2")
            .studyId("S1")
            .rater("AB")
            .addDomains(patientSelection)
            .build()
            .checkAgainst(quadas);
    assertThat(a.domains().get(0).proposal()).isEmpty();
    assertThat(a.domains().get(0).answers()).containsEntry("1.3", Answer.NI);
    assertThat(a.toJudgements().get(0).level()).isEqualTo(RiskOfBiasLevel.HIGH);
  }

  @Test
  void answersAreCheckedAgainstTheTool() {
    Tool quadas = Tools.load("quadas-2");
    RaterAssessment probablyYes =
        RaterAssessment.builder()
            .tool("quadas-2")
            .studyId("S2")
            .rater("AB")
            .addDomains(
                DomainJudgement.builder()
                    .domain("D2")
                    .putAnswers("2.1", Answer.PY)
                    .level(RiskOfBiasLevel.LOW)
                    .build())
            .build();
    assertThatThrownBy(() -> probablyYes.checkAgainst(quadas))
        .hasMessageContaining("study S2")
        .hasMessageContaining("2.1")
        .hasMessageContaining("PY");
    RaterAssessment unknownQuestion =
        RaterAssessment.builder()
            .tool("rob1")
            .studyId("S3")
            .rater("AB")
            .addDomains(
                DomainJudgement.builder()
                    .domain("D1")
                    .putAnswers("1.1", Answer.Y)
                    .level(RiskOfBiasLevel.LOW)
                    .build())
            .build();
    assertThatThrownBy(() -> unknownQuestion.checkAgainst(Tools.load("rob1")))
        .hasMessageContaining("study S3")
        .hasMessageContaining("no signalling question '1.1'");
  }

  @Test
  void robinsIOverallIsTheWorstDomain() {
    Tool robins = Tools.load("robins-i");
    assertThat(
            robins
                .overallRule()
                .apply(
                    java.util.List.of(
                        RiskOfBiasLevel.LOW, RiskOfBiasLevel.SERIOUS, RiskOfBiasLevel.MODERATE)))
        .contains(RiskOfBiasLevel.SERIOUS);
    assertThatThrownBy(() -> robins.checkLevel("D1", RiskOfBiasLevel.HIGH))
        .hasMessageContaining("robins-i")
        .hasMessageContaining("High");
  }
}
