package dev.appraise.core.agreement;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Point estimates of every coefficient from {@link AgreementStats}: O(k^2) per coefficient (O(m^2 k^2) for Light's
 * kappa, O(m k^2) for Conger's), independent of the number of units.
 */
final class Engine {

  /** A point estimate with its observed and chance agreement, or the reason it is undefined. */
  static final class Point {
    final double value;
    final double pa;
    final double pe;
    final @Nullable String reason;

    Point(double value, double pa, double pe) {
      this.value = value;
      this.pa = pa;
      this.pe = pe;
      this.reason = null;
    }

    Point(String reason) {
      this.value = Double.NaN;
      this.pa = Double.NaN;
      this.pe = Double.NaN;
      this.reason = reason;
    }

    boolean defined() {
      return reason == null;
    }
  }

  private static final double ONE = 1 - 1e-12;

  final AgreementStats<?> s;
  final AgreementOptions options;
  final int k;
  final int m;
  final double[] w;
  final double weightSum;

  Engine(AgreementStats<?> s, AgreementOptions options, double[] weights) {
    this.s = s;
    this.options = options;
    this.k = s.k;
    this.m = s.m;
    this.w = weights;
    double sum = 0;
    for (double x : w) {
      sum += x;
    }
    this.weightSum = sum;
  }

  static double[] flatWeights(CategorySet<?> categories, Weights weights) {
    double[][] w = weights.matrix(categories);
    int k = w.length;
    double[] flat = new double[k * k];
    for (int i = 0; i < k; i++) {
      System.arraycopy(w[i], 0, flat, i * k, k);
    }
    return flat;
  }

  static double[] identity(int k) {
    double[] flat = new double[k * k];
    for (int i = 0; i < k; i++) {
      flat[i * k + i] = 1;
    }
    return flat;
  }

  /** Whether a coefficient is defined for the shape of the input (not for its values). */
  boolean applies(Coefficient c) {
    switch (c) {
      case GWET_AC2:
        return !options.weights().isIdentity();
      case COHEN_KAPPA:
      case SCOTT_PI:
        return m == 2;
      case CONGER_KAPPA:
      case LIGHT_KAPPA:
        return m >= 3;
      case SPECIFIC_POSITIVE_AGREEMENT:
      case SPECIFIC_NEGATIVE_AGREEMENT:
        return k == 2;
      case PREVALENCE_INDEX:
      case BIAS_INDEX:
        return m == 2 && k == 2;
      default:
        return true;
    }
  }

  /** Whether the coefficient uses the weights. */
  static boolean weighted(Coefficient c) {
    switch (c) {
      case COHEN_KAPPA:
      case SCOTT_PI:
      case FLEISS_KAPPA:
      case CONGER_KAPPA:
      case LIGHT_KAPPA:
      case GWET_AC2:
      case BRENNAN_PREDIGER:
        return true;
      default:
        return false;
    }
  }

  Point point(Coefficient c) {
    if (!s.pairsTracked && (c == Coefficient.COHEN_KAPPA || c == Coefficient.SCOTT_PI
        || c == Coefficient.LIGHT_KAPPA || c == Coefficient.PREVALENCE_INDEX || c == Coefficient.BIAS_INDEX)) {
      return new Point("too many categories (" + k + ") to keep the raters' pairwise tables");
    }
    switch (c) {
      case PERCENT_AGREEMENT:
        return percentAgreement();
      case COHEN_KAPPA:
        return cohen(0, 1, w);
      case SCOTT_PI:
        return scott();
      case FLEISS_KAPPA:
        return fleiss();
      case CONGER_KAPPA:
        return conger();
      case LIGHT_KAPPA:
        return light();
      case GWET_AC1:
        return gwet(identity(k), k);
      case GWET_AC2:
        return gwet(w, weightSum);
      case BRENNAN_PREDIGER:
        return brennanPrediger();
      case KRIPPENDORFF_ALPHA:
        return alpha();
      case SPECIFIC_POSITIVE_AGREEMENT:
        return specific(1);
      case SPECIFIC_NEGATIVE_AGREEMENT:
        return specific(0);
      case PREVALENCE_INDEX:
      case BIAS_INDEX:
        return prevalenceOrBias(c == Coefficient.PREVALENCE_INDEX);
      default:
        throw new AssertionError(c);
    }
  }

  // ---- unit-level (Fleiss, Gwet, Brennan-Prediger) ----

  static final String NO_PAIRS = "no unit has two or more ratings";

  /** Gwet's weighted percent agreement {@code p_a = (sum_kl w_kl M_kl - sum 1/(r_i-1)) / n2}. */
  double pa(double[] weights) {
    double sum = 0;
    for (int i = 0; i < k * k; i++) {
      sum += weights[i] * s.pairAgreement[i];
    }
    return (sum - s.inverseSum) / s.pairable;
  }

  double[] pi() {
    double[] pi = new double[k];
    for (int c = 0; c < k; c++) {
      pi[c] = s.shares[c] / s.units;
    }
    return pi;
  }

  Point percentAgreement() {
    if (s.pairable <= 0) {
      return new Point(NO_PAIRS);
    }
    double pa = pa(identity(k));
    return new Point(pa, pa, 0);
  }

  private Point kappa(double pa, double pe, String whatIsOne) {
    if (pe >= ONE) {
      return new Point("chance agreement is 1 (" + whatIsOne + "): the coefficient is 0/0");
    }
    return new Point((pa - pe) / (1 - pe), pa, pe);
  }

  Point fleiss() {
    if (s.pairable <= 0) {
      return new Point(NO_PAIRS);
    }
    double[] pi = pi();
    double pe = 0;
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        pe += w[a * k + b] * pi[a] * pi[b];
      }
    }
    return kappa(pa(w), pe, "every rating is in one category");
  }

  Point gwet(double[] weights, double sumOfWeights) {
    if (s.pairable <= 0) {
      return new Point(NO_PAIRS);
    }
    if (k < 2) {
      return new Point("a single category: chance agreement is undefined");
    }
    double[] pi = pi();
    double spread = 0;
    for (int c = 0; c < k; c++) {
      spread += pi[c] * (1 - pi[c]);
    }
    double pe = sumOfWeights * spread / (k * (double) (k - 1));
    return kappa(pa(weights), pe, "the weights give full credit to every pair");
  }

  Point brennanPrediger() {
    if (s.pairable <= 0) {
      return new Point(NO_PAIRS);
    }
    double pe = weightSum / ((double) k * k);
    return kappa(pa(w), pe, "a single category");
  }

  // ---- rater-level (Conger, Cohen, Scott, Light) ----

  Point conger() {
    if (s.pairable <= 0) {
      return new Point(NO_PAIRS);
    }
    double[][] p = raterShares();
    if (p == null) {
      return new Point("a rater rated no unit");
    }
    double pe = congerChance(p);
    return kappa(pa(w), pe, "every rating is in one category");
  }

  /** Each rater's classification shares {@code p_gk = n_gk / n_g}, or null if a rater rated nothing. */
  double[] @Nullable [] raterShares() {
    double[][] p = new double[m][k];
    for (int g = 0; g < m; g++) {
      long n = 0;
      for (int c = 0; c < k; c++) {
        n += s.raterCounts[g * k + c];
      }
      if (n <= 0) {
        return null;
      }
      for (int c = 0; c < k; c++) {
        p[g][c] = s.raterCounts[g * k + c] / (double) n;
      }
    }
    return p;
  }

  double congerChance(double[][] p) {
    double[] mean = new double[k];
    for (double[] row : p) {
      for (int c = 0; c < k; c++) {
        mean[c] += row[c] / m;
      }
    }
    double pe = 0;
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        double cross = 0;
        for (double[] row : p) {
          cross += row[a] * row[b];
        }
        double s2 = (cross - m * mean[a] * mean[b]) / (m - 1);
        pe += w[a * k + b] * (mean[a] * mean[b] - s2 / m);
      }
    }
    return pe;
  }

  /** The contingency table of raters g < h as proportions, with its total, or null if empty. */
  double @Nullable [] pairProportions(int g, int h) {
    int base = s.pairIndex(g, h) * k * k;
    long n = 0;
    for (int i = 0; i < k * k; i++) {
      n += s.pairTables[base + i];
    }
    if (n <= 0) {
      return null;
    }
    double[] p = new double[k * k + 1];
    for (int i = 0; i < k * k; i++) {
      p[i] = s.pairTables[base + i] / (double) n;
    }
    p[k * k] = n;
    return p;
  }

  Point cohen(int g, int h, double[] weights) {
    double[] p = pairProportions(g, h);
    if (p == null) {
      return new Point("no unit was rated by both raters");
    }
    double[] row = new double[k];
    double[] col = new double[k];
    double po = 0;
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        double x = p[a * k + b];
        row[a] += x;
        col[b] += x;
        po += weights[a * k + b] * x;
      }
    }
    double pe = 0;
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        pe += weights[a * k + b] * row[a] * col[b];
      }
    }
    return kappa(po, pe, "both raters put every unit in the same single category");
  }

  Point scott() {
    double[] p = pairProportions(0, 1);
    if (p == null) {
      return new Point("no unit was rated by both raters");
    }
    double[] mean = new double[k];
    double po = 0;
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        double x = p[a * k + b];
        mean[a] += x / 2;
        mean[b] += x / 2;
        po += w[a * k + b] * x;
      }
    }
    double pe = 0;
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        pe += w[a * k + b] * mean[a] * mean[b];
      }
    }
    return kappa(po, pe, "every rating is in one category");
  }

  Point light() {
    double sum = 0;
    double sumPa = 0;
    double sumPe = 0;
    int pairs = 0;
    for (int g = 0; g < m; g++) {
      for (int h = g + 1; h < m; h++) {
        Point p = cohen(g, h, w);
        if (!p.defined()) {
          List<String> names = s.raters;
          String who = names == null ? "" : " (" + names.get(g) + ", " + names.get(h) + ")";
          return new Point("Cohen's kappa of a rater pair" + who + " is undefined: " + p.reason);
        }
        sum += p.value;
        sumPa += p.pa;
        sumPe += p.pe;
        pairs++;
      }
    }
    return new Point(sum / pairs, sumPa / pairs, sumPe / pairs);
  }

  Point prevalenceOrBias(boolean prevalence) {
    double[] p = pairProportions(0, 1);
    if (p == null) {
      return new Point("no unit was rated by both raters");
    }
    // categories: 0 = negative, 1 = positive; rows rater 1, columns rater 2
    double a = p[3];
    double d = p[0];
    double b = p[2];
    double c = p[1];
    double v = prevalence ? a - d : b - c;
    return new Point(v, Double.NaN, Double.NaN);
  }

  // ---- Krippendorff ----

  double[] marginals() {
    double[] n = new double[k];
    for (int c = 0; c < k; c++) {
      for (int d = 0; d < k; d++) {
        n[c] += s.coincidence[c * k + d];
      }
    }
    return n;
  }

  /** The squared differences {@code delta^2(c, d)}, or null with the reason in {@code why[0]}. */
  double @Nullable [] alphaDifferences(double[] n, String[] why) {
    double[] x = s.categories.scores();
    double[] delta = new double[k * k];
    AlphaMetric custom = options.metric();
    if (custom != null) {
      for (int c = 0; c < k; c++) {
        for (int d = 0; d < k; d++) {
          delta[c * k + d] = custom.squaredDifference(c, d, x, n);
        }
      }
      return delta;
    }
    Level level = options.level();
    if ((level == Level.INTERVAL || level == Level.RATIO) && !s.categories.isNumeric()) {
      why[0] = level.id() + " alpha needs numeric category values";
      return null;
    }
    if (level == Level.RATIO) {
      for (double v : x) {
        if (v < 0) {
          why[0] = "ratio alpha needs non-negative category values, found " + v;
          return null;
        }
      }
    }
    double[] cumulative = new double[k + 1];
    for (int c = 0; c < k; c++) {
      cumulative[c + 1] = cumulative[c] + n[c];
    }
    for (int c = 0; c < k; c++) {
      for (int d = 0; d < k; d++) {
        double v;
        switch (level) {
          case NOMINAL:
            v = c == d ? 0 : 1;
            break;
          case ORDINAL:
            int lo = Math.min(c, d);
            int hi = Math.max(c, d);
            double between = cumulative[hi + 1] - cumulative[lo] - (n[c] + n[d]) / 2;
            v = c == d ? 0 : between * between;
            break;
          case INTERVAL:
            v = (x[c] - x[d]) * (x[c] - x[d]);
            break;
          case RATIO:
            double sum = x[c] + x[d];
            v = sum == 0 ? 0 : ((x[c] - x[d]) / sum) * ((x[c] - x[d]) / sum);
            break;
          default:
            throw new AssertionError(level);
        }
        delta[c * k + d] = v;
      }
    }
    return delta;
  }

  Point alpha() {
    if (s.pairable <= 0) {
      return new Point("no pairable values: no unit has two or more ratings");
    }
    double[] n = marginals();
    String[] why = new String[1];
    double[] delta = alphaDifferences(n, why);
    if (delta == null) {
      return new Point(why[0]);
    }
    double total = s.values;
    double observed = 0;
    double expected = 0;
    for (int c = 0; c < k; c++) {
      for (int d = 0; d < k; d++) {
        observed += s.coincidence[c * k + d] * delta[c * k + d];
        expected += n[c] * n[d] * delta[c * k + d];
      }
    }
    if (!(expected > 0)) {
      return new Point("expected disagreement is 0 (every pairable value is in one category): alpha is 0/0");
    }
    double alpha = 1 - (total - 1) * observed / expected;
    return new Point(alpha, 1 - observed / total, 1 - expected / (total * (total - 1)));
  }

  Point specific(int category) {
    if (s.pairable <= 0) {
      return new Point(NO_PAIRS);
    }
    double[] n = marginals();
    if (!(n[category] > 0)) {
      return new Point("no pairable rating in category '" + s.categories.get(category) + "'");
    }
    double v = s.coincidence[category * k + category] / n[category];
    return new Point(v, v, 0);
  }

  /** Category-specific agreement {@code o_cc / n_c} for every category, NaN where undefined. */
  double[] categorySpecific() {
    double[] n = marginals();
    double[] out = new double[k];
    for (int c = 0; c < k; c++) {
      out[c] = n[c] > 0 ? s.coincidence[c * k + c] / n[c] : Double.NaN;
    }
    return out;
  }
}
