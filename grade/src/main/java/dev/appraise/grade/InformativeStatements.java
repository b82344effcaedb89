package dev.appraise.grade;

/**
 * The plain-language statement of a finding, chosen by its certainty and the size of its effect
 * from the informative statements of GRADE (Santesso et al., GRADE guidelines 26: informative
 * statements to communicate the findings of systematic reviews of interventions, J Clin Epidemiol
 * 2020;119:126-135; the first wording of each cell):
 *
 * <table>
 *   <caption>Statements by certainty (rows) and size of effect (columns)</caption>
 *   <tr><th>certainty</th><th>large</th><th>moderate</th><th>small</th><th>trivial or none</th></tr>
 *   <tr><td>high</td><td>X results in a large reduction in O</td><td>X reduces O</td><td>X reduces O slightly</td>
 *       <td>X results in little to no difference in O</td></tr>
 *   <tr><td>moderate</td><td>X likely results in a large reduction in O</td><td>X likely reduces O</td>
 *       <td>X likely reduces O slightly</td><td>X likely results in little to no difference in O</td></tr>
 *   <tr><td>low</td><td>X may result in a large reduction in O</td><td>X may reduce O</td>
 *       <td>X may reduce O slightly</td><td>X may result in little to no difference in O</td></tr>
 *   <tr><td>very low</td><td colspan="4">The evidence is very uncertain about the effect of X on O</td></tr>
 * </table>
 *
 * An effect that raises the outcome reads "increase" for "reduce".
 */
public final class InformativeStatements {

  private InformativeStatements() {}

  /**
   * Words a finding.
   *
   * @param certainty the certainty of the evidence
   * @param magnitude the size of the effect
   * @param increase whether the effect raises the outcome (else it lowers it)
   * @param intervention the intervention, as the sentence's subject, e.g. {@code "BCG vaccination"}
   * @param outcome the outcome, e.g. {@code "tuberculosis"}
   * @return the statement, a sentence ending with a full stop
   * @throws IllegalArgumentException if the intervention or the outcome is blank
   */
  public static String of(
      Certainty certainty,
      EffectMagnitude magnitude,
      boolean increase,
      String intervention,
      String outcome) {
    if (intervention.isBlank() || outcome.isBlank()) {
      throw new IllegalArgumentException(
          "a statement needs an intervention and an outcome, was '"
              + intervention
              + "' and '"
              + outcome
              + "'");
    }
    String x = intervention.strip();
    String o = outcome.strip();
    if (certainty == Certainty.VERY_LOW) {
      return "The evidence is very uncertain about the effect of " + x + " on " + o + ".";
    }
    String noun = increase ? "increase" : "reduction";
    String verb = increase ? "increase" : "reduce";
    String verbs = increase ? "increases" : "reduces";
    String hedge =
        certainty == Certainty.HIGH ? "" : certainty == Certainty.MODERATE ? "likely " : "may ";
    boolean may = certainty == Certainty.LOW;
    switch (magnitude) {
      case LARGE:
        return x
            + " "
            + hedge
            + (may ? "result" : "results")
            + " in a large "
            + noun
            + " in "
            + o
            + ".";
      case MODERATE:
        return x + " " + hedge + (may ? verb : verbs) + " " + o + ".";
      case SMALL:
        return x + " " + hedge + (may ? verb : verbs) + " " + o + " slightly.";
      default:
        return x
            + " "
            + hedge
            + (may ? "result" : "results")
            + " in little to no difference in "
            + o
            + ".";
    }
  }
}
