package dev.appraise.synthesis;

/**
 * Which 2x2 tables get the continuity correction: metafor's {@code to} argument of {@code escalc}.
 */
public enum CorrectionScope {
  /** Only tables with at least one zero cell ({@code to = "only0"}, metafor's default). */
  ONLY_ZERO,
  /** Every table ({@code to = "all"}). */
  ALL,
  /**
   * Every table, when at least one table of the analysis has a zero cell ({@code to = "if0all"}).
   */
  IF_ANY_ZERO,
  /**
   * No table ({@code to = "none"}); a zero cell can then make a measure undefined, which is
   * rejected.
   */
  NONE
}
