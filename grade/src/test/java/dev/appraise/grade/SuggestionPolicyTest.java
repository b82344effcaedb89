package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuggestionPolicyTest {

  private static RiskOfBiasJudgement overall(String id, RiskOfBiasLevel level) {
    return RiskOfBiasJudgement.builder()
        .studyId(id)
        .tool("rob1")
        .domain(RiskOfBiasJudgement.OVERALL)
        .level(level)
        .rater("AB")
        .build();
  }

  private static EvidenceBody body(RiskOfBiasLevel... levels) {
    EvidenceBody.Builder b = EvidenceBody.builder().studies(levels.length);
    for (int i = 0; i < levels.length; i++) {
      b.addRiskOfBias(overall("S" + i, levels[i]));
    }
    return b.build();
  }

  @Test
  void riskOfBiasFromTheShareOfStudiesAtHighRisk() {
    RiskOfBiasPolicy p = RiskOfBiasPolicy.withDefaults();
    RiskOfBiasLevel low = RiskOfBiasLevel.LOW;
    RiskOfBiasLevel high = RiskOfBiasLevel.HIGH;
    RiskOfBiasLevel unclear = RiskOfBiasLevel.UNCLEAR;
    assertThat(p.suggest(body(low, low, low)).orElseThrow().rating().levels()).isZero();
    assertThat(p.suggest(body(low, low, unclear)).orElseThrow().rating().levels()).isZero();
    assertThat(p.suggest(body(low, unclear, unclear)).orElseThrow().rating().levels())
        .isEqualTo(-1);
    assertThat(p.suggest(body(low, low, high)).orElseThrow().rating().levels()).isEqualTo(-1);
    Suggestion s = p.suggest(body(low, high, high)).orElseThrow();
    assertThat(s.rating().levels()).isEqualTo(-2);
    assertThat(s.rationale())
        .contains("3 studies judged: 67 % of studies at high or worse risk of bias");
    assertThat(
            p.withVerySeriousShare(0.7)
                .suggest(body(low, high, high))
                .orElseThrow()
                .rating()
                .levels())
        .isEqualTo(-1);
    assertThat(p.suggest(EvidenceBody.builder().studies(2).build())).isEmpty();
  }

  @Test
  void riskOfBiasFromTheShareOfWeight() {
    EvidenceBody e =
        EvidenceBody.builder()
            .from(body(RiskOfBiasLevel.LOW, RiskOfBiasLevel.HIGH))
            .weights(Map.of("S0", 90.0, "S1", 10.0))
            .build();
    RiskOfBiasPolicy byWeight = RiskOfBiasPolicy.withDefaults().with(RiskOfBiasPolicy.Share.WEIGHT);
    assertThat(byWeight.suggest(e).orElseThrow().rating().levels()).isEqualTo(-1);
    assertThat(byWeight.withSeriousShare(0.2).suggest(e).orElseThrow().rating().levels()).isZero();
    assertThat(
            RiskOfBiasPolicy.withDefaults()
                .withSeriousShare(0.2)
                .suggest(e)
                .orElseThrow()
                .rating()
                .levels())
        .isEqualTo(-1);
    EvidenceBody missing = EvidenceBody.builder().from(e).weights(Map.of("S0", 1.0)).build();
    assertThatThrownBy(() -> byWeight.suggest(missing))
        .hasMessageContaining("needs a weight for study S1");
  }

  @Test
  void aSingleSmallStudyIsImprecise() {
    EvidenceBody e =
        EvidenceBody.builder()
            .studies(1)
            .participants(32)
            .effect(Effect.of("SMD", 0.8, 0.1, 1.5))
            .build();
    Suggestion s = ImprecisionPolicy.withDefaults().suggest(e).orElseThrow();
    assertThat(s.rating().levels()).isEqualTo(-1);
    assertThat(s.rationale()).contains("a single small study of 32 participants");
  }

  @Test
  void fewStudiesCannotBeTestedForPublicationBias() {
    Suggestion s =
        PublicationBiasPolicy.withDefaults().suggest(body(RiskOfBiasLevel.LOW)).orElseThrow();
    assertThat(s.rating().levels()).isZero();
    assertThat(s.rationale()).contains("1 study, fewer than 10");
    assertThat(
            PublicationBiasPolicy.withDefaults()
                .suggest(EvidenceBody.builder().studies(12).build()))
        .isEmpty();
  }

  @Test
  void suggestionsAreAcceptedOrOverriddenAndAnOverrideKeepsWhoAndWhy() {
    Suggestion s =
        RiskOfBiasPolicy.withDefaults().suggest(body(RiskOfBiasLevel.HIGH)).orElseThrow();
    Decision accepted = Decision.accept(s, "MK");
    assertThat(accepted.kind()).isEqualTo(Decision.Kind.ACCEPTED);
    assertThat(accepted.rating()).isEqualTo(s.rating());

    Rating mine =
        Rating.down(
            CertaintyDomain.RISK_OF_BIAS, 1, "only the blinding of participants was at high risk");
    Decision overridden =
        Decision.override(s, mine, "JS", "outcome is objective; blinding matters little");
    assertThat(overridden.kind()).isEqualTo(Decision.Kind.OVERRIDDEN);
    assertThat(overridden.decidedBy()).isEqualTo("JS");
    assertThat(overridden.reason()).contains("outcome is objective; blinding matters little");

    assertThatThrownBy(() -> Decision.builder().suggestion(s).rating(mine).decidedBy("JS").build())
        .hasMessageContaining("overriding the Risk of bias suggestion needs a reason");
    assertThatThrownBy(
            () -> Decision.override(s, Rating.none(CertaintyDomain.IMPRECISION, ""), "JS", "x"))
        .hasMessageContaining("must match the suggestion's domain");
    assertThat(GradeJson.read(GradeJson.write(overridden), Decision.class)).isEqualTo(overridden);
  }

  @Test
  void assessmentsKeepDecisionsAndRefuseGradingsThatDisagreeWithThem() {
    EvidenceBody e = body(RiskOfBiasLevel.HIGH, RiskOfBiasLevel.LOW);
    List<Decision> decisions =
        List.of(
            Decision.manual(
                Rating.down(CertaintyDomain.INDIRECTNESS, 1, "adolescents only"), "MK"));
    Start start = Start.fromDesign(dev.appraise.core.model.StudyDesign.RANDOMISED_CONTROLLED_TRIAL);
    CertaintyAssessment a =
        CertaintyAssessment.of("Pain", e, start, decisions, GradingPolicy.handbook());
    assertThat(a.certainty()).isEqualTo(Certainty.MODERATE);
    Grading other = GradingPolicy.handbook().grade(start, List.of());
    assertThatThrownBy(() -> CertaintyAssessment.builder().from(a).grading(other).build())
        .hasMessageContaining("the grading's ratings must be the decisions' ratings");
  }
}
