package dev.appraise.core.model;

/** The direction of an association between an imaging finding and a clinical measure. */
public enum CorrelationDirection {
  /** A positive association. */
  POSITIVE,
  /** A negative association. */
  NEGATIVE,
  /** No association found. */
  NONE
}
