package dev.appraise.core.agreement;

import org.jspecify.annotations.Nullable;

/**
 * Krippendorff's alpha (Krippendorff 2004; 2011) from the coincidence matrix {@code o_ck} of the
 * pairable values, with the {@link Level}'s or a custom {@link AlphaMetric}'s squared differences,
 * or with {@code delta^2 = 1 - w} from the agreement weights (weighted alpha, {@link
 * AgreementOptions#withWeightedAlpha}); the formula is on {@link Coefficient#KRIPPENDORFF_ALPHA}.
 * It applies to any input. Standard error: Gwet's (2014, chapter 6; irrCAC {@code
 * krippen.alpha.raw}) linearisation over the pairable units with the weights {@code w = 1 - delta^2
 * / max delta^2}.
 */
enum Krippendorff implements Estimator {

  /** Krippendorff's alpha. */
  ALPHA;

  @Override
  public boolean appliesTo(Context x) {
    return true;
  }

  /**
   * Alpha reads its level by default; the weights only with {@link
   * AgreementOptions#withWeightedAlpha}.
   */
  @Override
  public boolean usesWeights() {
    return false;
  }

  @Override
  public boolean usesLevel() {
    return true;
  }

  @Override
  public Point estimate(Context x) {
    if (x.unpairable()) {
      return Point.undefined("no pairable values: no unit has two or more ratings");
    }
    AgreementStats<?> s = x.stats();
    int k = x.k();
    double[] n = s.coincidenceMarginals();
    String[] why = new String[1];
    double[] delta = differences(x, n, why);
    if (delta == null) {
      return Point.undefined(why[0]);
    }
    double total = s.pairableValues();
    double observed = 0;
    double expected = 0;
    for (int c = 0; c < k; c++) {
      for (int d = 0; d < k; d++) {
        observed += s.coincidence(c, d) * delta[c * k + d];
        expected += n[c] * n[d] * delta[c * k + d];
      }
    }
    if (!Double.isFinite(observed) || !Double.isFinite(expected)) {
      return Point.undefined(Point.OVERFLOW);
    }
    if (!(expected > 0)) {
      return Point.undefined(
          "expected disagreement is 0 (every pairable value is in one category): alpha is 0/0");
    }
    double alpha = 1 - (total - 1) * observed / expected;
    return Point.of(alpha, 1 - observed / total, 1 - expected / (total * (total - 1)));
  }

  @Override
  public @Nullable StandardError standardError(
      Context x, Point estimate, @Nullable UnitData units) {
    if (units == null || !estimate.defined()) {
      return null;
    }
    AgreementStats<?> s = x.stats();
    int k = x.k();
    double[] marg = s.coincidenceMarginals();
    double[] delta = differences(x, marg, new String[1]);
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
    double n = s.pairableUnits();
    if (n < 2) {
      return null;
    }
    double values = s.pairableValues();
    double rbar = values / n;
    double eps = 1 / values;
    double[] pi = new double[k];
    for (int c = 0; c < k; c++) {
      pi[c] = marg[c] / values;
    }
    double pe = 0;
    double[] piW = new double[k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        pe += w[a * k + b] * pi[a] * pi[b];
        piW[a] += (w[a * k + b] + w[b * k + a]) * pi[b] / 2;
      }
    }
    double paPrimeSum = 0;
    Rows rows = units.rows();
    double[] agreement = rows.agreement(w);
    for (int u = 0; u < rows.size(); u++) {
      int r = rows.total(u);
      if (r >= 2) {
        paPrimeSum += rows.weight(u) * (agreement[u] - r) / (rbar * (r - 1));
      }
    }
    double paPrime = paPrimeSum / n;
    double pa = (1 - eps) * paPrime + eps;
    double alphaPrime = (paPrime - pe) / (1 - pe);
    double sum = 0;
    for (int u = 0; u < rows.size(); u++) {
      int r = rows.total(u);
      if (r < 2) {
        continue;
      }
      double paI = (agreement[u] - r) / (rbar * (r - 1)) - pa * (r - rbar) / rbar;
      double kI = (paI - pe) / (1 - pe);
      double weighted = 0;
      for (int e = rows.start(u); e < rows.end(u); e++) {
        weighted += rows.count(e) * piW[rows.category(e)];
      }
      double peI = weighted / rbar - pe * (r - rbar) / rbar;
      double kx = kI - 2 * (1 - alphaPrime) * (peI - pe) / (1 - pe);
      sum += rows.weight(u) * (kx - alphaPrime) * (kx - alphaPrime);
    }
    double sampled =
        x.options().alphaPopulation() == AgreementOptions.AlphaPopulation.ALL_UNITS ? s.units() : n;
    return GwetVariance.finish(x, n, sampled, sum);
  }

  /**
   * The squared differences {@code delta^2(c, d)}, flattened, from the custom metric or the level;
   * ordinal ones from cumulative sums of the marginals, O(k^2) in all.
   *
   * @param x the input
   * @param n the coincidence marginals {@code n_c}
   * @param why receives the reason when the level does not fit the categories
   * @return the differences, or null with the reason in {@code why[0]}
   */
  private static double @Nullable [] differences(Context x, double[] n, String[] why) {
    int k = x.k();
    CategorySet<?> categories = x.stats().categories();
    double[] v = categories.scores();
    double[] delta = new double[k * k];
    if (x.options().alphaFromWeights()) {
      // Gwet's (2014) weighted alpha: agreement weights w are the complement of the squared
      // differences
      for (int i = 0; i < k * k; i++) {
        delta[i] = 1 - x.weights()[i];
      }
      return delta;
    }
    AlphaMetric custom = x.options().metric();
    if (custom != null) {
      for (int c = 0; c < k; c++) {
        for (int d = 0; d < k; d++) {
          delta[c * k + d] = custom.squaredDifference(c, d, v, n);
        }
      }
      return delta;
    }
    Level level = x.options().level();
    if ((level == Level.INTERVAL || level == Level.RATIO) && !categories.isNumeric()) {
      why[0] = level.id() + " alpha needs numeric category values";
      return null;
    }
    if (level == Level.RATIO) {
      for (double value : v) {
        if (value < 0) {
          why[0] = "ratio alpha needs non-negative category values, found " + value;
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
        double dd;
        switch (level) {
          case NOMINAL:
            dd = c == d ? 0 : 1;
            break;
          case ORDINAL:
            int lo = Math.min(c, d);
            int hi = Math.max(c, d);
            double between = cumulative[hi + 1] - cumulative[lo] - (n[c] + n[d]) / 2;
            dd = c == d ? 0 : between * between;
            break;
          case INTERVAL:
            dd = (v[c] - v[d]) * (v[c] - v[d]);
            break;
          case RATIO:
            double sum = v[c] + v[d];
            dd = sum == 0 ? 0 : ((v[c] - v[d]) / sum) * ((v[c] - v[d]) / sum);
            break;
          default:
            throw new AssertionError(level);
        }
        delta[c * k + d] = dd;
      }
    }
    return delta;
  }
}
