package dev.appraise.core.check;

/** The outcome of checking one reported number or one equation between reported numbers. */
public enum Verdict {
  /** The reported number agrees with what the other reported numbers imply. */
  CONSISTENT,
  /** The reported number disagrees with what the other reported numbers imply. */
  INCONSISTENT,
  /**
   * The check cannot be made because a number it needs is unreported (or the check is undefined).
   */
  NOT_EVALUABLE
}
