package dev.appraise.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What subgroup analysis, leave-one-out, the small-study tests and trim-and-fill refuse, and their
 * documented rules at the edges: a subgroup too small for the model, rows that do not converge,
 * equal standard errors, ties, many studies.
 */
class SensitivityAnalysesInputTest {

  private static final EffectSizes ES = EffectSizes.withDefaults();

  private static List<String> allocation() {
    List<String> out = new ArrayList<>();
    for (Object[] t : Colditz1994BcgTest.TRIALS) {
      out.add((String) t[6]);
    }
    return out;
  }

  @Test
  void aSubgroupTooSmallForTheModelIsNamed() {
    List<EffectSize> bcg = Colditz1994BcgTest.logRiskRatios();
    List<String> groups = allocation();
    groups.set(0, "quasi-random");
    assertThatThrownBy(() -> SubgroupAnalysis.of(MetaAnalysis.withDefaults()).fit(bcg, groups))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "subgroup quasi-random: too few studies: a model without moderators fitted by REML (which also"
                + " estimates tau²) with the Z test needs at least 2 studies, had 1");
    // equal effects with the z test fits a single study
    SubgroupResult fe =
        SubgroupAnalysis.of(MetaAnalysis.withDefaults().withMethod(Tau2Method.FE)).fit(bcg, groups);
    assertThat(fe.subgroup("quasi-random").fit().k()).isEqualTo(1);
    assertThat(fe.subgroups().stream().map(SubgroupFit::group))
        .containsExactly("quasi-random", "random", "alternate", "systematic");
    assertThat(fe.differences().orElseThrow().df()).isEqualTo(3);
    assertThatThrownBy(() -> fe.subgroup("cluster"))
        .hasMessage(
            "no subgroup cluster; the subgroups are [quasi-random, random, alternate, systematic]");
  }

  @Test
  void subgroupLabelsMustMatchTheStudies() {
    List<EffectSize> bcg = Colditz1994BcgTest.logRiskRatios();
    SubgroupAnalysis s = SubgroupAnalysis.of(MetaAnalysis.withDefaults());
    assertThatThrownBy(() -> s.fit(bcg, List.of("a", "b")))
        .hasMessage("subgroups: one label per study is needed: 13 studies, 2 labels");
    List<String> blank = allocation();
    blank.set(3, " ");
    assertThatThrownBy(() -> s.fit(bcg, blank))
        .hasMessage("subgroups: study Hart & Sutherland 1977 has a blank label");
  }

  @Test
  void aSubgroupThatDoesNotConvergeIsNamed() {
    List<EffectSize> cycling = MetaAnalysisPropertiesTest.studies(1446270, 12);
    assertThatThrownBy(
            () ->
                SubgroupAnalysis.of(MetaAnalysis.withDefaults().withMethod(Tau2Method.ML))
                    .fit(cycling, Collections.nCopies(12, "cycling")))
        .isInstanceOf(ConvergenceException.class)
        .hasMessageStartingWith(
            "subgroup cycling: ML tau² (Fisher scoring) did not converge after 101 iterations")
        .satisfies(
            e ->
                assertThat(((ConvergenceException) e).computation())
                    .isEqualTo("subgroup cycling: ML tau² (Fisher scoring)"));
  }

  @Test
  void underKnappHartungSubgroupsAreComparedOnTheirModelBasedStandardErrors() {
    List<EffectSize> bcg = Colditz1994BcgTest.logRiskRatios();
    MetaAnalysis knha = MetaAnalysis.withDefaults().withTest(TestKind.KNHA);
    SubgroupResult k = SubgroupAnalysis.of(knha).fit(bcg, allocation());
    SubgroupResult z = SubgroupAnalysis.of(MetaAnalysis.withDefaults()).fit(bcg, allocation());
    assertThat(k.differences()).isEqualTo(z.differences());
    assertThat(k.subgroup("random").fit().standardError())
        .isNotEqualTo(z.subgroup("random").fit().standardError());
  }

  @Test
  void leaveOneOutNeedsEnoughStudiesForTheModelOnTheOthers() {
    List<EffectSize> two = Colditz1994BcgTest.logRiskRatios().subList(0, 2);
    assertThatThrownBy(() -> LeaveOneOut.of(MetaAnalysis.withDefaults().fit(two)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "leave-one-out: too few studies: a model without moderators fitted by REML");
    LeaveOneOutResult fe =
        LeaveOneOut.of(MetaAnalysis.withDefaults().withMethod(Tau2Method.FE).fit(two));
    assertThat(fe.rows().get(0).fit().orElseThrow().estimate())
        .isCloseTo(two.get(1).yi(), within(1e-15));
  }

  @Test
  void aLeaveOneOutFitThatDoesNotConvergeLeavesItsReasonInTheRow() {
    List<EffectSize> bcg = Colditz1994BcgTest.logRiskRatios();
    int full = MetaAnalysis.withDefaults().fit(bcg).iterations().getAsInt();
    // a limit the full fit meets but not every fit without one study
    MetaAnalysisResult fit = MetaAnalysis.withDefaults().withMaxIterations(full).fit(bcg);
    LeaveOneOutResult r = LeaveOneOut.of(fit);
    assertThat(r.rows()).anySatisfy(row -> assertThat(row.fit()).isPresent());
    assertThat(r.rows())
        .anySatisfy(
            row -> {
              assertThat(row.fit()).isEmpty();
              assertThat(row.failure().orElseThrow())
                  .startsWith("REML tau² (Fisher scoring) did not converge after");
            });
  }

  @Test
  void eggersTestNeedsStandardErrorsThatDiffer() {
    List<EffectSize> same =
        List.of(
            ES.generic("a", 0.1, 0.04),
            ES.generic("b", 0.3, 0.04),
            ES.generic("c", 0.2, 0.04),
            ES.generic("d", 0.6, 0.04));
    MetaAnalysisResult fit = MetaAnalysis.withDefaults().fit(same);
    assertThatThrownBy(() -> SmallStudyTests.egger(fit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Egger's regression test: every study has the same standard error 0.2");
    assertThatThrownBy(() -> TrimAndFill.withDefaults().fill(fit))
        .hasMessageContaining(
            "cannot estimate the side of the missing studies (give it with withSide)");
    TrimAndFillResult given = TrimAndFill.withDefaults().withSide(FunnelSide.LEFT).fill(fit);
    assertThat(given.sideEstimated()).isFalse();
    assertThat(given.side()).isEqualTo(FunnelSide.LEFT);
    List<EffectSize> two = Colditz1994BcgTest.logRiskRatios().subList(0, 2);
    assertThatThrownBy(() -> SmallStudyTests.egger(MetaAnalysis.withDefaults().fit(two)))
        .hasMessageStartingWith(
            "Egger's regression test: too few studies: a model with 2 coefficients");
  }

  @Test
  void trimAndFillNeedsTwoStudies() {
    List<EffectSize> one = List.of(ES.generic("a", 0.1, 0.04));
    MetaAnalysisResult fit = MetaAnalysis.withDefaults().withMethod(Tau2Method.FE).fit(one);
    assertThatThrownBy(() -> TrimAndFill.withDefaults().fill(fit))
        .hasMessage("trim and fill: needs at least 2 studies, had 1");
    assertThatThrownBy(() -> TrimAndFill.withDefaults().withMaxIterations(0))
        .hasMessage("maxIterations must be >= 1, was 0");
  }

  @Test
  void trimAndFillWithNothingMissingKeepsTheModel() {
    MetaAnalysisResult fit =
        MetaAnalysis.withDefaults()
            .withTest(TestKind.KNHA)
            .withLevel(0.9)
            .fit(Colditz1994BcgTest.logRiskRatios());
    TrimAndFillResult r = TrimAndFill.withDefaults().withSide(FunnelSide.LEFT).fill(fit);
    assertThat(r.missing()).isZero();
    assertThat(r.filled()).isEmpty();
    assertThat(r.model()).isSameAs(fit);
    // with studies filled, the refit takes metafor's defaults but for the estimator
    TrimAndFillResult right = TrimAndFill.withDefaults().fill(fit);
    assertThat(right.missing()).isEqualTo(1);
    assertThat(right.model().test()).isEqualTo(TestKind.Z);
    assertThat(right.model().level()).isEqualTo(0.95);
  }

  @Test
  void theRankCorrelationTestIsExactWithoutTiesAndNormalWithThem() {
    // the exact null distribution for 4 studies: 1, 3, 5, 6, 5, 3, 1 permutations with 0..6
    // discordant pairs
    assertThat(SmallStudyTests.kendallCdf(0, 4)).isEqualTo(1 / 24.0);
    assertThat(SmallStudyTests.kendallCdf(2, 4)).isEqualTo(9 / 24.0);
    assertThat(SmallStudyTests.kendallCdf(6, 4)).isEqualTo(1);
    assertThat(SmallStudyTests.kendallCdf(-1, 4)).isZero();
    RankCorrelationTestResult perfect =
        SmallStudyTests.kendall(new double[] {1, 2, 3, 4}, new double[] {5, 6, 7, 8});
    assertThat(perfect.tau()).isEqualTo(1);
    assertThat(perfect.exact()).isTrue();
    assertThat(perfect.statistic()).isEqualTo(6);
    assertThat(perfect.pValue()).isCloseTo(2 / 24.0, within(1e-15));
    // R: cor.test(c(1, 2, 2, 4), c(5, 6, 7, 8), method = "kendall", exact = TRUE) warns and gives
    // z = 1.8057877962865378, p = 0.070951492427305668
    RankCorrelationTestResult tied =
        SmallStudyTests.kendall(new double[] {1, 2, 2, 4}, new double[] {5, 6, 7, 8});
    assertThat(tied.exact()).isFalse();
    assertThat(tied.statistic()).isCloseTo(1.8057877962865378, within(1e-14));
    assertThat(tied.pValue()).isCloseTo(0.07095149242730567, within(1e-14));
    RankCorrelationTestResult flat =
        SmallStudyTests.kendall(new double[] {1, 1, 1}, new double[] {5, 6, 7});
    assertThat(flat.tau()).isNaN();
    assertThat(flat.pValue()).isNaN();
    assertThatThrownBy(
            () ->
                SmallStudyTests.rankCorrelation(
                    MetaAnalysis.withDefaults()
                        .withMethod(Tau2Method.FE)
                        .fit(List.of(ES.generic("a", 0.1, 0.04)))))
        .hasMessage("rank correlation test: needs at least 2 studies, had 1");
  }
}
