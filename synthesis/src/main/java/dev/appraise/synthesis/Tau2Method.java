package dev.appraise.synthesis;

/**
 * The estimator of the between-study variance tau², with metafor's names ({@code rma.uni}'s {@code
 * method}).
 *
 * <p>Notation: {@code k} studies with estimates {@code y} and variances {@code v}, model matrix
 * {@code X} with {@code p} columns, weights {@code W = diag(w)} and {@code P(w) = W - W X (X'WX)⁻¹
 * X'W}, so that {@code y'P(w)y} is the weighted residual sum of squares. Non-iterative estimates
 * below 0 are truncated to 0.
 */
public enum Tau2Method {

  /**
   * Equal effects (metafor's {@code "FE"}/{@code "EE"}): tau² is 0 by assumption, weights {@code
   * 1/v}; I² and H² come from Q: {@code I² = max(0, (Q - (k-p))/Q)}, {@code H² = Q/(k-p)}.
   */
  FE(false),

  /**
   * DerSimonian and Laird (1986), the method of moments on Cochran's Q with {@code w = 1/v}: {@code
   * tau² = (Q - (k-p)) / tr(P)}; for {@code p = 1}, {@code tr(P) = Σw - Σw²/Σw}.
   */
  DL(false),

  /**
   * Hedges (1983), Hedges and Olkin (1985): the unweighted method of moments, {@code tau² =
   * (y'P(1)y - tr(P(1) V)) / (k-p)} with unit weights; for {@code p = 1}, the variance of {@code y}
   * minus the mean of {@code v}.
   */
  HE(false),

  /** Hunter and Schmidt (1990): {@code tau² = (Q - k) / Σw} with {@code w = 1/v}. */
  HS(false),

  /**
   * Sidik and Jonkman (2005): from the initial value {@code tau0² = Σ(y - ȳ)²/k}, {@code tau² =
   * tau0² y'P(w0)y / (k-p)} with {@code w0 = 1/(v + tau0²)}; positive unless every {@code y} is
   * equal.
   */
  SJ(false),

  /**
   * Maximum likelihood (Viechtbauer 2005) by Fisher scoring: from the HE estimate, steps {@code
   * (y'PPy - Σw) / Σw²} with {@code w = 1/(v + tau²)}, halved while they would cross 0, until a
   * change is below the threshold.
   */
  ML(true),

  /**
   * Restricted maximum likelihood (Viechtbauer 2005), metafor's default, by Fisher scoring: from
   * the HE estimate, steps {@code (y'PPy - tr(P)) / tr(PP)}, halved while they would cross 0.
   */
  REML(true),

  /**
   * Empirical Bayes (Morris 1983; Berkey et al. 1995), by Fisher scoring: steps {@code (y'Py
   * k/(k-p) - k) / Σw}; it converges to the root of {@code y'Py = k-p} and so equals PM up to the
   * iteration tolerance.
   */
  EB(true),

  /**
   * Paule and Mandel (1982): the root of the generalized Q statistic {@code y'P(w)y = k - p} in
   * {@code tau²} with {@code w = 1/(v + tau²)}, found by Brent's method in {@code [0, max(100, 10
   * mad(y)²)]}; 0 when {@code Q(0) < k - p}.
   */
  PM(true);

  private final boolean iterative;

  Tau2Method(boolean iterative) {
    this.iterative = iterative;
  }

  /**
   * {@return whether the model has a random-effects component, that is every method but {@link
   * #FE}}
   */
  public boolean isRandomEffects() {
    return this != FE;
  }

  /**
   * {@return whether the estimate is found iteratively (ML, REML, EB, PM) and can fail to converge}
   */
  public boolean isIterative() {
    return iterative;
  }
}
