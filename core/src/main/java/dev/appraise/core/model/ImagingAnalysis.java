package dev.appraise.core.model;

/** The analysis that produced an imaging finding. */
public enum ImagingAnalysis {
  /** Seed-based functional connectivity. */
  SEED_BASED_FC,
  /** Independent component analysis of functional networks. */
  ICA_NETWORK,
  /** Voxel-based morphometry. */
  VBM,
  /** Surface-based morphometry, such as cortical thickness. */
  SURFACE_BASED,
  /** Region-of-interest analysis. */
  ROI,
  /** Whole-brain general linear model of task activation. */
  WHOLE_BRAIN_GLM,
  /** Any other analysis. */
  OTHER
}
