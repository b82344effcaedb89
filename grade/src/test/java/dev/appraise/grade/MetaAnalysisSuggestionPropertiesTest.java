package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.stats.PooledEffect;
import dev.appraise.grade.testing.GradeArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class MetaAnalysisSuggestionPropertiesTest {

  @Provide
  Arbitrary<PooledEffect> pooledEffects() {
    return GradeArbitraries.pooledEffects();
  }

  /** The policies that read a meta-analysis and rate down: every domain but the large effect's. */
  private static final List<SuggestionPolicy> RATING_DOWN =
      List.of(
          RiskOfBiasPolicy.withDefaults().with(RiskOfBiasPolicy.Share.WEIGHT),
          InconsistencyPolicy.withDefaults(),
          ImprecisionPolicy.withDefaults().withOptimalInformationSize(2000),
          PublicationBiasPolicy.withDefaults().withMinimumStudies(2));

  @Property
  void aSuggestionFromAMetaAnalysisNeverRatesUp(@ForAll("pooledEffects") PooledEffect p) {
    EvidenceBody body = EvidenceBody.fromPooledEffect(p);
    for (SuggestionPolicy policy : RATING_DOWN) {
      policy.suggest(body).ifPresent(s -> assertThat(s.rating().levels()).isLessThanOrEqualTo(0));
    }
  }

  @Property
  void moreHeterogeneityNeverMakesInconsistencyLessSerious(
      @ForAll("pooledEffects") PooledEffect p,
      @ForAll @DoubleRange(min = 0, max = 3) double extra) {
    PooledEffect more = PooledEffect.builder().from(p).tau2(p.tau2() + extra).build();
    InconsistencyPolicy policy = InconsistencyPolicy.withDefaults();
    int before = policy.suggest(EvidenceBody.fromPooledEffect(p)).orElseThrow().rating().levels();
    int after = policy.suggest(EvidenceBody.fromPooledEffect(more)).orElseThrow().rating().levels();
    assertThat(after).isLessThanOrEqualTo(before);
  }

  @Property
  void moreHeterogeneityWithoutAPredictionIntervalNeverMakesInconsistencyLessSerious(
      @ForAll("pooledEffects") PooledEffect p,
      @ForAll @DoubleRange(min = 0, max = 3) double extra,
      @ForAll @DoubleRange(min = 0.2, max = 5) double threshold) {
    PooledEffect without =
        PooledEffect.builder()
            .from(p)
            .piLower(java.util.OptionalDouble.empty())
            .piUpper(java.util.OptionalDouble.empty())
            .build();
    PooledEffect more = PooledEffect.builder().from(without).tau2(without.tau2() + extra).build();
    InconsistencyPolicy policy =
        InconsistencyPolicy.withDefaults().withThreshold(p.ratio() ? threshold : threshold - 1);
    int before =
        policy.suggest(EvidenceBody.fromPooledEffect(without)).orElseThrow().rating().levels();
    int after = policy.suggest(EvidenceBody.fromPooledEffect(more)).orElseThrow().rating().levels();
    assertThat(after).isLessThanOrEqualTo(before);
  }

  @Property
  void theBodyOfEvidenceOfAMetaAnalysisRoundTripsThroughJson(
      @ForAll("pooledEffects") PooledEffect p) {
    EvidenceBody body = EvidenceBody.fromPooledEffect(p);
    assertThat(GradeJson.read(GradeJson.write(body), EvidenceBody.class)).isEqualTo(body);
  }
}
