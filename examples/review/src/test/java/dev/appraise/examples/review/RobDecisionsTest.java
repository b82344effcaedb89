package dev.appraise.examples.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.model.JudgementStage;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** Reading the consensus and adjudication decisions. */
class RobDecisionsTest {

  private static final String HEADER = "Study,Domain,Stage,Level,Rater,Note\n";

  @Test
  void readsConsensusAndAdjudication() {
    RobDecisions d =
        RobDecisions.read(
            new StringReader(
                HEADER
                    + "S1,D4,consensus,low,,agreed in discussion\n"
                    + "S2,D8,Adjudicated,High,M.M.,third reviewer\n"),
            "d.csv");

    assertThat(d.decisions()).hasSize(2);
    assertThat(d.decisions().get(0).stage()).isEqualTo(JudgementStage.CONSENSUS);
    assertThat(d.decisions().get(0).level()).isEqualTo(RiskOfBiasLevel.LOW);
    assertThat(d.decisions().get(1).rater()).contains("M.M.");
  }

  @Test
  void collectsEveryProblemWithItsLine() {
    assertThatThrownBy(
            () ->
                RobDecisions.read(
                    new StringReader(
                        HEADER
                            + "S1,D4,vote,low,,x\n"
                            + "S2,D5,consensus,dreadful,,x\n"
                            + "S3,D6,adjudicated,high,,x\n"),
                    "d.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 problems in d.csv")
        .hasMessageContaining("d.csv, line 2: stage must be consensus or adjudicated, was 'vote'")
        .hasMessageContaining("d.csv, line 3: unknown risk-of-bias level 'dreadful'")
        .hasMessageContaining(
            "d.csv, line 4: an adjudicated decision must name the third reviewer");
  }

  @Test
  void rejectsAWrongHeader() {
    assertThatThrownBy(() -> RobDecisions.read(new StringReader("Study,Level\nS1,low\n"), "d.csv"))
        .hasMessageStartingWith(
            "d.csv, line 1: header must be Study,Domain,Stage,Level,Rater,Note");
  }

  @Test
  void theSeedDecisionsAreMarkedIllustrative() throws Exception {
    try (var in = SeedReview.class.getResourceAsStream(SeedReview.DECISIONS_CSV)) {
      RobDecisions d =
          RobDecisions.read(
              new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8),
              SeedReview.DECISIONS_CSV);
      assertThat(d.decisions())
          .hasSize(7)
          .allSatisfy(x -> assertThat(x.note()).startsWith("Illustrative"));
      assertThat(d.decisions())
          .filteredOn(x -> x.stage() == JudgementStage.ADJUDICATED)
          .allSatisfy(x -> assertThat(x.rater()).contains(SeedReview.THIRD_REVIEWER));
    }
  }
}
