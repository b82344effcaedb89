package dev.appraise.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The code of the package documentation ({@code package-info.java}) and of the README
 * ("Meta-analysis") runs.
 */
class PackageExampleTest {

  @Test
  void fromDataToAPooledEffect() {
    EffectSizes es = EffectSizes.withDefaults();
    List<EffectSize> studies =
        List.of(
            es.twoByTwo(EffectMeasure.RR, TwoByTwo.of("Aronson 1948", 4, 119, 11, 128)),
            es.twoByTwo(EffectMeasure.RR, TwoByTwo.of("Ferguson & Simes 1949", 6, 300, 29, 274)),
            es.twoByTwo(EffectMeasure.RR, TwoByTwo.of("Rosenthal 1960", 3, 228, 11, 209)));
    MetaAnalysisResult fit =
        MetaAnalysis.withDefaults().withMethod(Tau2Method.DL).withTest(TestKind.KNHA).fit(studies);
    assertThat(fit.estimate()).isNegative();
    assertThat(fit.ratioScale().orElseThrow().estimate())
        .isCloseTo(Math.exp(fit.estimate()), within(1e-15));
    assertThat(fit.heterogeneity().i2()).isBetween(0.0, 100.0);
    assertThat(fit.heterogeneityInterval()).isPresent();
    assertThat(fit.df().getAsInt()).isEqualTo(2);
  }

  @Test
  void readmeMetaRegression() {
    List<EffectSize> bcg = Colditz1994BcgTest.logRiskRatios();
    double[] latitudes = {44, 55, 42, 52, 13, 44, 19, 13, 27, 42, 18, 33, 33};
    List<String> allocations = new java.util.ArrayList<>();
    for (Object[] trial : Colditz1994BcgTest.TRIALS) {
      allocations.add((String) trial[6]);
    }
    MetaRegressionResult reg =
        MetaAnalysis.withDefaults()
            .fit(
                bcg,
                ModelMatrix.builder(13)
                    .continuous("ablat", latitudes)
                    .categorical("alloc", allocations)
                    .build());
    assertThat(reg.coefficient("ablat").estimate()).isNegative();
    assertThat(reg.moderatorTest().df()).isEqualTo(3);
    assertThat(reg.r2()).isPresent();
  }

  @Test
  void metaRegressionOnLatitudeAndAllocation() {
    List<EffectSize> effects = Colditz1994BcgTest.logRiskRatios();
    List<String> allocations = new java.util.ArrayList<>();
    for (Object[] trial : Colditz1994BcgTest.TRIALS) {
      allocations.add((String) trial[6]);
    }
    ModelMatrix x =
        ModelMatrix.builder(13)
            .continuous("ablat", 44, 55, 42, 52, 13, 44, 19, 13, 27, 42, 18, 33, 33)
            .categorical("alloc", allocations)
            .build();
    assertThat(x.columnNames())
        .containsExactly("intrcpt", "ablat", "allocrandom", "allocsystematic");
    MetaRegressionResult m = MetaAnalysis.withDefaults().fit(effects, x);
    assertThat(m.moderatorTest().coefficients())
        .containsExactly("ablat", "allocrandom", "allocsystematic");
    // Egger's regression test: the same model with the standard errors as the moderator
    double[] sei = effects.stream().mapToDouble(EffectSize::sei).toArray();
    MetaRegressionResult egger =
        MetaAnalysis.withDefaults()
            .fit(effects, ModelMatrix.interceptOnly(13).withColumn("sei", sei));
    assertThat(egger.coefficient("sei").pValue()).isBetween(0.0, 1.0);
  }

  @Test
  void readmeAnalysesOfAFittedModel() {
    List<EffectSize> bcg = Colditz1994BcgTest.logRiskRatios();
    List<String> allocations = new java.util.ArrayList<>();
    for (Object[] trial : Colditz1994BcgTest.TRIALS) {
      allocations.add((String) trial[6]);
    }
    MetaAnalysisResult re = MetaAnalysis.withDefaults().fit(bcg);
    assertThat(SmallStudyTests.egger(re).pValue()).isCloseTo(0.4218, within(5e-5));
    TrimAndFillResult filled = TrimAndFill.withDefaults().fill(re);
    assertThat(filled.missing()).isEqualTo(1);
    assertThat(filled.side()).isEqualTo(FunnelSide.RIGHT);
    SubgroupDifferences between =
        SubgroupAnalysis.of(MetaAnalysis.withDefaults())
            .fit(bcg, allocations)
            .differences()
            .orElseThrow();
    assertThat(between.df()).isEqualTo(2);
    // the package documentation
    assertThat(LeaveOneOut.of(re).rows()).hasSize(13);
    assertThat(SmallStudyTests.rankCorrelation(re).tau()).isCloseTo(0.0256, within(5e-5));
  }
}
