package dev.appraise.synthesis;

import dev.appraise.core.stats.PooledEffect;
import dev.appraise.core.stats.StudyEstimate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An equal- or random-effects meta-analysis without moderators, as metafor's {@code rma.uni} fits
 * it: the pooled effect with its test and interval, the prediction interval, the studies' weights,
 * heterogeneity and its Q-profile interval, and the settings that produced them. Built by {@link
 * MetaAnalysis#fit(List)}.
 */
@Value.Immutable
public abstract class MetaAnalysisResult {

  MetaAnalysisResult() {}

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

  /**
   * {@return the configured algorithm that produced this fit, with every setting (estimator, test,
   * level, threshold, tolerance, iteration limit, starting value); the analyses of a fitted model
   * ({@link LeaveOneOut}, {@link SmallStudyTests}) refit with it, as metafor reuses the model's
   * {@code control}. Unless set, metafor's defaults with this fit's method, test and level}
   */
  @Value.Default
  public MetaAnalysis analysis() {
    return MetaAnalysis.withDefaults().withMethod(method()).withTest(test()).withLevel(level());
  }

  /** {@return the studies with their weights, in input order} */
  public abstract List<WeightedStudy> studies();

  /** {@return the number of studies} */
  public int k() {
    return studies().size();
  }

  /** {@return the pooled effect as a coefficient named {@code "intrcpt"}} */
  public abstract ModelCoefficient pooled();

  /** {@return the pooled estimate on the analysis scale (log scale for ratio measures)} */
  public double estimate() {
    return pooled().estimate();
  }

  /** {@return the standard error of the pooled estimate} */
  public double standardError() {
    return pooled().standardError();
  }

  /** {@return the test statistic, z or t} */
  public double statistic() {
    return pooled().statistic();
  }

  /** {@return the two-sided p-value} */
  public double pValue() {
    return pooled().pValue();
  }

  /** {@return the lower bound of the confidence interval} */
  public double ciLower() {
    return pooled().ciLower();
  }

  /** {@return the upper bound of the confidence interval} */
  public double ciUpper() {
    return pooled().ciUpper();
  }

  /**
   * {@return the degrees of freedom {@code k - 1} of the t and Knapp-Hartung tests; absent for z}
   */
  public abstract OptionalInt df();

  /**
   * {@return the prediction interval; absent for equal effects, where it equals the confidence
   * interval}
   */
  public abstract Optional<Prediction> prediction();

  /** {@return heterogeneity: Q, tau², I², H²} */
  public abstract Heterogeneity heterogeneity();

  /** {@return the Q-profile interval for tau², tau, I² and H²; random-effects models only} */
  public abstract Optional<HeterogeneityInterval> heterogeneityInterval();

  /** {@return the pooled effect on the ratio scale, for ratio measures} */
  public abstract Optional<RatioScale> ratioScale();

  /**
   * {@return the Knapp-Hartung scaling factor {@code s²} of the variance, under {@link
   * TestKind#KNHA}}
   */
  public abstract OptionalDouble knhaScale();

  /**
   * {@return the iterations of an iterative estimator (Fisher scoring steps or root-finding
   * evaluations)}
   */
  public abstract OptionalInt iterations();

  /**
   * The fit as {@code core}'s {@link PooledEffect}, which certainty of evidence reads: the measure,
   * the method, the estimate with its standard error and confidence interval, the prediction
   * interval (random effects), tau², I², Q with its p-value, and each study's {@code yi}, {@code
   * vi} and weight; all on the analysis scale. The participants are the sum of the studies' sample
   * sizes when every study has one. No small-study test is run; {@link
   * #toPooledEffect(EggerTestResult, RankCorrelationTestResult)} adds their p-values.
   *
   * @return the pooled effect
   */
  public PooledEffect toPooledEffect() {
    PooledEffect.Builder b =
        PooledEffect.builder()
            .measure(measure().name())
            .ratio(measure().isRatio())
            .method(method().name())
            .estimate(estimate())
            .standardError(standardError())
            .ciLower(ciLower())
            .ciUpper(ciUpper())
            .level(level())
            .tau2(heterogeneity().tau2())
            .i2(heterogeneity().i2())
            .q(heterogeneity().q())
            .qDf(heterogeneity().qDf())
            .qPValue(heterogeneity().qPValue());
    prediction().ifPresent(p -> b.piLower(p.lower()).piUpper(p.upper()));
    double participants = 0;
    boolean known = true;
    for (WeightedStudy s : studies()) {
      b.addStudies(StudyEstimate.of(s.study(), s.effect().yi(), s.effect().vi(), s.weight()));
      if (s.effect().sampleSize().isPresent()) {
        participants += s.effect().sampleSize().getAsDouble();
      } else {
        known = false;
      }
    }
    if (known) {
      b.participants(Math.toIntExact(Math.round(participants)));
    }
    return b.build();
  }

  /**
   * The fit as {@link #toPooledEffect()} does, with the p-values of the small-study tests run on
   * it; a test whose p-value is undefined (the rank correlation test when every study has the same
   * variance) is left out.
   *
   * @param egger Egger's regression test of this fit, {@link
   *     SmallStudyTests#egger(MetaAnalysisResult)}
   * @param rankTest the rank correlation test of this fit, {@link
   *     SmallStudyTests#rankCorrelation(MetaAnalysisResult)}
   * @return the pooled effect with the tests' p-values
   * @throws IllegalArgumentException if a test was run on another number of studies than this fit's
   */
  public PooledEffect toPooledEffect(EggerTestResult egger, RankCorrelationTestResult rankTest) {
    if (egger.model().k() != k() || rankTest.k() != k()) {
      throw new IllegalArgumentException(
          "small-study tests must be of this fit's "
              + k()
              + " studies, were of "
              + egger.model().k()
              + " (Egger) and "
              + rankTest.k()
              + " (rank correlation)");
    }
    PooledEffect.Builder b = PooledEffect.builder().from(toPooledEffect());
    if (!Double.isNaN(egger.pValue())) {
      b.eggerPValue(egger.pValue());
    }
    if (!Double.isNaN(rankTest.pValue())) {
      b.rankCorrelationPValue(rankTest.pValue());
    }
    return b.build();
  }

  @Value.Check
  void check() {
    MetaAnalysis a = analysis();
    if (a.method() != method() || a.test() != test() || a.level() != level()) {
      throw new IllegalArgumentException(
          "analysis must have the result's method, test and level ("
              + method()
              + ", "
              + test()
              + ", "
              + level()
              + "), was "
              + a);
    }
  }

  /** Builds {@link MetaAnalysisResult} values. */
  public static final class Builder extends ImmutableMetaAnalysisResult.Builder {
    Builder() {}
  }
}
