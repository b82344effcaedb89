package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.model.StudyDesign;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schünemann HJ et al. GRADE guidelines: 18. How ROBINS-I and other tools to assess risk of bias in
 * nonrandomized studies should be used to rate the certainty of a body of evidence. J Clin
 * Epidemiol 2019;111:105-114: when ROBINS-I is used, non-randomised studies start as high certainty
 * and the concerns about confounding and selection that justify starting low elsewhere are carried
 * by the risk-of-bias rating, typically leading to rating down.
 */
class Schunemann2019RobinsIStartTest {

  @Test
  void robinsIStartsHighAndSeriousRiskOfBiasBringsItToLowAsTheTraditionalStart() {
    Start s =
        Start.robinsI(
            List.of(StudyDesign.CONTROLLED_COHORT), "ROBINS-I, serious risk of confounding");
    assertThat(s.certainty()).isEqualTo(Certainty.HIGH);
    assertThat(s.randomised()).isFalse();
    Grading g =
        GradingPolicy.handbook()
            .grade(
                s,
                List.of(
                    Rating.down(
                        CertaintyDomain.RISK_OF_BIAS,
                        2,
                        "serious risk of bias (ROBINS-I), confounding")));
    Grading traditional =
        GradingPolicy.handbook().grade(Start.fromDesign(StudyDesign.CONTROLLED_COHORT), List.of());
    assertThat(g.certainty()).isEqualTo(traditional.certainty()).isEqualTo(Certainty.LOW);
  }

  @Test
  void robinsIDoesNotApplyToRandomisedTrials() {
    assertThatThrownBy(() -> Start.robinsI(List.of(StudyDesign.RANDOMISED_CONTROLLED_TRIAL), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ROBINS-I start applies to non-randomised studies only");
  }
}
