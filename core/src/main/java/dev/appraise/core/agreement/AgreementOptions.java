package dev.appraise.core.agreement;

import dev.appraise.core.stats.ConfidenceInterval;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How to compute agreement: an immutable configuration, {@code
 * AgreementOptions.withDefaults().withLevel(...)}, in the style of Apache Commons Statistics.
 *
 * <p>Defaults: confidence 0.95, identity weights, nominal level, every coefficient, analytic
 * standard errors on, no bootstrap, infinite population (no finite-population correction), Gwet's
 * variance for Fleiss' kappa.
 */
public final class AgreementOptions {

  /** How a bootstrap interval is formed from the replicates. */
  public enum BootstrapInterval {
    /** The {@code (1-level)/2} and {@code (1+level)/2} quantiles of the replicates. */
    PERCENTILE,
    /** Bias-corrected and accelerated (Efron 1987), acceleration from the unit-level jackknife. */
    BCA
  }

  /** Which standard error Fleiss' kappa reports. */
  public enum FleissVariance {
    /** Gwet's (2014) linearisation variance: any design, missing ratings and weights. */
    GWET,
    /**
     * Fleiss' (1971) large-sample variance, {@code 2/(N n (n-1)) [P_e - (2n-3) P_e^2 + 2(n-2) sum
     * p_j^3] / (1 - P_e)^2}: complete, unweighted designs only.
     */
    FLEISS_1971,
    /**
     * The variance under the null hypothesis of chance agreement (Fleiss, Nee and Landis 1979):
     * {@code 2/(N n (n-1)) [(sum p_j q_j)^2 - sum p_j q_j (q_j - p_j)] / (sum p_j q_j)^2}, for
     * testing kappa = 0; complete, unweighted.
     */
    NULL_HYPOTHESIS
  }

  private final double confidence;
  private final Weights weights;
  private final Level level;
  private final @Nullable AlphaMetric metric;
  private final String metricName;
  private final int bootstrap;
  private final long seed;
  private final BootstrapInterval bootstrapInterval;
  private final long population;
  private final FleissVariance fleissVariance;
  private final Set<Coefficient> coefficients;
  private final boolean standardErrors;

  private AgreementOptions(
      double confidence,
      Weights weights,
      Level level,
      @Nullable AlphaMetric metric,
      String metricName,
      int bootstrap,
      long seed,
      BootstrapInterval bootstrapInterval,
      long population,
      FleissVariance fleissVariance,
      Set<Coefficient> coefficients,
      boolean standardErrors) {
    this.confidence = confidence;
    this.weights = weights;
    this.level = level;
    this.metric = metric;
    this.metricName = metricName;
    this.bootstrap = bootstrap;
    this.seed = seed;
    this.bootstrapInterval = bootstrapInterval;
    this.population = population;
    this.fleissVariance = fleissVariance;
    this.coefficients = coefficients;
    this.standardErrors = standardErrors;
  }

  /** {@return the default options} */
  public static AgreementOptions withDefaults() {
    return new AgreementOptions(
        0.95,
        Weights.identity(),
        Level.NOMINAL,
        null,
        "",
        0,
        0L,
        BootstrapInterval.BCA,
        0L,
        FleissVariance.GWET,
        EnumSet.allOf(Coefficient.class),
        true);
  }

  /**
   * Sets the confidence level of every interval.
   *
   * @param level strictly between 0 and 1
   * @return new options
   * @throws IllegalArgumentException outside (0, 1)
   */
  public AgreementOptions withConfidence(double level) {
    ConfidenceInterval.checkLevel(level);
    return new AgreementOptions(
        level,
        weights,
        this.level,
        metric,
        metricName,
        bootstrap,
        seed,
        bootstrapInterval,
        population,
        fleissVariance,
        coefficients,
        standardErrors);
  }

  /**
   * Sets the weights of the weighted kappa family and AC2.
   *
   * @param weights the weights
   * @return new options
   */
  public AgreementOptions withWeights(Weights weights) {
    return new AgreementOptions(
        confidence,
        weights,
        level,
        metric,
        metricName,
        bootstrap,
        seed,
        bootstrapInterval,
        population,
        fleissVariance,
        coefficients,
        standardErrors);
  }

  /**
   * Sets the level of measurement of Krippendorff's alpha (and clears a custom metric).
   *
   * @param level the level
   * @return new options
   */
  public AgreementOptions withLevel(Level level) {
    return new AgreementOptions(
        confidence,
        weights,
        level,
        null,
        "",
        bootstrap,
        seed,
        bootstrapInterval,
        population,
        fleissVariance,
        coefficients,
        standardErrors);
  }

