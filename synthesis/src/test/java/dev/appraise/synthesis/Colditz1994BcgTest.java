package dev.appraise.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The BCG vaccine trials (Colditz et al. 1994, JAMA 271:698-702) as log risk ratios, with the
 * results printed in Viechtbauer (2010), Conducting meta-analyses in R with the metafor package, J
 * Stat Softw 36(3), sections 3.2-3.5, and metafor's documentation of {@code rma.uni} and {@code
 * confint.rma.uni}, to the four decimals printed there.
 */
class Colditz1994BcgTest {

  /** Printed values have four decimals. */
  private static final double PRINTED = 5e-5;

  // trial, tpos, tneg, cpos, cneg, ablat, alloc (metafor's dat.bcg)
  static final Object[][] TRIALS = {
    {"Aronson 1948", 4, 119, 11, 128, 44, "random"},
    {"Ferguson & Simes 1949", 6, 300, 29, 274, 55, "random"},
    {"Rosenthal et al 1960", 3, 228, 11, 209, 42, "random"},
    {"Hart & Sutherland 1977", 62, 13536, 248, 12619, 52, "random"},
    {"Frimodt-Moller et al 1973", 33, 5036, 47, 5761, 13, "alternate"},
    {"Stein & Aronson 1953", 180, 1361, 372, 1079, 44, "alternate"},
    {"Vandiviere et al 1973", 8, 2537, 10, 619, 19, "random"},
    {"TPT Madras 1980", 505, 87886, 499, 87892, 13, "random"},
    {"Coetzee & Berjak 1968", 29, 7470, 45, 7232, 27, "random"},
    {"Rosenthal et al 1961", 17, 1699, 65, 1600, 42, "systematic"},
    {"Comstock et al 1974", 186, 50448, 141, 27197, 18, "systematic"},
    {"Comstock & Webster 1969", 5, 2493, 3, 2338, 33, "systematic"},
    {"Comstock et al 1976", 27, 16886, 29, 17825, 33, "systematic"},
  };

  static List<EffectSize> logRiskRatios() {
    List<TwoByTwo> tables = new ArrayList<>();
    for (Object[] t : TRIALS) {
      tables.add(TwoByTwo.of((String) t[0], (int) t[1], (int) t[2], (int) t[3], (int) t[4]));
    }
    return EffectSizes.withDefaults().twoByTwo(EffectMeasure.RR, tables);
  }

  @Test
  void randomEffectsReml() {
    // Viechtbauer (2010), section 3.2: res <- rma(yi, vi, data = dat)
    MetaAnalysisResult r = MetaAnalysis.withDefaults().fit(logRiskRatios());
    assertThat(r.method()).isEqualTo(Tau2Method.REML);
    assertThat(r.k()).isEqualTo(13);
    assertThat(r.heterogeneity().tau2()).isCloseTo(0.3132, within(PRINTED));
    assertThat(r.heterogeneity().tau2StandardError().getAsDouble())
        .isCloseTo(0.1664, within(PRINTED));
    assertThat(r.heterogeneity().tau()).isCloseTo(0.5597, within(PRINTED));
    assertThat(r.heterogeneity().i2()).isCloseTo(92.22, within(0.005));
    assertThat(r.heterogeneity().h2()).isCloseTo(12.86, within(0.005));
    assertThat(r.heterogeneity().q()).isCloseTo(152.2330, within(PRINTED));
    assertThat(r.heterogeneity().qDf()).isEqualTo(12);
    assertThat(r.heterogeneity().qPValue()).isLessThan(1e-4);
    assertThat(r.estimate()).isCloseTo(-0.7145, within(PRINTED));
    assertThat(r.standardError()).isCloseTo(0.1798, within(PRINTED));
    assertThat(r.statistic()).isCloseTo(-3.9744, within(PRINTED));
    assertThat(r.pValue()).isLessThan(1e-4);
    assertThat(r.ciLower()).isCloseTo(-1.0669, within(PRINTED));
    assertThat(r.ciUpper()).isCloseTo(-0.3622, within(PRINTED));
    // section 3.3: predict(res, transf = exp, digits = 2): 0.49 [0.34, 0.70], prediction interval
    // [0.15, 1.55]
    RatioScale rr = r.ratioScale().orElseThrow();
    assertThat(rr.estimate()).isCloseTo(0.49, within(0.005));
    assertThat(rr.ciLower()).isCloseTo(0.34, within(0.005));
    assertThat(rr.ciUpper()).isCloseTo(0.70, within(0.005));
    assertThat(rr.piLower().getAsDouble()).isCloseTo(0.15, within(0.005));
    assertThat(rr.piUpper().getAsDouble()).isCloseTo(1.55, within(0.005));
  }

