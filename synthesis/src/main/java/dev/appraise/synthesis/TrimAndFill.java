package dev.appraise.synthesis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The trim-and-fill method of Duval and Tweedie (2000) as metafor 3.8-1's {@code trimfill} runs it
 * on a model without moderators. An immutable, reusable algorithm:
 *
 * <pre>{@code
 * TrimAndFillResult r = TrimAndFill.withDefaults()          // estimator L0, side from the data, at most 100 rounds
 *     .withEstimator(TrimAndFillEstimator.R0)
 *     .fill(fit);
 * r.missing();   r.side();   r.filled();   r.model().estimate();
 * }</pre>
 *
 * <h2>Algorithm</h2>
 *
 * <ol>
 *   <li>Side: unless given, the side of the missing studies is {@link FunnelSide#RIGHT} if the
 *       slope {@code b1} of the meta-regression {@code y = b0 + b1 sqrt(v)}, fitted with the
 *       model's estimator (and metafor's defaults otherwise), is negative, else {@link
 *       FunnelSide#LEFT}. For the right side the estimates are negated, so that the missing studies
 *       are always sought on the left.
 *   <li>The studies are sorted by estimate (ties keep their order). From {@code k0 = 0}, repeat:
 *       fit the model on the {@code k - k0} smallest estimates (the {@code k0} largest trimmed),
 *       centre all {@code k} estimates on its pooled estimate {@code b}, rank them by absolute
 *       value (ties by order), and estimate {@code k0} by the {@link TrimAndFillEstimator}, rounded
 *       half to even (as R's {@code round}) and truncated at 0; stop when {@code k0} repeats, or
 *       fail after the iteration limit (100).
 *   <li>If {@code k0 > 0}, each of the {@code k0} trimmed studies is mirrored about {@code b},
 *       {@code y = 2b - y_i} with variance {@code v_i} ({@link FilledStudy}), and the model is
 *       refitted on the observed studies followed by the filled ones. As in metafor, the trimmed
 *       fits and the refit use the model's estimator with metafor's defaults for everything else (z
 *       test, level 0.95, default controls). If {@code k0 = 0}, the result holds the original
 *       model.
 * </ol>
 *
 * <p>metafor fits a trimmed set of a single study as a model with tau² = 0, whose estimate is that
 * study's; so does this. Trim-and-fill assumes that asymmetry comes from suppressed studies; it is
 * a sensitivity analysis, not a correction (Duval and Tweedie 2000; Sterne et al. 2011).
 *
 * <p>References: Duval S, Tweedie R (2000), Trim and fill: a simple funnel-plot-based method of
 * testing and adjusting for publication bias in meta-analysis, Biometrics 56:455-463. Duval S,
 * Tweedie R (2000), A nonparametric "trim and fill" method of accounting for publication bias in
 * meta-analysis, J Am Stat Assoc 95:89-98. Sterne JAC et al. (2011), BMJ 343:d4002.
 */
public final class TrimAndFill {

  /** metafor's limit on the rounds of trimming ({@code maxiter}). */
  public static final int DEFAULT_MAX_ITERATIONS = 100;

  private static final TrimAndFill DEFAULTS =
      new TrimAndFill(TrimAndFillEstimator.L0, null, DEFAULT_MAX_ITERATIONS);

  private final TrimAndFillEstimator estimator;
  private final @Nullable FunnelSide side;
  private final int maxIterations;

  private TrimAndFill(
      TrimAndFillEstimator estimator, @Nullable FunnelSide side, int maxIterations) {
    this.estimator = estimator;
    this.side = side;
    this.maxIterations = maxIterations;
  }

  /**
   * {@return metafor's defaults: estimator L0, the side estimated from the data, at most 100
   * rounds}
   */
  public static TrimAndFill withDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another estimator of the number of missing studies.
   *
   * @param estimator the estimator
   * @return the configured algorithm
   */
  public TrimAndFill withEstimator(TrimAndFillEstimator estimator) {
    return new TrimAndFill(estimator, side, maxIterations);
  }

  /**
   * A copy that takes studies to be missing on the given side instead of estimating it.
   *
   * @param side the side of the missing studies
   * @return the configured algorithm
   */
  public TrimAndFill withSide(FunnelSide side) {
    return new TrimAndFill(estimator, side, maxIterations);
  }

  /**
   * A copy with another limit on the rounds of trimming.
   *
   * @param maxIterations the limit, {@code >= 1}
   * @return the configured algorithm
   * @throws IllegalArgumentException if the limit is below 1
   */
  public TrimAndFill withMaxIterations(int maxIterations) {
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
    }
    return new TrimAndFill(estimator, side, maxIterations);
  }

  /** {@return the estimator of the number of missing studies} */
  public TrimAndFillEstimator estimator() {
    return estimator;
  }

  /** {@return the side given, or empty when it is estimated from the data} */
  public Optional<FunnelSide> side() {
    return Optional.ofNullable(side);
  }

  /** {@return the limit on the rounds of trimming} */
  public int maxIterations() {
    return maxIterations;
  }

  /**
   * Runs trim-and-fill on a fitted model.
   *
   * @param fit the model, without moderators
   * @return the side, the number of missing studies, the filled studies and the refitted model
   * @throws IllegalArgumentException if the model has a single study, or the side is to be
   *     estimated and the regression on the standard errors cannot be fitted (too few studies for
   *     the estimator, every study with the same standard error)
   * @throws ConvergenceException if {@code k0} does not settle within the iteration limit, or an
   *     estimator does not converge on a trimmed set
   */
  public TrimAndFillResult fill(MetaAnalysisResult fit) {
    int k = fit.k();
    if (k == 1) {
      throw new IllegalArgumentException("trim and fill: needs at least 2 studies, had 1");
    }
    MetaAnalysis refit = MetaAnalysis.withDefaults().withMethod(fit.method());
    List<EffectSize> effects = fit.studies().stream().map(WeightedStudy::effect).toList();
    FunnelSide chosen = side != null ? side : estimateSide(refit, effects);
    double sign = chosen == FunnelSide.RIGHT ? -1 : 1;
    // sort(yi, index.return = TRUE): ascending, stable
    Integer[] order = IntStream.range(0, k).boxed().toArray(Integer[]::new);
    double[] flipped = new double[k];
    for (int i = 0; i < k; i++) {
      flipped[i] = sign == -1 ? -1 * effects.get(i).yi() : effects.get(i).yi();
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> flipped[i]));
    double[] y = new double[k];
    List<EffectSize> sorted = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      y[i] = flipped[order[i]];
      sorted.add(effects.get(order[i]));
    }
    int k0 = 0;
    int k0Saved = -1;
    int iterations = 0;
    double beta = Double.NaN;
    double se = Double.NaN;
    double[] centred = new double[k];
    while (k0 != k0Saved) {
      k0Saved = k0;
      iterations++;
      if (iterations > maxIterations) {
        throw new ConvergenceException(
            "trim and fill (" + estimator + ")",
            iterations - 1,
            Double.NaN,
            "the number of missing studies did not repeat within " + maxIterations + " rounds");
      }
      beta = trimmedEstimate(refit, sorted, y, k - k0);
      for (int i = 0; i < k; i++) {
        centred[i] = y[i] - beta;
      }
      double[] signedRanks = signedRanks(centred);
      double[] estimate = estimateMissing(signedRanks, k);
      se = Math.max(0, estimate[1]);
      if (Double.isNaN(estimate[0])) {
        // Q0 with 2k² - 4S + 1/4 < 0: metafor stops with "missing value where TRUE/FALSE needed"
        throw new ConvergenceException(
            "trim and fill (" + estimator + ")",
            iterations,
            Double.NaN,
            estimator
                + " is undefined in round "
                + iterations
                + ": the square root of a negative number; use L0");
      }
      if (Double.isInfinite(estimate[0])) {
        // R0 when no study lies below the pooled estimate: metafor stops as well
        throw new ConvergenceException(
            "trim and fill (" + estimator + ")",
            iterations,
            Double.NaN,
            estimator
                + " is undefined in round "
                + iterations
                + ": no study lies on the side of the missing ones; "
                + "use L0");
      }
      double rounded = Math.max(0, Math.rint(estimate[0]));
      k0 = (int) rounded;
    }
    TrimAndFillResult.Builder r =
        TrimAndFillResult.builder()
            .estimator(estimator)
            .side(chosen)
            .sideEstimated(side == null)
            .missing(k0)
            .missingStandardError(se)
            .iterations(iterations);
    if (estimator == TrimAndFillEstimator.R0) {
      r.missingPValue(OptionalDouble.of(r0PValue(k0)));
    }
    if (k0 == 0) {
      return r.model(fit).build();
    }
    List<EffectSize> augmented = new ArrayList<>(effects);
    for (int j = 0; j < k0; j++) {
      int i = k - k0 + j;
      // metafor: yi.c <- yi.c - beta, then -1 * yi.c, on the flipped scale and back
      double filled = sign == -1 ? (y[i] - beta) - beta : -1 * ((y[i] - beta) - beta);
      EffectSize mirrored = sorted.get(i);
      EffectSize.Builder e =
          EffectSize.builder()
              .study("Filled " + (j + 1))
              .measure(mirrored.measure())
              .yi(filled)
              .vi(mirrored.vi());
      mirrored.sampleSize().ifPresent(e::sampleSize);
      EffectSize imputed = e.build();
      augmented.add(imputed);
      r.addFilled(FilledStudy.of(imputed, mirrored));
    }
    return r.model(refit.fit(augmented)).build();
  }

  private static FunnelSide estimateSide(MetaAnalysis refit, List<EffectSize> effects) {
    double[] sei = new double[effects.size()];
    for (int i = 0; i < sei.length; i++) {
      sei[i] = Math.sqrt(effects.get(i).vi());
    }
    MetaRegressionResult m;
    try {
      m =
          refit.fit(
              effects, ModelMatrix.interceptOnly(sei.length).withColumn(SmallStudyTests.SEI, sei));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "trim and fill: cannot estimate the side of the missing studies (give it "
              + "with withSide): "
              + e.getMessage(),
          e);
    }
    if (m.p() < 2) {
      throw new IllegalArgumentException(
          "trim and fill: cannot estimate the side of the missing studies (give it "
              + "with withSide): every study has the same standard error "
              + sei[0]);
    }
    return m.coefficients().get(1).estimate() < 0 ? FunnelSide.RIGHT : FunnelSide.LEFT;
  }

  /**
   * The pooled estimate of the {@code n} smallest (flipped) estimates; a single study is its own
   * estimate.
   */
  private static double trimmedEstimate(
      MetaAnalysis refit, List<EffectSize> sorted, double[] y, int n) {
    if (n == 1) {
      return y[0];
    }
    List<EffectSize> trimmed = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      EffectSize e = sorted.get(i);
      trimmed.add(y[i] == e.yi() ? e : EffectSize.of(e.study(), e.measure(), y[i], e.vi()));
    }
    return refit.fit(trimmed).estimate();
  }

  /** {@code sign(c) rank(|c|, ties.method = "first")}. */
  private static double[] signedRanks(double[] centred) {
    int k = centred.length;
    Integer[] byAbs = IntStream.range(0, k).boxed().toArray(Integer[]::new);
    Arrays.sort(byAbs, Comparator.comparingDouble(i -> Math.abs(centred[i])));
    double[] ranks = new double[k];
    for (int r = 0; r < k; r++) {
      int i = byAbs[r];
      ranks[i] = Math.signum(centred[i]) * (r + 1);
    }
    return ranks;
  }

  /** The unrounded {@code k0} and its standard error, as metafor's formulas compute them. */
  private double[] estimateMissing(double[] signedRanks, int k) {
    switch (estimator) {
      case R0:
        {
          double largestBelow = Double.NEGATIVE_INFINITY;
          for (double r : signedRanks) {
            if (r < 0) {
              largestBelow = Math.max(largestBelow, -1 * r);
            }
          }
          double k0 = (k - largestBelow) - 1;
          return new double[] {k0, Math.sqrt(2 * Math.max(0, k0) + 2)};
        }
      case Q0:
        {
          double sr = positiveRankSum(signedRanks);
          double k0 = k - 1 / 2.0 - Math.sqrt(2.0 * k * k - 4 * sr + 1 / 4.0);
          double se =
              2
                  * Math.sqrt(varianceOfRankSum(k, k0))
                  / Math.sqrt((k - 1 / 2.0) * (k - 1 / 2.0) - k0 * (2 * k - k0 - 1));
          return new double[] {k0, se};
        }
      default:
        {
          double sr = positiveRankSum(signedRanks);
          double k0 = (4 * sr - (double) k * (k + 1)) / (2 * k - 1);
          return new double[] {k0, 4 * Math.sqrt(varianceOfRankSum(k, k0)) / (2 * k - 1)};
        }
    }
  }

  private static double positiveRankSum(double[] signedRanks) {
    double sum = 0;
    for (double r : signedRanks) {
      if (r > 0) {
        sum += r;
      }
    }
    return sum;
  }

  private static double varianceOfRankSum(int k, double k0) {
    return 1
        / 24.0
        * ((double) k * (k + 1) * (2 * k + 1)
            + 10 * Math.pow(k0, 3)
            + 27 * (k0 * k0)
            + 17 * k0
            - 18 * k * (k0 * k0)
            - 18 * k * k0
            + 6 * (k * k) * k0);
  }

  /**
   * metafor's {@code 1 - sum(choose(m + 1, m + 1) * 0.5^(m + 2))} over {@code m = -1, ..., k0 - 1}.
   */
  private static double r0PValue(int k0) {
    double sum = 0;
    for (int m = -1; m <= k0 - 1; m++) {
      sum += Math.pow(0.5, m + 2);
    }
    return 1 - sum;
  }

  @Override
  public String toString() {
    return "TrimAndFill[estimator="
        + estimator
        + ", side="
        + (side == null ? "estimated" : side)
        + ", maxIterations="
        + maxIterations
        + "]";
  }
}
