package dev.appraise.core.agreement;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.jspecify.annotations.Nullable;

/** Standard errors and intervals: Gwet's linearisation variances, Fleiss-Cohen-Everitt, Fleiss 1971, bootstrap. */
final class Uncertainty {

  private Uncertainty() {}

  /** A standard error with the degrees of freedom of its Wald interval ({@code 0} = normal) and method name. */
  static final class Se {
    final double se;
    final double df;
    final String method;

    Se(double se, double df, String method) {
      this.se = se;
      this.df = df;
      this.method = method;
    }
  }

  static final String GWET = "gwet-2014";
  static final String FCE = "fleiss-cohen-everitt-1969";
  static final String FLEISS_1971 = "fleiss-1971";
  static final String FNL_NULL = "fleiss-nee-landis-1979-null";

  // ---- Fleiss-Cohen-Everitt (1969) for Cohen's kappa, weighted or not ----

  /**
   * {@code var(k_w) = [sum_ij p_ij (w_ij - (wbar_i. + wbar_.j)(1 - k_w))^2 - (k_w - p_e(1 - k_w))^2] / (n (1 -
   * p_e)^2)} with {@code wbar_i. = sum_j p_.j w_ij} and {@code wbar_.j = sum_i p_i. w_ij}.
   */
  static @Nullable Se fleissCohenEveritt(Engine e, Engine.Point p, boolean nullHypothesis) {
    int k = e.k;
    double[] t = e.pairProportions(0, 1);
    if (t == null || !p.defined()) {
      return null;
    }
    double n = t[k * k];
    double[] row = new double[k];
    double[] col = new double[k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        row[a] += t[a * k + b];
        col[b] += t[a * k + b];
      }
    }
    double[] wRow = new double[k];
    double[] wCol = new double[k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        wRow[a] += col[b] * e.w[a * k + b];
        wCol[b] += row[a] * e.w[a * k + b];
      }
    }
    double kappa = p.value;
    double pe = p.pe;
    double sum = 0;
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        if (nullHypothesis) {
          double d = e.w[a * k + b] - (wRow[a] + wCol[b]);
          sum += row[a] * col[b] * d * d;
        } else {
          double d = e.w[a * k + b] - (wRow[a] + wCol[b]) * (1 - kappa);
          sum += t[a * k + b] * d * d;
        }
      }
    }
    double last = nullHypothesis ? pe * pe : Math.pow(kappa - pe * (1 - kappa), 2);
    double var = (sum - last) / (n * (1 - pe) * (1 - pe));
    return new Se(Math.sqrt(Math.max(0, var)), 0, nullHypothesis ? FCE + "-null" : FCE);
  }

  // ---- Fleiss (1971) and Fleiss, Nee and Landis (1979) ----

  static @Nullable Se fleissClassic(Engine e, boolean nullHypothesis) {
    AgreementStats<?> s = e.s;
    if (!s.complete() || !e.options.weights().isIdentity() || s.minRatings < 2) {
      return null;
    }
    double bigN = s.units;
    double n = s.minRatings;
    double[] p = e.pi();
    double sumSq = 0;
    double sumCube = 0;
    double sumPq = 0;
    double sumPqqp = 0;
    for (double pj : p) {
      double qj = 1 - pj;
      sumSq += pj * pj;
      sumCube += pj * pj * pj;
      sumPq += pj * qj;
      sumPqqp += pj * qj * (qj - pj);
    }
    double factor = 2 / (bigN * n * (n - 1));
    double var;
    if (nullHypothesis) {
      if (!(sumPq > 0)) {
        return null;
      }
      var = factor * (sumPq * sumPq - sumPqqp) / (sumPq * sumPq);
    } else {
      if (!(sumSq < 1)) {
        return null;
      }
      var = factor * (sumSq - (2 * n - 3) * sumSq * sumSq + 2 * (n - 2) * sumCube) / ((1 - sumSq) * (1 - sumSq));
    }
    return new Se(Math.sqrt(Math.max(0, var)), 0, nullHypothesis ? FNL_NULL : FLEISS_1971);
  }

  // ---- Gwet (2014) linearisation variances ----

  /**
   * Gwet's variance {@code v = (1 - f)/(n (n - 1)) sum_i (k*_i - k)^2} with {@code k*_i = k_i - 2 (1 - k) (pe_i -
   * pe)/(1 - pe)} and {@code k_i = (n/n2)(pa_i - pe [r_i >= 2])/(1 - pe)}, {@code n} the units with a rating and
   * {@code n2} those with two or more (Gwet 2014, chapter 5; irrCAC's {@code *.raw} functions).
   */
  static @Nullable Se gwet(UnitData data, Engine e, Coefficient c, Engine.Point p) {
    if (!p.defined()) {
      return null;
    }
    AgreementStats<?> s = e.s;
    int k = e.k;
    int m = e.m;
    boolean scott = c == Coefficient.SCOTT_PI;
    double[] w = c == Coefficient.PERCENT_AGREEMENT || c == Coefficient.GWET_AC1 ? Engine.identity(k) : e.w;
    double[] pi;
    double n;
    double n2;
    if (scott) {
      double[] t = e.pairProportions(0, 1);
      if (t == null) {
        return null;
      }
      pi = new double[k];
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          pi[a] += t[a * k + b] / 2;
          pi[b] += t[a * k + b] / 2;
        }
      }
      n = t[k * k];
      n2 = n;
    } else {
      pi = e.pi();
      n = s.units;
      n2 = s.pairable;
    }
    if (n < 2) {
      return null;
    }
    double pe = p.pe;
    double kappa = p.value;
    double[] piW = new double[k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        piW[a] += (w[a * k + b] * pi[b] + w[b * k + a] * pi[b]) / 2;
      }
    }
    double acFactor = (c == Coefficient.GWET_AC1 ? k : e.weightSum) / (k * (double) (k - 1));
    double[][] conger = c == Coefficient.CONGER_KAPPA ? congerTerms(e, n) : null;
    int[] counts = new int[k];
    int[] codes = new int[Math.max(m, 1)];
    int[] present = new int[k];
    double sum = 0;
    Rows rows = data.rows();
    for (int u = 0; u < rows.size(); u++) {
      int r = rows.counts(u, counts);
      if (r == 0 || (scott && r != 2)) {
        continue;
      }
      int distinct = 0;
      for (int a = 0; a < k; a++) {
        if (counts[a] > 0) {
          present[distinct++] = a;
        }
      }
      double paI = 0;
      if (r >= 2) {
        double agree = 0;
        for (int i = 0; i < distinct; i++) {
          int a = present[i];
          for (int j = 0; j < distinct; j++) {
            int b = present[j];
            agree += w[a * k + b] * counts[a] * counts[b];
          }
        }
        paI = (agree - r) / (r * (double) (r - 1));
      }
      double kI = (n / n2) * (paI - (r >= 2 ? pe : 0)) / (1 - pe);
      double peI;
      switch (c) {
        case PERCENT_AGREEMENT:
        case BRENNAN_PREDIGER:
          peI = pe;
          break;
        case GWET_AC1:
        case GWET_AC2:
          double spread = 0;
          for (int i = 0; i < distinct; i++) {
            spread += counts[present[i]] * (1 - pi[present[i]]);
          }
          peI = acFactor * spread / r;
          break;
        case CONGER_KAPPA:
          rows.codes(u, codes);
          double lambda = 0;
          for (int g = 0; g < m; g++) {
            double ng = conger[0][g];
            double bg = conger[1][g];
            double eps = codes[g] >= 0 ? 1 : 0;
            double delta = codes[g] >= 0 ? conger[2 + g][codes[g]] : 0;
            lambda += (n / ng) * (delta - (eps - ng / n) * bg);
          }
          peI = lambda / (m * (double) (m - 1));
          break;
        default:
          double weighted = 0;
          for (int i = 0; i < distinct; i++) {
            weighted += counts[present[i]] * piW[present[i]];
          }
          peI = weighted / r;
      }
      double kx = kI - 2 * (1 - kappa) * (peI - pe) / (1 - pe);
      sum += rows.weight(u) * (kx - kappa) * (kx - kappa);
    }
    double f = e.options.population() > 0 ? n / e.options.population() : 0;
    double var = (1 - f) / (n * (n - 1)) * sum;
    return new Se(Math.sqrt(Math.max(0, var)), n - 1, GWET);
  }

  /**
   * Conger's per-rater terms: row 0 {@code n_g}, row 1 {@code B_g = sum_l A_gl p_gl}, rows {@code 2+g}: {@code A_gl
   * = sum_k w_kl (m pbar_k - p_gk)}.
   */
  private static double[][] congerTerms(Engine e, double n) {
    int m = e.m;
    int k = e.k;
    double[][] p = e.raterShares();
    double[][] out = new double[2 + m][];
    out[0] = new double[m];
    out[1] = new double[m];
    double[] mean = new double[k];
    for (int g = 0; g < m; g++) {
      long ng = 0;
      for (int c = 0; c < k; c++) {
        ng += e.s.raterCounts[g * k + c];
      }
      out[0][g] = ng;
      for (int c = 0; c < k; c++) {
        mean[c] += p[g][c] / m;
      }
    }
    for (int g = 0; g < m; g++) {
      double[] a = new double[k];
      for (int l = 0; l < k; l++) {
        for (int c = 0; c < k; c++) {
          a[l] += e.w[c * k + l] * (m * mean[c] - p[g][c]);
        }
      }
      double b = 0;
      for (int l = 0; l < k; l++) {
        b += a[l] * p[g][l];
      }
      out[1][g] = b;
      out[2 + g] = a;
    }
    return out;
  }

  /**
   * Gwet's (2014, chapter 6; irrCAC {@code krippen.alpha.raw}) variance of Krippendorff's alpha, with the weights
   * {@code w = 1 - delta^2 / max delta^2}, over the pairable units.
   */
  static @Nullable Se alpha(UnitData data, Engine e, Engine.Point p) {
    if (!p.defined()) {
      return null;
    }
    AgreementStats<?> s = e.s;
    int k = e.k;
    double[] marg = e.marginals();
    double[] delta = e.alphaDifferences(marg, new String[1]);
    if (delta == null) {
      return null;
    }
    double max = 0;
    for (double d : delta) {
      max = Math.max(max, d);
    }
    if (!(max > 0)) {
      return null;
    }
    double[] w = new double[k * k];
    for (int i = 0; i < k * k; i++) {
      w[i] = 1 - delta[i] / max;
    }
    double n = s.pairable;
    if (n < 2) {
      return null;
    }
    double rbar = s.values / n;
    double eps = 1 / s.values;
    double[] pi = new double[k];
    for (int c = 0; c < k; c++) {
      pi[c] = marg[c] / s.values;
    }
    double pe = 0;
    double[] piW = new double[k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        pe += w[a * k + b] * pi[a] * pi[b];
        piW[a] += (w[a * k + b] + w[b * k + a]) * pi[b] / 2;
      }
    }
    int[] counts = new int[k];
    double paPrimeSum = 0;
    Rows rows = data.rows();
    for (int u = 0; u < rows.size(); u++) {
      int r = rows.counts(u, counts);
      if (r >= 2) {
        paPrimeSum += rows.weight(u) * agreementSum(counts, w, k, r) / (rbar * (r - 1));
      }
    }
    double paPrime = paPrimeSum / n;
    double pa = (1 - eps) * paPrime + eps;
    double alphaPrime = (paPrime - pe) / (1 - pe);
    double sum = 0;
    for (int u = 0; u < rows.size(); u++) {
      int r = rows.counts(u, counts);
      if (r < 2) {
        continue;
      }
      double paI = agreementSum(counts, w, k, r) / (rbar * (r - 1)) - pa * (r - rbar) / rbar;
      double kI = (paI - pe) / (1 - pe);
      double weighted = 0;
      for (int a = 0; a < k; a++) {
        weighted += counts[a] * piW[a];
      }
      double peI = weighted / rbar - pe * (r - rbar) / rbar;
      double kx = kI - 2 * (1 - alphaPrime) * (peI - pe) / (1 - pe);
      sum += rows.weight(u) * (kx - alphaPrime) * (kx - alphaPrime);
    }
    double f = e.options.population() > 0 ? n / e.options.population() : 0;
    double var = (1 - f) / (n * (n - 1)) * sum;
    return new Se(Math.sqrt(Math.max(0, var)), n - 1, GWET);
  }

  private static double agreementSum(int[] counts, double[] w, int k, int r) {
    double agree = 0;
    for (int a = 0; a < k; a++) {
      if (counts[a] == 0) {
        continue;
      }
      for (int b = 0; b < k; b++) {
        agree += w[a * k + b] * counts[a] * counts[b];
      }
    }
    return agree - r;
  }

  // ---- intervals ----

  /**
   * The Wald interval {@code estimate +- z se} (df 0) or {@code +- t_{df} se}, clipped to the coefficient's range
   * {@code [lowerLimit, 1]} as Gwet (2014) caps the upper limit at 1; a bound is never clipped past the estimate.
   */
  static ConfidenceInterval wald(double estimate, Se se, double level, double lowerLimit) {
    double q = se.df > 0
        ? new TDistribution(null, se.df).inverseCumulativeProbability((1 + level) / 2)
        : new NormalDistribution(null, 0, 1).inverseCumulativeProbability((1 + level) / 2);
    double lo = Math.max(Math.min(lowerLimit, estimate), estimate - q * se.se);
    double hi = Math.min(Math.max(1, estimate), estimate + q * se.se);
    return ConfidenceInterval.of(lo, hi, level, se.df > 0 ? "wald-t" : "wald-z");
  }

  // ---- bootstrap ----

  /**
   * Replicates of every listed coefficient: units with at least one rating resampled with replacement, the whole
   * accumulator recomputed from the encoded units (no copy of the data). Undefined replicates are NaN.
   */
  static double[][] bootstrap(UnitData data, AgreementOptions options, double[] weights, Coefficient[] coefficients) {
    int[] rated = ratedUnits(data);
    int n = rated.length;
    int b = options.bootstrapReplicates();
    double[][] out = new double[coefficients.length][b];
    SplittableRandom random = new SplittableRandom(options.seed());
    UnitPatterns patterns = data.patterns(n);
    int[] ids = new int[patterns == null ? 0 : n];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = data.patternId(patterns, rated[i]);
    }
    int[] times = new int[patterns == null ? n : patterns.size()];
    for (int rep = 0; rep < b; rep++) {
      Arrays.fill(times, 0);
      AgreementStatsAccumulator<?> acc = data.newAccumulator();
      if (patterns != null) {
        // the same draws, counted by row: each distinct row is added once, weighted
        for (int i = 0; i < n; i++) {
          times[ids[random.nextInt(n)]]++;
        }
        patterns.addTo(acc, times);
      } else {
        for (int i = 0; i < n; i++) {
          times[random.nextInt(n)]++;
        }
        for (int i = 0; i < n; i++) {
          if (times[i] > 0) {
            data.addTo(acc, rated[i], times[i]);
          }
        }
      }
      Engine e = new Engine(new AgreementStats<>(acc, false), options, weights);
      for (int c = 0; c < coefficients.length; c++) {
        out[c][rep] = e.point(coefficients[c]).value;
      }
    }
    return out;
  }

  /** Leave-one-unit-out estimates, one per distinct left-out unit, with how many units each stands for. */
  static final class Jackknife {
    final double[][] values;
    final long[] multiplicity;

    Jackknife(double[][] values, long[] multiplicity) {
      this.values = values;
      this.multiplicity = multiplicity;
    }
  }

  /**
   * Leave-one-unit-out estimates of every listed coefficient, by removing and re-adding each unit from the full
   * accumulator: O(1) statistics updates per unit, not a pass. Units with the same row of codes have the same
   * leave-one-out estimate, so when the rows are grouped ({@link UnitPatterns}) each distinct row is left out once.
   */
  static Jackknife jackknife(UnitData data, AgreementOptions options, double[] weights, Coefficient[] coefficients) {
    int[] rated = ratedUnits(data);
    AgreementStatsAccumulator<?> acc = data.newAccumulator();
    for (int u : rated) {
      data.addTo(acc, u, 1);
    }
    UnitPatterns patterns = data.patterns(rated.length);
    if (patterns != null) {
      long[] counts = new long[patterns.size()];
      for (int u : rated) {
        counts[data.patternId(patterns, u)]++;
      }
      int distinct = 0;
      for (long c : counts) {
        distinct += c > 0 ? 1 : 0;
      }
      double[][] out = new double[coefficients.length][distinct];
      long[] multiplicity = new long[distinct];
      int[] row = new int[data.raters()];
      int j = 0;
      for (int id = 0; id < counts.length; id++) {
        if (counts[id] == 0) {
          continue;
        }
        patterns.row(id, row);
        acc.addCodes(row, 0, -1);
        leaveOut(acc, options, weights, coefficients, out, j);
        acc.addCodes(row, 0, 1);
        multiplicity[j++] = counts[id];
      }
      return new Jackknife(out, multiplicity);
    }
    double[][] out = new double[coefficients.length][rated.length];
    long[] multiplicity = new long[rated.length];
    for (int i = 0; i < rated.length; i++) {
      data.addTo(acc, rated[i], -1);
      leaveOut(acc, options, weights, coefficients, out, i);
      data.addTo(acc, rated[i], 1);
      multiplicity[i] = 1;
    }
    return new Jackknife(out, multiplicity);
  }

  private static void leaveOut(AgreementStatsAccumulator<?> acc, AgreementOptions options, double[] weights,
      Coefficient[] coefficients, double[][] out, int index) {
    Engine e = new Engine(new AgreementStats<>(acc, false), options, weights);
    for (int c = 0; c < coefficients.length; c++) {
      out[c][index] = e.point(coefficients[c]).value;
    }
  }

  private static int[] ratedUnits(UnitData data) {
    int[] counts = new int[data.categories().size()];
    int[] rated = new int[data.size()];
    int n = 0;
    for (int u = 0; u < data.size(); u++) {
      if (data.counts(u, counts) > 0) {
        rated[n++] = u;
      }
    }
    return Arrays.copyOf(rated, n);
  }

  /**
   * A percentile or BCa interval (Efron 1987; Efron and Tibshirani 1993, section 14.3) from replicates, NaNs
   * (undefined replicates) dropped; null if fewer than two replicates are defined.
   */
  static @Nullable ConfidenceInterval bootstrapInterval(double estimate, double[] replicates,
      double @Nullable [] jackknife, long @Nullable [] multiplicity, double level,
      AgreementOptions.BootstrapInterval kind) {
    double[] r = Arrays.stream(replicates).filter(Double::isFinite).sorted().toArray();
    if (r.length < 2) {
      return null;
    }
    NormalDistribution z = new NormalDistribution(null, 0, 1);
    double lowP = (1 - level) / 2;
    double highP = (1 + level) / 2;
    String method = "bootstrap-percentile";
    if (kind == AgreementOptions.BootstrapInterval.BCA && jackknife != null && multiplicity != null) {
      // replicates equal to the estimate (up to rounding: they are sums taken in another order) count one half
      double tie = 1e-12 * Math.max(1, Math.abs(estimate));
      double below = 0;
      for (double x : r) {
        below += Math.abs(x - estimate) <= tie ? 0.5 : x < estimate ? 1 : 0;
      }
      double share = below / r.length;
      double total = 0;
      double sum = 0;
      for (int i = 0; i < jackknife.length; i++) {
        if (Double.isFinite(jackknife[i])) {
          total += multiplicity[i];
          sum += multiplicity[i] * jackknife[i];
        }
      }
      if (share > 0 && share < 1 && total >= 2) {
        double z0 = z.inverseCumulativeProbability(share);
        double mean = sum / total;
        double num = 0;
        double den = 0;
        for (int i = 0; i < jackknife.length; i++) {
          if (Double.isFinite(jackknife[i])) {
            double d = mean - jackknife[i];
            num += multiplicity[i] * d * d * d;
            den += multiplicity[i] * d * d;
          }
        }
        // Efron and Tibshirani (1993), eq. 14.15: a = sum d^3 / (6 (sum d^2)^(3/2))
        double a = den > 0 ? num / (6 * Math.pow(den, 1.5)) : 0;
        double zl = z.inverseCumulativeProbability(lowP);
        double zh = z.inverseCumulativeProbability(highP);
        lowP = z.cumulativeProbability(z0 + (z0 + zl) / (1 - a * (z0 + zl)));
        highP = z.cumulativeProbability(z0 + (z0 + zh) / (1 - a * (z0 + zh)));
        method = "bootstrap-bca";
      }
    }
    return ConfidenceInterval.of(quantile(r, lowP), quantile(r, highP), level, method);
  }

  /** The bootstrap standard error: the standard deviation of the defined replicates. */
  static double bootstrapSe(double[] replicates) {
    double[] r = Arrays.stream(replicates).filter(Double::isFinite).toArray();
    double mean = Arrays.stream(r).average().orElse(0);
    double ss = 0;
    for (double x : r) {
      ss += (x - mean) * (x - mean);
    }
    return Math.sqrt(ss / (r.length - 1));
  }

  /** The type-7 (linear interpolation) quantile of sorted values. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
