package dev.appraise.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The laws of Egger's regression test, the rank correlation test and trim-and-fill on random sets
 * of studies: none depends on the order of the studies, and their statistics stay within their
 * ranges.
 */
class SmallStudyTestsPropertiesTest {

  /**
   * The value, or the try skipped when an iterative estimator does not converge (as metafor would
   * stop).
   */
  static <T> T orSkip(Supplier<T> computation) {
    try {
      return computation.get();
    } catch (ConvergenceException e) {
      Assume.that(false);
      throw e;
    }
  }

  private static List<EffectSize> shuffled(List<EffectSize> effects, long seed) {
    List<EffectSize> out = new ArrayList<>(effects);
    Collections.shuffle(out, new Random(seed));
    return out;
  }

  private static double tol(double x) {
    return 1e-8 * Math.max(1, Math.abs(x));
  }

  @Property(tries = 150)
  void permutingStudiesLeavesEggersTestUnchanged(
      @ForAll long seed,
      @ForAll @IntRange(min = 3, max = 15) int k,
      @ForAll Tau2Method method,
      @ForAll TestKind test) {
    List<EffectSize> effects = MetaAnalysisPropertiesTest.studies(seed, k);
    MetaAnalysis analysis = MetaAnalysis.withDefaults().withMethod(method).withTest(test);
    EggerTestResult a = orSkip(() -> SmallStudyTests.egger(analysis.fit(effects)));
    EggerTestResult b = orSkip(() -> SmallStudyTests.egger(analysis.fit(shuffled(effects, seed))));
    assertThat(b.statistic()).isCloseTo(a.statistic(), within(tol(a.statistic())));
    assertThat(b.pValue()).isCloseTo(a.pValue(), within(1e-8));
    assertThat(b.pValue()).isBetween(0.0, 1.0);
    assertThat(b.df()).isEqualTo(a.df());
    assertThat(b.limitEstimate().estimate())
        .isCloseTo(a.limitEstimate().estimate(), within(tol(a.limitEstimate().estimate())));
    assertThat(b.limitEstimate().ciLower()).isLessThanOrEqualTo(b.limitEstimate().estimate());
  }

  @Property(tries = 200)
  void permutingStudiesLeavesTheRankCorrelationTestUnchanged(
      @ForAll long seed, @ForAll @IntRange(min = 2, max = 40) int k) {
    List<EffectSize> effects = MetaAnalysisPropertiesTest.studies(seed, k);
    MetaAnalysis fe = MetaAnalysis.withDefaults().withMethod(Tau2Method.FE);
    RankCorrelationTestResult a = SmallStudyTests.rankCorrelation(fe.fit(effects));
    RankCorrelationTestResult b = SmallStudyTests.rankCorrelation(fe.fit(shuffled(effects, seed)));
    assertThat(b).isEqualTo(a);
    assertThat(a.tau()).isBetween(-1.0, 1.0);
    assertThat(a.pValue()).isBetween(0.0, 1.0);
    assertThat(a.exact()).isTrue();
  }

  @Property(tries = 150)
  void permutingStudiesLeavesTrimAndFillUnchanged(
      @ForAll long seed,
      @ForAll @IntRange(min = 3, max = 15) int k,
      @ForAll Tau2Method method,
      @ForAll TrimAndFillEstimator estimator) {
    List<EffectSize> effects = MetaAnalysisPropertiesTest.studies(seed, k);
    MetaAnalysis analysis = MetaAnalysis.withDefaults().withMethod(method);
    TrimAndFill trimAndFill = TrimAndFill.withDefaults().withEstimator(estimator);
    TrimAndFillResult a = orSkip(() -> trimAndFill.fill(analysis.fit(effects)));
    TrimAndFillResult b = orSkip(() -> trimAndFill.fill(analysis.fit(shuffled(effects, seed))));
    assertThat(b.side()).isEqualTo(a.side());
    assertThat(b.missing()).isEqualTo(a.missing());
    assertThat(b.missingStandardError()).isCloseTo(a.missingStandardError(), within(1e-9));
    assertThat(b.estimate()).isCloseTo(a.estimate(), within(tol(a.estimate())));
    assertThat(b.standardError()).isCloseTo(a.standardError(), within(tol(a.standardError())));
    assertThat(b.tau2()).isCloseTo(a.tau2(), within(tol(a.tau2())));
    for (int i = 0; i < a.missing(); i++) {
      FilledStudy fa = a.filled().get(i);
      FilledStudy fb = b.filled().get(i);
      assertThat(fb.mirrored()).isEqualTo(fa.mirrored());
      assertThat(fb.effect().yi()).isCloseTo(fa.effect().yi(), within(tol(fa.effect().yi())));
      assertThat(fb.effect().vi()).isEqualTo(fa.effect().vi());
    }
    // the filled studies lie on the side of the missing ones, mirrored about the trimmed estimate
    for (FilledStudy f : a.filled()) {
      double center = (f.effect().yi() + f.mirrored().yi()) / 2;
      if (a.side() == FunnelSide.LEFT) {
        assertThat(f.effect().yi()).isLessThanOrEqualTo(center + 1e-12);
      } else {
        assertThat(f.effect().yi()).isGreaterThanOrEqualTo(center - 1e-12);
      }
    }
    assertThat(a.k()).isEqualTo(k + a.missing());
  }
}
