package dev.appraise.synthesis;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * Equal- and random-effects meta-analysis and meta-regression as R's metafor fits them ({@code
 * rma.uni}). An immutable, reusable algorithm configured like metafor's arguments:
 *
 * <pre>{@code
 * MetaAnalysisResult r = MetaAnalysis.withDefaults()        // method = "REML", test = "z", level = 95
 *     .withMethod(Tau2Method.PM).withTest(TestKind.KNHA).withLevel(0.90)
 *     .fit(effects);
 * MetaRegressionResult m = MetaAnalysis.withDefaults().fit(effects, moderators);
 * }</pre>
 *
 * <h2>Model</h2>
 *
 * <p>{@code y = X β + u + e} with {@code e ~ N(0, diag(v))} and, for random effects, {@code u ~
 * N(0, tau² I)}. tau² is estimated by the {@link Tau2Method}; then with {@code w = 1/(v + tau²)}
 * the coefficients are the weighted least squares fit {@code b = (X'WX)⁻¹ X'Wy} with covariance
 * {@code (X'WX)⁻¹}, times the Knapp-Hartung factor under {@link TestKind#KNHA}. Tests and intervals
 * are described on {@link ModelCoefficient}, {@link ModeratorTest}, {@link Prediction}, {@link
 * Heterogeneity} and {@link HeterogeneityInterval}.
 *
 * <h2>Iterative estimators</h2>
 *
 * <p>ML, REML and EB use Fisher scoring from the HE estimate truncated at 0 (or {@link
 * #withTau2Init(double)}), with steps halved while they would take tau² below 0, until the change
 * is at most the threshold ({@code 1e-5}) and at most 100 iterations (metafor's {@code control}
 * defaults); ML and REML then compare the likelihood at tau² = 0 and take 0 when it is higher by
 * more than {@code .Machine$double.eps^0.25}, as metafor does. PM finds its root by Brent's method
 * as R's {@code uniroot} does (tolerance {@code .Machine$double.eps^0.25}, at most 100 iterations)
 * in {@code [0, max(100, 10 mad(y)²)]}. When an iteration does not converge, or PM's root lies
 * beyond the search interval, a {@link ConvergenceException} says so.
 *
 * <h2>Input</h2>
 *
 * <p>Every effect size must have the same measure. A random-effects model needs at least {@code p +
 * 1} studies ({@code p} coefficients and tau²), an equal-effects model at least {@code p}, the t
 * and Knapp-Hartung tests at least {@code p + 1}; fewer is an {@link IllegalArgumentException}
 * saying so. Model-matrix columns that are linear combinations of earlier ones are dropped and
 * listed ({@link MetaRegressionResult#droppedColumns()}), as metafor drops redundant predictors. A
 * fit on a subset of studies (leave-one-out, subgroups) is a fit on the sub-list, with {@link
 * ModelMatrix#rows(int...)} for the moderators.
 *
 * <p>Time: O(k² p) per evaluation of a tau² estimate and O(k p²) for the final fit; memory O(k p).
 *
 * <p>References: DerSimonian R, Laird N (1986), Meta-analysis in clinical trials, Control Clin
 * Trials 7:177-188. Hedges LV (1983), A random effects model for effect sizes, Psychol Bull
 * 93:388-395. Hedges LV, Olkin I (1985), Statistical methods for meta-analysis, Academic Press.
 * Hunter JE, Schmidt FL (1990), Methods of meta-analysis, Sage. Sidik K, Jonkman JN (2005), Simple
 * heterogeneity variance estimation for meta-analysis, J R Stat Soc C 54:367-384. Viechtbauer W
 * (2005), Bias and efficiency of meta-analytic variance estimators in the random-effects model, J
 * Educ Behav Stat 30:261-293. Morris CN (1983), Parametric empirical Bayes inference, J Am Stat
 * Assoc 78:47-55. Paule RC, Mandel J (1982), Consensus values and weighting factors, J Res Natl Bur
 * Stand 87:377-385. Knapp G, Hartung J (2003), Improved tests for a random effects meta-regression
 * with a single covariate, Stat Med 22:2693-2710. Viechtbauer W (2007), Stat Med 26:37-52. Higgins
 * JPT, Thompson SG (2002), Stat Med 21:1539-1558. Viechtbauer W (2010), Conducting meta-analyses in
 * R with the metafor package, J Stat Softw 36(3):1-48.
 */
public final class MetaAnalysis {

  /** metafor's convergence threshold for Fisher scoring ({@code control$threshold}). */
  public static final double DEFAULT_THRESHOLD = 1e-5;

  /** metafor's iteration limit ({@code control$maxiter}). */
  public static final int DEFAULT_MAX_ITERATIONS = 100;

  /**
   * metafor's root-finding tolerance ({@code control$tol}), R's {@code .Machine$double.eps^0.25}.
   */
  public static final double DEFAULT_TOLERANCE = Zeroin.R_TOLERANCE;

  private static final MetaAnalysis DEFAULTS =
      new MetaAnalysis(
          Tau2Method.REML,
          TestKind.Z,
          0.95,
          OptionalDouble.empty(),
          DEFAULT_THRESHOLD,
          DEFAULT_TOLERANCE,
          DEFAULT_MAX_ITERATIONS);

  private final Tau2Method method;
  private final TestKind test;
  private final double level;
  private final OptionalDouble tau2Init;
  private final double threshold;
  private final double tolerance;
  private final int maxIterations;

  private MetaAnalysis(
      Tau2Method method,
      TestKind test,
      double level,
      OptionalDouble tau2Init,
      double threshold,
      double tolerance,
      int maxIterations) {
    this.method = method;
    this.test = test;
    this.level = level;
    this.tau2Init = tau2Init;
    this.threshold = threshold;
    this.tolerance = tolerance;
    this.maxIterations = maxIterations;
  }

  /**
   * {@return metafor's defaults: REML, z test, level 0.95, threshold 1e-5, tolerance {@code
   * .Machine$double.eps^0.25}, at most 100 iterations}
   */
  public static MetaAnalysis withDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another tau² estimator.
   *
   * @param method the estimator, {@link Tau2Method#FE} for equal effects
   * @return the configured algorithm
   */
  public MetaAnalysis withMethod(Tau2Method method) {
    return new MetaAnalysis(method, test, level, tau2Init, threshold, tolerance, maxIterations);
  }

  /**
   * A copy with another test.
   *
   * @param test the test of the coefficients
   * @return the configured algorithm
   */
  public MetaAnalysis withTest(TestKind test) {
    return new MetaAnalysis(method, test, level, tau2Init, threshold, tolerance, maxIterations);
  }

  /**
   * A copy with another confidence level.
   *
   * @param level the level, strictly between 0 and 1 (metafor's {@code level = 95} is 0.95)
   * @return the configured algorithm
   * @throws IllegalArgumentException if the level is outside (0, 1)
   */
  public MetaAnalysis withLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be > 0 and < 1, was " + level);
    }
    return new MetaAnalysis(method, test, level, tau2Init, threshold, tolerance, maxIterations);
  }

  /**
   * A copy with a starting value for Fisher scoring (ML, REML, EB) in place of the HE estimate
   * (metafor's {@code control$tau2.init}).
   *
   * @param tau2Init the starting value, finite and {@code >= 0}
   * @return the configured algorithm
   * @throws IllegalArgumentException if the value is negative or not finite
   */
  public MetaAnalysis withTau2Init(double tau2Init) {
    if (!(tau2Init >= 0) || Double.isInfinite(tau2Init)) {
      throw new IllegalArgumentException("tau2Init must be finite and >= 0, was " + tau2Init);
    }
    return new MetaAnalysis(
        method, test, level, OptionalDouble.of(tau2Init), threshold, tolerance, maxIterations);
  }

  /**
   * A copy with another convergence threshold for Fisher scoring (metafor's {@code
   * control$threshold}).
   *
   * @param threshold the largest change of tau² taken as converged, {@code > 0}
   * @return the configured algorithm
   * @throws IllegalArgumentException if the threshold is not positive and finite
   */
  public MetaAnalysis withThreshold(double threshold) {
    if (!(threshold > 0) || Double.isInfinite(threshold)) {
      throw new IllegalArgumentException("threshold must be finite and > 0, was " + threshold);
    }
    return new MetaAnalysis(method, test, level, tau2Init, threshold, tolerance, maxIterations);
  }

  /**
   * A copy with another root-finding tolerance for PM (metafor's {@code control$tol}), which is
   * also the margin by which the likelihood at tau² = 0 must exceed that of the ML or REML estimate
   * for the estimate to be set to 0.
   *
   * @param tolerance the tolerance, {@code > 0}
   * @return the configured algorithm
   * @throws IllegalArgumentException if the tolerance is not positive and finite
   */
  public MetaAnalysis withTolerance(double tolerance) {
    if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be finite and > 0, was " + tolerance);
    }
    return new MetaAnalysis(method, test, level, tau2Init, threshold, tolerance, maxIterations);
  }

  /**
   * A copy with another iteration limit for Fisher scoring and PM's root finding (metafor's {@code
   * control$maxiter}).
   *
   * @param maxIterations the limit, {@code >= 1}
   * @return the configured algorithm
   * @throws IllegalArgumentException if the limit is below 1
   */
  public MetaAnalysis withMaxIterations(int maxIterations) {
    if (maxIterations < 1) {
      throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
    }
    return new MetaAnalysis(method, test, level, tau2Init, threshold, tolerance, maxIterations);
  }

  /** {@return the tau² estimator} */
  public Tau2Method method() {
    return method;
  }

  /** {@return the test of the coefficients} */
  public TestKind test() {
    return test;
  }

  /** {@return the confidence level} */
  public double level() {
    return level;
  }

  /** {@return the starting value of Fisher scoring, if set} */
  public OptionalDouble tau2Init() {
    return tau2Init;
  }

  /** {@return the convergence threshold of Fisher scoring} */
  public double threshold() {
    return threshold;
  }

  /** {@return the root-finding tolerance of PM} */
  public double tolerance() {
    return tolerance;
  }

  /** {@return the iteration limit} */
  public int maxIterations() {
    return maxIterations;
  }

  /**
   * Fits the model without moderators: the pooled effect.
   *
   * @param effects the studies' effect sizes, all of one measure
   * @return the fitted model
   * @throws IllegalArgumentException if the list is empty, the measures differ, or there are fewer
   *     studies than the model needs
   * @throws ConvergenceException if an iterative estimator does not converge
   */
  public MetaAnalysisResult fit(List<EffectSize> effects) {
    return new Fitter(this).fit(effects);
  }

  /**
   * Fits a meta-regression with the moderators of a model matrix.
   *
   * @param effects the studies' effect sizes, all of one measure
   * @param moderators the model matrix, one row per effect size in the same order
   * @return the fitted model
   * @throws IllegalArgumentException if the list is empty, the measures differ, the matrix has
   *     another number of rows, or there are fewer studies than the model needs
   * @throws ConvergenceException if an iterative estimator does not converge
   */
  public MetaRegressionResult fit(List<EffectSize> effects, ModelMatrix moderators) {
    return new Fitter(this).fit(effects, moderators);
  }

  /**
   * Two configurations are equal when every setting is.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a {@code MetaAnalysis} with the same settings
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MetaAnalysis o
        && method == o.method
        && test == o.test
        && Double.compare(level, o.level) == 0
        && tau2Init.equals(o.tau2Init)
        && Double.compare(threshold, o.threshold) == 0
        && Double.compare(tolerance, o.tolerance) == 0
        && maxIterations == o.maxIterations;
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, test, level, tau2Init, threshold, tolerance, maxIterations);
  }

  @Override
  public String toString() {
    return "MetaAnalysis[method=" + method + ", test=" + test + ", level=" + level + "]";
  }
}
