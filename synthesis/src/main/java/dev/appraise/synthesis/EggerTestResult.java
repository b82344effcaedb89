package dev.appraise.synthesis;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Egger's regression test for funnel-plot asymmetry as metafor's {@code regtest} runs it with its
 * defaults ({@code model = "rma"}, {@code predictor = "sei"}): the fitted model refitted as a
 * meta-regression on the studies' standard errors, {@code y_i = b0 + b1 sei_i + u_i + e_i}, with
 * the same estimator, test, level and controls. The test of asymmetry is the test of {@code b1 = 0}
 * ({@link #slope()}); the intercept {@code b0} is the limit estimate, the effect expected of a
 * study with standard error 0 ({@link #limitEstimate()}). Built by {@link
 * SmallStudyTests#egger(MetaAnalysisResult)}.
 *
 * <p>Egger et al. (1997) regressed the standard normal deviate {@code y/sei} on the precision
 * {@code 1/sei} by ordinary least squares; its intercept is the slope {@code b1} of the weighted
 * regression of {@code y} on {@code sei} with weights {@code 1/sei²} and the residual variance
 * estimated, which is this test under {@link Tau2Method#FE} with {@link TestKind#KNHA} (metafor's
 * {@code model = "lm"}). With a random-effects estimator the regression allows for heterogeneity
 * (Sterne and Egger 2005).
 *
 * <p>References: Egger M, Davey Smith G, Schneider M, Minder C (1997), Bias in meta-analysis
 * detected by a simple, graphical test, BMJ 315:629-634. Sterne JAC, Egger M (2005), Regression
 * methods to detect publication and other bias in meta-analysis, in Rothstein HR, Sutton AJ,
 * Borenstein M (eds), Publication bias in meta-analysis, Wiley, 99-110.
 */
@Value.Immutable
public abstract class EggerTestResult {

  EggerTestResult() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the meta-regression on the standard errors, coefficients {@code "intrcpt"} and {@code
   * "sei"}, with the fitted model's method, test, level and controls}
   */
  public abstract MetaRegressionResult model();

  /**
   * {@return the coefficient of the standard errors, {@code b1}, whose test is the test of
   * asymmetry}
   */
  public ModelCoefficient slope() {
    return model().coefficient(SmallStudyTests.SEI);
  }

  /** {@return the test statistic of {@code b1 = 0}: z, or t under the t and Knapp-Hartung tests} */
  public double statistic() {
    return slope().statistic();
  }

  /** {@return the two-sided p-value of the test of asymmetry} */
  public double pValue() {
    return slope().pValue();
  }

  /** {@return the degrees of freedom {@code k - 2} of the t test; absent for z} */
  public OptionalInt df() {
    return model().df();
  }

  /** {@return the test used, that of the fitted model} */
  public TestKind test() {
    return model().test();
  }

  /**
   * {@return the intercept {@code b0}: the limit estimate, the effect as the standard error goes to
   * 0, with its test and confidence interval (metafor's {@code est}, {@code ci.lb}, {@code ci.ub})}
   */
  public ModelCoefficient limitEstimate() {
    return model().coefficient(ModelMatrix.INTERCEPT);
  }

  /** Builds {@link EggerTestResult} values. */
  public static final class Builder extends ImmutableEggerTestResult.Builder {
    Builder() {}
  }
}
