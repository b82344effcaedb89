package dev.appraise.core.model;

/** The stereotactic space in which brain coordinates are given. */
public enum CoordinateSpace {
  /** Montreal Neurological Institute space. */
  MNI,
  /** Talairach and Tournoux space. */
  TALAIRACH
}
