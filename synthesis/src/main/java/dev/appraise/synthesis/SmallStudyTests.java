package dev.appraise.synthesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.special.Erf;

/**
 * Tests for small-study effects (funnel-plot asymmetry, of which publication bias is one cause) on
 * a fitted model, as metafor 3.8-1 runs them with its defaults:
 *
 * <pre>{@code
 * MetaAnalysisResult fit = MetaAnalysis.withDefaults().fit(effects);
 * EggerTestResult egger = SmallStudyTests.egger(fit);                      // regtest(fit)
 * RankCorrelationTestResult begg = SmallStudyTests.rankCorrelation(fit);   // ranktest(fit)
 * }</pre>
 *
 * <p>Both tests have little power with few studies; Sterne et al. (2011) advise against them with
 * fewer than 10. Neither tells publication bias from other causes of asymmetry (heterogeneity,
 * chance, artefacts of the measure).
 *
 * <p>References: Egger M, Davey Smith G, Schneider M, Minder C (1997), Bias in meta-analysis
 * detected by a simple, graphical test, BMJ 315:629-634. Begg CB, Mazumdar M (1994), Operating
 * characteristics of a rank correlation test for publication bias, Biometrics 50:1088-1101. Sterne
 * JAC, Egger M (2005), Regression methods to detect publication and other bias in meta-analysis, in
 * Rothstein HR, Sutton AJ, Borenstein M (eds), Publication bias in meta-analysis, Wiley, 99-110.
 * Sterne JAC et al. (2011), Recommendations for examining and interpreting funnel plot asymmetry in
 * meta-analyses of randomised controlled trials, BMJ 343:d4002.
 */
public final class SmallStudyTests {

  /** The name of the standard-error column of Egger's regression, as metafor names it. */
  static final String SEI = "sei";

  /**
   * The largest number of studies for which R's exact null distribution of Kendall's statistic is
   * finite.
   */
  static final int MAX_EXACT_KENDALL = 170;

  private SmallStudyTests() {}

  /**
   * Egger's regression test as metafor's {@code regtest(fit)}: the model refitted with the studies'
   * standard errors {@code sqrt(vi)} as a moderator, with the fitted model's estimator, test, level
   * and controls ({@link MetaAnalysisResult#analysis()}); see {@link EggerTestResult}.
   *
   * @param fit the fitted model
   * @return the test and the limit estimate
   * @throws IllegalArgumentException if the model has too few studies for a regression with two
   *     coefficients (3 for a random-effects model or a t test, 2 otherwise), or every study has
   *     the same standard error (metafor: "model matrix no longer of full rank")
   * @throws ConvergenceException if the estimator does not converge on the regression
   */
  public static EggerTestResult egger(MetaAnalysisResult fit) {
    List<EffectSize> effects = effects(fit);
    double[] sei = new double[effects.size()];
    for (int i = 0; i < sei.length; i++) {
      sei[i] = effects.get(i).sei();
    }
    ModelMatrix x = ModelMatrix.interceptOnly(effects.size()).withColumn(SEI, sei);
    MetaRegressionResult model;
    try {
      model = fit.analysis().fit(effects, x);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Egger's regression test: " + e.getMessage(), e);
    }
    if (!model.droppedColumns().isEmpty()) {
      throw new IllegalArgumentException(
          "Egger's regression test: every study has the same standard error "
              + sei[0]
              + ", so the model matrix is no longer of full rank with the standard errors as a moderator");
    }
    return EggerTestResult.builder().model(model).build();
  }

  /**
   * The rank correlation test of Begg and Mazumdar (1994) as metafor's {@code ranktest(fit)}; see
   * {@link RankCorrelationTestResult}. It uses only the studies' estimates and variances, not the
   * model's estimator.
   *
   * @param fit the fitted model
   * @return Kendall's tau and its p-value
   * @throws IllegalArgumentException if the model has fewer than 2 studies
   */
  public static RankCorrelationTestResult rankCorrelation(MetaAnalysisResult fit) {
    List<EffectSize> effects = effects(fit);
    int n = effects.size();
    if (n < 2) {
      throw new IllegalArgumentException(
          "rank correlation test: needs at least 2 studies, had " + n);
    }
    double[] y = new double[n];
    double[] v = new double[n];
    double sumW = 0;
    double sumWy = 0;
    for (int i = 0; i < n; i++) {
      y[i] = effects.get(i).yi();
      v[i] = effects.get(i).vi();
      double w = 1 / v[i];
      sumWy += y[i] * w;
      sumW += w;
    }
    double theta = sumWy / sumW;
    double vb = 1 / sumW;
    double[] yStar = new double[n];
    for (int i = 0; i < n; i++) {
      yStar[i] = (y[i] - theta) / Math.sqrt(v[i] - vb);
    }
    return kendall(yStar, v);
  }

