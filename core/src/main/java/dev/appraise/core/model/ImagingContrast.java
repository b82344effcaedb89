package dev.appraise.core.model;

/** The comparison an imaging finding rests on. */
public enum ImagingContrast {
  /** Before against after treatment, within one group. */
  PRE_POST_WITHIN_GROUP,
  /** The group by time interaction: change under treatment against change under the comparator. */
  GROUP_BY_TIME,
  /** Patients against healthy controls at one time point. */
  PATIENTS_VS_CONTROLS
}
