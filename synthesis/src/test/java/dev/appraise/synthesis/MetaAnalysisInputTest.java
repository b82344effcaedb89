package dev.appraise.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a fit refuses, and how an iteration that does not converge is reported. */
class MetaAnalysisInputTest {

  private static final EffectSizes ES = EffectSizes.withDefaults();

  @Test
  void tooFewStudiesSaysHowManyTheModelNeeds() {
    List<EffectSize> one = List.of(ES.generic("a", 0.1, 0.01));
    assertThatThrownBy(() -> MetaAnalysis.withDefaults().fit(one))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "too few studies: a model without moderators fitted by REML (which also estimates tau²) with the Z"
                + " test needs at least 2 studies, had 1");
    assertThat(
            MetaAnalysis.withDefaults()
                .withMethod(Tau2Method.FE)
                .fit(one)
                .heterogeneity()
                .qPValue())
        .isEqualTo(1);
    assertThatThrownBy(
            () ->
                MetaAnalysis.withDefaults()
                    .withMethod(Tau2Method.FE)
                    .withTest(TestKind.KNHA)
                    .fit(one))
        .hasMessageContaining("needs at least 2 studies, had 1");
    List<EffectSize> three =
        List.of(ES.generic("a", 0.1, 0.01), ES.generic("b", 0.2, 0.02), ES.generic("c", 0.4, 0.03));
    ModelMatrix x =
        ModelMatrix.builder(3)
            .continuous("dose", 1, 2, 4)
            .continuous("year", 2001, 2003, 2004)
            .build();
    assertThatThrownBy(() -> MetaAnalysis.withDefaults().fit(three, x))
        .hasMessageContaining(
            "a model with 3 coefficients fitted by REML (which also estimates tau²) with the Z test"
                + " needs at least 4 studies, had 3");
  }

  @Test
  void emptyMixedAndMisshapenInput() {
    assertThatThrownBy(() -> MetaAnalysis.withDefaults().fit(List.of()))
        .hasMessage("a meta-analysis needs at least one study, had none");
    assertThatThrownBy(
            () ->
                MetaAnalysis.withDefaults()
                    .fit(
                        List.of(
                            ES.generic("a", 0.1, 0.01),
                            EffectSize.of("b", EffectMeasure.SMD, 0.2, 0.02))))
        .hasMessage("every study must have the same measure: study a has GEN, study b has SMD");
    List<EffectSize> three =
        List.of(ES.generic("a", 0.1, 0.01), ES.generic("b", 0.2, 0.02), ES.generic("c", 0.4, 0.03));
    assertThatThrownBy(() -> MetaAnalysis.withDefaults().fit(three, ModelMatrix.interceptOnly(4)))
        .hasMessage("model matrix must have one row per study: 3 studies, 4 rows");
    assertThatThrownBy(() -> MetaAnalysis.withDefaults().withLevel(95))
        .hasMessage("confidence level must be > 0 and < 1, was 95.0");
  }

  @Test
  void modelMatrixRejectsWhatModelMatrixCannotHold() {
    assertThatThrownBy(() -> ModelMatrix.builder(2).continuous("x", 1, 2).continuous("x", 3, 4))
        .hasMessageContaining("moderator column name x is already used");
    assertThatThrownBy(() -> ModelMatrix.builder(2).continuous("x", 1))
        .hasMessage("moderator x must have 2 values, one per study, had 1");
    assertThatThrownBy(() -> ModelMatrix.builder(2).continuous("x", 1, Double.NaN))
        .hasMessage("moderator x, row 2: value must be finite, was NaN");
    assertThatThrownBy(
            () -> ModelMatrix.builder(2).categorical("arm", List.of("a", "c"), List.of("a", "b")))
        .hasMessage("moderator arm, row 2: value 'c' is not one of the levels [a, b]");
    ModelMatrix m = ModelMatrix.builder(3).categorical("arm", List.of("b", "a", "c")).build();
    assertThat(m.columnNames()).containsExactly("intrcpt", "armb", "armc");
    assertThat(m.column("armb")).containsExactly(1, 0, 0);
    assertThat(m.rows(2, 0).column("armc")).containsExactly(1, 0);
    assertThat(m.withColumn("sei", 0.1, 0.2, 0.3).columnNames())
        .containsExactly("intrcpt", "armb", "armc", "sei");
  }

  @Test
  void fisherScoringThatDoesNotConvergeThrows() {
    List<EffectSize> bcg = Colditz1994BcgTest.logRiskRatios();
    assertThatThrownBy(() -> MetaAnalysis.withDefaults().withMaxIterations(1).fit(bcg))
        .isInstanceOf(ConvergenceException.class)
        .hasMessageStartingWith(
            "REML tau² (Fisher scoring) did not converge after 2 iterations (last change ")
        .satisfies(
            e -> {
              ConvergenceException c = (ConvergenceException) e;
              assertThat(c.iterations()).isEqualTo(2);
              assertThat(c.lastChange()).isGreaterThan(1e-5);
              assertThat(c.computation()).isEqualTo("REML tau² (Fisher scoring)");
            });
  }

  /**
   * Twelve studies on which Fisher scoring settles into a cycle between two values of tau² (0.1663
   * and 0.2644 for ML) and never converges: metafor 3.8-1 stops with "Fisher scoring algorithm did
   * not converge" for ML, REML and EB, with its default control and with {@code threshold = 1e-13,
   * maxiter = 10000} (synthesis/src/test/scripts/ fisher-scoring-cycle.R). The studies are those
   * {@code MetaAnalysisPropertiesTest.studies(1446270, 12)} generates.
   */
  @Test
  void fisherScoringThatCyclesThrowsAsMetaforStops() {
    double[] yi = {
      -0x1.5cdb7a9253496p0,
      -0x1.2a34f254cceaap0,
      -0x1.3ee17b3bd09f2p-1,
      -0x1.fcc0b62d14ef5p0,
      -0x1.9906060c9230dp-2,
      -0x1.14a14ea0fac6fp0,
      -0x1.0d9ffe265e39fp-2,
      -0x1.50e9031f15f66p-2,
      -0x1.238f4eb486fe8p0,
      -0x1.08ed520e1c152p-1,
      -0x1.8c937b9118a87p-1,
      -0x1.be4235fe27f2cp0
    };
    double[] vi = {
      0x1.bea7c5ca46d3p-1,
      0x1.3aa1cd9041bc6p-2,
      0x1.bf8aff30bc1ap-1,
      0x1.39bd178ddfc5cp-6,
      0x1.28076c6c74a26p-1,
      0x1.788142d31305fp-1,
      0x1.8a1add5be8f5p-1,
      0x1.a134192d2894bp-1,
      0x1.edb0796c90c1dp-2,
      0x1.110bc37eefce4p-2,
      0x1.df4836745387dp-4,
      0x1.5b6920a38edc8p-1
    };
    List<EffectSize> cycling = new ArrayList<>();
    for (int i = 0; i < yi.length; i++) {
      cycling.add(EffectSize.of("s" + i, EffectMeasure.GEN, yi[i], vi[i]));
    }
    assertThat(cycling).isEqualTo(MetaAnalysisPropertiesTest.studies(1446270, 12));
    for (Tau2Method method : List.of(Tau2Method.ML, Tau2Method.REML, Tau2Method.EB)) {
      MetaAnalysis defaults = MetaAnalysis.withDefaults().withMethod(method);
      MetaAnalysis tight = defaults.withThreshold(1e-13).withMaxIterations(10_000);
      for (MetaAnalysis a : List.of(defaults, tight)) {
        assertThatThrownBy(() -> a.fit(cycling))
            .as("%s", a)
            .isInstanceOf(ConvergenceException.class)
            .hasMessageStartingWith(
                method
                    + " tau² (Fisher scoring) did not converge after "
                    + (a.maxIterations() + 1)
                    + " iterations");
      }
    }
    // ML alternates between the two values of metafor's cycle
    assertThatThrownBy(
            () ->
                MetaAnalysis.withDefaults()
                    .withMethod(Tau2Method.ML)
                    .withThreshold(1e-13)
                    .withMaxIterations(10_000)
                    .fit(cycling))
        .hasMessageContaining("last tau² = 0.1662")
        .satisfies(
            e ->
                assertThat(((ConvergenceException) e).lastChange())
                    .isCloseTo(0.098, within(0.001)));
  }

  @Test
  void pauleMandelBeyondItsSearchIntervalThrows() {
    // mad(y) = 0, so the search ends at tau² = 100, where Q is still far above k - 1
    List<EffectSize> outlier =
        List.of(
            ES.generic("a", 0, 0.01),
            ES.generic("b", 0, 0.01),
            ES.generic("c", 0, 0.01),
            ES.generic("d", 0, 0.01),
            ES.generic("e", 1000, 0.01));
    assertThatThrownBy(() -> MetaAnalysis.withDefaults().withMethod(Tau2Method.PM).fit(outlier))
        .isInstanceOf(ConvergenceException.class)
        .hasMessageContaining("PM tau²")
        .hasMessageContaining("beyond the search maximum tau² = 100.0");
  }

  @Test
  void identicalEstimatesGiveAnEmptyQProfileInterval() {
    List<EffectSize> same =
        List.of(ES.generic("a", 0.3, 0.01), ES.generic("b", 0.3, 0.02), ES.generic("c", 0.3, 0.05));
    MetaAnalysisResult r = MetaAnalysis.withDefaults().fit(same);
    assertThat(r.heterogeneity().tau2()).isZero();
    HeterogeneityInterval ci = r.heterogeneityInterval().orElseThrow();
    assertThat(ci.isEmpty()).isTrue();
    assertThat(ci.tau2Lower()).isZero();
    assertThat(ci.tau2Upper()).isZero();
  }

  @Test
  void aHugeHeterogeneityPutsTheUpperBoundBeyondTheSearch() {
    // tau² near 1.6e5: the bounds are searched up to max(100, 10 tau²), where Q is still above the
    // lower quantile
    List<EffectSize> wide =
        List.of(ES.generic("a", -400, 1), ES.generic("b", 0, 1), ES.generic("c", 400, 1));
    MetaAnalysisResult r = MetaAnalysis.withDefaults().fit(wide);
    HeterogeneityInterval ci = r.heterogeneityInterval().orElseThrow();
    assertThat(ci.searchMaximum()).isEqualTo(10 * r.heterogeneity().tau2());
    assertThat(ci.upperKind()).isEqualTo(BoundKind.ABOVE_SEARCH_MAXIMUM);
    assertThat(ci.tau2Upper()).isEqualTo(ci.searchMaximum());
    assertThat(ci.lowerKind()).isEqualTo(BoundKind.ROOT);
  }
}
