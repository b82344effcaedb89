package dev.appraise.core.agreement;

import dev.appraise.core.stats.ConfidenceInterval;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

/**
 * The seeded unit-level bootstrap of every coefficient at once, with its percentile or BCa
 * intervals (Efron 1987; Efron and Tibshirani 1993, section 14.3) and the leave-one-unit-out
 * jackknife that gives BCa its acceleration.
 *
 * <p>A replicate draws the rated units with replacement and re-estimates every coefficient from the
 * statistics of the drawn units, recomputed from the encoded data (no copy of it); when the units
 * are grouped by their row of codes ({@link UnitPatterns}) the draws are counted by row and each
 * distinct row is added once, weighted. The jackknife removes each unit from the full statistics
 * and adds it back, O(k^2) per unit, and leaves out each distinct row once when the rows are
 * grouped. Undefined replicates are {@code NaN} and left out of the intervals.
 */
final class Resampling {

  private final List<Coefficient> coefficients;
  private final double[][] replicates;
  private final @Nullable Jackknife jackknife;
  private final AgreementOptions options;

  private Resampling(
      List<Coefficient> coefficients,
      double[][] replicates,
      @Nullable Jackknife jackknife,
      AgreementOptions options) {
    this.coefficients = coefficients;
    this.replicates = replicates;
    this.jackknife = jackknife;
    this.options = options;
  }

  /**
   * Resamples the units, as the options ask.
   *
   * @param units the units, null for streamed statistics (which cannot be resampled)
   * @param options the options: replicates, seed, interval kind
   * @param weights the weights, flattened
   * @param coefficients the coefficients to resample, those defined on the full input
   * @return the replicates, or null when there is no bootstrap (no units, no replicates asked or no
   *     coefficient)
   */
  static @Nullable Resampling of(
      @Nullable UnitData units,
      AgreementOptions options,
      double[] weights,
      Coefficient[] coefficients) {
    if (units == null || options.bootstrapReplicates() <= 0 || coefficients.length == 0) {
      return null;
    }
    double[][] replicates = bootstrap(units, options, weights, coefficients);
    Jackknife jackknife =
        options.bootstrapInterval() == AgreementOptions.BootstrapInterval.BCA
            ? jackknife(units, options, weights, coefficients)
            : null;
    return new Resampling(List.of(coefficients), replicates, jackknife, options);
  }

  /**
   * The bootstrap interval of a coefficient.
   *
   * @param coefficient one of the resampled coefficients
   * @param estimate its estimate on the full input
   * @return the interval, null if fewer than two replicates are defined
   */
  @Nullable ConfidenceInterval interval(Coefficient coefficient, double estimate) {
    int i = coefficients.indexOf(coefficient);
    return bootstrapInterval(
        estimate,
        replicates[i],
        jackknife == null ? null : jackknife.values[i],
        jackknife == null ? null : jackknife.multiplicity,
        options.confidence(),
        options.bootstrapInterval());
  }

  /**
   * The bootstrap standard error of a coefficient: the standard deviation of its defined
   * replicates.
   *
   * @param coefficient one of the resampled coefficients
   * @return the standard error
   */
  double standardError(Coefficient coefficient) {
    double[] r =
        Arrays.stream(replicates[coefficients.indexOf(coefficient)])
            .filter(Double::isFinite)
            .toArray();
    double mean = Arrays.stream(r).average().orElse(0);
    double ss = 0;
    for (double x : r) {
      ss += (x - mean) * (x - mean);
    }
    return Math.sqrt(ss / (r.length - 1));
  }

  /**
   * Replicates of every listed coefficient: units with at least one rating resampled with
   * replacement, the whole accumulator recomputed from the encoded units (no copy of the data).
   * Undefined replicates are NaN.
   */
  static double[][] bootstrap(
      UnitData data, AgreementOptions options, double[] weights, Coefficient[] coefficients) {
    int[] rated = ratedUnits(data);
    int n = rated.length;
    int b = options.bootstrapReplicates();
    double[][] out = new double[coefficients.length][b];
    SplittableRandom random = new SplittableRandom(options.seed());
    UnitPatterns patterns = data.patterns(n);
    int[] ids = new int[patterns == null ? 0 : n];
    if (patterns != null) {
      for (int i = 0; i < n; i++) {
        ids[i] = data.patternId(patterns, rated[i]);
      }
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
      estimate(acc, options, weights, coefficients, out, rep);
    }
    return out;
  }

