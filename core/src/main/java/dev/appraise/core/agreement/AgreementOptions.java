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
 * variance for Fleiss' kappa, and each coefficient's own conventions ({@link
 * Conventions#APPRAISE}). Where R's packages differ from these, the options named by {@link
 * Conventions} reproduce them; see the package documentation for the table.
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

  /**
   * The most bootstrap replicates: every replicate of every coefficient is kept until the intervals
   * are formed (8 bytes each), and intervals settle long before this; BCa intervals are commonly
   * taken from 2,000 to 10,000.
   */
  public static final int MAX_BOOTSTRAP_REPLICATES = 100_000;

  /**
   * The distribution of every Wald interval. R's packages differ: irrCAC takes Student's t with
   * {@code n - 1} degrees of freedom for every coefficient (its {@code kappa2.table} included), irr
   * and psych the normal.
   */
  public enum IntervalDistribution {
    /**
     * Each coefficient's own (the default): the normal for Cohen's kappa (Fleiss, Cohen and Everitt
     * 1969) and the Fleiss (1971) and null-hypothesis variances of Fleiss' kappa, Student's t with
     * {@code n - 1} degrees of freedom for Gwet's (2014) linearisation variances.
     */
    EACH_COEFFICIENT,
    /** The normal quantile for every coefficient, as irr and psych. */
    NORMAL,
    /** Student's t with {@code n - 1} degrees of freedom for every coefficient, as irrCAC. */
    STUDENT_T
  }

  /**
   * The divisor of the variance's sum of squares. Gwet's (2014) linearisation variance, {@code
   * (1/(n (n - 1))) sum_i (k*_i - k)^2}, divides by {@code n - 1}; the Fleiss, Cohen and Everitt
   * (1969) variance of Cohen's kappa and the variances of irrCAC's {@code *.table} functions are
   * moments over {@code n}. On the same two complete raters the two differ by exactly {@code n / (n
   * - 1)}.
   */
  public enum VarianceDivisor {
    /**
     * Each coefficient's own (the default): {@code n} for the Fleiss-Cohen-Everitt and Fleiss
     * variances, {@code n - 1} for Gwet's.
     */
    EACH_COEFFICIENT,
    /**
     * {@code n} for every coefficient: Gwet's variances times {@code (n - 1)/n}, as irrCAC's {@code
     * *.table}.
     */
    N,
    /** {@code n - 1} for every coefficient: the moment variances times {@code n/(n - 1)}. */
    N_MINUS_ONE
  }

  /** Which units with missing ratings a coefficient reads. */
  public enum MissingRatings {
    /**
     * Each coefficient's own rule (the default), listed on {@link AgreementReport}: units rated by
     * both raters for the two-rater coefficients, Gwet's (2014) rule for Fleiss', Conger's and
     * Gwet's coefficients, every pairable value for Krippendorff's alpha and specific agreement.
     */
    EACH_COEFFICIENT,
    /**
     * Gwet's (2014) rule for the two-rater coefficients too, as irrCAC's {@code conger.kappa.raw}
     * and {@code fleiss.kappa.raw} on two raters: observed agreement over the units both rated,
     * chance agreement from every rating, single-rated units kept in the margins. Cohen's kappa
     * becomes Conger's formula for two raters (each rater's shares over the units that rater rated)
     * and Scott's pi Fleiss' formula, each with Gwet's variance; on complete data the values are
     * unchanged.
     */
    GWET,
    /**
     * Only the units every rater rated (listwise deletion), as irr's {@code kappa2}, {@code
     * kappam.fleiss}, {@code kappam.light} and {@code agree} do with {@code na.omit};
     * Krippendorff's alpha and specific agreement, defined on pairable values, keep every pairable
     * value, as irr's {@code kripp.alpha} does. For per-unit counts a complete unit has as many
     * ratings as the most-rated unit. Needs the units: streamed statistics cannot use it.
     */
    COMPLETE_UNITS
  }

  /** The interval of a sample smaller than {@link #smallSampleUnits(int)}. */
  public enum SmallSampleInterval {
    /**
     * The analytic (Wald) interval, with a note recommending another ({@link
     * Estimate#intervalNote()}); the default.
     */
    WALD,
    /**
     * For two raters and unweighted coefficients whose observed agreement is the share of agreeing
     * units ({@code p_o = a / n}: percent agreement, Cohen's kappa, Scott's pi, Fleiss' and
     * Conger's kappa, AC1, Brennan-Prediger): the Clopper-Pearson (1934) exact interval of {@code
     * p_o}, mapped through {@code (p_o - p_e) / (1 - p_e)} with the chance agreement {@code p_e}
     * held at its estimate, as Cohen's (1960) standard error holds it. The interval is exact for
     * {@code p_o} and, through the monotone map, for the coefficient when {@code p_e} is known;
     * with {@code p_e} estimated from the same units its coverage is not guaranteed, but in a
     * simulation of Cohen's kappa (two raters, three categories, 9, 20 and 50 units, balanced to
     * rare margins, kappa 0, 0.4 and 0.8; 20,000 samples each; {@code
     * core/src/test/scripts/kappa_exact_coverage.R}) the 95 % interval covered kappa in 96.5 % to
     * 99.9 % of samples: conservative where the Wald interval is too narrow. It stays informative
     * where the Wald interval and the bootstrap are not: perfect agreement, a single disagreement,
     * a rater who used one category. Method {@code "exact-conditional"}. Other coefficients keep
     * the Wald interval and its note.
     */
    EXACT_CONDITIONAL
  }

  /**
   * The number of units {@code n} in the finite-population correction {@code 1 - n/N} of
   * Krippendorff's alpha.
   */
  public enum AlphaPopulation {
    /** The pairable units (the default), the units alpha's variance sums over. */
    PAIRABLE_UNITS,
    /**
     * Every rated unit, as irrCAC's {@code krippen.alpha.raw}, which takes {@code f = n/N} over all
     * its rows before it keeps the pairable ones (irrCAC also counts rows without any rating; give
     * it none).
     */
    ALL_UNITS
  }

  /**
   * Named sets of conventions: how to ask for the numbers of a reference package where it differs
   * from this library. Each sets the options listed and leaves every other one as it is.
   */
  public enum Conventions {
    /**
     * This library's (the defaults): {@link IntervalDistribution#EACH_COEFFICIENT}, {@link
     * VarianceDivisor#EACH_COEFFICIENT}, {@link MissingRatings#EACH_COEFFICIENT}, {@link
     * AlphaPopulation#PAIRABLE_UNITS}, no Conger's kappa for two raters, alpha from its level,
     * Gwet's variance for Fleiss' kappa, lower bounds clipped.
     */
    APPRAISE,
    /**
     * irrCAC 1.0's {@code *.raw} functions: Student's t intervals, Gwet's missing-data rule for two
     * raters, Conger's kappa for two raters ({@code conger.kappa.raw}), {@link
     * AlphaPopulation#ALL_UNITS}, Krippendorff's alpha from the chosen weights when they are not
     * the identity ({@code krippen.alpha.raw(weights = )}), and lower bounds left unclipped. Its
     * {@code *.table} functions divide their variances by {@code n}: add {@link VarianceDivisor#N}
     * for those.
     */
    IRRCAC,
    /**
     * irr 0.84.1: normal intervals, {@link MissingRatings#COMPLETE_UNITS} ({@code na.omit}), and
     * the null-hypothesis standard error of Fleiss' kappa that {@code kappam.fleiss} reports.
     */
    IRR;

    /** {@return the lower-case name, e.g. {@code "irrcac"}} */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The conventions named by {@link #id()}.
     *
     * @param id {@code appraise}, {@code irrcac} or {@code irr}, any case
     * @return the conventions
     * @throws IllegalArgumentException for any other name
     */
    public static Conventions of(String id) {
      for (Conventions c : values()) {
        if (c.id().equals(id.toLowerCase(java.util.Locale.ROOT))) {
          return c;
        }
      }
      throw new IllegalArgumentException(
          "conventions must be appraise, irrcac or irr, was '" + id + "'");
    }
  }

  private double confidence = 0.95;
  private Weights weights = Weights.identity();
  private Level level = Level.NOMINAL;
  private @Nullable AlphaMetric metric;
  private String metricName = "";
  private boolean weightedAlpha;
  private int bootstrap;
  private long seed;
  private BootstrapInterval bootstrapInterval = BootstrapInterval.BCA;
  private long population;
  private FleissVariance fleissVariance = FleissVariance.GWET;
  private Set<Coefficient> coefficients = EnumSet.allOf(Coefficient.class);
  private boolean standardErrors = true;
  private IntervalDistribution intervalDistribution = IntervalDistribution.EACH_COEFFICIENT;
  private VarianceDivisor varianceDivisor = VarianceDivisor.EACH_COEFFICIENT;
  private MissingRatings missingRatings = MissingRatings.EACH_COEFFICIENT;
  private AlphaPopulation alphaPopulation = AlphaPopulation.PAIRABLE_UNITS;
  private boolean congerForTwoRaters;
  private boolean lowerBoundClipped = true;
  private SmallSampleInterval smallSampleInterval = SmallSampleInterval.WALD;
  private @Nullable String positive;

  private AgreementOptions() {}

  /** A copy to change one option of: the options stay immutable to every caller. */
  private AgreementOptions copy() {
    AgreementOptions o = new AgreementOptions();
    o.confidence = confidence;
    o.weights = weights;
    o.level = level;
    o.metric = metric;
    o.metricName = metricName;
    o.weightedAlpha = weightedAlpha;
    o.bootstrap = bootstrap;
    o.seed = seed;
    o.bootstrapInterval = bootstrapInterval;
    o.population = population;
    o.fleissVariance = fleissVariance;
    o.coefficients = coefficients;
    o.standardErrors = standardErrors;
    o.intervalDistribution = intervalDistribution;
    o.varianceDivisor = varianceDivisor;
    o.missingRatings = missingRatings;
    o.alphaPopulation = alphaPopulation;
    o.congerForTwoRaters = congerForTwoRaters;
    o.lowerBoundClipped = lowerBoundClipped;
    o.smallSampleInterval = smallSampleInterval;
    o.positive = positive;
    return o;
  }

  /**
   * The fewest units for which the large-sample (Wald) intervals are trusted: {@code 2 q^2} for
   * {@code q} categories, taking {@code q} at least 3. Cicchetti and Fleiss (1977) and Cicchetti
   * (1981) found by simulation that the Fleiss-Cohen-Everitt standard error of (weighted) kappa
   * supports normal-theory inference from about {@code 2 q^2} units on, for 3 to 10 categories
   * (about 20 units for 3 categories, 200 for 10). Below it an analytic interval carries a note
   * ({@link Estimate#intervalNote()}) recommending another, or is replaced by the one that {@link
   * #withSmallSampleInterval} names.
   *
   * @param categories the number of categories {@code q}
   * @return {@code 2 max(q, 3)^2}
   */
  public static long smallSampleUnits(int categories) {
    long q = Math.max(3, categories);
    return 2 * q * q;
  }

  /** {@return the default options} */
  public static AgreementOptions withDefaults() {
    return new AgreementOptions();
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
    AgreementOptions o = copy();
    o.confidence = level;
    return o;
  }

  /**
   * Sets the weights of every coefficient with a weighted form: the weighted kappa family,
   * Brennan-Prediger, Gwet's AC2 (Gwet's AC1 is always unweighted: irrCAC's {@code
   * gwet.ac1.raw(weights = )} is {@link Coefficient#GWET_AC2}) and, with {@link
   * #withWeightedAlpha(boolean)}, Krippendorff's alpha. A coefficient that does not use them says
   * so in {@link Estimate#conventions()}.
   *
   * @param weights the weights
   * @return new options
   */
  public AgreementOptions withWeights(Weights weights) {
    AgreementOptions o = copy();
    o.weights = weights;
    return o;
  }

  /**
   * Sets the level of measurement of Krippendorff's alpha (and clears a custom metric and weighted
   * alpha).
   *
   * @param level the level
   * @return new options
   */
  public AgreementOptions withLevel(Level level) {
    AgreementOptions o = copy();
    o.level = level;
    o.metric = null;
    o.metricName = "";
    o.weightedAlpha = false;
    return o;
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
    AgreementOptions o = copy();
    o.metric = metric;
    o.metricName = name;
    o.weightedAlpha = false;
    return o;
  }

  /**
   * Takes Krippendorff's alpha from the agreement {@link Weights} instead of its level when they
   * are not the identity: {@code delta^2(c, k) = 1 - w_ck}, the weighted alpha of irrCAC's {@code
   * krippen.alpha.raw(weights = )} (Gwet 2014, chapter 6). Quadratic weights give the interval
   * level's alpha; identity weights leave the level in charge.
   *
   * @param on whether the weights reach alpha
   * @return new options
   */
  public AgreementOptions withWeightedAlpha(boolean on) {
    AgreementOptions o = copy();
    o.weightedAlpha = on;
    return o;
  }

  /**
   * Adds a seeded unit-level bootstrap: the units are resampled with replacement {@code replicates}
   * times and each coefficient's interval becomes the bootstrap interval.
   *
   * @param replicates the number of replicates, {@code 0 <= replicates <=} {@value
   *     #MAX_BOOTSTRAP_REPLICATES} (0 turns the bootstrap off)
   * @param seed the random seed; the same seed gives the same intervals
   * @return new options
   * @throws IllegalArgumentException if {@code replicates} is negative or above {@link
   *     #MAX_BOOTSTRAP_REPLICATES}
   */
  public AgreementOptions withBootstrap(int replicates, long seed) {
    if (replicates < 0) {
      throw new IllegalArgumentException("bootstrap replicates must be >= 0, was " + replicates);
    }
    if (replicates > MAX_BOOTSTRAP_REPLICATES) {
      throw new IllegalArgumentException(
          "bootstrap replicates must be at most "
              + MAX_BOOTSTRAP_REPLICATES
              + ", was "
              + replicates);
    }
    AgreementOptions o = copy();
    o.bootstrap = replicates;
    o.seed = seed;
    return o;
  }

  /**
   * Sets how bootstrap intervals are formed.
   *
   * @param interval percentile or BCa (the default)
   * @return new options
   */
  public AgreementOptions withBootstrapInterval(BootstrapInterval interval) {
    AgreementOptions o = copy();
    o.bootstrapInterval = interval;
    return o;
  }

  /**
   * Sets the size {@code N} of the population of units, for Gwet's finite-population correction
   * {@code 1 - n/N} ({@code n} for alpha: see {@link #withAlphaPopulation}).
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
    AgreementOptions o = copy();
    o.population = units;
    return o;
  }

  /**
   * Chooses the standard error of Fleiss' kappa.
   *
   * @param variance the method
   * @return new options
   */
  public AgreementOptions withFleissVariance(FleissVariance variance) {
    AgreementOptions o = copy();
    o.fleissVariance = variance;
    return o;
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
    AgreementOptions o = copy();
    o.coefficients = EnumSet.copyOf(coefficients);
    return o;
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
    AgreementOptions o = copy();
    o.standardErrors = on;
    return o;
  }

  /**
   * Sets the distribution of every Wald interval.
   *
   * @param distribution each coefficient's own (the default), normal or Student's t
   * @return new options
   */
  public AgreementOptions withIntervalDistribution(IntervalDistribution distribution) {
    AgreementOptions o = copy();
    o.intervalDistribution = distribution;
    return o;
  }

  /**
   * Sets the divisor of every analytic variance.
   *
   * @param divisor each coefficient's own (the default), {@code n} or {@code n - 1}
   * @return new options
   */
  public AgreementOptions withVarianceDivisor(VarianceDivisor divisor) {
    AgreementOptions o = copy();
    o.varianceDivisor = divisor;
    return o;
  }

  /**
   * Sets which units with missing ratings the coefficients read.
   *
   * @param rule each coefficient's own (the default), Gwet's rule for two raters too, or complete
   *     units only
   * @return new options
   */
  public AgreementOptions withMissingRatings(MissingRatings rule) {
    AgreementOptions o = copy();
    o.missingRatings = rule;
    return o;
  }

  /**
   * Sets the {@code n} of Krippendorff's alpha's finite-population correction (with {@link
   * #withPopulation}).
   *
   * @param population the pairable units (the default) or every rated unit (irrCAC)
   * @return new options
   */
  public AgreementOptions withAlphaPopulation(AlphaPopulation population) {
    AgreementOptions o = copy();
    o.alphaPopulation = population;
    return o;
  }

  /**
   * Reports Conger's kappa for two raters too, as irrCAC's {@code conger.kappa.raw} does: on
   * complete data it equals Cohen's kappa, with Gwet's variance; with missing ratings it keeps
   * single-rated units in each rater's margins.
   *
   * @param on whether two raters get Conger's kappa
   * @return new options
   */
  public AgreementOptions withCongerForTwoRaters(boolean on) {
    AgreementOptions o = copy();
    o.congerForTwoRaters = on;
    return o;
  }

  /**
   * Whether the lower bound of a Wald interval is raised to the coefficient's least value ({@link
   * Coefficient#lowerLimit()}: -1, or 0 for percent and specific agreement), as by default here and
   * in psych; irrCAC leaves it where {@code estimate - q se} falls. Every package caps the upper
   * bound at 1.
   *
   * @param on whether to clip the lower bound (the default)
   * @return new options
   */
  public AgreementOptions withLowerBoundClipped(boolean on) {
    AgreementOptions o = copy();
    o.lowerBoundClipped = on;
    return o;
  }

  /**
   * Sets the interval of samples smaller than {@link #smallSampleUnits(int)}; larger ones keep the
   * analytic interval. Where it applies, the exact interval replaces a bootstrap interval too.
   *
   * @param interval the Wald interval with a note (the default), or the exact conditional interval
   * @return new options
   */
  public AgreementOptions withSmallSampleInterval(SmallSampleInterval interval) {
    AgreementOptions o = copy();
    o.smallSampleInterval = interval;
    return o;
  }

  /**
   * Sets every option a named set of conventions fixes (see {@link Conventions}), leaving the
   * others.
   *
   * @param conventions the conventions
   * @return new options
   */
  public AgreementOptions withConventions(Conventions conventions) {
    AgreementOptions o = copy();
    o.intervalDistribution = IntervalDistribution.EACH_COEFFICIENT;
    o.varianceDivisor = VarianceDivisor.EACH_COEFFICIENT;
    o.missingRatings = MissingRatings.EACH_COEFFICIENT;
    o.alphaPopulation = AlphaPopulation.PAIRABLE_UNITS;
    o.congerForTwoRaters = false;
    o.weightedAlpha = false;
    o.fleissVariance = FleissVariance.GWET;
    o.lowerBoundClipped = true;
    switch (conventions) {
      case IRRCAC:
        o.lowerBoundClipped = false;
        o.intervalDistribution = IntervalDistribution.STUDENT_T;
        o.missingRatings = MissingRatings.GWET;
        o.alphaPopulation = AlphaPopulation.ALL_UNITS;
        o.congerForTwoRaters = true;
        o.weightedAlpha = o.metric == null;
        break;
      case IRR:
        o.intervalDistribution = IntervalDistribution.NORMAL;
        o.missingRatings = MissingRatings.COMPLETE_UNITS;
        o.fleissVariance = FleissVariance.NULL_HYPOTHESIS;
        break;
      default:
        break;
    }
    return o;
  }

  /**
   * Names the category taken as positive by specific positive and negative agreement and by the
   * prevalence and bias indices, which need two categories; by default the second is positive and
   * the first negative.
   *
   * @param category the positive category, as text ({@code String.valueOf} of a category)
   * @return new options
   * @throws IllegalArgumentException if blank
   */
  public AgreementOptions withPositiveCategory(String category) {
    if (category.isBlank()) {
      throw new IllegalArgumentException("positive category must not be blank");
    }
    AgreementOptions o = copy();
    o.positive = category;
    return o;
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

  /**
   * {@return the name of alpha's differences: the level's id, the custom metric's name, or {@code
   * "weights:"} and the weights' name for weighted alpha}
   */
  public String levelName() {
    if (alphaFromWeights()) {
      return "weights:" + weights.name();
    }
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

  /** {@return whether Krippendorff's alpha takes its differences from non-identity weights} */
  public boolean weightedAlpha() {
    return weightedAlpha;
  }

  /** {@return the distribution of the Wald intervals} */
  public IntervalDistribution intervalDistribution() {
    return intervalDistribution;
  }

  /** {@return the divisor of the analytic variances} */
  public VarianceDivisor varianceDivisor() {
    return varianceDivisor;
  }

  /** {@return which units with missing ratings the coefficients read} */
  public MissingRatings missingRatings() {
    return missingRatings;
  }

  /** {@return the n of alpha's finite-population correction} */
  public AlphaPopulation alphaPopulation() {
    return alphaPopulation;
  }

  /**
   * {@return whether the lower bounds of Wald intervals are clipped to the coefficient's least
   * value}
   */
  public boolean lowerBoundClipped() {
    return lowerBoundClipped;
  }

  /** {@return the interval of samples smaller than {@link #smallSampleUnits(int)}} */
  public SmallSampleInterval smallSampleInterval() {
    return smallSampleInterval;
  }

  /** {@return whether two raters get Conger's kappa} */
  public boolean congerForTwoRaters() {
    return congerForTwoRaters;
  }

  /** {@return the category named positive, empty for the default (the second of two)} */
  public java.util.Optional<String> positiveCategory() {
    return java.util.Optional.ofNullable(positive);
  }

  /**
   * {@return whether alpha reads the weights: asked for, the weights not the identity and no custom
   * metric}
   */
  boolean alphaFromWeights() {
    return weightedAlpha && metric == null && !weights.isIdentity();
  }
}
