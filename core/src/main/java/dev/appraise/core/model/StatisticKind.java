package dev.appraise.core.model;

/** The kind of a reported test statistic. */
public enum StatisticKind {
  /** Student's t. */
  T,
  /** A z score. */
  Z,
  /** An F ratio. */
  F,
  /** A correlation coefficient r. */
  R
}
