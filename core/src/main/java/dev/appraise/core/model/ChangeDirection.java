package dev.appraise.core.model;

/** The direction of an imaging or clinical change. */
public enum ChangeDirection {
  /** An increase. */
  INCREASE,
  /** A decrease. */
  DECREASE,
  /**
   * A shift of location or pattern without a single direction (e.g. a connectivity shift from one
   * network to another).
   */
  SHIFT,
  /** A change bringing patients closer to healthy controls. */
  NORMALISATION_TOWARD_CONTROLS,
  /** No change detected. */
  NO_CHANGE,
  /** Increases and decreases in different regions or measures. */
  MIXED
}