  /**
   * Leave-one-unit-out estimates, one per distinct left-out unit, with how many units each stands
   * for.
   */
  static final class Jackknife {
    final double[][] values;
    final long[] multiplicity;

    Jackknife(double[][] values, long[] multiplicity) {
      this.values = values;
      this.multiplicity = multiplicity;
    }
  }

  /**
   * Leave-one-unit-out estimates of every listed coefficient, by removing and re-adding each unit
   * from the full accumulator: O(1) statistics updates per unit, not a pass. Units with the same
   * row of codes have the same leave-one-out estimate, so when the rows are grouped ({@link
   * UnitPatterns}) each distinct row is left out once.
   */
  static Jackknife jackknife(
      UnitData data, AgreementOptions options, double[] weights, Coefficient[] coefficients) {
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
        estimate(acc, options, weights, coefficients, out, j);
        acc.addCodes(row, 0, 1);
        multiplicity[j++] = counts[id];
      }
      return new Jackknife(out, multiplicity);
    }
    double[][] out = new double[coefficients.length][rated.length];
    long[] multiplicity = new long[rated.length];
    for (int i = 0; i < rated.length; i++) {
      data.addTo(acc, rated[i], -1);
      estimate(acc, options, weights, coefficients, out, i);
      data.addTo(acc, rated[i], 1);
      multiplicity[i] = 1;
    }
    return new Jackknife(out, multiplicity);
  }

  /**
   * Writes every coefficient's estimate on the accumulated units into column {@code index} of
   * {@code out}.
   */
  private static void estimate(
      AgreementStatsAccumulator<?> acc,
      AgreementOptions options,
      double[] weights,
      Coefficient[] coefficients,
      double[][] out,
      int index) {
    Context x = Context.of(new AgreementStats<>(acc, false), options, weights);
    for (int c = 0; c < coefficients.length; c++) {
      out[c][index] = coefficients[c].estimator().estimate(x).value();
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
   * A percentile or BCa interval from replicates, NaNs (undefined replicates) dropped; null if
   * fewer than two replicates are defined. BCa falls back to the percentile interval when the bias
   * correction or the acceleration cannot be formed.
   */
  static @Nullable ConfidenceInterval bootstrapInterval(
      double estimate,
      double[] replicates,
      double @Nullable [] jackknife,
      long @Nullable [] multiplicity,
      double level,
      AgreementOptions.BootstrapInterval kind) {
    double[] r = Arrays.stream(replicates).filter(Double::isFinite).sorted().toArray();
    if (r.length < 2) {
      return null;
    }
    NormalDistribution z = new NormalDistribution(null, 0, 1);
    double lowP = (1 - level) / 2;
    double highP = (1 + level) / 2;
    String method = "bootstrap-percentile";
    if (kind == AgreementOptions.BootstrapInterval.BCA
        && jackknife != null
        && multiplicity != null) {
      // replicates equal to the estimate (up to rounding: they are sums taken in another order)
      // count one half
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
        double spread = 0;
        for (int i = 0; i < jackknife.length; i++) {
          if (Double.isFinite(jackknife[i])) {
            double d = mean - jackknife[i];
            num += multiplicity[i] * d * d * d;
            den += multiplicity[i] * d * d;
            spread = Math.max(spread, Math.abs(d));
          }
        }
        // Efron and Tibshirani (1993), eq. 14.15: a = sum d^3 / (6 (sum d^2)^(3/2)); leave-one-out
        // values that differ from their mean only by rounding are one value, with no acceleration
        double a = spread > tie ? num / (6 * Math.pow(den, 1.5)) : 0;
        double zl = z.inverseCumulativeProbability(lowP);
        double zh = z.inverseCumulativeProbability(highP);
        lowP = z.cumulativeProbability(z0 + (z0 + zl) / (1 - a * (z0 + zl)));
        highP = z.cumulativeProbability(z0 + (z0 + zh) / (1 - a * (z0 + zh)));
        method = "bootstrap-bca";
      }
    }
    return ConfidenceInterval.of(quantile(r, lowP), quantile(r, highP), level, method);
  }

  /** The type-7 (linear interpolation) quantile of sorted values. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
