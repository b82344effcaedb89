package dev.appraise.core.model;

/** The stage of the dual-rater workflow at which a risk-of-bias judgement was made. */
public enum JudgementStage {
  /** One rater's independent judgement. */
  INDIVIDUAL,
  /** The judgement the raters agreed on in discussion. */
  CONSENSUS,
  /** The judgement of a third reviewer where consensus was not reached. */
  ADJUDICATED
}
