package dev.appraise.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Proposes an inconsistency rating from I² and the directions of the study effects.
 *
 * <p>I² is read against the overlapping bands of the Cochrane Handbook (version 6.4, section
 * 10.10.2): 0 % to 40 % might not be important, 30 % to 60 % may represent moderate, 50 % to 90 %
 * substantial, and 75 % to 100 % considerable heterogeneity. GRADE rates down for inconsistency
 * when point estimates vary widely, intervals overlap little and I² is large (Guyatt et al., GRADE
 * guidelines 7, J Clin Epidemiol 2011;64:1294-1302); whether effects point in opposite directions
 * matters most. The rule, with its thresholds as parameters:
 *
 * <ul>
 *   <li>I² &ge; {@link #withConsiderable(double) 75 %}: -2 when study effects point in opposite
 *       directions, else -1;
 *   <li>I² &ge; {@link #withSubstantial(double) 50 %}: -1 when study effects point in opposite
 *       directions, else 0;
 *   <li>lower I²: 0;
 *   <li>no I²: -1 when study effects point in opposite directions, else 0;
 *   <li>a single study: 0, inconsistency cannot be judged.
 * </ul>
 *
 * <p>Directions count only study effects whose intervals exclude no effect, so that imprecise
 * studies around the null are not read as disagreement.
 */
public final class InconsistencyPolicy implements SuggestionPolicy {

  private static final String BASIS =
      "Cochrane Handbook 6.4, section 10.10.2; Guyatt et al., GRADE guidelines 7, J Clin Epidemiol 2011;64:1294-1302";

  private final double substantial;
  private final double considerable;

  private InconsistencyPolicy(double substantial, double considerable) {
    if (!(substantial >= 0 && substantial <= considerable && considerable <= 100)) {
      throw new IllegalArgumentException(
          "inconsistency thresholds must satisfy 0 <= substantial <= considerable <= 100, was "
              + substantial
              + " and "
              + considerable);
    }
    this.substantial = substantial;
    this.considerable = considerable;
  }

  /** {@return the policy with thresholds 50 % and 75 %} */
  public static InconsistencyPolicy withDefaults() {
    return new InconsistencyPolicy(50, 75);
  }

  /**
   * Returns a copy with another threshold for substantial heterogeneity.
   *
   * @param percent the I² threshold in percent
   * @return the new policy
   */
  public InconsistencyPolicy withSubstantial(double percent) {
    return new InconsistencyPolicy(percent, considerable);
  }

  /**
   * Returns a copy with another threshold for considerable heterogeneity.
   *
   * @param percent the I² threshold in percent
   * @return the new policy
   */
  public InconsistencyPolicy withConsiderable(double percent) {
    return new InconsistencyPolicy(substantial, percent);
  }

  @Override
  public String name() {
    return "inconsistency (I\u00b2 bands, directions of effect)";
  }

  @Override
  public CertaintyDomain domain() {
    return CertaintyDomain.INCONSISTENCY;
  }

  @Override
  public Optional<Suggestion> suggest(EvidenceBody evidence) {
    if (evidence.studies() == 1) {
      return Optional.of(suggestion(0, "a single study: inconsistency cannot be judged"));
    }
    boolean opposite = oppositeDirections(evidence.studyEffects());
    if (evidence.iSquared().isEmpty() && evidence.studyEffects().size() < 2) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    int levels;
    if (evidence.iSquared().isPresent()) {
      double i2 = evidence.iSquared().getAsDouble();
      parts.add(String.format(Locale.ROOT, "I\u00b2 = %.0f %% (%s)", i2, bands(i2)));
      if (i2 >= considerable) {
        levels = opposite ? -2 : -1;
      } else if (i2 >= substantial) {
        levels = opposite ? -1 : 0;
      } else {
        levels = 0;
      }
    } else {
      levels = opposite ? -1 : 0;
    }
    parts.add(
        opposite
            ? "study effects point in opposite directions"
            : "study effects point the same way or are null");
    parts.add(levels == 0 ? "not serious" : levels == -1 ? "serious" : "very serious");
    return Optional.of(suggestion(levels, String.join("; ", parts)));
  }

  /**
   * Names the Cochrane Handbook bands an I² value falls in; the bands overlap, so a value may fall
   * in two.
   *
   * @param i2 I² in percent
   * @return e.g. {@code "may represent moderate heterogeneity, may represent substantial
   *     heterogeneity"}
   */
  public static String bands(double i2) {
    List<String> bands = new ArrayList<>();
    if (i2 <= 40) {
      bands.add("might not be important");
    }
    if (i2 >= 30 && i2 <= 60) {
      bands.add("may represent moderate heterogeneity");
    }
    if (i2 >= 50 && i2 <= 90) {
      bands.add("may represent substantial heterogeneity");
    }
    if (i2 >= 75) {
      bands.add("considerable heterogeneity");
    }
    return String.join(", ", bands);
  }

  private static boolean oppositeDirections(List<Effect> effects) {
    boolean above = false;
    boolean below = false;
    for (Effect e : effects) {
      if (e.lower() > e.nullValue()) {
        above = true;
      } else if (e.upper() < e.nullValue()) {
        below = true;
      }
    }
    return above && below;
  }

  private Suggestion suggestion(int levels, String rationale) {
    return Suggestion.builder()
        .rating(Rating.builder().domain(domain()).levels(levels).footnote(rationale).build())
        .policy(name())
        .basis(BASIS)
        .build();
  }
}
