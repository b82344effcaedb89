package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.core.stats.PooledEffect;
import dev.appraise.core.stats.StudyEstimate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Suggestions from a meta-analysis on constructed pooled effects whose numbers are worked out by
 * hand next to them (equal-effects pooling: {@code b = Σ y/v / Σ 1/v}, {@code SE = 1/sqrt(Σ 1/v)},
 * {@code Q = Σ (y - b)²/v}); the BCG trials, pooled by appraise-synthesis, are in {@code
 * examples/review}'s {@code Colditz1994BcgSuggestionsTest}.
 */
class MetaAnalysisSuggestionsTest {

  /**
   * Three log risk ratios -0.45, -0.5, -0.55 with variance 0.01: b = -0.5, SE = 0.0577, Q = 0.5 on
   * 2 df.
   */
  static PooledEffect homogeneous() {
    double se = Math.sqrt(0.01 / 3);
    return PooledEffect.builder()
        .measure("RR")
        .ratio(true)
        .method("REML")
        .estimate(-0.5)
        .standardError(se)
        .ciLower(-0.5 - 1.959964 * se)
        .ciUpper(-0.5 + 1.959964 * se)
        .level(0.95)
        .piLower(-0.5 - 1.959964 * se)
        .piUpper(-0.5 + 1.959964 * se)
        .tau2(0)
        .i2(0)
        .q(0.5)
        .qDf(2)
        .qPValue(Math.exp(-0.25))
        .participants(1200)
        .addStudies(StudyEstimate.of("A", -0.45, 0.01, 100 / 3.0))
        .addStudies(StudyEstimate.of("B", -0.5, 0.01, 100 / 3.0))
        .addStudies(StudyEstimate.of("C", -0.55, 0.01, 100 / 3.0))
        .build();
  }

  private static Map<CertaintyDomain, Suggestion> suggest(EvidenceBody body) {
    return Suggestions.forMetaAnalysis().suggest(body).stream()
        .collect(Collectors.toMap(Suggestion::domain, s -> s));
  }

  @Test
  void withoutHeterogeneityNothingIsRatedDownAndPublicationBiasIsNotAssessed() {
    Map<CertaintyDomain, Suggestion> s = suggest(EvidenceBody.fromPooledEffect(homogeneous()));
    Suggestion inconsistency = s.get(CertaintyDomain.INCONSISTENCY);
    assertThat(inconsistency.rating().levels()).isZero();
    assertThat(inconsistency.rationale())
        .startsWith("I² = 0 % (might not be important), tau² = 0, Q = 0.5 on 2 df (p = 0.779)")
        .contains("study estimates lie on one side of 1 and their intervals all overlap")
        .contains("the 95% prediction interval 0.542 to 0.679 does not cross 1")
        .endsWith("not serious");
    Suggestion imprecision = s.get(CertaintyDomain.IMPRECISION);
    assertThat(imprecision.rating().levels()).isZero();
    assertThat(imprecision.rationale()).contains("crosses no threshold (1)");
    Suggestion publication = s.get(CertaintyDomain.PUBLICATION_BIAS);
    assertThat(publication.rating().levels()).isZero();
    assertThat(publication.rationale())
        .isEqualTo(
            "3 studies, fewer than 10: funnel-plot asymmetry cannot be tested;"
                + " judge publication bias from the search and the funding of the studies");
    // exp(-0.5) = 0.607, a 1.6-fold reduction: not large
    assertThat(s.get(CertaintyDomain.LARGE_EFFECT).rating().levels()).isZero();
  }

  @Test
  void anIntervalCrossingTheThresholdIsImprecise() {
    // RR 0.9 (0.75 to 1.08): log -0.1054 (-0.2877 to 0.0770)
    PooledEffect p =
        PooledEffect.builder()
            .from(homogeneous())
            .estimate(Math.log(0.9))
            .ciLower(Math.log(0.75))
            .ciUpper(Math.log(1.08))
            .piLower(Math.log(0.75))
            .piUpper(Math.log(1.08))
            .build();
    EvidenceBody body = EvidenceBody.fromPooledEffect(p);
    Suggestion imprecision = ImprecisionPolicy.withDefaults().suggest(body).orElseThrow();
    assertThat(imprecision.rating().levels()).isEqualTo(-1);
    assertThat(imprecision.rationale())
        .isEqualTo("the interval of RR 0.9 (95% CI 0.75 to 1.08) crosses 1: serious");
    // Guyatt 2011's thresholds of appreciable benefit and harm, 0.75 and 1.25: the interval crosses
    // neither
    assertThat(
            ImprecisionPolicy.withDefaults()
                .withThresholds(0.75, 1.25)
                .suggest(body)
                .orElseThrow()
                .rating()
                .levels())
        .isZero();
    // on the absolute scale: 10 fewer per 1000 at 100 per 1000 is an RR of 0.9, crossed by 0.75 to
    // 1.08
    Suggestion absolute =
        ImprecisionPolicy.withDefaults()
            .withAbsoluteThresholds(AssumedRisk.of(0.1), -0.01)
            .suggest(body)
            .orElseThrow();
    assertThat(absolute.rating().levels()).isEqualTo(-1);
    assertThat(absolute.rationale())
        .contains("crosses 0.9 (10 fewer per 1000 at an assumed risk of 100 per 1000)");
    // the prediction interval crosses 1 while the study estimates all lie below it: not
    // inconsistency
    assertThat(InconsistencyPolicy.withDefaults().suggest(body).orElseThrow().rating().levels())
        .isZero();
  }

