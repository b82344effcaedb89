package dev.appraise.synthesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The computations behind {@link MetaAnalysis}: one fit, step by step as metafor's {@code rma.uni}.
 */
final class Fitter {

  /**
   * Accuracy of the quantile functions (Commons Math's default of 1e-9 is coarser than the
   * reference values).
   */
  private static final double QUANTILE_ACCURACY = 1e-15;

  private static final NormalDistribution NORMAL =
      new NormalDistribution(null, 0, 1, QUANTILE_ACCURACY);

  /** lm's tolerance for linearly dependent columns ({@code lm.fit(tol = 1e-7)}). */
  private static final double RANK_TOLERANCE = 1e-7;

  /** metafor's {@code control$maxiter} for the Q-profile bounds in {@code confint.rma.uni}. */
  private static final int QPROFILE_MAX_ITERATIONS = 1000;

  private final MetaAnalysis config;

  Fitter(MetaAnalysis config) {
    this.config = config;
  }

  MetaAnalysisResult fit(List<EffectSize> effects) {
    checkEffects(effects);
    Data d = prepare(effects, ModelMatrix.interceptOnly(effects.size()));
    Model m = fitModel(d);
    MetaAnalysisResult.Builder r =
        MetaAnalysisResult.builder()
            .analysis(config)
            .measure(d.measure)
            .method(config.method())
            .test(config.test())
            .level(config.level())
            .studies(weighted(effects, m))
            .pooled(m.coefficients.get(0))
            .heterogeneity(m.heterogeneity)
            .df(m.df)
            .knhaScale(m.knhaScale)
            .iterations(m.iterations);
    m.interval.ifPresent(r::heterogeneityInterval);
    double estimate = m.b[0];
    double se = m.se[0];
    Prediction prediction = null;
    if (config.method().isRandomEffects()) {
      double piSe = Math.sqrt(se * se + m.tau2);
      prediction =
          Prediction.builder()
              .lower(estimate - m.crit * piSe)
              .upper(estimate + m.crit * piSe)
              .standardError(piSe)
              .build();
      r.prediction(prediction);
    }
    if (d.measure.isRatio()) {
      ModelCoefficient c = m.coefficients.get(0);
      RatioScale.Builder ratio =
          RatioScale.builder()
              .estimate(Math.exp(c.estimate()))
              .ciLower(Math.exp(c.ciLower()))
              .ciUpper(Math.exp(c.ciUpper()));
      if (prediction != null) {
        ratio.piLower(Math.exp(prediction.lower())).piUpper(Math.exp(prediction.upper()));
      }
      r.ratioScale(ratio.build());
    }
    return r.build();
  }

  MetaRegressionResult fit(List<EffectSize> effects, ModelMatrix moderators) {
    checkEffects(effects);
    if (moderators.rows() != effects.size()) {
      throw new IllegalArgumentException(
          "model matrix must have one row per study: "
              + effects.size()
              + " studies, "
              + moderators.rows()
              + " rows");
    }
    Data d = prepare(effects, moderators);
    Model m = fitModel(d);
    MetaRegressionResult.Builder r =
        MetaRegressionResult.builder()
            .measure(d.measure)
            .method(config.method())
            .test(config.test())
            .level(config.level())
            .studies(weighted(effects, m))
            .coefficients(m.coefficients)
            .droppedColumns(d.dropped)
            .df(m.df)
            .moderatorTest(moderatorTest(d, m))
            .heterogeneity(m.heterogeneity)
            .knhaScale(m.knhaScale)
            .iterations(m.iterations);
    m.interval.ifPresent(r::heterogeneityInterval);
    if (d.p > 1) {
      r.r2(pseudoR2(effects, d, m));
    }
    return r.build();
  }

  // ------------------------------------------------------------------------------------------------------------------
  // input

