package dev.appraise.core.model;

/** The side of the brain a region lies on. */
public enum Hemisphere {
  /** Left hemisphere. */
  LEFT,
  /** Right hemisphere. */
  RIGHT,
  /** Both hemispheres. */
  BILATERAL,
  /** A midline structure (e.g. the posterior cingulate or the vermis). */
  MIDLINE,
  /** Opposite the painful or stimulated side. */
  CONTRALATERAL,
  /** The same side as the painful or stimulated side. */
  IPSILATERAL
}
