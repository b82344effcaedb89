package dev.appraise.synthesis;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A meta-regression (mixed-effects model, or fixed-effects with moderators under {@link
 * Tau2Method#FE}) as metafor's {@code rma.uni} fits it with {@code mods}: the coefficients with
 * their tests and intervals, the omnibus test of the moderators, residual heterogeneity with its
 * Q-profile interval, and the pseudo R². Built by {@link MetaAnalysis#fit(List, ModelMatrix)}.
 *
 * <p>The pseudo R² (Raudenbush 1994; metafor's default {@code r2def = "1"}) is the proportional
 * reduction of tau² from the model without moderators fitted with the same method and test, {@code
 * R² = max(0, 100 (tau²₀ - tau²) / tau²₀)}, and 0 when {@code tau²₀ = 0}; under {@link
 * Tau2Method#FE} it is the adjusted R² of the weighted least-squares regression in percent, at
 * least 0.
 *
 * <p>Reference: Raudenbush SW (1994), Random effects models, in Cooper H, Hedges LV (eds), The
 * handbook of research synthesis, Russell Sage Foundation, 301-321.
 */
@Value.Immutable
public abstract class MetaRegressionResult {

  MetaRegressionResult() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the effect measure of every study} */
  public abstract EffectMeasure measure();

  /** {@return the tau² estimator} */
  public abstract Tau2Method method();

  /** {@return the test of the coefficients} */
  public abstract TestKind test();

  /** {@return the confidence level of the intervals, e.g. 0.95} */
  public abstract double level();

  /** {@return the studies with their weights, in input order} */
  public abstract List<WeightedStudy> studies();

  /** {@return the number of studies} */
  public int k() {
    return studies().size();
  }

  /**
   * {@return the coefficients, the intercept {@code "intrcpt"} first, in model-matrix column order}
   */
  public abstract List<ModelCoefficient> coefficients();

  /** {@return the number of coefficients {@code p}} */
  public int p() {
    return coefficients().size();
  }

  /**
   * A coefficient by name.
   *
   * @param name the model-matrix column name, or {@code "intrcpt"}
   * @return the coefficient
   * @throws NoSuchElementException naming the coefficients there are, if none has that name
   */
  public ModelCoefficient coefficient(String name) {
    for (ModelCoefficient c : coefficients()) {
      if (c.name().equals(name)) {
        return c;
      }
    }
    throw new NoSuchElementException(
        "no coefficient " + name + "; the model has " + coefficientNames());
  }

  private List<String> coefficientNames() {
    return coefficients().stream().map(ModelCoefficient::name).toList();
  }

  /**
   * {@return the model-matrix columns left out because they were linear combinations of earlier
   * columns (metafor's "redundant predictors dropped"), e.g. a category no study in the subset has}
   */
  public abstract List<String> droppedColumns();

  /**
   * {@return the degrees of freedom {@code k - p} of the t and Knapp-Hartung tests; absent for z}
   */
  public abstract OptionalInt df();

  /** {@return the omnibus test of every coefficient but the intercept (QM)} */
  public abstract ModeratorTest moderatorTest();

  /** {@return residual heterogeneity: QE on {@code k - p} df, tau², I², H²} */
  public abstract Heterogeneity heterogeneity();

  /**
   * {@return the Q-profile interval for the residual tau², tau, I² and H²; random-effects models
   * only}
   */
  public abstract Optional<HeterogeneityInterval> heterogeneityInterval();

  /** {@return the pseudo R² in percent; see the class description} */
  public abstract OptionalDouble r2();

  /**
   * {@return the Knapp-Hartung scaling factor {@code s²} of the covariance matrix, under {@link
   * TestKind#KNHA}}
   */
  public abstract OptionalDouble knhaScale();

  /**
   * {@return the iterations of an iterative estimator (Fisher scoring steps or root-finding
   * evaluations)}
   */
  public abstract OptionalInt iterations();

  /** Builds {@link MetaRegressionResult} values. */
  public static final class Builder extends ImmutableMetaRegressionResult.Builder {
    Builder() {}
  }
}
