package dev.appraise.robtool;

/**
 * Whether a domain judges risk of bias or, as QUADAS-2's applicability domains do, concerns about
 * applicability.
 */
public enum DomainKind {
  /** A risk-of-bias domain. */
  RISK_OF_BIAS,
  /** A domain judging concerns about applicability to the review question (QUADAS-2). */
  APPLICABILITY
}
