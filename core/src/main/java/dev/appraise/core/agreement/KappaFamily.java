package dev.appraise.core.agreement;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kappa family: chance-corrected agreement {@code (p_a - p_e) / (1 - p_e)} with the chance
 * agreement of the raters' own category shares. Cohen's kappa and Scott's pi read the two raters'
 * contingency table, Light's kappa every pair's; Fleiss' and Conger's kappa take Gwet's (2014)
 * unit-level observed agreement. Byrt, Bishop and Carlin's (1993) prevalence and bias indices,
 * which explain the kappa paradoxes, read the same two-rater table. Formulas and references are on
 * the {@link Coefficient} constants.
 *
 * <p>Standard errors: Fleiss, Cohen and Everitt (1969) for Cohen's kappa; for Fleiss' kappa Gwet's
 * linearisation, or Fleiss (1971) or the null-hypothesis variance of Fleiss, Nee and Landis (1979)
 * as {@link AgreementOptions.FleissVariance} chooses; Gwet's linearisation ({@link GwetVariance})
 * for Scott's pi over the units both raters rated and for Conger's kappa with its per-rater terms;
 * none for Light's kappa and the indices.
 */
enum KappaFamily implements Estimator {

  /** Cohen's kappa: two raters. */
  COHEN(true) {
    @Override
    public boolean appliesTo(Context x) {
      return x.m() == 2;
    }

    @Override
    public Point estimate(Context x) {
      if (gwetRule(x)) {
        return CONGER.estimate(x);
      }
      return x.stats().pairsTracked() ? cohen(x, 0, 1) : untracked(x);
    }

    @Override
    public @Nullable StandardError standardError(
        Context x, Point estimate, @Nullable UnitData units) {
      if (gwetRule(x)) {
        return CONGER.standardError(x, estimate, units);
      }
      return fleissCohenEveritt(x, estimate, false);
    }
  },

