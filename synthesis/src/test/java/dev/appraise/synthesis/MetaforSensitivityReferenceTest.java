package dev.appraise.synthesis;

import static dev.appraise.synthesis.MetaforReferenceTest.CLOSED;
import static dev.appraise.synthesis.MetaforReferenceTest.ITERATED;
import static dev.appraise.synthesis.MetaforReferenceTest.analysis;
import static dev.appraise.synthesis.MetaforReferenceTest.close;
import static dev.appraise.synthesis.MetaforReferenceTest.closeP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The analyses of a fitted model in every case of {@code src/test/resources/metafor} that has them
 * (metafor 3.8-1 on R 4.2.2, computed by {@code src/test/scripts/metafor-reference.R}): Egger's
 * regression test ({@code regtest}), the rank correlation test ({@code ranktest}), trim-and-fill
 * ({@code trimfill}, its default and other estimators and a given side), leave-one-out ({@code
 * leave1out}) and subgroups with the test for subgroup differences.
 *
 * <p>Tolerances as in {@link MetaforReferenceTest}: {@value MetaforReferenceTest#CLOSED} relative
 * to {@code max(1, |value|)}, p-values relative to themselves; iterative estimators reproduce
 * metafor's iterates, so the same.
 */
class MetaforSensitivityReferenceTest {

  @TestFactory
  Stream<DynamicNode> metafor() {
    return MetaforReference.CASES.stream()
        .map(MetaforReference::load)
        .filter(r -> r.root.has("bias") || r.root.has("leave1out") || r.root.has("subgroups"))
        .map(MetaforSensitivityReferenceTest::reference);
  }

  private static DynamicNode reference(MetaforReference ref) {
    List<DynamicNode> tests = new ArrayList<>();
    List<EffectSize> effects = ref.effects().stream().filter(e -> e != null).toList();
    if (ref.root.has("bias")) {
      for (JsonNode bias : ref.root.get("bias")) {
        JsonNode fit = bias.get("fit");
        String name =
            fit.get("method").asText()
                + " "
                + fit.get("test").asText()
                + " "
                + fit.get("level").asInt();
        MetaAnalysis analysis = analysis(fit);
        tests.add(
            DynamicTest.dynamicTest(
                "regtest " + name, () -> checkEgger(analysis.fit(effects), bias.get("regtest"))));
        tests.add(
            DynamicTest.dynamicTest(
                "ranktest " + name, () -> checkRank(analysis.fit(effects), bias.get("ranktest"))));
        tests.add(
            DynamicTest.dynamicTest(
                "trimfill " + name,
                () ->
                    checkTrimAndFill(
                        analysis.fit(effects), TrimAndFill.withDefaults(), bias.get("trimfill"))));
        if (bias.has("trimfill_variants")) {
          for (JsonNode variant : bias.get("trimfill_variants")) {
            TrimAndFill t =
                TrimAndFill.withDefaults()
                    .withEstimator(TrimAndFillEstimator.valueOf(variant.get("estimator").asText()));
            if (!variant.get("side_given").isNull()) {
              t =
                  t.withSide(
                      FunnelSide.valueOf(
                          variant.get("side_given").asText().toUpperCase(Locale.ROOT)));
            }
            TrimAndFill configured = t;
            tests.add(
                DynamicTest.dynamicTest(
                    "trimfill " + name + " " + configured,
                    () -> {
                      MetaAnalysisResult r = analysis.fit(effects);
                      if (variant.has("error")) {
                        // metafor stops with an R error ("missing value where TRUE/FALSE needed")
                        assertThatThrownBy(() -> configured.fill(r))
                            .isInstanceOf(ConvergenceException.class)
                            .hasMessageContaining("Q0 is undefined");
                      } else {
                        checkTrimAndFill(r, configured, variant);
                      }
                    }));
          }
        }
      }
    }
    if (ref.root.has("leave1out")) {
      tests.add(
          DynamicTest.dynamicTest(
              "leave1out", () -> checkLeaveOneOut(effects, ref.root.get("leave1out"))));
    }
    if (ref.root.has("subgroups")) {
      tests.add(
          DynamicTest.dynamicTest(
              "subgroups", () -> checkSubgroups(ref, effects, ref.root.get("subgroups"))));
    }
    return DynamicContainer.dynamicContainer(ref.name, tests);
  }

  private static JsonNode statistic(JsonNode record) {
    return record.has("zval") ? record.get("zval") : record.get("tval");
  }

  private static void checkEgger(MetaAnalysisResult fit, JsonNode expected) {
    EggerTestResult r = SmallStudyTests.egger(fit);
    assertThat(r.test()).isEqualTo(fit.test());
    assertThat(r.model().method()).isEqualTo(fit.method());
    close("regtest statistic", r.statistic(), statistic(expected), ITERATED);
    closeP("regtest pval", r.pValue(), expected.get("pval"), ITERATED);
    if (expected.get("dfs").isNull()) {
      assertThat(r.df()).isEmpty();
    } else {
      assertThat(r.df().getAsInt()).isEqualTo(expected.get("dfs").asInt());
    }
    close(
        "regtest limit estimate",
        r.limitEstimate().estimate(),
        expected.get("limit_estimate"),
        ITERATED);
    close(
        "regtest limit ci_lb", r.limitEstimate().ciLower(), expected.get("limit_ci_lb"), ITERATED);
    close(
        "regtest limit ci_ub", r.limitEstimate().ciUpper(), expected.get("limit_ci_ub"), ITERATED);
  }

  private static void checkRank(MetaAnalysisResult fit, JsonNode expected) {
    RankCorrelationTestResult r = SmallStudyTests.rankCorrelation(fit);
    assertThat(r.k()).isEqualTo(fit.k());
    close("ranktest tau", r.tau(), expected.get("tau"), CLOSED);
    if (expected.get("pval").isNull()) {
      // beyond 170 studies R's exact distribution overflows to NaN; appraise takes the normal
      // approximation
      assertThat(fit.k()).isGreaterThan(SmallStudyTests.MAX_EXACT_KENDALL);
      assertThat(r.exact()).as("exact").isFalse();
    } else {
      assertThat(r.exact()).as("exact").isEqualTo(expected.get("exact").asBoolean());
    }
    if (r.exact()) {
      close("ranktest statistic", r.statistic(), expected.get("statistic"), CLOSED);
      closeP("ranktest pval", r.pValue(), expected.get("pval"), CLOSED);
    } else {
      close("ranktest normal statistic", r.statistic(), expected.get("normal_statistic"), CLOSED);
      closeP("ranktest normal pval", r.pValue(), expected.get("normal_pval"), CLOSED);
    }
  }

  private static void checkTrimAndFill(
      MetaAnalysisResult fit, TrimAndFill trimAndFill, JsonNode expected) {
    TrimAndFillResult r = trimAndFill.fill(fit);
    assertThat(r.estimator().name()).isEqualTo(expected.get("estimator").asText());
    assertThat(r.side().metaforName()).as("side").isEqualTo(expected.get("side").asText());
    assertThat(r.sideEstimated()).isEqualTo(expected.get("side_given").isNull());
    assertThat(r.missing()).as("k0").isEqualTo(expected.get("k0").asInt());
    close("trimfill se_k0", r.missingStandardError(), expected.get("se_k0"), CLOSED);
    close("trimfill p_k0", r.missingPValue(), expected.get("p_k0"), CLOSED);
    assertThat(r.k()).isEqualTo(expected.get("k").asInt());
    assertThat(r.model().test().name().toLowerCase(Locale.ROOT))
        .isEqualTo(expected.get("test").asText());
    assertThat(r.model().level()).isEqualTo(expected.get("level").asDouble() / 100);
    close("trimfill beta", r.estimate(), expected.get("beta"), ITERATED);
    close("trimfill se", r.standardError(), expected.get("se"), ITERATED);
    close("trimfill statistic", r.model().statistic(), statistic(expected), ITERATED);
    closeP("trimfill pval", r.model().pValue(), expected.get("pval"), ITERATED);
    close("trimfill ci_lb", r.ciLower(), expected.get("ci_lb"), ITERATED);
    close("trimfill ci_ub", r.ciUpper(), expected.get("ci_ub"), ITERATED);
    close("trimfill tau2", r.tau2(), expected.get("tau2"), ITERATED);
    close("trimfill I2", r.model().heterogeneity().i2(), expected.get("I2"), ITERATED);
    close("trimfill QE", r.model().heterogeneity().q(), expected.get("QE"), CLOSED);
    closeP("trimfill QEp", r.model().heterogeneity().qPValue(), expected.get("QEp"), CLOSED);
    assertThat(r.filled()).hasSize(expected.get("filled_yi").size());
    for (int i = 0; i < r.filled().size(); i++) {
      FilledStudy f = r.filled().get(i);
      assertThat(f.effect().study()).isEqualTo("Filled " + (i + 1));
      close("trimfill filled yi " + i, f.effect().yi(), expected.get("filled_yi").get(i), ITERATED);
      close("trimfill filled vi " + i, f.effect().vi(), expected.get("filled_vi").get(i), CLOSED);
      assertThat(f.effect().vi()).isEqualTo(f.mirrored().vi());
      // the filled studies follow the observed ones in the refitted model
      assertThat(r.model().studies().get(fit.k() + i).effect()).isEqualTo(f.effect());
    }
    if (expected.has("exp")) {
      RatioScale ratio = r.model().ratioScale().orElseThrow();
      close(
          "trimfill exp estimate", ratio.estimate(), expected.get("exp").get("estimate"), ITERATED);
      close("trimfill exp ci_lb", ratio.ciLower(), expected.get("exp").get("ci_lb"), ITERATED);
      close("trimfill exp ci_ub", ratio.ciUpper(), expected.get("exp").get("ci_ub"), ITERATED);
    }
  }

  private static void checkLeaveOneOut(List<EffectSize> effects, JsonNode expected) {
    MetaAnalysisResult fit = analysis(expected).fit(effects);
    LeaveOneOutResult r = LeaveOneOut.of(fit);
    JsonNode rows = expected.get("rows");
    assertThat(r.rows()).hasSize(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = rows.get(i);
      LeaveOneOutFit actual = r.rows().get(i);
      String study = row.get("study").asText();
      assertThat(actual.omitted().study()).isEqualTo(study);
      MetaAnalysisResult f = actual.fit().orElseThrow();
      close(study + " estimate", f.estimate(), row.get("estimate"), ITERATED);
      close(study + " se", f.standardError(), row.get("se"), ITERATED);
      close(study + " statistic", f.statistic(), statistic(row), ITERATED);
      closeP(study + " pval", f.pValue(), row.get("pval"), ITERATED);
      close(study + " ci_lb", f.ciLower(), row.get("ci_lb"), ITERATED);
      close(study + " ci_ub", f.ciUpper(), row.get("ci_ub"), ITERATED);
      close(study + " Q", f.heterogeneity().q(), row.get("Q"), CLOSED);
      closeP(study + " Qp", f.heterogeneity().qPValue(), row.get("Qp"), CLOSED);
      if (fit.method().isRandomEffects()) {
        close(study + " tau2", f.heterogeneity().tau2(), row.get("tau2"), ITERATED);
      } else {
        assertThat(row.get("tau2").isNull()).isTrue();
        assertThat(f.heterogeneity().tau2()).isZero();
      }
      close(study + " I2", f.heterogeneity().i2(), row.get("I2"), ITERATED);
      close(study + " H2", f.heterogeneity().h2(), row.get("H2"), ITERATED);
    }
  }

  private static void checkSubgroups(
      MetaforReference ref, List<EffectSize> effects, JsonNode expected) {
    String column = expected.get("column").asText();
    List<String> labels = new ArrayList<>();
    for (JsonNode row : ref.data()) {
      labels.add(row.get(column).asText());
    }
    JsonNode groups = expected.get("groups");
    MetaAnalysis analysis = analysis(groups.get(0));
    SubgroupResult r = SubgroupAnalysis.of(analysis).fit(effects, labels);
    assertThat(r.subgroups()).hasSize(groups.size());
    for (JsonNode g : groups) {
      SubgroupFit s = r.subgroup(g.get("group").asText());
      List<String> studies = s.fit().studies().stream().map(WeightedStudy::study).toList();
      List<String> expectedStudies = new ArrayList<>();
      g.get("studies").forEach(x -> expectedStudies.add(x.asText()));
      assertThat(studies).isEqualTo(expectedStudies);
      List<EffectSize> members = s.fit().studies().stream().map(WeightedStudy::effect).toList();
      MetaforReferenceTest.checkResult(s.fit(), members, members, g);
    }
    SubgroupDifferences d = r.differences().orElseThrow();
    JsonNode test = expected.get("test");
    close("Q between", d.q(), test.get("Q"), ITERATED);
    assertThat(d.df()).isEqualTo(test.get("df").asInt());
    closeP("Q between p", d.pValue(), test.get("pval"), ITERATED);
    close("pooled", d.pooledEstimate(), test.get("pooled"), ITERATED);
    // it is Cochran's Q of an equal-effects meta-analysis of the subgroup estimates, and the test
    // of the group factor
    close("fe QE", d.q(), expected.get("fe_on_estimates").get("QE"), ITERATED);
    close("fe mods QM", d.q(), expected.get("fe_mods_on_estimates").get("QM"), ITERATED);
  }
}
