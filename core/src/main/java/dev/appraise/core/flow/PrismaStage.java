package dev.appraise.core.flow;

/**
 * The boxes of the PRISMA 2020 flow diagram, each holding one count of a {@link PrismaFlow}.
 *
 * <p>The first group follows the databases-and-registers column of the diagram, the second the
 * other-methods column, the last the shared "included" box (Page et al., BMJ 2021;372:n71, figure
 * 1).
 */
public enum PrismaStage {
  /** Records identified from databases and registers, in total and per source. */
  RECORDS_IDENTIFIED("records identified from databases and registers"),
  /** Duplicate records removed before screening. */
  DUPLICATES_REMOVED("duplicate records removed"),
  /** Records marked as ineligible by automation tools before screening. */
  RECORDS_REMOVED_BY_AUTOMATION("records marked as ineligible by automation tools"),
  /** Records removed before screening for other reasons. */
  RECORDS_REMOVED_OTHER("records removed for other reasons"),
  /** Records screened (titles and abstracts). */
  RECORDS_SCREENED("records screened"),
  /** Records excluded at screening. */
  RECORDS_EXCLUDED("records excluded"),
  /** Reports sought for retrieval. */
  REPORTS_SOUGHT("reports sought for retrieval"),
  /** Reports not retrieved. */
  REPORTS_NOT_RETRIEVED("reports not retrieved"),
  /** Reports assessed for eligibility (full text). */
  REPORTS_ASSESSED("reports assessed for eligibility"),
  /** Reports excluded after assessment, in total and per reason. */
  REPORTS_EXCLUDED("reports excluded"),
  /** Reports found eligible through databases and registers. */
  INCLUDED_FROM_DATABASES("reports included from databases and registers"),
  /** Records identified by other methods (reference lists, websites, citation searching, ...). */
  OTHER_RECORDS_IDENTIFIED("records identified from other methods"),
  /** Reports sought for retrieval from other methods. */
  OTHER_REPORTS_SOUGHT("reports sought for retrieval (other methods)"),
  /** Reports from other methods not retrieved. */
  OTHER_REPORTS_NOT_RETRIEVED("reports not retrieved (other methods)"),
  /** Reports from other methods assessed for eligibility. */
  OTHER_REPORTS_ASSESSED("reports assessed for eligibility (other methods)"),
  /** Reports from other methods excluded after assessment, in total and per reason. */
  OTHER_REPORTS_EXCLUDED("reports excluded (other methods)"),
  /** Reports found eligible through other methods. */
  INCLUDED_FROM_OTHER_METHODS("reports included from other methods"),
  /** Studies included in the review. */
  STUDIES_INCLUDED("studies included in review"),
  /** Reports of the included studies. */
  REPORTS_OF_INCLUDED_STUDIES("reports of included studies");

  private final String label;

  PrismaStage(String label) {
    this.label = label;
  }

  /** {@return the name of the stage as it reads in a sentence, e.g. {@code "records screened"}} */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
