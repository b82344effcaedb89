package dev.appraise.core.model;

/** What the comparison group of a study received. */
public enum ComparatorKind {
  /** No treatment. */
  NO_TREATMENT,
  /** A waiting list, treated after the study period. */
  WAITING_LIST,
  /** Education material only (leaflets, a booklet, an information session). */
  EDUCATION_MATERIAL,
  /**
   * Pain-free healthy controls, who are not treated but give a reference for the patients' brains.
   */
  HEALTHY_CONTROLS,
  /** Usual care or treatment as usual. */
  USUAL_CARE,
  /** A placebo or sham procedure. */
  PLACEBO_SHAM,
  /** Anything else; the comparator's label says what. */
  OTHER
}