  @Test
  void qProfileInterval() {
    // confint(res): tau^2 0.3132 [0.1197, 1.1115], tau 0.5597 [0.3460, 1.0543], I^2 92.22 [81.92,
    // 97.68],
    // H^2 12.86 [5.53, 43.07]
    HeterogeneityInterval ci =
        MetaAnalysis.withDefaults().fit(logRiskRatios()).heterogeneityInterval().orElseThrow();
    assertThat(ci.tau2Lower()).isCloseTo(0.1197, within(PRINTED));
    assertThat(ci.tau2Upper()).isCloseTo(1.1115, within(PRINTED));
    assertThat(ci.tauLower()).isCloseTo(0.3460, within(PRINTED));
    assertThat(ci.tauUpper()).isCloseTo(1.0543, within(PRINTED));
    assertThat(ci.i2Lower()).isCloseTo(81.92, within(0.005));
    assertThat(ci.i2Upper()).isCloseTo(97.68, within(0.005));
    assertThat(ci.h2Lower()).isCloseTo(5.53, within(0.005));
    assertThat(ci.h2Upper()).isCloseTo(43.07, within(0.005));
    assertThat(ci.lowerKind()).isEqualTo(BoundKind.ROOT);
    assertThat(ci.upperKind()).isEqualTo(BoundKind.ROOT);
    assertThat(ci.isEmpty()).isFalse();
  }

  @Test
  void derSimonianLaird() {
    // rma(yi, vi, data = dat, method = "DL"): tau^2 = 0.3088, estimate -0.7141 (se 0.1787)
    MetaAnalysisResult r =
        MetaAnalysis.withDefaults().withMethod(Tau2Method.DL).fit(logRiskRatios());
    assertThat(r.heterogeneity().tau2()).isCloseTo(0.3088, within(PRINTED));
    assertThat(r.estimate()).isCloseTo(-0.7141, within(PRINTED));
    assertThat(r.standardError()).isCloseTo(0.1787, within(PRINTED));
  }

  @Test
  void mixedEffectsOnLatitude() {
    // section 3.4: res <- rma(yi, vi, mods = ~ ablat, data = dat)
    List<EffectSize> effects = logRiskRatios();
    double[] ablat = new double[TRIALS.length];
    for (int i = 0; i < ablat.length; i++) {
      ablat[i] = (int) TRIALS[i][5];
    }
    MetaRegressionResult r =
        MetaAnalysis.withDefaults()
            .fit(effects, ModelMatrix.builder(13).continuous("ablat", ablat).build());
    assertThat(r.heterogeneity().tau2()).isCloseTo(0.0764, within(PRINTED));
    assertThat(r.heterogeneity().tau2StandardError().getAsDouble())
        .isCloseTo(0.0591, within(PRINTED));
    assertThat(r.heterogeneity().i2()).isCloseTo(68.39, within(0.005));
    assertThat(r.heterogeneity().h2()).isCloseTo(3.16, within(0.005));
    assertThat(r.r2().getAsDouble()).isCloseTo(75.62, within(0.005));
    assertThat(r.heterogeneity().q()).isCloseTo(30.7331, within(PRINTED));
    assertThat(r.heterogeneity().qDf()).isEqualTo(11);
    assertThat(r.heterogeneity().qPValue()).isCloseTo(0.0012, within(PRINTED));
    assertThat(r.moderatorTest().statistic()).isCloseTo(16.3571, within(PRINTED));
    assertThat(r.moderatorTest().df()).isEqualTo(1);
    assertThat(r.moderatorTest().coefficients()).containsExactly("ablat");
    ModelCoefficient intercept = r.coefficient("intrcpt");
    assertThat(intercept.estimate()).isCloseTo(0.2515, within(PRINTED));
    assertThat(intercept.standardError()).isCloseTo(0.2491, within(PRINTED));
    assertThat(intercept.statistic()).isCloseTo(1.0095, within(PRINTED));
    assertThat(intercept.pValue()).isCloseTo(0.3127, within(PRINTED));
    assertThat(intercept.ciLower()).isCloseTo(-0.2368, within(PRINTED));
    assertThat(intercept.ciUpper()).isCloseTo(0.7397, within(PRINTED));
    ModelCoefficient slope = r.coefficient("ablat");
    assertThat(slope.estimate()).isCloseTo(-0.0291, within(PRINTED));
    assertThat(slope.standardError()).isCloseTo(0.0072, within(PRINTED));
    assertThat(slope.statistic()).isCloseTo(-4.0444, within(PRINTED));
    assertThat(slope.ciLower()).isCloseTo(-0.0432, within(PRINTED));
    assertThat(slope.ciUpper()).isCloseTo(-0.0150, within(PRINTED));
  }
}
