package dev.appraise.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The laws of leave-one-out and subgroup analysis on random sets of studies: a leave-one-out row is
 * the fit on the other studies, a single subgroup is the plain fit, the test for subgroup
 * differences has a p-value in [0, 1] and Q = 0 when the subgroup estimates are equal.
 */
class LeaveOneOutAndSubgroupPropertiesTest {

  @Property(tries = 100)
  void leaveOneOutOfKStudiesIsKFitsOnTheOthers(
      @ForAll long seed,
      @ForAll @IntRange(min = 3, max = 12) int k,
      @ForAll Tau2Method method,
      @ForAll TestKind test) {
    List<EffectSize> effects = MetaAnalysisPropertiesTest.studies(seed, k);
    MetaAnalysis analysis = MetaAnalysis.withDefaults().withMethod(method).withTest(test);
    MetaAnalysisResult fit = MetaAnalysisPropertiesTest.fitOrSkip(analysis, effects);
    LeaveOneOutResult r = LeaveOneOut.of(fit);
    assertThat(r.model()).isEqualTo(fit);
    assertThat(r.rows()).hasSize(k);
    for (int i = 0; i < k; i++) {
      LeaveOneOutFit row = r.rows().get(i);
      assertThat(row.omitted()).isEqualTo(effects.get(i));
      List<EffectSize> others = new ArrayList<>(effects);
      others.remove(i);
      if (row.fit().isPresent()) {
        assertThat(row.fit().orElseThrow()).isEqualTo(analysis.fit(others));
      } else {
        // metafor leaves NA where the fit does not converge; here the row says why
        assertThatThrownBy(() -> analysis.fit(others))
            .isInstanceOf(ConvergenceException.class)
            .hasMessage(row.failure().orElseThrow());
      }
    }
  }

  @Property(tries = 100)
  void aSingleSubgroupIsThePlainFit(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 12) int k,
      @ForAll Tau2Method method,
      @ForAll TestKind test) {
    List<EffectSize> effects = MetaAnalysisPropertiesTest.studies(seed, k);
    MetaAnalysis analysis = MetaAnalysis.withDefaults().withMethod(method).withTest(test);
    MetaAnalysisResult fit = MetaAnalysisPropertiesTest.fitOrSkip(analysis, effects);
    SubgroupResult r = SubgroupAnalysis.of(analysis).fit(effects, Collections.nCopies(k, "all"));
    assertThat(r.subgroups()).containsExactly(SubgroupFit.of("all", fit));
    assertThat(r.differences()).isEmpty();
  }

  @Property(tries = 150)
  void theTestForSubgroupDifferencesIsAChiSquareTest(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 4) int groups,
      @ForAll Tau2Method method,
      @ForAll TestKind test) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<EffectSize> effects = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      int size = 2 + rnd.nextInt(6);
      for (EffectSize e : MetaAnalysisPropertiesTest.studies(rnd.nextLong(), size)) {
        effects.add(EffectSize.of("g" + g + e.study(), e.measure(), e.yi(), e.vi()));
        labels.add("group " + g);
      }
    }
    MetaAnalysis analysis = MetaAnalysis.withDefaults().withMethod(method).withTest(test);
    SubgroupResult r =
        SmallStudyTestsPropertiesTest.orSkip(
            () -> SubgroupAnalysis.of(analysis).fit(effects, labels));
    assertThat(r.subgroups()).hasSize(groups);
    SubgroupDifferences d = r.differences().orElseThrow();
    assertThat(d.df()).isEqualTo(groups - 1);
    assertThat(d.q()).isGreaterThanOrEqualTo(0);
    assertThat(d.pValue()).isBetween(0.0, 1.0);
    double min = r.subgroups().stream().mapToDouble(s -> s.fit().estimate()).min().orElseThrow();
    double max = r.subgroups().stream().mapToDouble(s -> s.fit().estimate()).max().orElseThrow();
    assertThat(d.pooledEstimate()).isBetween(min - 1e-12, max + 1e-12);
  }

  @Property(tries = 100)
  void equalSubgroupEstimatesGiveNoDifference(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 8) int k,
      @ForAll @IntRange(min = 2, max = 4) int groups,
      @ForAll Tau2Method method,
      @ForAll TestKind test) {
    // every subgroup holds the same studies, so every subgroup estimate is the same
    List<EffectSize> one = MetaAnalysisPropertiesTest.studies(seed, k);
    List<EffectSize> effects = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      effects.addAll(one);
      labels.addAll(Collections.nCopies(k, "group " + g));
    }
    MetaAnalysis analysis = MetaAnalysis.withDefaults().withMethod(method).withTest(test);
    SubgroupResult r =
        SmallStudyTestsPropertiesTest.orSkip(
            () -> SubgroupAnalysis.of(analysis).fit(effects, labels));
    SubgroupDifferences d = r.differences().orElseThrow();
    // (the weighted mean of equal estimates can differ from them in the last bit)
    assertThat(d.q()).isCloseTo(0, within(1e-20));
    assertThat(d.pValue()).isCloseTo(1, within(1e-9));
    assertThat(d.pooledEstimate()).isCloseTo(r.subgroups().get(0).fit().estimate(), within(1e-14));
  }
}
