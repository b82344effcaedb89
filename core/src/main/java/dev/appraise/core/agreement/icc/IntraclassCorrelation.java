package dev.appraise.core.agreement.icc;

import dev.appraise.core.agreement.Estimate;
import dev.appraise.core.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.FDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * The six intraclass correlations of Shrout and Fleiss (1979) for a units × raters matrix of
 * numeric ratings, with the F tests of {@code ICC = 0} and the F-based confidence intervals of
 * Shrout and Fleiss (1979) and McGraw and Wong (1996). An immutable, reusable algorithm:
 *
 * <pre>{@code
 * IccResult r = IntraclassCorrelation.withDefaults().withLevel(0.90).compute(ratings);
 * r.estimate(IccType.ICC2).interval();
 * }</pre>
 *
 * <h2>Estimates</h2>
 *
 * <p>See {@link IccType} for the six formulas and {@link IccAnova} for the mean squares BMS, WMS,
 * JMS, EMS of {@code n} units and {@code k} raters. A form whose denominator is 0 (for example
 * every rating equal) is {@linkplain Estimate#undefined undefined} with the reason when its
 * denominator is not positive: when every rating is equal, when every unit has the same mean (the
 * {@code k} forms), or when the variance-component estimates in the denominator of ICC(2,1) or
 * ICC(2,k) sum to 0 or less, where the ratio has no meaning.
 *
 * <h2>F tests</h2>
 *
 * <p>ICC(1,1) and ICC(1,k): {@code F = BMS / WMS} on {@code n − 1} and {@code n(k − 1)} degrees of
 * freedom. The two-way forms: {@code F = BMS / EMS} on {@code n − 1} and {@code (n − 1)(k − 1)}.
 * The p-value is the upper tail.
 *
 * <h2>Intervals at level {@code 1 − α}</h2>
 *
 * <p>With {@code Fq(p; a, b)} the F quantile and {@code F} the observed statistic of the form,
 * {@code FL = F / Fq(1 − α/2; df1, df2)} and {@code FU = F · Fq(1 − α/2; df2, df1)}:
 *
 * <pre>{@code
 * ICC(1,1), ICC(3,1):  [ (FL − 1) / (FL + k − 1),  (FU − 1) / (FU + k − 1) ]   (method "shrout-fleiss-f")
 * ICC(1,k), ICC(3,k):  [ 1 − 1/FL,  1 − 1/FU ]                                (method "shrout-fleiss-f")
 * }</pre>
 *
 * <p>ICC(2,1) uses Satterthwaite's approximate degrees of freedom (Shrout and Fleiss 1979, eq. 13;
 * McGraw and Wong 1996, Table 7), with {@code ρ = ICC(2,1)} and {@code Fj = JMS / EMS}:
 *
 * <pre>{@code
 * v  = (k − 1)(n − 1) (k ρ Fj + n (1 + (k − 1) ρ) − k ρ)² / ((n − 1) k² ρ² Fj² + (n (1 + (k − 1) ρ) − k ρ)²)
 * F* = Fq(1 − α/2; n − 1, v),   F** = Fq(1 − α/2; v, n − 1)
 * lower = n (BMS − F* EMS) / (F* (k JMS + (k n − k − n) EMS) + n BMS)
 * upper = n (F** BMS − EMS) / (k JMS + (k n − k − n) EMS + n F** BMS)
 * }</pre>
 *
 * <p>and ICC(2,k) uses the same {@code v}, {@code F*}, {@code F**} in McGraw and Wong's ICC(A,k)
 * bounds {@code n (BMS − F* EMS) / (F* (JMS − EMS) + n BMS)} and {@code n (F** BMS − EMS) / (JMS −
 * EMS + n F** BMS)}, which are the Spearman-Brown step-up of the ICC(2,1) bounds (method {@code
 * "mcgraw-wong-satterthwaite"}). These are the intervals of R's {@code psych::ICC}. A form gets no
 * interval when a quantity in it is not finite (for example a residual mean square of 0). ICC(2,1)
 * and ICC(2,k) get none when ICC(2,1) is negative, since the Satterthwaite approximation then puts
 * negative weights on the mean squares, nor when the bounds do not contain the estimate, which the
 * approximation can produce with very few units (the F-based intervals always contain it).
 *
 * <h2>Missing ratings</h2>
 *
 * <p>A missing rating is {@code Double.NaN}. The two-way ANOVA needs a complete matrix, so by
 * default ({@link MissingRatings#DROP_INCOMPLETE_UNITS}) every unit with a missing rating is left
 * out and counted in {@link IccResult#unitsDropped()}, as {@code psych::ICC(missing = TRUE)} does;
 * {@link MissingRatings#REJECT} throws instead. With fewer than two complete units every form is
 * undefined.
 *
 * <h2>Time and memory</h2>
 *
 * <p>For {@code n} units and {@code k} raters: two passes over the ratings, O(n k) time; O(n + k)
 * memory beyond the input (the unit and rater means, and the list of complete units, which shares
 * the input's rows); every form, test and interval then costs O(1).
 *
 * <p>References: Shrout PE, Fleiss JL (1979), Intraclass correlations: uses in assessing rater
 * reliability, Psychol Bull 86:420-428. McGraw KO, Wong SP (1996), Forming inferences about some
 * intraclass correlation coefficients, Psychol Methods 1:30-46 (correction: 1:390).
 */
public final class IntraclassCorrelation {

  /** How units with missing ratings are treated. */
  public enum MissingRatings {
    /** Leave out every unit with at least one missing rating and report how many were left out. */
    DROP_INCOMPLETE_UNITS,
    /** Throw an {@link IllegalArgumentException} naming the first missing rating. */
    REJECT
  }

  /** The interval method name of ICC(1,1), ICC(3,1), ICC(1,k) and ICC(3,k). */
  public static final String F_METHOD = "shrout-fleiss-f";

  /** The interval method name of ICC(2,1) and ICC(2,k). */
  public static final String SATTERTHWAITE_METHOD = "mcgraw-wong-satterthwaite";

  private static final double INVERSE_ACCURACY = 1e-14;
  private static final IntraclassCorrelation DEFAULTS =
      new IntraclassCorrelation(0.95, MissingRatings.DROP_INCOMPLETE_UNITS);

  private final double level;
  private final MissingRatings missing;

  private IntraclassCorrelation(double level, MissingRatings missing) {
    this.level = level;
    this.missing = missing;
  }

  /** {@return the algorithm with level 0.95, dropping units with missing ratings} */
  public static IntraclassCorrelation withDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another confidence level.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the configured algorithm
   * @throws IllegalArgumentException if the level is outside (0, 1)
   */
  public IntraclassCorrelation withLevel(double level) {
    return new IntraclassCorrelation(ConfidenceInterval.checkLevel(level), missing);
  }

  /**
   * A copy with another treatment of missing ratings.
   *
   * @param missing how units with missing ratings are treated
   * @return the configured algorithm
   */
  public IntraclassCorrelation withMissing(MissingRatings missing) {
    return new IntraclassCorrelation(level, missing);
  }

  /** {@return the confidence level} */
  public double level() {
    return level;
  }

  /** {@return how units with missing ratings are treated} */
  public MissingRatings missing() {
    return missing;
  }

  /**
   * Computes the six intraclass correlations.
   *
   * @param ratings {@code ratings[unit][rater]}, every row of the same length {@code k >= 2};
   *     {@code NaN} is missing
   * @return the estimates, F tests, intervals and ANOVA
   * @throws IllegalArgumentException if there are fewer than two raters, rows differ in length, a
   *     rating is infinite, or a rating is missing under {@link MissingRatings#REJECT}
   */
  public IccResult compute(double[][] ratings) {
    if (ratings.length == 0) {
      throw new IllegalArgumentException("ratings must have at least one unit, had 0");
    }
    int k = ratings[0].length;
    if (k < 2) {
      throw new IllegalArgumentException("ratings must have at least 2 raters, had " + k);
    }
    List<double[]> complete = new ArrayList<>(ratings.length);
    for (int i = 0; i < ratings.length; i++) {
      double[] row = ratings[i];
      if (row.length != k) {
        throw new IllegalArgumentException(
            "ratings unit " + (i + 1) + " has " + row.length + " ratings, expected " + k);
      }
      boolean isComplete = true;
      for (int j = 0; j < k; j++) {
        if (Double.isInfinite(row[j])) {
          throw new IllegalArgumentException(
              "ratings unit "
                  + (i + 1)
                  + ", rater "
                  + (j + 1)
                  + ": rating must be finite, was "
                  + row[j]);
        }
        if (Double.isNaN(row[j])) {
          if (missing == MissingRatings.REJECT) {
            throw new IllegalArgumentException(
                "ratings unit " + (i + 1) + ", rater " + (j + 1) + ": rating is missing");
          }
          isComplete = false;
        }
      }
      if (isComplete) {
        complete.add(row);
      }
    }
    IccResult.Builder result =
        IccResult.builder()
            .raters(k)
            .units(complete.size())
            .unitsDropped(ratings.length - complete.size())
            .level(level);
    if (complete.size() < 2) {
      String reason =
          "fewer than two units have every rating ("
              + complete.size()
              + " complete of "
              + ratings.length
              + ")";
      for (IccType type : IccType.values()) {
        result.addForms(
            IccForm.builder()
                .type(type)
                .estimate(Estimate.undefined(type.coefficient(), reason))
                .build());
      }
      return result.build();
    }
    IccAnova anova = anova(complete, k);
    result.anova(anova);
    for (IccType type : IccType.values()) {
      result.addForms(form(type, anova));
    }
    return result.build();
  }

  static IccAnova anova(List<double[]> rows, int k) {
    int n = rows.size();
    double[] rowMeans = new double[n];
    double[] colMeans = new double[k];
    double grand = 0;
    double maxAbs = 0;
    for (int i = 0; i < n; i++) {
      double[] row = rows.get(i);
      double sum = 0;
      for (int j = 0; j < k; j++) {
        sum += row[j];
        colMeans[j] += row[j];
        maxAbs = Math.max(maxAbs, Math.abs(row[j]));
      }
      rowMeans[i] = sum / k;
      grand += sum;
    }
    grand /= (double) n * k;
    for (int j = 0; j < k; j++) {
      colMeans[j] /= n;
    }
    double ssBetweenUnits = 0;
    double ssWithinUnits = 0;
    for (int i = 0; i < n; i++) {
      double d = rowMeans[i] - grand;
      ssBetweenUnits += d * d;
      double[] row = rows.get(i);
      for (int j = 0; j < k; j++) {
        double w = row[j] - rowMeans[i];
        ssWithinUnits += w * w;
      }
    }
    ssBetweenUnits *= k;
    double ssBetweenRaters = 0;
    for (int j = 0; j < k; j++) {
      double d = colMeans[j] - grand;
      ssBetweenRaters += d * d;
    }
    ssBetweenRaters *= n;
    // Means carry rounding errors of a few ulps of the largest rating; a sum of squares below what
    // those errors can
    // produce is a true 0 (e.g. units whose means are equal), and must not turn a 0/0 into a
    // spurious 1 or -1.
    double cells = (double) n * k;
    double noise = cells * Math.pow(cells * Math.ulp(maxAbs), 2);
    ssBetweenUnits = denoise(ssBetweenUnits, noise);
    ssWithinUnits = denoise(ssWithinUnits, noise);
    ssBetweenRaters = denoise(ssBetweenRaters, noise);
    // the residual is a difference of two sums of squares and inherits their rounding: each squared
    // deviation d² is
    // off by about 2|d|δ when the means are off by δ, which sums to at most 2δ√(cells · SS)
    // (Cauchy-Schwarz)
    double delta = cells * Math.ulp(maxAbs);
    double termsRounding =
        2 * delta * (Math.sqrt(cells * ssWithinUnits) + Math.sqrt(cells * ssBetweenRaters));
    double ssResidual =
        denoise(
            ssWithinUnits - ssBetweenRaters,
            noise + 4 * cells * Math.ulp(ssWithinUnits) + termsRounding);
    return IccAnova.builder()
        .units(n)
        .raters(k)
        .betweenUnits(ssBetweenUnits / (n - 1))
        .withinUnits(ssWithinUnits / (cells - n))
        .betweenRaters(ssBetweenRaters / (k - 1))
        .residual(ssResidual / ((double) (n - 1) * (k - 1)))
        .build();
  }

  private static double denoise(double sumOfSquares, double noise) {
    return sumOfSquares <= noise ? 0 : sumOfSquares;
  }

  private IccForm form(IccType type, IccAnova a) {
    int n = a.units();
    int k = a.raters();
    double bms = a.betweenUnits();
    double wms = a.withinUnits();
    double jms = a.betweenRaters();
    double ems = a.residual();
    boolean oneWay = type == IccType.ICC1 || type == IccType.ICC1K;
    double errorMs = oneWay ? wms : ems;
    double df1 = n - 1;
    double df2 = oneWay ? (double) n * (k - 1) : (double) (n - 1) * (k - 1);

    double numerator = bms - errorMs;
    double denominator;
    double magnitude;
    switch (type) {
      case ICC1:
      case ICC3:
        denominator = bms + (k - 1) * errorMs;
        magnitude = bms + (k - 1) * errorMs;
        break;
      case ICC2:
        denominator = bms + (k - 1) * ems + k * (jms - ems) / n;
        magnitude = bms + (k - 1) * ems + k * (jms + ems) / n;
        break;
      case ICC2K:
        denominator = bms + (jms - ems) / n;
        magnitude = bms + (jms + ems) / n;
        break;
      default:
        denominator = bms;
        magnitude = bms;
    }
    IccForm.Builder form = IccForm.builder().type(type);
    double f = bms / errorMs;
    if (!Double.isNaN(f)) {
      form.fTest(
          FTest.builder().statistic(f).df1(df1).df2(df2).pValue(upperTail(f, df1, df2)).build());
    }
    // a denominator that is 0 in exact arithmetic comes out as a few ulps of its terms either side
    // of 0; anything
    // within rounding of the terms' magnitude is 0, so that rescaling the ratings cannot turn 0/0
    // into a number
    if (!(denominator > RELATIVE_ROUNDING * magnitude)) {
      form.estimate(Estimate.undefined(type.coefficient(), undefinedReason(type, a, denominator)));
      return form.build();
    }
    double value = numerator / denominator;
    Estimate.Builder estimate = Estimate.builder().coefficient(type.coefficient()).value(value);
    double[] bounds;
    String method;
    if (type == IccType.ICC2 || type == IccType.ICC2K) {
      bounds = satterthwaiteBounds(type, a);
      method = SATTERTHWAITE_METHOD;
    } else {
      bounds = fBounds(type, f, df1, df2, k);
      method = F_METHOD;
    }
    // the Satterthwaite approximation can break down in small samples (bounds crossing or excluding
    // the estimate);
    // such an interval says nothing and is left out rather than reported
    // (a tolerance absorbs rounding where a bound equals the estimate, e.g. both -1/(k-1) when BMS
    // = 0)
    double slack = 1e-9 * (1 + Math.abs(value));
    if (Double.isFinite(bounds[0])
        && Double.isFinite(bounds[1])
        && bounds[0] <= value + slack
        && value - slack <= bounds[1]) {
      estimate.interval(
          ConfidenceInterval.of(
              Math.min(bounds[0], value), Math.max(bounds[1], value), level, method));
    }
    return form.estimate(estimate.build()).build();
  }

  private static final double RELATIVE_ROUNDING = 1e-10;

  @SuppressWarnings("EnumOrdinal") // DENOMINATORS follows IccType order
  private static String undefinedReason(IccType type, IccAnova a, double denominator) {
    if (a.betweenUnits() == 0 && a.withinUnits() == 0) {
      return "there is no variance: every rating has the same value";
    }
    if (a.betweenUnits() == 0 && (type == IccType.ICC1K || type == IccType.ICC3K)) {
      return "the between-units mean square is 0: every unit has the same mean rating";
    }
    return "its denominator "
        + DENOMINATORS[type.ordinal()]
        + " is "
        + denominator
        + ", not positive";
  }

  private static final String[] DENOMINATORS = {
    "BMS + (k - 1) WMS",
    "BMS + (k - 1) EMS + k (JMS - EMS) / n",
    "BMS + (k - 1) EMS",
    "BMS",
    "BMS + (JMS - EMS) / n",
    "BMS"
  };

  private double[] fBounds(IccType type, double f, double df1, double df2, int k) {
    double q = 1 - (1 - level) / 2;
    double fl = f / fQuantile(q, df1, df2);
    double fu = f * fQuantile(q, df2, df1);
    if (type.isAverage()) {
      return new double[] {1 - 1 / fl, 1 - 1 / fu};
    }
    return new double[] {(fl - 1) / (fl + k - 1), (fu - 1) / (fu + k - 1)};
  }

  private double[] satterthwaiteBounds(IccType type, IccAnova a) {
    double n = a.units();
    double k = a.raters();
    double bms = a.betweenUnits();
    double jms = a.betweenRaters();
    double ems = a.residual();
    double rho = (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n);
    if (!(rho >= 0)) {
      // Satterthwaite's approximation needs non-negative weights on JMS and EMS, which a negative
      // ICC(2,1) breaks
      return new double[] {Double.NaN, Double.NaN};
    }
    double fj = jms / ems;
    double base = n * (1 + (k - 1) * rho) - k * rho;
    double v =
        (k - 1)
            * (n - 1)
            * Math.pow(k * rho * fj + base, 2)
            / ((n - 1) * k * k * rho * rho * fj * fj + base * base);
    if (!(v > 0) || Double.isInfinite(v)) {
      return new double[] {Double.NaN, Double.NaN};
    }
    double q = 1 - (1 - level) / 2;
    double fStar = fQuantile(q, n - 1, v);
    double fStarStar = fQuantile(q, v, n - 1);
    if (type == IccType.ICC2K) {
      return new double[] {
        n * (bms - fStar * ems) / (fStar * (jms - ems) + n * bms),
        n * (fStarStar * bms - ems) / (jms - ems + n * fStarStar * bms)
      };
    }
    double c = k * jms + (k * n - k - n) * ems;
    return new double[] {
      n * (bms - fStar * ems) / (fStar * c + n * bms),
      n * (fStarStar * bms - ems) / (c + n * fStarStar * bms)
    };
  }

  private static double fQuantile(double p, double df1, double df2) {
    return new FDistribution(null, df1, df2, INVERSE_ACCURACY).inverseCumulativeProbability(p);
  }

  /**
   * {@code P(F(df1, df2) >= f)} through the regularized incomplete beta function, accurate for tiny
   * p-values.
   */
  static double upperTail(double f, double df1, double df2) {
    if (Double.isInfinite(f)) {
      return 0;
    }
    if (f <= 0) {
      return 1;
    }
    return Beta.regularizedBeta(df2 / (df2 + df1 * f), df2 / 2, df1 / 2);
  }
}