  /**
   * R's {@code cor.test(x, y, method = "kendall", exact = TRUE)}, two-sided, without continuity
   * correction.
   */
  static RankCorrelationTestResult kendall(double[] x, double[] y) {
    int n = x.length;
    // cor(x, y, method = "kendall") as R's cov.c: pairs counted once, tau-b
    double s = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double sx = Math.signum(x[i] - x[j]);
        double sy = Math.signum(y[i] - y[j]);
        s += sx * sy;
        sxx += sx * sx;
        syy += sy * sy;
      }
    }
    double tau = s / (Math.sqrt(sxx) * Math.sqrt(syy));
    tau = Math.max(-1, Math.min(1, tau));
    RankCorrelationTestResult.Builder r = RankCorrelationTestResult.builder().k(n).tau(tau);
    if (Double.isNaN(tau)) {
      // every x or every y equal: cor.test returns NA for tau, statistic and p
      return r.statistic(Double.NaN).pValue(Double.NaN).exact(false).build();
    }
    boolean ties = distinct(x) < n || distinct(y) < n;
    if (!ties && n <= MAX_EXACT_KENDALL) {
      double q = Math.rint((tau + 1) * n * (n - 1) / 4);
      double p = q > n * (n - 1) / 4.0 ? 1 - kendallCdf(q - 1, n) : kendallCdf(q, n);
      return r.statistic(q).pValue(Math.min(2 * p, 1)).exact(true).build();
    }
    double t0 = n * (n - 1) / 2.0;
    double[] xt = tieSums(x);
    double[] yt = tieSums(y);
    double sCentred = tau * Math.sqrt((t0 - xt[0] / 2) * (t0 - yt[0] / 2));
    double v0 = (double) n * (n - 1) * (2 * n + 5);
    double varS =
        (v0 - xt[1] - yt[1]) / 18
            + xt[0] * yt[0] / (2.0 * n * (n - 1))
            + xt[2] * yt[2] / (9.0 * n * (n - 1) * (n - 2));
    double z = sCentred / Math.sqrt(varS);
    double lower = normalCdf(z);
    double upper = normalCdf(-z);
    return r.statistic(z).pValue(2 * Math.min(lower, upper)).exact(false).build();
  }

  private static int distinct(double[] a) {
    return (int) Arrays.stream(a).distinct().count();
  }

  /**
   * Over the groups of tied values of sizes {@code t}: {@code Σ t(t-1)}, {@code Σ t(t-1)(2t+5)},
   * {@code Σ t(t-1)(t-2)}.
   */
  private static double[] tieSums(double[] a) {
    double[] sorted = a.clone();
    Arrays.sort(sorted);
    double[] sums = new double[3];
    int i = 0;
    while (i < sorted.length) {
      int j = i;
      while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
        j++;
      }
      double t = j - i + 1;
      if (t > 1) {
        sums[0] += t * (t - 1);
        sums[1] += t * (t - 1) * (2 * t + 5);
        sums[2] += t * (t - 1) * (t - 2);
      }
      i = j + 1;
    }
    return sums;
  }

  /**
   * R's {@code pkendall(q, n)}: the probability that at most {@code q} of the {@code n(n-1)/2}
   * pairs are concordant under independence, from the counts of permutations with each number of
   * inversions (R's {@code ckendall} recursion {@code c(k, n) = Σ_{i<n} c(k - i, n - 1)}, summed in
   * the same order), divided by {@code n!}.
   */
  static double kendallCdf(double q, int n) {
    double floor = Math.floor(q + 1e-7);
    int max = n * (n - 1) / 2;
    if (floor < 0) {
      return 0;
    }
    if (floor > max) {
      return 1;
    }
    int top = (int) floor;
    double[] counts = new double[top + 1];
    counts[0] = 1;
    for (int m = 2; m <= n; m++) {
      double[] next = new double[top + 1];
      int reach = Math.min(top, m * (m - 1) / 2);
      int previousMax = (m - 1) * (m - 2) / 2;
      for (int k = 0; k <= reach; k++) {
        double sum = 0;
        for (int i = 0; i < m; i++) {
          int from = k - i;
          if (from >= 0 && from <= previousMax) {
            sum += counts[from];
          }
        }
        next[k] = sum;
      }
      counts = next;
    }
    double p = 0;
    for (int k = 0; k <= top; k++) {
      p += counts[k];
    }
    double factorial = 1;
    for (int i = 2; i <= n; i++) {
      factorial *= i;
    }
    return p / factorial;
  }

  private static double normalCdf(double z) {
    return 0.5 * Erf.erfc(-z / Math.sqrt(2));
  }

  private static List<EffectSize> effects(MetaAnalysisResult fit) {
    List<EffectSize> out = new ArrayList<>(fit.k());
    for (WeightedStudy s : fit.studies()) {
      out.add(s.effect());
    }
    return out;
  }
}
