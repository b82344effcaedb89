package dev.appraise.synthesis.swim;

/**
 * The nine reporting items of the SWiM guideline (Synthesis Without Meta-analysis; Campbell M,
 * McKenzie JE, Sowden A et al. (2020), BMJ 368:l6890, Table 1), in their order, for a report to
 * answer one by one.
 */
public enum SwimItem {

  /**
   * Item 1: the groups used in the synthesis and why (population, intervention, outcome, design).
   */
  GROUPING(
      1,
      "Grouping studies for synthesis",
      "Describe the groups used in the synthesis and the rationale for them, and any change from the protocol."),
  /** Item 2: the standardised metric of each outcome and how results were transformed to it. */
  STANDARDISED_METRIC(
      2,
      "Standardised metric and transformation methods",
      "Describe the standardised metric for each outcome, why it was chosen, and how results were transformed to it."),
  /** Item 3: the synthesis method used where effect estimates are not pooled, and why. */
  SYNTHESIS_METHOD(
      3,
      "Synthesis methods",
      "Describe and justify the methods used to synthesise results when meta-analysis is not used."),
  /** Item 4: how results were chosen for the synthesis when a study has several. */
  PRIORITISATION(
      4,
      "Criteria used to prioritise results for summary and synthesis",
      "Describe the criteria used to decide which results to prioritise, and why."),
  /** Item 5: how the synthesis results were examined against study characteristics. */
  HETEROGENEITY(
      5,
      "Investigation of heterogeneity in reported effects",
      "Describe the methods used to examine heterogeneity in the observed effects."),
  /** Item 6: how the certainty of the synthesised findings was assessed. */
  CERTAINTY(
      6,
      "Certainty of evidence",
      "Describe the methods used to assess the certainty of the synthesis findings."),
  /** Item 7: the tables and plots that show the studies' results and the synthesis. */
  DATA_PRESENTATION(
      7,
      "Data presentation methods",
      "Describe the tabular and visual methods used to present the studies' results and the synthesis."),
  /**
   * Item 8: each synthesis's findings, with the number of studies and participants and the
   * certainty.
   */
  REPORTING_RESULTS(
      8,
      "Reporting results",
      "For each synthesis, give the findings, the studies and participants contributing, and the certainty."),
  /** Item 9: the limitations of the synthesis methods and of the grouped studies. */
  LIMITATIONS(
      9,
      "Limitations of the synthesis",
      "Report the limitations of the synthesis methods and of the studies grouped for synthesis.");

  private final int number;
  private final String title;
  private final String description;

  SwimItem(int number, String title, String description) {
    this.number = number;
    this.title = title;
    this.description = description;
  }

  /** {@return the item's number in the guideline, 1 to 9} */
  public int number() {
    return number;
  }

  /** {@return the item's title, e.g. {@code "Grouping studies for synthesis"}} */
  public String title() {
    return title;
  }

  /** {@return what the item asks a review to report, in short} */
  public String description() {
    return description;
  }
}
