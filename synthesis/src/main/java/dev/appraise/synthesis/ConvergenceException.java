package dev.appraise.synthesis;

/**
 * An iterative computation (a tau² estimator or a Q-profile bound) did not reach its tolerance. The
 * message names the computation, the iterations spent and the last change; no value is returned in
 * its place.
 */
public final class ConvergenceException extends ArithmeticException {

  private static final long serialVersionUID = 1L;

  /** What was computed. */
  private final String computation;

  /** The iterations spent. */
  private final int iterations;

  /** The last change of the iterate. */
  private final double lastChange;

  /** What went wrong or what to try. */
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param computation what was computed, e.g. {@code "REML tau² (Fisher scoring)"}
   * @param iterations the iterations spent
   * @param lastChange the last change of the iterate ({@code NaN} if none is known)
   * @param detail what went wrong or what to try, appended to the message
   */
  public ConvergenceException(
      String computation, int iterations, double lastChange, String detail) {
    super(
        computation
            + " did not converge after "
            + iterations
            + " iterations (last change "
            + lastChange
            + "): "
            + detail);
    this.computation = computation;
    this.iterations = iterations;
    this.lastChange = lastChange;
    this.detail = detail;
  }

  /** {@return what was computed, e.g. {@code "REML tau² (Fisher scoring)"}} */
  public String computation() {
    return computation;
  }

  /** {@return the iterations spent} */
  public int iterations() {
    return iterations;
  }

  /** {@return the last change of the iterate, {@code NaN} if none is known} */
  public double lastChange() {
    return lastChange;
  }

  /** {@return what went wrong or what to try, the end of the message} */
  public String detail() {
    return detail;
  }
}
