package dev.appraise.core.model;

/**
 * The design of a primary study, each with the level at which GRADE starts rating a body of
 * evidence built from it.
 *
 * <p>Randomised trials start high; observational designs start low (Guyatt et al., GRADE guidelines
 * 3, J Clin Epidemiol 2011;64:401-406). Non-randomised studies assessed with ROBINS-I may start
 * high (Schünemann et al., GRADE guidelines 18, J Clin Epidemiol 2019;111:105-114); that choice
 * belongs to the grading, not to the design.
 */
public enum StudyDesign {
  /** Individually or cluster randomised controlled trial. */
  RANDOMISED_CONTROLLED_TRIAL(GradeStart.HIGH),
  /** Non-randomised controlled trial: allocation by the investigators, not at random. */
  NON_RANDOMISED_CONTROLLED_TRIAL(GradeStart.LOW),
  /** Cohort with a concurrent control group (for example patients against pain-free controls). */
  CONTROLLED_COHORT(GradeStart.LOW),
  /** Cohort without a control group, e.g. pre-post in one group. */
  UNCONTROLLED_COHORT(GradeStart.LOW),
  /** Case-control study. */
  CASE_CONTROL(GradeStart.LOW),
  /** Cross-sectional study. */
  CROSS_SECTIONAL(GradeStart.LOW),
  /** Case series or case report. */
  CASE_SERIES(GradeStart.LOW);

  /** The level at which GRADE starts for a design, before any rating down or up. */
  public enum GradeStart {
    /** Start at high certainty. */
    HIGH,
    /** Start at low certainty. */
    LOW
  }

  private final GradeStart gradeStart;

  StudyDesign(GradeStart gradeStart) {
    this.gradeStart = gradeStart;
  }

  /** {@return the GRADE starting level for evidence from studies of this design} */
  public GradeStart gradeStart() {
    return gradeStart;
  }

  /** {@return whether participants were allocated at random} */
  public boolean isRandomised() {
    return this == RANDOMISED_CONTROLLED_TRIAL;
  }
}