  /** Scott's pi: two raters. */
  SCOTT(true) {
    @Override
    public boolean appliesTo(Context x) {
      return x.m() == 2;
    }

    @Override
    public Point estimate(Context x) {
      if (gwetRule(x)) {
        return FLEISS.estimate(x);
      }
      if (!x.stats().pairsTracked()) {
        return untracked(x);
      }
      int k = x.k();
      double[] w = x.weights();
      double[] p = x.stats().pairProportions(0, 1);
      if (p == null) {
        return Point.undefined(NO_COMMON_UNIT);
      }
      double[] mean = new double[k];
      double po = 0;
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          double v = p[a * k + b];
          mean[a] += v / 2;
          mean[b] += v / 2;
          po += w[a * k + b] * v;
        }
      }
      double pe = 0;
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          pe += w[a * k + b] * mean[a] * mean[b];
        }
      }
      return Point.chanceCorrected(po, pe, "every rating is in one category");
    }

    /**
     * Gwet's variance over the units both raters rated, with the shares of the two raters' table.
     */
    @Override
    public @Nullable StandardError standardError(
        Context x, Point estimate, @Nullable UnitData units) {
      if (gwetRule(x)) {
        return gwetFleiss(x, estimate, units);
      }
      if (units == null) {
        return null;
      }
      int k = x.k();
      double[] t = x.stats().pairProportions(0, 1);
      if (t == null) {
        return null;
      }
      double[] pi = new double[k];
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          pi[a] += t[a * k + b] / 2;
          pi[b] += t[a * k + b] / 2;
        }
      }
      double n = t[k * k];
      return GwetVariance.of(
          units, x, estimate, x.weights(), n, n, true, GwetVariance.marginal(x.weights(), pi));
    }
  },

  /** Fleiss' kappa in Gwet's form: any number of raters, missing ratings and weights. */
  FLEISS(true) {
    @Override
    public boolean appliesTo(Context x) {
      return true;
    }

    @Override
    public Point estimate(Context x) {
      if (x.unpairable()) {
        return Point.undefined(Point.NO_PAIRS);
      }
      int k = x.k();
      double[] w = x.weights();
      double[] pi = x.stats().classificationShares();
      double pe = 0;
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          pe += w[a * k + b] * pi[a] * pi[b];
        }
      }
      return Point.chanceCorrected(
          x.stats().weightedAgreement(w), pe, "every rating is in one category");
    }

    @Override
    public @Nullable StandardError standardError(
        Context x, Point estimate, @Nullable UnitData units) {
      switch (x.options().fleissVariance()) {
        case FLEISS_1971:
          return fleissClassic(x, false);
        case NULL_HYPOTHESIS:
          return fleissClassic(x, true);
        default:
          return gwetFleiss(x, estimate, units);
      }
    }
  },

  /**
   * Conger's kappa: three or more raters, or two when asked for ({@link
   * AgreementOptions#withCongerForTwoRaters}).
   */
  CONGER(true) {
    @Override
    public boolean appliesTo(Context x) {
      return x.m() >= 3 || (x.m() == 2 && x.options().congerForTwoRaters());
    }

    @Override
    public Point estimate(Context x) {
      if (x.unpairable()) {
        return Point.undefined(Point.NO_PAIRS);
      }
      double[][] p = x.stats().raterShares();
      if (p == null) {
        return Point.undefined("a rater rated no unit");
      }
      int k = x.k();
      int m = x.m();
      double[] w = x.weights();
      double[] mean = new double[k];
      for (double[] row : p) {
        for (int c = 0; c < k; c++) {
          mean[c] += row[c] / m;
        }
      }
      double pe = 0;
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          double cross = 0;
          for (double[] row : p) {
            cross += row[a] * row[b];
          }
          double s2 = (cross - m * mean[a] * mean[b]) / (m - 1);
          pe += w[a * k + b] * (mean[a] * mean[b] - s2 / m);
        }
      }
      return Point.chanceCorrected(
          x.stats().weightedAgreement(w), pe, "every rating is in one category");
    }

    /**
     * Gwet's variance with Conger's unit-level chance agreement {@code pe_i = sum_g (n/n_g)
     * (A_g,c_ig - (e_ig - n_g/n) B_g) / (m (m - 1))}, {@code c_ig} rater {@code g}'s category of
     * unit {@code i} and {@code e_ig} whether it is rated, with the per-rater terms {@code A_gl =
     * sum_k w_kl (m pbar_k - p_gk)} and {@code B_g = sum_l A_gl p_gl}.
     */
    @Override
    public @Nullable StandardError standardError(
        Context x, Point estimate, @Nullable UnitData units) {
      AgreementStats<?> s = x.stats();
      int k = x.k();
      int m = x.m();
      double n = s.units();
      double[][] p = s.raterShares();
      if (p == null) {
        return null;
      }
      double[] ng = new double[m];
      double[] bg = new double[m];
      double[][] ag = new double[m][];
      double[] mean = new double[k];
      for (int g = 0; g < m; g++) {
        ng[g] = s.ratings(g);
        for (int c = 0; c < k; c++) {
          mean[c] += p[g][c] / m;
        }
      }
      for (int g = 0; g < m; g++) {
        double[] a = new double[k];
        for (int l = 0; l < k; l++) {
          for (int c = 0; c < k; c++) {
            a[l] += x.weights()[c * k + l] * (m * mean[c] - p[g][c]);
          }
        }
        double b = 0;
        for (int l = 0; l < k; l++) {
          b += a[l] * p[g][l];
        }
        bg[g] = b;
        ag[g] = a;
      }
      // every rater adds B_g (an unrated one (n/n_g)(n_g/n) B_g), the same for every unit; a rated
      // one adds (n/n_g)(A_g,c - B_g) more, so a unit costs its ratings, not the raters
      double unrated = 0;
      for (int g = 0; g < m; g++) {
        unrated += bg[g];
      }
      double constant = unrated;
      // a rated one's term for each category, computed once rather than for every unit
      double[] rated = new double[m * k];
      for (int g = 0; g < m; g++) {
        for (int c = 0; c < k; c++) {
          rated[g * k + c] = (n / ng[g]) * (ag[g][c] - bg[g]);
        }
      }
      int[] raters = new int[m];
      int[] codes = new int[m];
      return GwetVariance.of(
          units,
          x,
          estimate,
          x.weights(),
          n,
          (double) s.pairableUnits(),
          false,
          (rows, row, r) -> {
            int given = rows.ratings(row, raters, codes);
            double lambda = constant;
            for (int i = 0; i < given; i++) {
              lambda += rated[raters[i] * k + codes[i]];
            }
            return lambda / (m * (double) (m - 1));
          });
    }
  },

  /** Light's kappa: the mean of Cohen's kappa over every pair of three or more raters. */
  LIGHT(true) {
    @Override
    public boolean appliesTo(Context x) {
      return x.m() >= 3;
    }

    @Override
    public Point estimate(Context x) {
      if (!x.stats().pairsTracked()) {
        return untracked(x);
      }
      int m = x.m();
      double sum = 0;
      double sumPa = 0;
      double sumPe = 0;
      int pairs = 0;
      for (int g = 0; g < m; g++) {
        for (int h = g + 1; h < m; h++) {
          Point p = cohen(x, g, h);
          if (!p.defined()) {
            int first = g;
            int second = h;
            Optional<List<String>> names = x.stats().raters();
            String who =
                names.map(r -> " (" + r.get(first) + ", " + r.get(second) + ")").orElse("");
            return Point.undefined(
                "Cohen's kappa of a rater pair" + who + " is undefined: " + p.reason());
          }
          sum += p.value();
          sumPa += p.pa();
          sumPe += p.pe();
          pairs++;
        }
      }
      return Point.of(sum / pairs, sumPa / pairs, sumPe / pairs);
    }

    @Override
    public @Nullable StandardError standardError(
        Context x, Point estimate, @Nullable UnitData units) {
      return null;
    }
  },

  /** Byrt, Bishop and Carlin's prevalence index {@code (a - d) / n}: two raters, two categories. */
  PREVALENCE_INDEX(false) {
    @Override
    public boolean appliesTo(Context x) {
      return x.m() == 2 && x.k() == 2;
    }

    @Override
    public Point estimate(Context x) {
      return index(x, true);
    }

    @Override
    public @Nullable StandardError standardError(
        Context x, Point estimate, @Nullable UnitData units) {
      return null;
    }
  },

  /** Byrt, Bishop and Carlin's bias index {@code (b - c) / n}: two raters, two categories. */
  BIAS_INDEX(false) {
    @Override
    public boolean appliesTo(Context x) {
      return x.m() == 2 && x.k() == 2;
    }

    @Override
    public Point estimate(Context x) {
      return index(x, false);
    }

    @Override
    public @Nullable StandardError standardError(
        Context x, Point estimate, @Nullable UnitData units) {
      return null;
    }
  };

  /** The method name of the Fleiss, Cohen and Everitt (1969) standard error. */
  static final String FLEISS_COHEN_EVERITT = "fleiss-cohen-everitt-1969";

  /** The method name of Fleiss' (1971) standard error. */
  static final String FLEISS_1971 = "fleiss-1971";

  /** The method name of the null-hypothesis standard error of Fleiss, Nee and Landis (1979). */
  static final String FLEISS_NEE_LANDIS_NULL = "fleiss-nee-landis-1979-null";

  private static final String NO_COMMON_UNIT = "no unit was rated by both raters";

  private final boolean weighted;

  KappaFamily(boolean weighted) {
    this.weighted = weighted;
  }

  @Override
  public boolean usesWeights() {
    return weighted;
  }

  /**
   * Whether the two-rater coefficients follow Gwet's missing-data rule ({@link
   * AgreementOptions.MissingRatings#GWET}).
   */
  static boolean gwetRule(Context x) {
    return x.options().missingRatings() == AgreementOptions.MissingRatings.GWET;
  }

  /** Gwet's variance of Fleiss' kappa (and of Scott's pi under Gwet's rule). */
  private static @Nullable StandardError gwetFleiss(
      Context x, Point estimate, @Nullable UnitData units) {
    AgreementStats<?> s = x.stats();
    return GwetVariance.of(
        units,
        x,
        estimate,
        x.weights(),
        (double) s.units(),
        (double) s.pairableUnits(),
        false,
        GwetVariance.marginal(x.weights(), s.classificationShares()));
  }

  /**
   * The reason of every coefficient that needs the raters' pairwise tables when they were not kept.
   */
  private static Point untracked(Context x) {
    int m = x.stats().raterCount();
    long cells = (long) m * (m - 1) / 2 * x.k() * x.k();
    return Point.undefined(
        "the raters' pairwise tables are not kept: "
            + m
            + " raters and "
            + x.k()
            + " categories need "
            + cells
            + " cells (m(m-1)/2 k^2), more than "
            + AgreementStatsAccumulator.MAX_PAIR_CELLS);
  }

  /** Cohen's kappa of raters {@code g < h}, with the chosen weights. */
  private static Point cohen(Context x, int g, int h) {
    int k = x.k();
    double[] w = x.weights();
    double[] p = x.stats().pairProportions(g, h);
    if (p == null) {
      return Point.undefined(NO_COMMON_UNIT);
    }
    double[] row = new double[k];
    double[] col = new double[k];
    double po = 0;
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        double v = p[a * k + b];
        row[a] += v;
        col[b] += v;
        po += w[a * k + b] * v;
      }
    }
    double pe = 0;
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        pe += w[a * k + b] * row[a] * col[b];
      }
    }
    return Point.chanceCorrected(po, pe, "both raters put every unit in the same single category");
  }

  private static Point index(Context x, boolean prevalence) {
    if (!x.stats().pairsTracked()) {
      return untracked(x);
    }
    double[] p = x.stats().pairProportions(0, 1);
    if (p == null) {
      return Point.undefined(NO_COMMON_UNIT);
    }
    // rows rater 1, columns rater 2
    int pos = SpecificAgreement.positive(x);
    int neg = 1 - pos;
    double a = p[pos * 2 + pos];
    double d = p[neg * 2 + neg];
    double b = p[pos * 2 + neg];
    double c = p[neg * 2 + pos];
    double v = prevalence ? a - d : b - c;
    return Point.of(v, Double.NaN, Double.NaN);
  }

  /**
   * The Fleiss, Cohen and Everitt (1969) standard error of Cohen's kappa, weighted or not: {@code
   * var(k_w) = [sum_ij p_ij (w_ij - (wbar_i. + wbar_.j)(1 - k_w))^2 - (k_w - p_e(1 - k_w))^2] / (n
   * (1 - p_e)^2)} with {@code wbar_i. = sum_j p_.j w_ij} and {@code wbar_.j = sum_i p_i. w_ij};
   * under the null hypothesis of chance agreement {@code [sum_ij p_i. p_.j (w_ij - (wbar_i. +
   * wbar_.j))^2 - p_e^2] / (n (1 - p_e)^2)}.
   *
   * @param x the input, two raters
   * @param estimate Cohen's kappa
   * @param nullHypothesis whether to give the standard error under the null hypothesis
   * @return the standard error, normal interval; null if the raters share no unit or the estimate
   *     is undefined
   */
  static @Nullable StandardError fleissCohenEveritt(
      Context x, Point estimate, boolean nullHypothesis) {
    int k = x.k();
    double[] w = x.weights();
    double[] t = x.stats().pairProportions(0, 1);
    if (t == null || !estimate.defined()) {
      return null;
    }
    double n = t[k * k];
    double[] row = new double[k];
    double[] col = new double[k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        row[a] += t[a * k + b];
        col[b] += t[a * k + b];
      }
    }
    double[] wRow = new double[k];
    double[] wCol = new double[k];
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        wRow[a] += col[b] * w[a * k + b];
        wCol[b] += row[a] * w[a * k + b];
      }
    }
    double kappa = estimate.value();
    double pe = estimate.pe();
    double sum = 0;
    for (int a = 0; a < k; a++) {
      for (int b = 0; b < k; b++) {
        if (nullHypothesis) {
          double d = w[a * k + b] - (wRow[a] + wCol[b]);
          sum += row[a] * col[b] * d * d;
        } else {
          double d = w[a * k + b] - (wRow[a] + wCol[b]) * (1 - kappa);
          sum += t[a * k + b] * d * d;
        }
      }
    }
    double last = nullHypothesis ? pe * pe : Math.pow(kappa - pe * (1 - kappa), 2);
    double var = (sum - last) / (n * (1 - pe) * (1 - pe));
    return StandardError.moment(
        Math.sqrt(Math.max(0, var)),
        n,
        nullHypothesis ? FLEISS_COHEN_EVERITT + "-null" : FLEISS_COHEN_EVERITT);
  }

  /**
   * Fleiss' (1971) standard error of Fleiss' kappa, or under the null hypothesis that of Fleiss,
   * Nee and Landis (1979): see {@link AgreementOptions.FleissVariance} for the formulas. Complete,
   * unweighted designs only.
   */
  private static @Nullable StandardError fleissClassic(Context x, boolean nullHypothesis) {
    AgreementStats<?> s = x.stats();
    if (!s.complete() || !x.options().weights().isIdentity() || s.minRatings() < 2) {
      return null;
    }
    double bigN = s.units();
    double n = s.minRatings();
    double[] p = s.classificationShares();
    double sumSq = 0;
    double sumCube = 0;
    double sumPq = 0;
    double sumPqqp = 0;
    for (double pj : p) {
      double qj = 1 - pj;
      sumSq += pj * pj;
      sumCube += pj * pj * pj;
      sumPq += pj * qj;
      sumPqqp += pj * qj * (qj - pj);
    }
    double factor = 2 / (bigN * n * (n - 1));
    double var;
    if (nullHypothesis) {
      if (!(sumPq > 0)) {
        return null;
      }
      var = factor * (sumPq * sumPq - sumPqqp) / (sumPq * sumPq);
    } else {
      if (!(sumSq < 1)) {
        return null;
      }
      var =
          factor
              * (sumSq - (2 * n - 3) * sumSq * sumSq + 2 * (n - 2) * sumCube)
              / ((1 - sumSq) * (1 - sumSq));
    }
    return StandardError.moment(
        Math.sqrt(Math.max(0, var)), bigN, nullHypothesis ? FLEISS_NEE_LANDIS_NULL : FLEISS_1971);
  }
}
