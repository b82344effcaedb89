package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.model.StudyDesign;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradingPolicyTest {

  private static final Start RCT = Start.fromDesign(StudyDesign.RANDOMISED_CONTROLLED_TRIAL);
  private static final Start COHORT = Start.fromDesign(StudyDesign.CONTROLLED_COHORT);

  @Test
  void outOfRangeRatingsNameTheDomainAndTheValue() {
    assertThatThrownBy(() -> Rating.down(CertaintyDomain.RISK_OF_BIAS, 3, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("risk of bias rating must be between -2 and 0 levels, was -3");
    assertThatThrownBy(() -> Rating.up(CertaintyDomain.LARGE_EFFECT, 3, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("large effect rating must be between 0 and +2 levels, was +3");
    assertThatThrownBy(() -> Rating.down(CertaintyDomain.IMPRECISION, 4, "x"))
        .hasMessage("imprecision rating must be between -3 and 0 levels, was -4");
    assertThatThrownBy(() -> Rating.up(CertaintyDomain.RISK_OF_BIAS, 1, "x"))
        .hasMessage("risk of bias rating must be between -2 and 0 levels, was +1");
    assertThat(Rating.down(CertaintyDomain.IMPRECISION, 3, "very wide interval").levels())
        .isEqualTo(-3);
  }

  @Test
  void aRatingThatChangesTheLevelNeedsAFootnote() {
    assertThatThrownBy(() -> Rating.down(CertaintyDomain.INDIRECTNESS, 1, " "))
        .hasMessageContaining("Indirectness rating of -1 needs a footnote");
    assertThat(Rating.none(CertaintyDomain.INDIRECTNESS, "").footnote()).isEmpty();
  }

  @Test
  void aDomainRatedTwiceIsRejected() {
    assertThatThrownBy(
            () ->
                GradingPolicy.handbook()
                    .grade(
                        RCT,
                        List.of(
                            Rating.down(CertaintyDomain.IMPRECISION, 1, "a"),
                            Rating.none(CertaintyDomain.IMPRECISION, ""))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Imprecision rated more than once");
  }

  @Test
  void theExplanationListsStartEveryRatingAndTheClamp() {
    Grading g =
        GradingPolicy.handbook()
            .grade(
                COHORT,
                List.of(
                    Rating.down(CertaintyDomain.IMPRECISION, 3, "one study of 24 participants"),
                    Rating.down(CertaintyDomain.RISK_OF_BIAS, 2, "no control of confounding")));
    assertThat(g.certainty()).isEqualTo(Certainty.VERY_LOW);
    assertThat(g.clamped()).isTrue();
    assertThat(g.steps())
        .extracting(Step::kind)
        .containsExactly(Step.Kind.START, Step.Kind.RATING, Step.Kind.RATING, Step.Kind.CLAMP);
    assertThat(g.steps()).extracting(Step::level).containsExactly(2, 0, -3, 1);
    assertThat(g.explanation())
        .contains("Start: LOW")
        .contains("Risk of bias: -2 (very serious) \u2014 no control of confounding")
        .contains("Imprecision: -3 (extremely serious) \u2014 one study of 24 participants")
        .contains("Clamp: the sum -3 lies outside the scale")
        .endsWith("Certainty: Very low ⊕◯◯◯");
    assertThat(g.explanation(CertaintyLabels.standard().with(Certainty.VERY_LOW, "Preliminary")))
        .endsWith("Certainty: Preliminary ⊕◯◯◯");
  }

  @Test
  void theHandbookPolicyRecordsButDoesNotApplyRatingUpOfRandomisedEvidence() {
    Grading g =
        GradingPolicy.handbook()
            .grade(
                RCT,
                List.of(
                    Rating.down(CertaintyDomain.RISK_OF_BIAS, 1, "unclear allocation concealment"),
                    Rating.up(CertaintyDomain.LARGE_EFFECT, 1, "RR 0.3")));
    assertThat(g.certainty()).isEqualTo(Certainty.MODERATE);
    assertThat(g.steps().get(2).kind()).isEqualTo(Step.Kind.NOT_APPLIED);
    assertThat(g.steps().get(2).text()).contains("does not rate up randomised evidence");

    Grading allowed = GradingPolicy.handbook().withRatingUpRandomised(true).grade(RCT, g.ratings());
    assertThat(allowed.certainty()).isEqualTo(Certainty.HIGH);
    assertThat(allowed.clamped()).isFalse();
  }

  @Test
  void rateUpOnlyWhenNothingRatedDownBlocksRatingUpAfterARatingDown() {
    List<Rating> ratings =
        List.of(
            Rating.down(CertaintyDomain.INDIRECTNESS, 1, "surrogate outcome"),
            Rating.up(CertaintyDomain.DOSE_RESPONSE, 1, "gradient"));
    assertThat(GradingPolicy.handbook().grade(COHORT, ratings).certainty())
        .isEqualTo(Certainty.LOW);
    Grading strict =
        GradingPolicy.handbook().withRateUpOnlyWhenNothingRatedDown(true).grade(COHORT, ratings);
    assertThat(strict.certainty()).isEqualTo(Certainty.VERY_LOW);
    assertThat(strict.explanation()).contains("rates up only when nothing was rated down");
  }

  @Test
  void aStartCanBeOverriddenWithAReason() {
    Start s = RCT.overriddenTo(Certainty.MODERATE, "open-label trials with subjective outcomes");
    assertThat(s.basis()).isEqualTo(Start.Basis.OVERRIDE);
    assertThat(s.designs()).containsExactly(StudyDesign.RANDOMISED_CONTROLLED_TRIAL);
    assertThat(GradingPolicy.handbook().grade(s, List.of()).explanation())
        .startsWith("Start: MODERATE (OVERRIDE: open-label trials with subjective outcomes)");
    assertThatThrownBy(() -> RCT.overriddenTo(Certainty.LOW, ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mixedDesignsStartLowAndSaySo() {
    Start s =
        Start.fromDesigns(
            List.of(
                StudyDesign.RANDOMISED_CONTROLLED_TRIAL,
                StudyDesign.CONTROLLED_COHORT,
                StudyDesign.CONTROLLED_COHORT));
    assertThat(s.certainty()).isEqualTo(Certainty.LOW);
    assertThat(s.reason())
        .contains("randomised controlled trial (1), controlled cohort (2)")
        .contains("weaker design");
  }
}
