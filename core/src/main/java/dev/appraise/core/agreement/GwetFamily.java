package dev.appraise.core.agreement;

import org.jspecify.annotations.Nullable;

/**
 * Gwet's unit-level family: the (weighted) percent agreement {@code p_a} of Gwet (2014), averaged
 * over the units with two or more ratings, alone or corrected by a chance agreement that does not
 * follow the product of the margins: Gwet's AC1 and AC2 ({@code p_e} from the spread of the
 * classification shares) and Brennan and Prediger's uniform {@code p_e}. Formulas and references
 * are on the {@link Coefficient} constants. Every member applies to any input (AC2 only with
 * weights other than the identity) and has Gwet's linearisation variance ({@link GwetVariance}).
 */
enum GwetFamily implements Estimator {

  /** Percent agreement: {@code p_a} without chance correction. */
  PERCENT_AGREEMENT(false) {
    @Override
    public Point estimate(Context x) {
      if (x.unpairable()) {
        return Point.undefined(Point.NO_PAIRS);
      }
      double pa = x.stats().weightedAgreement(Weights.flatIdentity(x.k()));
      return Point.of(pa, pa, 0);
    }

    @Override
    public @Nullable StandardError standardError(
        Context x, Point estimate, @Nullable UnitData units) {
      return variance(
          x, estimate, units, Weights.flatIdentity(x.k()), GwetVariance.constant(estimate.pe()));
    }

    @Override
    public double lowerLimit() {
      return 0;
    }
  },

  /** Gwet's AC1: unweighted. */
  AC1(false) {
    @Override
    public Point estimate(Context x) {
      return ac(x, Weights.flatIdentity(x.k()), x.k());
    }

    @Override
    public @Nullable StandardError standardError(
        Context x, Point estimate, @Nullable UnitData units) {
      int k = x.k();
      return variance(
          x, estimate, units, Weights.flatIdentity(k), acChance(x, k / (k * (double) (k - 1))));
    }
  },

  /** Gwet's AC2: AC1 with weights, reported when they are not the identity. */
  AC2(true) {
    @Override
    public boolean appliesTo(Context x) {
      return !x.options().weights().isIdentity();
    }

    @Override
    public Point estimate(Context x) {
      return ac(x, x.weights(), x.weightSum());
    }

    @Override
    public @Nullable StandardError standardError(
        Context x, Point estimate, @Nullable UnitData units) {
      int k = x.k();
      return variance(
          x, estimate, units, x.weights(), acChance(x, x.weightSum() / (k * (double) (k - 1))));
    }
  },

  /** Brennan and Prediger's coefficient: uniform chance agreement. */
  BRENNAN_PREDIGER(true) {
    @Override
    public Point estimate(Context x) {
      if (x.unpairable()) {
        return Point.undefined(Point.NO_PAIRS);
      }
      int k = x.k();
      double pe = x.weightSum() / ((double) k * k);
      return Point.chanceCorrected(
          x.stats().weightedAgreement(x.weights()), pe, "a single category");
    }

    @Override
    public @Nullable StandardError standardError(
        Context x, Point estimate, @Nullable UnitData units) {
      return variance(x, estimate, units, x.weights(), GwetVariance.constant(estimate.pe()));
    }
  };

  private final boolean weighted;

  GwetFamily(boolean weighted) {
    this.weighted = weighted;
  }

  @Override
  public boolean usesWeights() {
    return weighted;
  }

  @Override
  public boolean appliesTo(Context x) {
    return true;
  }

  /** AC1 and AC2: {@code p_e = (sum_kl w_kl / (q (q - 1))) sum_k pi_k (1 - pi_k)}. */
  private static Point ac(Context x, double[] weights, double sumOfWeights) {
    if (x.unpairable()) {
      return Point.undefined(Point.NO_PAIRS);
    }
    int k = x.k();
    if (k < 2) {
      return Point.undefined("a single category: chance agreement is undefined");
    }
    double[] pi = x.stats().classificationShares();
    double spread = 0;
    for (int c = 0; c < k; c++) {
      spread += pi[c] * (1 - pi[c]);
    }
    double pe = sumOfWeights * spread / (k * (double) (k - 1));
    return Point.chanceCorrected(
        x.stats().weightedAgreement(weights), pe, "the weights give full credit to every pair");
  }

  /**
   * AC1's and AC2's unit-level chance agreement {@code pe_i = factor sum_k r_ik (1 - pi_k) / r_i}.
   */
  private static GwetVariance.UnitChance acChance(Context x, double factor) {
    double[] pi = x.stats().classificationShares();
    return (rows, row, r) -> {
      double spread = 0;
      for (int e = rows.start(row); e < rows.end(row); e++) {
        spread += rows.count(e) * (1 - pi[rows.category(e)]);
      }
      return factor * spread / r;
    };
  }

  private static @Nullable StandardError variance(
      Context x,
      Point estimate,
      @Nullable UnitData units,
      double[] w,
      GwetVariance.UnitChance chance) {
    AgreementStats<?> s = x.stats();
    return GwetVariance.of(
        units, x, estimate, w, (double) s.units(), (double) s.pairableUnits(), false, chance);
  }
}
