package dev.appraise.synthesis;

/**
 * The side of the funnel plot on which trim-and-fill takes studies to be missing (metafor's {@code
 * side}).
 */
public enum FunnelSide {

  /** Studies are missing below the pooled estimate; the filled studies lie left of it. */
  LEFT,

  /** Studies are missing above the pooled estimate; the filled studies lie right of it. */
  RIGHT;

  /** {@return metafor's name of the side, {@code "left"} or {@code "right"}} */
  public String metaforName() {
    return this == LEFT ? "left" : "right";
  }
}
