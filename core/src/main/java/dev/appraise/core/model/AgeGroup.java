package dev.appraise.core.model;

/** The age group a study's population is drawn from. */
public enum AgeGroup {
  /** Children and adolescents (under 18 years). */
  PEDIATRIC,
  /** Adults (18 years and over). */
  ADULT,
  /** Children and adults together. */
  MIXED
}
