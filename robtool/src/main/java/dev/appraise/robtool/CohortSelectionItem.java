package dev.appraise.robtool;

/**
 * Whether Cochrane RoB 1 carries an item for selection bias in cohort studies (recruitment of
 * patients and controls, how the diagnosis was made, any history of the disease in healthy
 * controls), as reviews including controlled cohorts often add; the seed review used item 7, "other
 * bias", for it.
 */
public enum CohortSelectionItem {
  /** The seven standard domains only. */
  NONE,
  /** An eighth domain, {@code D8}, for selection bias in cohort studies. */
  ADDED,
  /** ToolDomain {@code D7}, "other bias", is used for selection bias in cohort studies. */
  REPLACES_OTHER_BIAS
}