  @Test
  void fewerThanTenStudiesLeavePublicationBiasUnassessedEvenWithTestResults() {
    PooledEffect p =
        PooledEffect.builder()
            .from(homogeneous())
            .eggerPValue(0.01)
            .rankCorrelationPValue(0.02)
            .build();
    Suggestion s =
        PublicationBiasPolicy.withDefaults()
            .suggest(EvidenceBody.fromPooledEffect(p))
            .orElseThrow();
    assertThat(s.rating().levels()).isZero();
    assertThat(s.rationale())
        .contains("3 studies, fewer than 10: funnel-plot asymmetry cannot be tested");
  }

  private static PooledEffect tenStudies(double egger, double rank) {
    PooledEffect.Builder b =
        PooledEffect.builder()
            .from(homogeneous())
            .studies(List.of())
            .qDf(9)
            .eggerPValue(egger)
            .rankCorrelationPValue(rank);
    for (int i = 0; i < 10; i++) {
      b.addStudies(StudyEstimate.of("S" + i, -0.5, 0.01, 10));
    }
    return b.build();
  }

  @Test
  void tenStudiesAreRatedDownWhenASmallStudyTestFindsAsymmetry() {
    Suggestion asymmetric =
        PublicationBiasPolicy.withDefaults()
            .suggest(EvidenceBody.fromPooledEffect(tenStudies(0.04, 0.3)))
            .orElseThrow();
    assertThat(asymmetric.rating().levels()).isEqualTo(-1);
    assertThat(asymmetric.rationale())
        .isEqualTo(
            "10 studies; Egger's regression test p = 0.04, the rank correlation"
                + " test p = 0.3 (level 0.1): funnel-plot asymmetry suggests small-study effects, of which publication bias is"
                + " one cause; serious");
    Suggestion symmetric =
        PublicationBiasPolicy.withDefaults()
            .suggest(EvidenceBody.fromPooledEffect(tenStudies(0.42, 0.95)))
            .orElseThrow();
    assertThat(symmetric.rating().levels()).isZero();
    assertThat(symmetric.rationale())
        .endsWith("no test suggests funnel-plot asymmetry; not serious");
    assertThat(
            PublicationBiasPolicy.withDefaults()
                .withAlpha(0.05)
                .suggest(EvidenceBody.fromPooledEffect(tenStudies(0.08, 0.3)))
                .orElseThrow()
                .rating()
                .levels())
        .isZero();
    PooledEffect untested =
        PooledEffect.builder()
            .from(tenStudies(0.5, 0.5))
            .eggerPValue(java.util.OptionalDouble.empty())
            .rankCorrelationPValue(java.util.OptionalDouble.empty())
            .build();
    assertThat(
            PublicationBiasPolicy.withDefaults().suggest(EvidenceBody.fromPooledEffect(untested)))
        .isEmpty();
  }

  /** Two pairs of studies far apart: log RR -1 and 0.6 (variance 0.01), and -0.9 and 0.5. */
  private static PooledEffect apart(double i2, double tau2) {
    return PooledEffect.builder()
        .from(homogeneous())
        .studies(
            List.of(
                StudyEstimate.of("A", -1, 0.01, 25), StudyEstimate.of("B", 0.6, 0.01, 25),
                StudyEstimate.of("C", -0.9, 0.01, 25), StudyEstimate.of("D", 0.5, 0.01, 25)))
        .estimate(-0.2)
        .standardError(0.4)
        .ciLower(-0.98)
        .ciUpper(0.58)
        .piLower(java.util.OptionalDouble.empty())
        .piUpper(java.util.OptionalDouble.empty())
        .i2(i2)
        .tau2(tau2)
        .q(100)
        .qDf(3)
        .qPValue(1e-20)
        .build();
  }