  private static void checkEffects(List<EffectSize> effects) {
    if (effects.isEmpty()) {
      throw new IllegalArgumentException("a meta-analysis needs at least one study, had none");
    }
    EffectMeasure measure = effects.get(0).measure();
    for (EffectSize e : effects) {
      if (e.measure() != measure) {
        throw new IllegalArgumentException(
            "every study must have the same measure: study "
                + effects.get(0).study()
                + " has "
                + measure
                + ", study "
                + e.study()
                + " has "
                + e.measure());
      }
    }
  }

  /**
   * The data of one fit: estimates, variances, model matrix columns after dropping redundant ones.
   */
  @SuppressWarnings("NullAway.Init") // every field is set by prepare() before the data is used
  private static final class Data {
    EffectMeasure measure;
    int k;
    int p;
    double[] y;
    double[] yc;
    double[] v;
    double[][] x;
    List<String> names = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
  }

  private Data prepare(List<EffectSize> effects, ModelMatrix moderators) {
    Data d = new Data();
    d.measure = effects.get(0).measure();
    d.k = effects.size();
    d.y = new double[d.k];
    d.v = new double[d.k];
    double mean = 0;
    for (int i = 0; i < d.k; i++) {
      d.y[i] = effects.get(i).yi();
      d.v[i] = effects.get(i).vi();
      mean += d.y[i];
    }
    mean /= d.k;
    d.yc = new double[d.k];
    for (int i = 0; i < d.k; i++) {
      d.yc[i] = d.y[i] - mean;
    }
    // lm(yi ~ 0 + X): a column whose part orthogonal to the kept columns is below 1e-7 of its norm
    // is redundant
    double[][] all = moderators.columnArrays();
    List<double[]> kept = new ArrayList<>();
    List<double[]> orthonormal = new ArrayList<>();
    for (int j = 0; j < all.length; j++) {
      double[] c = all[j].clone();
      double norm = norm(c);
      for (double[] q : orthonormal) {
        double dot = 0;
        for (int i = 0; i < d.k; i++) {
          dot += q[i] * c[i];
        }
        for (int i = 0; i < d.k; i++) {
          c[i] -= dot * q[i];
        }
      }
      double rest = norm(c);
      if (norm == 0 || rest < RANK_TOLERANCE * norm) {
        d.dropped.add(moderators.columnNames().get(j));
        continue;
      }
      for (int i = 0; i < d.k; i++) {
        c[i] /= rest;
      }
      orthonormal.add(c);
      kept.add(all[j]);
      d.names.add(moderators.columnNames().get(j));
    }
    d.x = kept.toArray(new double[0][]);
    d.p = d.x.length;
    boolean random = config.method().isRandomEffects();
    int needed = random ? d.p + 1 : d.p;
    if (config.test().usesT()) {
      needed = Math.max(needed, d.p + 1);
    }
    if (d.k < needed) {
      String what =
          d.p == 1 ? "a model without moderators" : "a model with " + d.p + " coefficients";
      throw new IllegalArgumentException(
          "too few studies: "
              + what
              + " fitted by "
              + config.method()
              + (random ? " (which also estimates tau²)" : "")
              + " with the "
              + config.test()
              + " test needs at least "
              + needed
              + " studies, had "
              + d.k);
    }
    return d;
  }

  private static double norm(double[] c) {
    double s = 0;
    for (double e : c) {
      s += e * e;
    }
    return Math.sqrt(s);
  }

  // ------------------------------------------------------------------------------------------------------------------
  // the model

  /** A fitted model. */
  @SuppressWarnings("NullAway.Init") // every field is set by fitModel() before the model is read
  private static final class Model {
    double tau2;
    OptionalDouble seTau2 = OptionalDouble.empty();
    OptionalInt iterations = OptionalInt.empty();
    double[] b;
    double[][] vb;
    double[] se;
    double crit;
    OptionalInt df = OptionalInt.empty();
    OptionalDouble knhaScale = OptionalDouble.empty();
    double[] weights;
    List<ModelCoefficient> coefficients = new ArrayList<>();
    Heterogeneity heterogeneity;
    Optional<HeterogeneityInterval> interval = Optional.empty();
  }

