package dev.appraise.synthesis;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * Effect sizes as metafor's {@code escalc} computes them with its defaults ({@code vtype = "LS"},
 * {@code add = 1/2}, {@code to = "only0"}, {@code drop00 = FALSE}). An immutable, reusable
 * calculator:
 *
 * <pre>{@code
 * EffectSizes es = EffectSizes.withDefaults();
 * EffectSize rr = es.twoByTwo(EffectMeasure.RR, TwoByTwo.of("Aronson 1948", 4, 119, 11, 128));
 * EffectSize g = es.means(EffectMeasure.SMD, "Smith 2014", 12.1, 3.2, 20, 14.0, 3.5, 21);
 * EffectSize z = es.correlation(EffectMeasure.ZCOR, "Lee 2010", 0.42, 55);
 * }</pre>
 *
 * <h2>2x2 tables</h2>
 *
 * <p>For a table {@code ai, bi, ci, di} (see {@link TwoByTwo}) the correction {@code add} is first
 * added to all four cells when the {@link CorrectionScope} says so (by default: tables with a zero
 * cell, for every 2x2 measure including PETO, as {@code escalc} does; metafor's {@code rma.peto}
 * differs and adds nothing). Then, with {@code n1i = ai + bi}, {@code n2i = ci + di}, {@code p1i =
 * ai/n1i}, {@code p2i = ci/n2i}:
 *
 * <pre>{@code
 * RR    yi = log(p1i) - log(p2i)                          vi = 1/ai - 1/n1i + 1/ci - 1/n2i
 * OR    yi = log(p1i/(1-p1i)) - log(p2i/(1-p2i))          vi = 1/ai + 1/bi + 1/ci + 1/di
 * RD    yi = p1i - p2i                                    vi = p1i(1-p1i)/n1i + p2i(1-p2i)/n2i
 * PETO  yi = (ai - Ei) / Vi                               vi = 1/Vi,   ni = n1i + n2i,
 *       Ei = (ai+ci) n1i/ni,   Vi = (ai+ci)(bi+di) (n1i/ni)(n2i/ni) / (ni-1)
 * }</pre>
 *
 * <h2>Means</h2>
 *
 * <p>For means {@code m1i, m2i}, standard deviations {@code sd1i, sd2i} and sizes {@code n1i, n2i},
 * with the pooled SD {@code sdpi = sqrt(((n1i-1) sd1i² + (n2i-1) sd2i²) / (n1i+n2i-2))}:
 *
 * <pre>{@code
 * MD    yi = m1i - m2i                                    vi = sd1i²/n1i + sd2i²/n2i
 * SMD   yi = c(mi) (m1i - m2i) / sdpi,   mi = n1i+n2i-2   vi = 1/n1i + 1/n2i + yi² / (2 (n1i+n2i))
 *       c(m) = Γ(m/2) / (sqrt(m/2) Γ((m-1)/2))            (Hedges' exact correction, computed with log-gamma)
 * ROM   yi = log(m1i/m2i)                                 vi = sd1i²/(n1i m1i²) + sd2i²/(n2i m2i²)
 * }</pre>
 *
 * <p>SMD is Hedges' g (Hedges 1981) with the large-sample variance of Hedges (1982, eq. 8) and
 * Hedges and Olkin (1985, eq. 15), metafor's {@code vtype = "LS"}. ROM is the log response ratio of
 * Hedges, Gurevitch and Curtis (1999) as metafor before version 5.0 computes it; {@link
 * #withRatioOfMeansBiasCorrection(boolean)} adds the second-order bias correction of Lajeunesse
 * (2015, eq. 8), {@code yi + (sd1i²/(n1i m1i²) - sd2i²/(n2i m2i²)) / 2}, which metafor applies by
 * default from version 5.0.
 *
 * <h2>Correlations</h2>
 *
 * <pre>{@code
 * ZCOR  yi = atanh(ri) = log((1+ri)/(1-ri)) / 2           vi = 1/(ni-3)
 * COR   yi = ri                                           vi = (1-ri²)² / (ni-1)
 * }</pre>
 *
 * <h2>Rejected input</h2>
 *
 * <p>Every problem is an {@link IllegalArgumentException} naming the study, the field and the
 * value: a count that is negative, not a whole number or not finite; an empty group; an SD that is
 * negative; a group size below 2 for means; SDs that leave the variance or the pooled SD at 0; a
 * non-positive mean for ROM; a correlation with {@code |ri| >= 1}; a sample size of 3 or fewer for
 * correlations (metafor returns a missing variance there); and for GEN a variance or standard error
 * that is not finite and positive. Where metafor would return {@code NA} (a zero cell with the
 * correction switched off, for example), the input is rejected rather than dropped.
 *
 * <p>References: Hedges LV (1981), Distribution theory for Glass's estimator of effect size and
 * related estimators, J Educ Stat 6:107-128. Hedges LV (1982), Estimation of effect size from a
 * series of independent experiments, Psychol Bull 92:490-499. Hedges LV, Olkin I (1985),
 * Statistical methods for meta-analysis, Academic Press. Hedges LV, Gurevitch J, Curtis PS (1999),
 * The meta-analysis of response ratios in experimental ecology, Ecology 80:1150-1156. Lajeunesse MJ
 * (2015), Bias and correction for the log response ratio in ecological meta-analysis, Ecology
 * 96:2056-2063. Yusuf S, Peto R, Lewis J, Collins R, Sleight P (1985), Beta blockade during and
 * after myocardial infarction, Prog Cardiovasc Dis 27:335-371. Viechtbauer W (2010), J Stat Softw
 * 36(3).
 */
public final class EffectSizes {

  private static final EffectSizes DEFAULTS =
      new EffectSizes(0.5, CorrectionScope.ONLY_ZERO, false);

  private final double add;
  private final CorrectionScope scope;
  private final boolean romBiasCorrection;

  private EffectSizes(double add, CorrectionScope scope, boolean romBiasCorrection) {
    this.add = add;
    this.scope = scope;
    this.romBiasCorrection = romBiasCorrection;
  }

  /**
   * {@return the calculator with escalc's defaults: add 1/2 to each cell of tables with a zero
   * cell}
   */
  public static EffectSizes withDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another continuity correction for 2x2 tables ({@code escalc}'s {@code add} and
   * {@code to}).
   *
   * @param add the amount added to each cell, finite and {@code >= 0}
   * @param scope which tables get it
   * @return the configured calculator
   * @throws IllegalArgumentException if {@code add} is negative or not finite
   */
  public EffectSizes withContinuityCorrection(double add, CorrectionScope scope) {
    if (!(add >= 0) || Double.isInfinite(add)) {
      throw new IllegalArgumentException(
          "continuity correction add must be finite and >= 0, was " + add);
    }
    return new EffectSizes(add, scope, romBiasCorrection);
  }

  /**
   * A copy that does or does not apply Lajeunesse's (2015) bias correction to ROM (metafor's {@code
   * correct} for ROM, on by default from metafor 5.0, absent before).
   *
   * @param correct whether to correct the log ratio of means
   * @return the configured calculator
   */
  public EffectSizes withRatioOfMeansBiasCorrection(boolean correct) {
    return new EffectSizes(add, scope, correct);
  }

  /** {@return the amount added to each cell of a corrected 2x2 table} */
  public double add() {
    return add;
  }

  /** {@return which 2x2 tables are corrected} */
  public CorrectionScope scope() {
    return scope;
  }

  /** {@return whether ROM is bias corrected} */
  public boolean ratioOfMeansBiasCorrection() {
    return romBiasCorrection;
  }

  /**
   * The effect size of one 2x2 table. {@link CorrectionScope#IF_ANY_ZERO} looks at this table alone
   * here; use {@link #twoByTwo(EffectMeasure, List)} to apply it across an analysis.
   *
   * @param measure RR, OR, RD or PETO
   * @param table the table
   * @return the effect size, with the correction applied
   * @throws IllegalArgumentException if the measure is not a 2x2 measure, or the measure is
   *     undefined for the table (a zero cell with the correction switched off)
   */
  public EffectSize twoByTwo(EffectMeasure measure, TwoByTwo table) {
    return twoByTwo(measure, List.of(table)).get(0);
  }

  /**
   * The effect sizes of the 2x2 tables of one analysis, in their order.
   *
   * @param measure RR, OR, RD or PETO
   * @param tables the tables
   * @return the effect sizes, with the correction applied
   * @throws IllegalArgumentException if the measure is not a 2x2 measure, or the measure is
   *     undefined for a table
   */
  public List<EffectSize> twoByTwo(EffectMeasure measure, List<TwoByTwo> tables) {
    if (!measure.isTwoByTwo()) {
      throw new IllegalArgumentException(
          "measure must be RR, OR, RD or PETO for 2x2 tables, was " + measure);
    }
    boolean anyZero = tables.stream().anyMatch(TwoByTwo::hasZeroCell);
    List<EffectSize> out = new ArrayList<>(tables.size());
    for (TwoByTwo t : tables) {
      boolean corrected;
      switch (scope) {
        case ALL:
          corrected = true;
          break;
        case ONLY_ZERO:
          corrected = t.hasZeroCell();
          break;
        case IF_ANY_ZERO:
          corrected = anyZero;
          break;
        default:
          corrected = false;
      }
      double a = corrected ? add : 0;
      out.add(twoByTwo(measure, t, a));
    }
    return out;
  }

  private static EffectSize twoByTwo(EffectMeasure measure, TwoByTwo t, double add) {
    double ai = t.ai() + add;
    double bi = t.bi() + add;
    double ci = t.ci() + add;
    double di = t.di() + add;
    double n1i = ai + bi;
    double n2i = ci + di;
    double p1i = ai / n1i;
    double p2i = ci / n2i;
    double yi;
    double vi;
    switch (measure) {
      case RR:
        yi = Math.log(p1i) - Math.log(p2i);
        vi = 1 / ai - 1 / n1i + 1 / ci - 1 / n2i;
        break;
      case OR:
        yi = Math.log(p1i / (1 - p1i)) - Math.log(p2i / (1 - p2i));
        vi = 1 / ai + 1 / bi + 1 / ci + 1 / di;
        break;
      case RD:
        yi = p1i - p2i;
        vi = p1i * (1 - p1i) / n1i + p2i * (1 - p2i) / n2i;
        break;
      default:
        double ni = n1i + n2i;
        double xt = ai + ci;
        double yt = bi + di;
        double ei = xt * n1i / ni;
        double variance = xt * yt * (n1i / ni) * (n2i / ni) / (ni - 1);
        yi = (ai - ei) / variance;
        vi = 1 / variance;
    }
    if (!Double.isFinite(yi) || !(vi > 0) || Double.isInfinite(vi)) {
      throw new IllegalArgumentException(
          "study "
              + t.study()
              + ": "
              + measure
              + " is undefined for the 2x2 table ai = "
              + t.ai()
              + ", bi = "
              + t.bi()
              + ", ci = "
              + t.ci()
              + ", di = "
              + t.di()
              + (add == 0
                  ? " without a continuity correction"
                  : " with " + add + " added to each cell")
              + " (yi = "
              + yi
              + ", vi = "
              + vi
              + ")");
    }
    return EffectSize.builder()
        .study(t.study())
        .measure(measure)
        .yi(yi)
        .vi(vi)
        .sampleSize(t.n1i() + t.n2i())
        .correction(ContinuityCorrection.ofEach(add))
        .build();
  }

  /**
   * The effect size of two groups' means, standard deviations and sizes (group 1 minus or over
   * group 2).
   *
   * @param measure MD, SMD or ROM
   * @param study the study's id
   * @param m1i mean of group 1
   * @param sd1i standard deviation of group 1, {@code >= 0}
   * @param n1i size of group 1, {@code >= 2}
   * @param m2i mean of group 2
   * @param sd2i standard deviation of group 2, {@code >= 0}
   * @param n2i size of group 2, {@code >= 2}
   * @return the effect size
   * @throws IllegalArgumentException naming the study and the field if an input is not finite, an
   *     SD is negative, a group has fewer than 2 participants, the SDs leave the variance (MD, ROM)
   *     or the pooled SD (SMD) at 0, or ROM has a mean {@code <= 0}
   */
  public EffectSize means(
      EffectMeasure measure,
      String study,
      double m1i,
      double sd1i,
      double n1i,
      double m2i,
      double sd2i,
      double n2i) {
    if (!measure.isMeans()) {
      throw new IllegalArgumentException(
          "measure must be MD, SMD or ROM for means, was " + measure);
    }
    checkStudy(study);
    checkFinite(study, "m1i", m1i);
    checkFinite(study, "m2i", m2i);
    checkSd(study, "sd1i", sd1i);
    checkSd(study, "sd2i", sd2i);
    checkGroupSize(study, "n1i", n1i);
    checkGroupSize(study, "n2i", n2i);
    double yi;
    double vi;
    switch (measure) {
      case MD:
        yi = m1i - m2i;
        vi = sd1i * sd1i / n1i + sd2i * sd2i / n2i;
        if (!(vi > 0)) {
          throw new IllegalArgumentException(
              "study "
                  + study
                  + ": MD needs a standard deviation > 0 in a group, sd1i and sd2i were 0");
        }
        break;
      case SMD:
        double mi = n1i + n2i - 2;
        double sdpi = Math.sqrt(((n1i - 1) * sd1i * sd1i + (n2i - 1) * sd2i * sd2i) / mi);
        if (!(sdpi > 0)) {
          throw new IllegalArgumentException(
              "study "
                  + study
                  + ": SMD needs a pooled standard deviation > 0, sd1i and sd2i were 0");
        }
        yi = hedgesCorrection(mi) * (m1i - m2i) / sdpi;
        vi = 1 / n1i + 1 / n2i + yi * yi / (2 * (n1i + n2i));
        break;
      default:
        if (!(m1i > 0)) {
          throw new IllegalArgumentException(
              "study " + study + ": ROM needs means > 0, m1i was " + m1i);
        }
        if (!(m2i > 0)) {
          throw new IllegalArgumentException(
              "study " + study + ": ROM needs means > 0, m2i was " + m2i);
        }
        double cv1 = sd1i * sd1i / (n1i * m1i * m1i);
        double cv2 = sd2i * sd2i / (n2i * m2i * m2i);
        yi = Math.log(m1i / m2i);
        if (romBiasCorrection) {
          yi += (cv1 - cv2) / 2;
        }
        vi = cv1 + cv2;
        if (!(vi > 0)) {
          throw new IllegalArgumentException(
              "study "
                  + study
                  + ": ROM needs a standard deviation > 0 in a group, sd1i and sd2i were 0");
        }
    }
    return EffectSize.builder()
        .study(study)
        .measure(measure)
        .yi(yi)
        .vi(vi)
        .sampleSize(n1i + n2i)
        .build();
  }

  /**
   * Hedges' exact bias correction {@code c(m) = Γ(m/2) / (sqrt(m/2) Γ((m-1)/2))} for {@code m > 1}
   * degrees of freedom, computed as {@code exp(lnΓ(m/2) - ln sqrt(m/2) - lnΓ((m-1)/2))} so that it
   * does not overflow (metafor's {@code .cmicalc}); close to {@code 1 - 3/(4m - 1)}.
   *
   * @param m the degrees of freedom, {@code > 1}
   * @return the correction factor, in (0, 1)
   * @throws IllegalArgumentException if {@code m <= 1}
   */
  public static double hedgesCorrection(double m) {
    if (!(m > 1)) {
      throw new IllegalArgumentException(
          "Hedges' correction needs degrees of freedom m > 1, was " + m);
    }
    return Math.exp(
        Gamma.logGamma(m / 2) - Math.log(Math.sqrt(m / 2)) - Gamma.logGamma((m - 1) / 2));
  }

  /**
   * The effect size of a correlation coefficient.
   *
   * @param measure ZCOR or COR
   * @param study the study's id
   * @param ri the correlation, {@code -1 < ri < 1}
   * @param ni the sample size, {@code > 3}
   * @return the effect size
   * @throws IllegalArgumentException naming the study and the field if {@code |ri| >= 1}, {@code ni
   *     <= 3} or a value is not finite
   */
  public EffectSize correlation(EffectMeasure measure, String study, double ri, double ni) {
    if (!measure.isCorrelation()) {
      throw new IllegalArgumentException(
          "measure must be ZCOR or COR for correlations, was " + measure);
    }
    checkStudy(study);
    checkFinite(study, "ri", ri);
    checkFinite(study, "ni", ni);
    if (!(Math.abs(ri) < 1)) {
      throw new IllegalArgumentException(
          "study " + study + ": ri must lie strictly between -1 and 1, was " + ri);
    }
    if (!(ni > 3)) {
      throw new IllegalArgumentException(
          "study " + study + ": ni must be > 3 for a correlation's variance, was " + ni);
    }
    double yi;
    double vi;
    if (measure == EffectMeasure.ZCOR) {
      yi = Math.log((1 + ri) / (1 - ri)) / 2;
      vi = 1 / (ni - 3);
    } else {
      yi = ri;
      vi = (1 - ri * ri) * (1 - ri * ri) / (ni - 1);
    }
    return EffectSize.builder().study(study).measure(measure).yi(yi).vi(vi).sampleSize(ni).build();
  }

  /**
   * A generic outcome ({@code GEN}) given with its sampling variance.
   *
   * @param study the study's id
   * @param yi the estimate
   * @param vi the sampling variance, finite and {@code > 0}
   * @return the effect size
   * @throws IllegalArgumentException naming the study and the field if a value is not finite or
   *     {@code vi <= 0}
   */
  public EffectSize generic(String study, double yi, double vi) {
    return EffectSize.of(study, EffectMeasure.GEN, yi, vi);
  }

  /**
   * A generic outcome ({@code GEN}) given with its standard error; {@code vi = sei²}.
   *
   * @param study the study's id
   * @param yi the estimate
   * @param sei the standard error, finite and {@code > 0}
   * @return the effect size
   * @throws IllegalArgumentException naming the study and the field if a value is not finite or
   *     {@code sei <= 0}
   */
  public EffectSize genericFromStandardError(String study, double yi, double sei) {
    checkStudy(study);
    if (!(sei > 0) || Double.isInfinite(sei)) {
      throw new IllegalArgumentException(
          "study " + study + ": sei must be finite and > 0, was " + sei);
    }
    return EffectSize.of(study, EffectMeasure.GEN, yi, sei * sei);
  }

  static void checkCount(String study, String field, double count) {
    if (!Double.isFinite(count) || count < 0 || count != Math.rint(count)) {
      throw new IllegalArgumentException(
          "study " + study + ": " + field + " must be a whole number >= 0, was " + count);
    }
  }

  private static void checkStudy(String study) {
    if (study.isBlank()) {
      throw new IllegalArgumentException("study id must not be blank");
    }
  }

  private static void checkFinite(String study, String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "study " + study + ": " + field + " must be finite, was " + value);
    }
  }

  private static void checkSd(String study, String field, double sd) {
    if (!Double.isFinite(sd) || sd < 0) {
      throw new IllegalArgumentException(
          "study " + study + ": " + field + " must be finite and >= 0, was " + sd);
    }
  }

  private static void checkGroupSize(String study, String field, double n) {
    if (!Double.isFinite(n) || n < 2) {
      throw new IllegalArgumentException(
          "study " + study + ": " + field + " must be >= 2, was " + n);
    }
  }
}