  @Test
  void studiesSignificantlyInOppositeDirectionsWithConsiderableHeterogeneityAreVerySerious() {
    Suggestion s =
        InconsistencyPolicy.withDefaults()
            .suggest(EvidenceBody.fromPooledEffect(apart(97, 0.6)))
            .orElseThrow();
    assertThat(s.rating().levels()).isEqualTo(-2);
    assertThat(s.rationale())
        .contains("I² = 97 % (considerable heterogeneity), tau² = 0.6, Q = 100 on 3 df (p < 0.001)")
        .contains("study estimates lie on both sides of 1 and their intervals do not all overlap")
        .contains("study intervals exclude 1 in opposite directions")
        .contains("(from the estimate, its standard error and tau²)")
        .endsWith("very serious");
    assertThat(
            InconsistencyPolicy.withDefaults()
                .suggest(EvidenceBody.fromPooledEffect(apart(60, 0.6)))
                .orElseThrow()
                .rating()
                .levels())
        .isEqualTo(-1);
    // low I², but the studies disagree and the predicted effects straddle the threshold
    assertThat(
            InconsistencyPolicy.withDefaults()
                .suggest(EvidenceBody.fromPooledEffect(apart(40, 0.6)))
                .orElseThrow()
                .rating()
                .levels())
        .isEqualTo(-1);
    // a threshold the studies all lie below, and tau² so small that the predicted effects do too
    PooledEffect below =
        PooledEffect.builder()
            .from(apart(40, 0))
            .estimate(-0.2)
            .ciLower(-0.3)
            .ciUpper(-0.1)
            .standardError(0.05)
            .build();
    assertThat(
            InconsistencyPolicy.withDefaults()
                .withThreshold(2.0)
                .suggest(EvidenceBody.fromPooledEffect(below))
                .orElseThrow()
                .rating()
                .levels())
        .isZero();
  }

  @Test
  void riskOfBiasIsWeighedByTheMetaAnalysisWeights() {
    PooledEffect p =
        PooledEffect.builder()
            .from(homogeneous())
            .studies(
                List.of(
                    StudyEstimate.of("A", -0.5, 0.001, 80), StudyEstimate.of("B", -0.5, 0.004, 20)))
            .qDf(1)
            .build();
    List<RiskOfBiasJudgement> judgements =
        List.of(
            overall("A", RiskOfBiasLevel.LOW),
            overall("B", RiskOfBiasLevel.HIGH),
            overall("elsewhere", RiskOfBiasLevel.HIGH));
    EvidenceBody body = EvidenceBody.fromPooledEffect(p, judgements);
    assertThat(body.riskOfBias())
        .extracting(RiskOfBiasJudgement::studyId)
        .containsExactly("A", "B");
    assertThat(body.weights()).containsEntry("A", 80.0).containsEntry("B", 20.0);
    Suggestion s = suggest(body).get(CertaintyDomain.RISK_OF_BIAS);
    assertThat(s.rating().levels()).isEqualTo(-1);
    assertThat(s.rationale())
        .contains("2 studies judged: 20 % of weight at high or worse risk of bias");
    assertThat(
            RiskOfBiasPolicy.withDefaults()
                .with(RiskOfBiasPolicy.Share.WEIGHT)
                .withSeriousShare(0.25)
                .suggest(body)
                .orElseThrow()
                .rating()
                .levels())
        .isZero();
  }

  @Test
  void theBodyOfEvidenceCarriesTheMetaAnalysis() {
    EvidenceBody body = EvidenceBody.fromPooledEffect(homogeneous());
    assertThat(body.studies()).isEqualTo(3);
    assertThat(body.participants()).hasValue(1200);
    assertThat(body.iSquared()).hasValue(0.0);
    assertThat(body.effect().orElseThrow().measure()).isEqualTo("RR");
    assertThat(body.effect().orElseThrow().estimate()).isEqualTo(Math.exp(-0.5));
    assertThat(body.studyEffects()).hasSize(3);
    assertThat(body.studyEffects().get(0).lower())
        .isEqualTo(Math.exp(-0.45 - 1.959963984540054 * 0.1));
    assertThat(GradeJson.read(GradeJson.write(body), EvidenceBody.class)).isEqualTo(body);
  }

  private static RiskOfBiasJudgement overall(String id, RiskOfBiasLevel level) {
    return RiskOfBiasJudgement.builder()
        .studyId(id)
        .tool("rob2")
        .domain(RiskOfBiasJudgement.OVERALL)
        .level(level)
        .rater("AB")
        .build();
  }
}