  private Model fitModel(Data d) {
    Model m = new Model();
    estimateTau2(d, m);
    int k = d.k;
    int p = d.p;
    double[] w = new double[k];
    for (int i = 0; i < k; i++) {
      w[i] = 1 / (d.v[i] + m.tau2);
    }
    m.weights = w;
    WeightedFit fit = new WeightedFit(d.x, w);
    m.b = fit.coefficients(d.y);
    double scale = 1;
    if (config.test() == TestKind.KNHA) {
      double rss = fit.rss(d.y);
      scale = rss <= Math.ulp(1.0) ? 0 : rss / (k - p);
      m.knhaScale = OptionalDouble.of(scale);
    }
    double[][] a = fit.inverse();
    m.vb = new double[p][p];
    m.se = new double[p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        m.vb[i][j] = scale * a[i][j];
      }
      m.se[i] = Math.sqrt(m.vb[i][i]);
    }
    double alpha = 1 - config.level();
    TDistribution t = null;
    if (config.test().usesT()) {
      m.df = OptionalInt.of(k - p);
      t = new TDistribution(null, k - p, QUANTILE_ACCURACY);
      m.crit = t.inverseCumulativeProbability(1 - alpha / 2);
    } else {
      m.crit = NORMAL.inverseCumulativeProbability(1 - alpha / 2);
    }
    for (int j = 0; j < p; j++) {
      double stat = m.b[j] / m.se[j];
      double pValue =
          t != null
              ? 2 * t.cumulativeProbability(-Math.abs(stat))
              : 2 * NORMAL.cumulativeProbability(-Math.abs(stat));
      m.coefficients.add(
          ModelCoefficient.builder()
              .name(d.names.get(j))
              .estimate(m.b[j])
              .standardError(m.se[j])
              .statistic(stat)
              .pValue(pValue)
              .ciLower(m.b[j] - m.crit * m.se[j])
              .ciUpper(m.b[j] + m.crit * m.se[j])
              .build());
    }
    heterogeneity(d, m);
    return m;
  }

  private static List<WeightedStudy> weighted(List<EffectSize> effects, Model m) {
    double sum = 0;
    for (double w : m.weights) {
      sum += w;
    }
    List<WeightedStudy> out = new ArrayList<>(effects.size());
    for (int i = 0; i < effects.size(); i++) {
      out.add(WeightedStudy.of(effects.get(i), 100 * m.weights[i] / sum));
    }
    return out;
  }

  private static double[] weights(double[] v, double tau2) {
    double[] w = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      w[i] = 1 / (v[i] + tau2);
    }
    return w;
  }

  private static double sum(double[] a) {
    double s = 0;
    for (double e : a) {
      s += e;
    }
    return s;
  }

  private static double sumOfSquares(double[] a) {
    double s = 0;
    for (double e : a) {
      s += e * e;
    }
    return s;
  }

  // ------------------------------------------------------------------------------------------------------------------
  // tau² estimators, in the order and with the formulas of rma.uni

  private void estimateTau2(Data d, Model m) {
    int k = d.k;
    int p = d.p;
    double[] v = d.v;
    double[] yc = d.yc;
    Tau2Method method = config.method();
    double tau2;
    double se;
    switch (method) {
      case FE:
        m.tau2 = 0;
        return;
      case HS:
        {
          WeightedFit f = new WeightedFit(d.x, weights(v, 0));
          double rss = f.rss(yc);
          double sumW = sum(f.weights());
          tau2 = Math.max(0, (rss - k) / sumW);
          WeightedFit.Sums s = f.sums(v);
          se =
              Math.sqrt(
                  1
                      / (sumW * sumW)
                      * (2 * (k - p) + 4 * tau2 * s.trP() + 2 * tau2 * tau2 * s.trPP()));
          break;
        }
      case HE:
        {
          double[] ones = new double[k];
          Arrays.fill(ones, 1.0);
          WeightedFit f = new WeightedFit(d.x, ones);
          WeightedFit.Sums s = f.sums(v);
          tau2 = Math.max(0, (f.rss(yc) - s.trPV()) / (k - p));
          se =
              Math.sqrt(
                  1.0
                      / ((double) (k - p) * (k - p))
                      * (2 * s.trPVPV() + 4 * tau2 * s.trPV() + 2 * tau2 * tau2 * (k - p)));
          break;
        }
      case DL:
        {
          WeightedFit f = new WeightedFit(d.x, weights(v, 0));
          WeightedFit.Sums s = f.sums(v);
          tau2 = Math.max(0, (f.rss(yc) - (k - p)) / s.trP());
          se =
              Math.sqrt(
                  1
                      / (s.trP() * s.trP())
                      * (2 * (k - p) + 4 * tau2 * s.trP() + 2 * tau2 * tau2 * s.trPP()));
          break;
        }
      case SJ:
        {
          double tau20 = sumOfSquares(yc) / k;
          WeightedFit f = new WeightedFit(d.x, weights(v, tau20));
          WeightedFit.Sums s = f.sums(v);
          tau2 = Math.max(0, tau20 * f.rss(yc) / (k - p));
          se =
              Math.sqrt(
                  tau20
                      * tau20
                      / ((double) (k - p) * (k - p))
                      * (2 * s.trPVPV() + 4 * tau2 * s.trPPV() + 2 * tau2 * tau2 * s.trPP()));
          break;
        }
      case PM:
        {
          tau2 = pauleMandel(d, m);
          se = Math.sqrt(2.0 * k * k / (k - p) / Math.pow(sum(weights(v, tau2)), 2));
          break;
        }
      default:
        {
          tau2 = fisherScoring(d, m);
          double[] w = weights(v, tau2);
          if (method == Tau2Method.ML) {
            se = Math.sqrt(2 / sumOfSquares(w));
          } else if (method == Tau2Method.REML) {
            se = Math.sqrt(2 / new WeightedFit(d.x, w).sums(v).trPP());
          } else {
            se = Math.sqrt(2.0 * k * k / (k - p) / Math.pow(sum(w), 2));
          }
        }
    }
    m.tau2 = tau2;
    m.seTau2 = OptionalDouble.of(se);
  }

  /** The HE estimate, the starting value of Fisher scoring (not truncated). */
  private static double hedges(Data d) {
    double[] ones = new double[d.k];
    Arrays.fill(ones, 1.0);
    WeightedFit f = new WeightedFit(d.x, ones);
    double trPV = 0;
    for (int i = 0; i < d.k; i++) {
      trPV += f.pEntry(i, i) * d.v[i];
    }
    return (f.rss(d.yc) - trPV) / (d.k - d.p);
  }

  private double fisherScoring(Data d, Model m) {
    Tau2Method method = config.method();
    int k = d.k;
    int p = d.p;
    double tau2 =
        config.tau2Init().isPresent() ? config.tau2Init().getAsDouble() : Math.max(0, hedges(d));
    double threshold = config.threshold();
    double change = threshold + 1;
    int iter = 0;
    while (change > threshold) {
      iter++;
      double old = tau2;
      double[] w = weights(d.v, tau2);
      WeightedFit f = new WeightedFit(d.x, w);
      double adj;
      if (method == Tau2Method.ML) {
        adj = (f.rssSquaredWeights(d.yc) - sum(w)) / sumOfSquares(w);
      } else if (method == Tau2Method.REML) {
        WeightedFit.Sums s = f.sums(d.v);
        adj = (f.rssSquaredWeights(d.yc) - s.trP()) / s.trPP();
      } else {
        adj = (f.rss(d.yc) * k / (k - p) - k) / sum(w);
      }
      if (Double.isNaN(adj)) {
        throw new ConvergenceException(
            method + " tau² (Fisher scoring)",
            iter,
            change,
            "the step is not a number at tau² = " + tau2);
      }
      while (tau2 + adj < 0) {
        adj /= 2;
      }
      tau2 = tau2 + adj;
      change = Math.abs(old - tau2);
      if (iter > config.maxIterations()) {
        throw new ConvergenceException(
            method + " tau² (Fisher scoring)",
            iter,
            change,
            "the change stayed above the threshold "
                + threshold
                + "; last tau² = "
                + tau2
                + "; try another starting value (withTau2Init), more iterations or another method");
      }
    }
    m.iterations = OptionalInt.of(iter);
    if (method != Tau2Method.EB && tau2 > threshold) {
      // metafor: if the likelihood at tau² = 0 is higher, Fisher scoring got stuck at a local
      // maximum
      double ll0 = logLikelihood(d, 0, method);
      double ll = logLikelihood(d, tau2, method);
      if (ll0 - ll > config.tolerance()) {
        tau2 = 0;
      }
    }
    return Math.max(0, tau2);
  }

  /** The ML or REML log-likelihood at tau² as metafor's ll0 check computes it. */
  private static double logLikelihood(Data d, double tau2, Tau2Method method) {
    double[] w = weights(d.v, tau2);
    WeightedFit f = new WeightedFit(d.x, w);
    double rss = f.rss(d.yc);
    double logV = 0;
    for (double vi : d.v) {
      logV += Math.log(vi + tau2);
    }
    if (method == Tau2Method.ML) {
      return -0.5 * d.k * Math.log(2 * Math.PI) - 0.5 * logV - 0.5 * rss;
    }
    return -0.5 * (d.k - d.p) * Math.log(2 * Math.PI) - 0.5 * logV - 0.5 * f.logDet() - 0.5 * rss;
  }

  /** The generalized Q statistic {@code y'P(tau²)y} with {@code w = 1/(v + tau²)}. */
  private static double q(Data d, double[] y, double tau2) {
    return new WeightedFit(d.x, weights(d.v, tau2)).rss(y);
  }

  private double pauleMandel(Data d, Model m) {
    int target = d.k - d.p;
    double tau2Max = Math.max(100, 10 * Math.pow(mad(d.y), 2));
    double q0 = q(d, d.yc, 0);
    if (q0 < target) {
      m.iterations = OptionalInt.of(0);
      return 0;
    }
    double qMax = q(d, d.yc, tau2Max);
    if (qMax > target) {
      throw new ConvergenceException(
          "PM tau² (root of Q(tau²) = k - p)",
          0,
          Double.NaN,
          "the root lies beyond the search maximum tau² = "
              + tau2Max
              + ", where Q = "
              + qMax
              + " > "
              + target
              + "; use another method");
    }
    Zeroin.Root root =
        Zeroin.find(
            t -> q(d, d.yc, t) - target,
            0,
            tau2Max,
            q0 - target,
            qMax - target,
            config.tolerance(),
            config.maxIterations());
    if (root.iterations() < 0) {
      throw new ConvergenceException(
          "PM tau² (root of Q(tau²) = k - p)",
          config.maxIterations(),
          root.bracket(),
          "Brent's method did not narrow the bracket to the tolerance " + config.tolerance());
    }
    m.iterations = OptionalInt.of(root.iterations());
    return root.root();
  }

  /** R's {@code mad}: 1.4826 times the median absolute deviation from the median. */
  static double mad(double[] y) {
    double med = median(y);
    double[] dev = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      dev[i] = Math.abs(y[i] - med);
    }
    return 1.4826 * median(dev);
  }

  private static double median(double[] values) {
    double[] s = values.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  // ------------------------------------------------------------------------------------------------------------------
  // heterogeneity

  private void heterogeneity(Data d, Model m) {
    int k = d.k;
    int p = d.p;
    Heterogeneity.Builder h = Heterogeneity.builder().qDf(k - p).tau2(m.tau2);
    m.seTau2.ifPresent(h::tau2StandardError);
    double vt;
    if (k > p) {
      WeightedFit fe = new WeightedFit(d.x, weights(d.v, 0));
      double qe = Math.max(0, fe.rss(d.yc));
      vt = (k - p) / fe.traceP();
      h.q(qe).qPValue(chiSquareUpper(qe, k - p)).typicalVariance(vt);
      if (config.method().isRandomEffects()) {
        // (at most 100: the rounding of 100 tau² / (vt + tau²) can otherwise exceed it by an ulp)
        h.i2(Math.min(100, 100 * m.tau2 / (vt + m.tau2))).h2(m.tau2 / vt + 1);
      } else {
        h.i2(Math.max(0, 100 * (qe - (k - p)) / qe)).h2(qe / (k - p));
      }
      if (config.method().isRandomEffects()) {
        m.interval = Optional.of(qProfile(d, m.tau2, vt));
      }
    } else {
      h.q(0).qPValue(1).i2(0).h2(1).typicalVariance(0);
    }
    m.heterogeneity = h.build();
  }

  static double chiSquareUpper(double x, double df) {
    return x <= 0 ? 1 : Gamma.regularizedGammaQ(df / 2, x / 2);
  }

  static double fUpper(double f, double df1, double df2) {
    return f <= 0 ? 1 : Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
  }

  /** The Q-profile interval of confint.rma.uni, with its boundary cases. */
  private HeterogeneityInterval qProfile(Data d, double tau2, double vt) {
    int df = d.k - d.p;
    double alpha = 1 - config.level();
    ChiSquaredDistribution chi = new ChiSquaredDistribution(null, df, QUANTILE_ACCURACY);
    double critUpper = chi.inverseCumulativeProbability(1 - alpha / 2);
    double critLower = chi.inverseCumulativeProbability(alpha / 2);
    double min = Math.min(0, tau2);
    double max = Math.max(100, Math.max(tau2 * 10, min * 10));
    double qMax = q(d, d.y, max);
    double qMin = q(d, d.y, min);
    double lower = Double.NaN;
    double upper = Double.NaN;
    BoundKind lowerKind = BoundKind.ROOT;
    BoundKind upperKind = BoundKind.ROOT;
    // upper bound
    if (qMin < critLower) {
      lower = min;
      upper = min;
      lowerKind = BoundKind.AT_ZERO;
      upperKind = BoundKind.AT_ZERO;
    } else if (qMax > critLower) {
      upper = max;
      upperKind = BoundKind.ABOVE_SEARCH_MAXIMUM;
    } else {
      upper = qRoot(d, min, max, qMin, qMax, critLower, "upper");
    }
    // lower bound
    if (qMax > critUpper) {
      lower = max;
      upper = max;
      lowerKind = BoundKind.ABOVE_SEARCH_MAXIMUM;
      upperKind = BoundKind.ABOVE_SEARCH_MAXIMUM;
    } else if (qMin < critUpper) {
      lower = min;
      lowerKind = BoundKind.AT_ZERO;
    } else {
      lower = qRoot(d, min, max, qMin, qMax, critUpper, "lower");
    }
    return HeterogeneityInterval.builder()
        .level(config.level())
        .tau2Lower(lower)
        .tau2Upper(upper)
        .i2Lower(Math.min(100, 100 * lower / (vt + lower)))
        .i2Upper(Math.min(100, 100 * upper / (vt + upper)))
        .h2Lower(lower / vt + 1)
        .h2Upper(upper / vt + 1)
        .lowerKind(lowerKind)
        .upperKind(upperKind)
        .searchMaximum(max)
        .build();
  }

  private static double qRoot(
      Data d, double min, double max, double qMin, double qMax, double crit, String which) {
    Zeroin.Root root =
        Zeroin.find(
            t -> q(d, d.y, t) - crit,
            min,
            max,
            qMin - crit,
            qMax - crit,
            Zeroin.R_TOLERANCE,
            QPROFILE_MAX_ITERATIONS);
    if (root.iterations() < 0) {
      throw new ConvergenceException(
          "Q-profile " + which + " bound for tau²",
          QPROFILE_MAX_ITERATIONS,
          root.bracket(),
          "Brent's method did not narrow the bracket to the tolerance " + Zeroin.R_TOLERANCE);
    }
    return root.root();
  }

  // ------------------------------------------------------------------------------------------------------------------
  // meta-regression

  private ModeratorTest moderatorTest(Data d, Model m) {
    int from = d.p > 1 ? 1 : 0;
    int mm = d.p - from;
    double[][] sub = new double[mm][mm];
    double[] b = new double[mm];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < mm; i++) {
      b[i] = m.b[from + i];
      names.add(d.names.get(from + i));
      for (int j = 0; j < mm; j++) {
        sub[i][j] = m.vb[from + i][from + j];
      }
    }
    double qm = quadraticFormInverse(sub, b);
    ModeratorTest.Builder t = ModeratorTest.builder().coefficients(names).df(mm);
    if (config.test().usesT()) {
      double f = qm / mm;
      t.statistic(f).denominatorDf(d.k - d.p).pValue(fUpper(f, mm, d.k - d.p));
    } else {
      t.statistic(qm).pValue(chiSquareUpper(qm, mm));
    }
    return t.build();
  }

  /** {@code b' S⁻¹ b} for a symmetric positive definite {@code S}, by Cholesky. */
  private static double quadraticFormInverse(double[][] s, double[] b) {
    int n = b.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = s[i][j];
        for (int r = 0; r < j; r++) {
          sum -= l[i][r] * l[j][r];
        }
        if (i == j) {
          if (!(sum > 0)) {
            return Double.NaN;
          }
          l[i][i] = Math.sqrt(sum);
        } else {
          l[i][j] = sum / l[j][j];
        }
      }
    }
    double[] z = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      double sum = b[i];
      for (int r = 0; r < i; r++) {
        sum -= l[i][r] * z[r];
      }
      z[i] = sum / l[i][i];
      total += z[i] * z[i];
    }
    return total;
  }

  private OptionalDouble pseudoR2(List<EffectSize> effects, Data d, Model m) {
    if (!config.method().isRandomEffects()) {
      return OptionalDouble.of(Math.max(0, 100 * adjustedR2(d)));
    }
    double tau2Re;
    try {
      tau2Re = new Fitter(config).fit(effects).heterogeneity().tau2();
    } catch (ArithmeticException | IllegalArgumentException e) {
      return OptionalDouble.empty();
    }
    if (tau2Re == 0) {
      return OptionalDouble.of(0);
    }
    return OptionalDouble.of(Math.max(0, 100 * ((tau2Re - m.tau2) / tau2Re)));
  }

  /**
   * The adjusted R² of the weighted least-squares regression with {@code w = 1/v}, as R's {@code
   * summary.lm}.
   */
  private static double adjustedR2(Data d) {
    boolean constant = true;
    for (double e : d.y) {
      constant &= e == d.y[0];
    }
    if (constant) {
      return 0;
    }
    double[] w = weights(d.v, 0);
    double[] r = new WeightedFit(d.x, w).residuals(d.y);
    double sumW = sum(w);
    double mean = 0;
    for (int i = 0; i < d.k; i++) {
      mean += w[i] * (d.y[i] - r[i]) / sumW;
    }
    double mss = 0;
    double rss = 0;
    for (int i = 0; i < d.k; i++) {
      double f = d.y[i] - r[i] - mean;
      mss += w[i] * f * f;
      rss += w[i] * r[i] * r[i];
    }
    double r2 = mss / (mss + rss);
    return 1 - (1 - r2) * ((d.k - 1.0) / (d.k - d.p));
  }
}
