package dev.appraise.core.model;

/** A restriction of a population to one sex, as the study's eligibility criteria state it. */
public enum SexRestriction {
  /** Both sexes eligible. */
  NONE,
  /** Women (or girls) only. */
  WOMEN_ONLY,
  /** Men (or boys) only. */
  MEN_ONLY
}
