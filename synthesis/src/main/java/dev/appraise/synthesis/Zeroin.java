package dev.appraise.synthesis;

import java.util.function.DoubleUnaryOperator;

/**
 * Brent's root finding (Brent 1973, ch. 4; the ZEROIN of Forsythe, Malcolm and Moler 1977) with the
 * step rules and the tolerance convention of R's {@code uniroot}: the actual tolerance at an
 * iterate {@code b} is {@code 2 ε |b| + tol/2}, the search stops when half the bracket is within it
 * or {@code f(b) = 0}, and the function values at the ends are given. Following the same steps, it
 * returns the same iterate as {@code uniroot} and so reproduces metafor's PM estimates and
 * Q-profile bounds to far better than the tolerance; Commons Math's {@code BrentSolver} starts from
 * the midpoint and would agree only to the tolerance ({@code 1.2e-4} in metafor).
 *
 * <p>References: Brent RP (1973), Algorithms for minimization without derivatives, Prentice-Hall.
 * Forsythe GE, Malcolm MA, Moler CB (1977), Computer methods for mathematical computations,
 * Prentice-Hall.
 */
final class Zeroin {

  /**
   * R's {@code .Machine$double.eps^0.25}, uniroot's default tolerance and metafor's {@code
   * control$tol}.
   */
  static final double R_TOLERANCE = Math.pow(Math.ulp(1.0), 0.25);

  private static final double EPSILON = Math.ulp(1.0);

  /**
   * The root found and the iterations spent; {@code iterations < 0} when the limit was reached
   * first.
   */
  record Root(double root, int iterations, double bracket) {}

  private Zeroin() {}

  /**
   * Finds a root of {@code f} in {@code [lower, upper]}, where {@code fLower} and {@code fUpper}
   * have opposite signs (or one is 0).
   *
   * @param f the function
   * @param lower the lower end
   * @param upper the upper end
   * @param fLower {@code f(lower)}
   * @param fUpper {@code f(upper)}
   * @param tol the tolerance
   * @param maxIterations the iteration limit (R's {@code maxiter})
   * @return the root, with {@code iterations = -1} if the limit was reached
   */
  static Root find(
      DoubleUnaryOperator f,
      double lower,
      double upper,
      double fLower,
      double fUpper,
      double tol,
      int maxIterations) {
    double a = lower;
    double b = upper;
    double fa = fLower;
    double fb = fUpper;
    double c = a;
    double fc = fa;
    if (fa == 0) {
      return new Root(a, 0, 0);
    }
    if (fb == 0) {
      return new Root(b, 0, 0);
    }
    int left = maxIterations + 1;
    while (left-- > 0) {
      double previousStep = b - a;
      if (Math.abs(fc) < Math.abs(fb)) {
        a = b;
        b = c;
        c = a;
        fa = fb;
        fb = fc;
        fc = fa;
      }
      double tolAct = 2 * EPSILON * Math.abs(b) + tol / 2;
      double newStep = (c - b) / 2;
      if (Math.abs(newStep) <= tolAct || fb == 0) {
        return new Root(b, maxIterations + 1 - left - 1, Math.abs(c - b));
      }
      if (Math.abs(previousStep) >= tolAct && Math.abs(fa) > Math.abs(fb)) {
        double p;
        double q;
        double cb = c - b;
        if (a == c) {
          // two distinct points: secant step
          double t1 = fb / fa;
          p = cb * t1;
          q = 1.0 - t1;
        } else {
          // inverse quadratic interpolation
          q = fa / fc;
          double t1 = fb / fc;
          double t2 = fb / fa;
          p = t2 * (cb * q * (q - t1) - (b - a) * (t1 - 1.0));
          q = (q - 1.0) * (t1 - 1.0) * (t2 - 1.0);
        }
        if (p > 0) {
          q = -q;
        } else {
          p = -p;
        }
        if (p < (0.75 * cb * q - Math.abs(tolAct * q) / 2) && p < Math.abs(previousStep * q / 2)) {
          newStep = p / q;
        }
      }
      if (Math.abs(newStep) < tolAct) {
        newStep = newStep > 0 ? tolAct : -tolAct;
      }
      a = b;
      fa = fb;
      b += newStep;
      fb = f.applyAsDouble(b);
      if ((fb > 0 && fc > 0) || (fb < 0 && fc < 0)) {
        c = a;
        fc = fa;
      }
    }
    return new Root(b, -1, Math.abs(c - b));
  }
}