  /**
   * Sets a user-supplied difference function for Krippendorff's alpha, replacing the level's.
   *
   * @param name the metric's name, reported as the level
   * @param metric the squared difference function
   * @return new options
   */
  public AgreementOptions withAlphaMetric(String name, AlphaMetric metric) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("alpha metric name must not be blank");
    }
    return new AgreementOptions(
        confidence,
        weights,
        level,
        metric,
        name,
        bootstrap,
        seed,
        bootstrapInterval,
        population,
        fleissVariance,
        coefficients,
        standardErrors);
  }

  /**
   * Adds a seeded unit-level bootstrap: the units are resampled with replacement {@code replicates}
   * times and each coefficient's interval becomes the bootstrap interval.
   *
   * @param replicates the number of replicates, {@code >= 0} (0 turns the bootstrap off)
   * @param seed the random seed; the same seed gives the same intervals
   * @return new options
   * @throws IllegalArgumentException if {@code replicates < 0}
   */
  public AgreementOptions withBootstrap(int replicates, long seed) {
    if (replicates < 0) {
      throw new IllegalArgumentException("bootstrap replicates must be >= 0, was " + replicates);
    }
    return new AgreementOptions(
        confidence,
        weights,
        level,
        metric,
        metricName,
        replicates,
        seed,
        bootstrapInterval,
        population,
        fleissVariance,
        coefficients,
        standardErrors);
  }

  /**
   * Sets how bootstrap intervals are formed.
   *
   * @param interval percentile or BCa (the default)
   * @return new options
   */
  public AgreementOptions withBootstrapInterval(BootstrapInterval interval) {
    return new AgreementOptions(
        confidence,
        weights,
        level,
        metric,
        metricName,
        bootstrap,
        seed,
        interval,
        population,
        fleissVariance,
        coefficients,
        standardErrors);
  }

  /**
   * Sets the size {@code N} of the population of units, for Gwet's finite-population correction
   * {@code 1 - n/N}.
   *
   * @param units {@code N > 0}; 0 means infinite (no correction, the default)
   * @return new options
   * @throws IllegalArgumentException if negative
   */
  public AgreementOptions withPopulation(long units) {
    if (units < 0) {
      throw new IllegalArgumentException(
          "population size must be >= 0 (0 = infinite), was " + units);
    }
    return new AgreementOptions(
        confidence,
        weights,
        level,
        metric,
        metricName,
        bootstrap,
        seed,
        bootstrapInterval,
        units,
        fleissVariance,
        coefficients,
        standardErrors);
  }

  /**
   * Chooses the standard error of Fleiss' kappa.
   *
   * @param variance the method
   * @return new options
   */
  public AgreementOptions withFleissVariance(FleissVariance variance) {
    return new AgreementOptions(
        confidence,
        weights,
        level,
        metric,
        metricName,
        bootstrap,
        seed,
        bootstrapInterval,
        population,
        variance,
        coefficients,
        standardErrors);
  }

  /**
   * Restricts the coefficients computed (a report lists only these, where defined for the input).
   *
   * @param coefficients the coefficients, at least one
   * @return new options
   * @throws IllegalArgumentException if empty
   */
  public AgreementOptions withCoefficients(Collection<Coefficient> coefficients) {
    if (coefficients.isEmpty()) {
      throw new IllegalArgumentException("at least one coefficient must be chosen");
    }
    return new AgreementOptions(
        confidence,
        weights,
        level,
        metric,
        metricName,
        bootstrap,
        seed,
        bootstrapInterval,
        population,
        fleissVariance,
        EnumSet.copyOf(coefficients),
        standardErrors);
  }

  /**
   * Restricts the coefficients computed.
   *
   * @param first a coefficient
   * @param more further coefficients
   * @return new options
   */
  public AgreementOptions withCoefficients(Coefficient first, Coefficient... more) {
    return withCoefficients(EnumSet.of(first, more));
  }

  /**
   * Turns analytic standard errors and intervals on or off (off: point estimates only, one pass
   * over the data).
   *
   * @param on whether to compute them
   * @return new options
   */
  public AgreementOptions withStandardErrors(boolean on) {
    return new AgreementOptions(
        confidence,
        weights,
        level,
        metric,
        metricName,
        bootstrap,
        seed,
        bootstrapInterval,
        population,
        fleissVariance,
        coefficients,
        on);
  }

  /** {@return the confidence level} */
  public double confidence() {
    return confidence;
  }

  /** {@return the weights} */
  public Weights weights() {
    return weights;
  }

  /** {@return the level of Krippendorff's alpha} */
  public Level level() {
    return level;
  }

  /** {@return the name of the alpha metric in use: the level's id, or the custom metric's name} */
  public String levelName() {
    return metric == null ? level.id() : metricName;
  }

  @Nullable AlphaMetric metric() {
    return metric;
  }

  /** {@return the number of bootstrap replicates, 0 for none} */
  public int bootstrapReplicates() {
    return bootstrap;
  }

  /** {@return the bootstrap seed} */
  public long seed() {
    return seed;
  }

  /** {@return how bootstrap intervals are formed} */
  public BootstrapInterval bootstrapInterval() {
    return bootstrapInterval;
  }

  /** {@return the population size for the finite-population correction, 0 for infinite} */
  public long population() {
    return population;
  }

  /** {@return the standard error reported for Fleiss' kappa} */
  public FleissVariance fleissVariance() {
    return fleissVariance;
  }

  /** {@return the coefficients to compute} */
  public Set<Coefficient> coefficients() {
    return java.util.Collections.unmodifiableSet(coefficients);
  }

  /** {@return whether analytic standard errors are computed} */
  public boolean standardErrors() {
    return standardErrors;
  }
}
