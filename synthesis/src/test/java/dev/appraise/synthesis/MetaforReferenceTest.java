package dev.appraise.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of {@code src/test/resources/metafor} (metafor 3.8-1 on R 4.2.2, computed by {@code
 * src/test/scripts/metafor-reference.R}; each file names its data's source): escalc's effect sizes,
 * then every fit (estimate, standard error, test, intervals, prediction interval, tau², its
 * standard error, I², H², Q, weights, the ratio scale, the Q-profile intervals, Fisher scoring
 * iterations) and the meta-regressions.
 *
 * <p>Tolerances: closed-form values to {@value #CLOSED} relative to {@code max(1, |value|)},
 * p-values relative to themselves. Iterative values (ML, REML, EB, PM and the Q-profile bounds) to
 * {@value #ITERATED} of metafor's own default iterates, which appraise reproduces step by step;
 * fits iterated to convergence in both programs ({@code tight}) to {@value #TIGHT}; the exact
 * Q-profile roots ({@code confint_tight}) to metafor's root-finding tolerance.
 */
class MetaforReferenceTest {

  static final double CLOSED = 1e-9;
  static final double ITERATED = 1e-9;
  static final double TIGHT = 1e-9;

  @org.junit.jupiter.api.AfterAll
  static void printDeviations() {
    Deviations.print();
  }

  @TestFactory
  Stream<DynamicNode> metafor() {
    return MetaforReference.CASES.stream()
        .map(MetaforReference::load)
        .map(MetaforReferenceTest::reference);
  }

  private static DynamicNode reference(MetaforReference ref) {
    List<DynamicNode> tests = new ArrayList<>();
    List<EffectSize> all = ref.effects();
    tests.add(DynamicTest.dynamicTest("escalc", () -> checkEscalc(ref, all)));
    List<EffectSize> effects = all.stream().filter(e -> e != null).toList();
    for (JsonNode fit : ref.root.get("fits")) {
      String name =
          fit.get("method").asText()
              + " "
              + fit.get("test").asText()
              + " "
              + fit.get("level").asInt();
      tests.add(DynamicTest.dynamicTest(name, () -> checkFit(all, effects, fit)));
    }
    if (ref.root.has("metaregression")) {
      for (JsonNode reg : ref.root.get("metaregression")) {
        tests.add(
            DynamicTest.dynamicTest(
                "mods " + reg.get("mods").asText(), () -> checkRegression(ref, effects, reg)));
      }
    }
    return DynamicContainer.dynamicContainer(ref.name, tests);
  }

  private static void checkEscalc(MetaforReference ref, List<EffectSize> effects) {
    JsonNode escalc = ref.root.get("escalc");
    for (int i = 0; i < effects.size(); i++) {
      String study = ref.data().get(i).get("study").asText();
      JsonNode yi = escalc.get("yi").get(i);
      if (yi.isNull()) {
        assertThat(effects.get(i))
            .as(study + ": escalc gives NA, appraise must reject the row")
            .isNull();
        continue;
      }
      EffectSize e = effects.get(i);
      assertThat(e).as(study).isNotNull();
      close(study + " yi", e.yi(), yi, CLOSED);
      close(study + " vi", e.vi(), escalc.get("vi").get(i), CLOSED);
      if (escalc.has("corrected")) {
        boolean corrected = escalc.get("corrected").get(i).asBoolean();
        assertThat(e.correction().orElseThrow().isApplied())
            .as(study + " corrected")
            .isEqualTo(corrected);
        if (corrected) {
          assertThat(e.correction().orElseThrow().ai()).isEqualTo(escalc.get("add").asDouble());
        }
      }
    }
    if (ref.name.equals("zero-cells-peto-add0")) {
      TwoByTwo doubleZero = TwoByTwo.of("double zero", 0, 10, 0, 12);
      assertThatThrownBy(
              () ->
                  EffectSizes.withDefaults()
                      .withContinuityCorrection(0, CorrectionScope.ONLY_ZERO)
                      .twoByTwo(EffectMeasure.PETO, doubleZero))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("study double zero")
          .hasMessageContaining("PETO is undefined");
    }
  }

  static MetaAnalysis analysis(JsonNode fit) {
    return MetaAnalysis.withDefaults()
        .withMethod(Tau2Method.valueOf(fit.get("method").asText()))
        .withTest(TestKind.valueOf(fit.get("test").asText().toUpperCase(Locale.ROOT)))
        .withLevel(fit.get("level").asDouble() / 100);
  }

  private static void checkFit(List<EffectSize> all, List<EffectSize> effects, JsonNode fit) {
    checkResult(analysis(fit).fit(effects), all, effects, fit);
  }

  /**
   * Checks a fitted model against a record of the reference's fits list for the same studies
   * ({@code all} with null where escalc gives NA, {@code effects} without them).
   */
  static void checkResult(
      MetaAnalysisResult r, List<EffectSize> all, List<EffectSize> effects, JsonNode fit) {
    Tau2Method method = r.method();
    boolean iterative = method.isIterative();
    double tol = iterative ? ITERATED : CLOSED;
    assertThat(r.k()).isEqualTo(fit.get("k").asInt());
    if (fit.get("dfs").isNull()) {
      assertThat(r.df()).isEmpty();
    } else {
      assertThat(r.df().getAsInt()).isEqualTo(fit.get("dfs").asInt());
    }
    close("beta", r.estimate(), fit.get("beta"), tol);
    close("se", r.standardError(), fit.get("se"), tol);
    close("statistic", r.statistic(), fit.has("zval") ? fit.get("zval") : fit.get("tval"), tol);
    closeP("pval", r.pValue(), fit.get("pval"), tol);
    close("ci_lb", r.ciLower(), fit.get("ci_lb"), tol);
    close("ci_ub", r.ciUpper(), fit.get("ci_ub"), tol);
    close("pi_lb", r.prediction().map(Prediction::lower), fit.get("pi_lb"), tol);
    close("pi_ub", r.prediction().map(Prediction::upper), fit.get("pi_ub"), tol);
    Heterogeneity h = r.heterogeneity();
    close("tau2", h.tau2(), fit.get("tau2"), tol);
    close("se_tau2", h.tau2StandardError(), fit.get("se_tau2"), tol);
    close("tau", h.tau(), fit.get("tau"), tol);
    close("I2", h.i2(), fit.get("I2"), tol);
    close("H2", h.h2(), fit.get("H2"), tol);
    close("QE", h.q(), fit.get("QE"), CLOSED);
    assertThat(h.qDf()).isEqualTo(fit.get("QEdf").asInt());
    closeP("QEp", h.qPValue(), fit.get("QEp"), CLOSED);
    int j = 0;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) == null) {
        assertThat(fit.get("weights").get(i).isNull()).isTrue();
        continue;
      }
      close("weight " + i, r.studies().get(j++).weight(), fit.get("weights").get(i), tol);
    }
    if (fit.has("exp")) {
      JsonNode exp = fit.get("exp");
      RatioScale ratio = r.ratioScale().orElseThrow();
      close("exp estimate", ratio.estimate(), exp.get("estimate"), tol);
      close("exp ci_lb", ratio.ciLower(), exp.get("ci_lb"), tol);
      close("exp ci_ub", ratio.ciUpper(), exp.get("ci_ub"), tol);
      close("exp pi_lb", ratio.piLower(), exp.get("pi_lb"), tol);
      close("exp pi_ub", ratio.piUpper(), exp.get("pi_ub"), tol);
    } else {
      assertThat(r.ratioScale()).isEmpty();
    }
    if (fit.has("confint")) {
      HeterogeneityInterval ci = r.heterogeneityInterval().orElseThrow();
      checkConfint(fit.get("confint"), ci, ITERATED);
      // the exact roots, to metafor's root-finding tolerance on tau² (the other bounds are
      // functions of these that
      // magnify a difference near 0: the square root, and I² when the typical variance is small)
      JsonNode tight = fit.get("confint_tight").get("tau2");
      close("confint_tight tau2 lb", ci.tau2Lower(), tight.get("ci_lb"), Zeroin.R_TOLERANCE);
      close("confint_tight tau2 ub", ci.tau2Upper(), tight.get("ci_ub"), Zeroin.R_TOLERANCE);
    } else {
      assertThat(r.heterogeneityInterval()).isEmpty();
    }
    if (fit.has("iterations") && !fit.get("iterations").isNull()) {
      assertThat(r.iterations().getAsInt())
          .as("Fisher scoring iterations")
          .isEqualTo(fit.get("iterations").asInt());
    }
    if (fit.has("tight")) {
      // the same fit iterated to convergence: threshold and tolerance 1e-12, up to 10000
      // iterations, in both programs
      JsonNode tight = fit.get("tight");
      MetaAnalysisResult t =
          analysis(fit)
              .withThreshold(1e-12)
              .withTolerance(1e-12)
              .withMaxIterations(10000)
              .fit(effects);
      close("tight tau2", t.heterogeneity().tau2(), tight.get("tau2"), TIGHT);
      close("tight beta", t.estimate(), tight.get("beta"), TIGHT);
      close("tight se", t.standardError(), tight.get("se"), TIGHT);
      close("tight ci_lb", t.ciLower(), tight.get("ci_lb"), TIGHT);
      close("tight ci_ub", t.ciUpper(), tight.get("ci_ub"), TIGHT);
    }
  }

  private static void checkConfint(JsonNode confint, HeterogeneityInterval ci, double tol) {
    String kind = "confint ";
    close(kind + "tau2 lb", ci.tau2Lower(), confint.get("tau2").get("ci_lb"), tol);
    close(kind + "tau2 ub", ci.tau2Upper(), confint.get("tau2").get("ci_ub"), tol);
    close(kind + "tau lb", ci.tauLower(), confint.get("tau").get("ci_lb"), tol);
    close(kind + "tau ub", ci.tauUpper(), confint.get("tau").get("ci_ub"), tol);
    close(kind + "I2 lb", ci.i2Lower(), confint.get("I2").get("ci_lb"), tol);
    close(kind + "I2 ub", ci.i2Upper(), confint.get("I2").get("ci_ub"), tol);
    close(kind + "H2 lb", ci.h2Lower(), confint.get("H2").get("ci_lb"), tol);
    close(kind + "H2 ub", ci.h2Upper(), confint.get("H2").get("ci_ub"), tol);
  }

  private static void checkRegression(
      MetaforReference ref, List<EffectSize> effects, JsonNode reg) {
    String[] terms = reg.get("mods").asText().replace("~", "").split("\\+");
    ModelMatrix.Builder x = ModelMatrix.builder(effects.size());
    for (String term : terms) {
      String t = term.strip();
      JsonNode first = ref.data().get(0).get(t);
      if (first.isNumber()) {
        double[] values = new double[effects.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = ref.data().get(i).get(t).asDouble();
        }
        x.continuous(t, values);
      } else {
        List<String> values = new ArrayList<>();
        for (JsonNode row : ref.data()) {
          values.add(row.get(t).asText());
        }
        x.categorical(t, values);
      }
    }
    MetaRegressionResult r =
        analysis(reg.has("level") ? reg : withDefaults(reg)).fit(effects, x.build());
    double tol = ITERATED;
    assertThat(r.p()).isEqualTo(reg.get("p").asInt());
    for (JsonNode c : reg.get("coefficients")) {
      String name = c.get("name").asText();
      ModelCoefficient coefficient = r.coefficient(name);
      close(name + " estimate", coefficient.estimate(), c.get("estimate"), tol);
      close(name + " se", coefficient.standardError(), c.get("se"), tol);
      close(
          name + " statistic",
          coefficient.statistic(),
          c.has("zval") ? c.get("zval") : c.get("tval"),
          tol);
      closeP(name + " pval", coefficient.pValue(), c.get("pval"), tol);
      close(name + " ci_lb", coefficient.ciLower(), c.get("ci_lb"), tol);
      close(name + " ci_ub", coefficient.ciUpper(), c.get("ci_ub"), tol);
    }
    close("QM", r.moderatorTest().statistic(), reg.get("QM"), tol);
    assertThat(r.moderatorTest().df()).isEqualTo(reg.get("QMdf").asInt());
    closeP("QMp", r.moderatorTest().pValue(), reg.get("QMp"), tol);
    close("QE", r.heterogeneity().q(), reg.get("QE"), CLOSED);
    closeP("QEp", r.heterogeneity().qPValue(), reg.get("QEp"), CLOSED);
    close("tau2", r.heterogeneity().tau2(), reg.get("tau2"), tol);
    close("se_tau2", r.heterogeneity().tau2StandardError(), reg.get("se_tau2"), tol);
    close("I2", r.heterogeneity().i2(), reg.get("I2"), tol);
    close("H2", r.heterogeneity().h2(), reg.get("H2"), tol);
    close("R2", r.r2(), reg.get("R2"), tol);
  }

  private static JsonNode withDefaults(JsonNode reg) {
    com.fasterxml.jackson.databind.node.ObjectNode copy = reg.deepCopy();
    copy.put("level", 95);
    if (!copy.has("test")) {
      copy.put("test", "z");
    }
    return copy;
  }

  // ----------------------------------------------------------------------------------------------------------------

  static void close(String what, Optional<Double> actual, JsonNode expected, double tol) {
    if (expected.isNull()) {
      assertThat(actual).as(what + ": metafor has none").isEmpty();
    } else {
      close(what, actual.orElseThrow(() -> new AssertionError(what + ": missing")), expected, tol);
    }
  }

  static void close(String what, OptionalDouble actual, JsonNode expected, double tol) {
    close(
        what,
        actual.isPresent() ? Optional.of(actual.getAsDouble()) : Optional.empty(),
        expected,
        tol);
  }

  static void close(String what, double actual, JsonNode expected, double tol) {
    if (expected.isNull()) {
      // metafor's NA, NaN or an infinite value (a statistic over a standard error of 0)
      assertThat(Double.isFinite(actual))
          .as(what + ": metafor has no finite value, appraise has " + actual)
          .isFalse();
      return;
    }
    double e = expected.asDouble();
    double deviation = Math.abs(actual - e) / Math.max(1, Math.abs(e));
    Deviations.record(what, deviation);
    assertThat(deviation)
        .as(what + ": appraise " + actual + ", metafor " + e)
        .isLessThanOrEqualTo(tol);
  }

  static void closeP(String what, double actual, JsonNode expected, double tol) {
    double e = expected.asDouble();
    double deviation = e == 0 ? Math.abs(actual) : Math.abs(actual - e) / e;
    Deviations.record(what, deviation);
    assertThat(deviation)
        .as(what + ": appraise " + actual + ", metafor " + e)
        .isLessThanOrEqualTo(tol);
  }

  /** The largest deviation seen per quantity, printed with -Dappraise.deviations=true. */
  static final class Deviations {
    private static final java.util.Map<String, Double> MAX =
        new java.util.concurrent.ConcurrentHashMap<>();

    static void print() {
      if (Boolean.getBoolean("appraise.deviations")) {
        MAX.entrySet().stream()
            .sorted(java.util.Map.Entry.comparingByValue())
            .forEach(e -> System.out.printf(Locale.ROOT, "%-24s %.3e%n", e.getKey(), e.getValue()));
      }
    }

    static void record(String what, double deviation) {
      String key =
          what.replaceAll("[0-9]+", "#")
              .replaceAll("^.* (estimate|se|statistic|pval|ci_lb|ci_ub)$", "coef $1");
      MAX.merge(key, deviation, Math::max);
    }
  }
}
