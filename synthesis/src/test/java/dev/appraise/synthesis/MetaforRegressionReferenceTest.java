package dev.appraise.synthesis;

import static dev.appraise.synthesis.MetaforReferenceTest.close;
import static dev.appraise.synthesis.MetaforReferenceTest.closeP;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Meta-regressions of {@code src/test/resources/metafor/bcg-rr-regression.json} (BCG vaccine
 * trials, Colditz et al. 1994; metafor 3.8-1 on R 4.2.2 by {@code
 * src/test/scripts/metafor-regression-reference.R}): {@code ~ ablat + alloc} under every estimator
 * and the z, t and Knapp-Hartung tests, {@code ~ year} at level 90, a redundant column, an absent
 * reference level and the t test without moderators. Tolerances as in {@link MetaforReferenceTest}.
 */
class MetaforRegressionReferenceTest {

  private static final double TOL = 1e-9;

  @TestFactory
  Stream<DynamicTest> metafor() {
    MetaforReference ref = MetaforReference.load("bcg-rr-regression");
    JsonNode data = ref.root.get("data");
    List<EffectSize> effects = new ArrayList<>();
    for (JsonNode row : data) {
      effects.add(
          EffectSizes.withDefaults()
              .twoByTwo(
                  EffectMeasure.RR,
                  TwoByTwo.of(
                      row.get("study").asText(),
                      row.get("ai").asDouble(),
                      row.get("bi").asDouble(),
                      row.get("ci").asDouble(),
                      row.get("di").asDouble())));
    }
    return StreamSupport.stream(ref.root.get("cases").spliterator(), false)
        .map(c -> DynamicTest.dynamicTest(c.get("label").asText(), () -> check(data, effects, c)));
  }

  private static void check(JsonNode data, List<EffectSize> all, JsonNode c) {
    MetaAnalysis analysis =
        MetaAnalysis.withDefaults()
            .withMethod(Tau2Method.valueOf(c.get("method").asText()))
            .withTest(TestKind.valueOf(c.get("test").asText().toUpperCase(Locale.ROOT)))
            .withLevel(c.get("level").asDouble() / 100);
    String label = c.get("label").asText();
    List<EffectSize> effects = all;
    ModelMatrix x;
    switch (label) {
      case "redundant column":
        {
          double[] ablat = column(data, "ablat");
          double[] twice = ablat.clone();
          for (int i = 0; i < twice.length; i++) {
            twice[i] *= 2;
          }
          x =
              ModelMatrix.builder(all.size())
                  .continuous("ablat", ablat)
                  .continuous("ablat2", twice)
                  .build();
          break;
        }
      case "absent reference level":
        {
          effects = new ArrayList<>();
          List<String> alloc = new ArrayList<>();
          for (int i = 0; i < all.size(); i++) {
            if (!data.get(i).get("alloc").asText().equals("alternate")) {
              effects.add(all.get(i));
              alloc.add(data.get(i).get("alloc").asText());
            }
          }
          x =
              ModelMatrix.builder(effects.size())
                  .categorical("alloc", alloc, List.of("alternate", "random", "systematic"))
                  .build();
          break;
        }
      case "no moderators, t test":
        x = ModelMatrix.interceptOnly(all.size());
        break;
      default:
        {
          ModelMatrix.Builder b = ModelMatrix.builder(all.size());
          for (String term : c.get("mods").asText().split("\\+")) {
            String t = term.strip();
            if (t.equals("alloc")) {
              List<String> alloc = new ArrayList<>();
              data.forEach(row -> alloc.add(row.get("alloc").asText()));
              b.categorical(t, alloc);
            } else {
              b.continuous(t, column(data, t));
            }
          }
          x = b.build();
        }
    }
    MetaRegressionResult r = analysis.fit(effects, x);
    assertThat(r.k()).isEqualTo(c.get("k").asInt());
    assertThat(r.p()).isEqualTo(c.get("p").asInt());
    List<String> dropped = new ArrayList<>();
    c.get("dropped").forEach(n -> dropped.add(n.asText()));
    assertThat(r.droppedColumns()).isEqualTo(dropped);
    if (c.get("dfs").isNull()) {
      assertThat(r.df()).isEmpty();
    } else {
      assertThat(r.df().getAsInt()).isEqualTo(c.get("dfs").asInt());
    }
    for (JsonNode e : c.get("coefficients")) {
      String name = e.get("name").asText();
      ModelCoefficient coefficient = r.coefficient(name);
      close(name + " estimate", coefficient.estimate(), e.get("estimate"), TOL);
      close(name + " se", coefficient.standardError(), e.get("se"), TOL);
      close(name + " statistic", coefficient.statistic(), e.get("statistic"), TOL);
      closeP(name + " pval", coefficient.pValue(), e.get("pval"), TOL);
      close(name + " ci_lb", coefficient.ciLower(), e.get("ci_lb"), TOL);
      close(name + " ci_ub", coefficient.ciUpper(), e.get("ci_ub"), TOL);
    }
    ModeratorTest qm = r.moderatorTest();
    close("QM", qm.statistic(), c.get("QM"), TOL);
    assertThat(qm.df()).isEqualTo(c.get("QMdf").get(0).asInt());
    if (c.get("QMdf").size() > 1) {
      assertThat(qm.denominatorDf().getAsInt()).isEqualTo(c.get("QMdf").get(1).asInt());
    } else {
      assertThat(qm.isF()).isFalse();
    }
    closeP("QMp", qm.pValue(), c.get("QMp"), TOL);
    Heterogeneity h = r.heterogeneity();
    close("QE", h.q(), c.get("QE"), TOL);
    assertThat(h.qDf()).isEqualTo(c.get("QEdf").asInt());
    closeP("QEp", h.qPValue(), c.get("QEp"), TOL);
    close("tau2", h.tau2(), c.get("tau2"), TOL);
    close("se_tau2", h.tau2StandardError(), c.get("se_tau2"), TOL);
    close("I2", h.i2(), c.get("I2"), TOL);
    close("H2", h.h2(), c.get("H2"), TOL);
    close("R2", r.r2(), c.get("R2"), TOL);
    if (c.has("confint")) {
      HeterogeneityInterval ci = r.heterogeneityInterval().orElseThrow();
      JsonNode q = c.get("confint");
      close("confint tau2 lb", ci.tau2Lower(), q.get("tau2").get("ci_lb"), TOL);
      close("confint tau2 ub", ci.tau2Upper(), q.get("tau2").get("ci_ub"), TOL);
      close("confint I2 lb", ci.i2Lower(), q.get("I2").get("ci_lb"), TOL);
      close("confint I2 ub", ci.i2Upper(), q.get("I2").get("ci_ub"), TOL);
      close("confint H2 lb", ci.h2Lower(), q.get("H2").get("ci_lb"), TOL);
      close("confint H2 ub", ci.h2Upper(), q.get("H2").get("ci_ub"), TOL);
    } else {
      assertThat(r.heterogeneityInterval()).isEmpty();
    }
  }

  private static double[] column(JsonNode data, String name) {
    double[] values = new double[data.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = data.get(i).get(name).asDouble();
    }
    return values;
  }
}
