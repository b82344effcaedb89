package dev.appraise.core.model;

/** How a reported statistic was corrected for multiple comparisons. */
public enum CorrectionMethod {
  /** Family-wise error rate (voxel- or peak-level). */
  FWE,
  /** Cluster-level family-wise error rate. */
  CLUSTER_FWE,
  /** False discovery rate. */
  FDR,
  /** Bonferroni correction. */
  BONFERRONI,
  /** No correction. */
  UNCORRECTED,
  /** Another method (e.g. threshold-free cluster enhancement or permutation). */
  OTHER
}
