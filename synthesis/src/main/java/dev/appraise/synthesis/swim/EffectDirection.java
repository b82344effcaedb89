package dev.appraise.synthesis.swim;

import dev.appraise.core.model.ChangeDirection;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The direction of one result as vote counting and the effect-direction plot read it: whether the
 * intervention did better or worse than its comparator, whatever the size or the statistical
 * significance of the difference (Cochrane Handbook, ch. 12.2.2.3; Boon and Thomson 2021). The plot
 * draws {@link #FAVOURS_INTERVENTION} as an upward arrow, {@link #FAVOURS_COMPARATOR} as a downward
 * one and the other two as a sideways arrow.
 *
 * <p>Each direction has a short code, the spelling of input files: {@code up}, {@code down}, {@code
 * none}, {@code mixed}. {@code up} means a result that favours the intervention (a benefit), not a
 * measure that went up: a fall in pain is {@code up}.
 *
 * <p>References: McKenzie JE, Brennan SE (2019), Synthesizing and presenting findings using other
 * methods, in Cochrane Handbook for Systematic Reviews of Interventions, ch. 12. Boon MH, Thomson H
 * (2021), The effect direction plot revisited: application of the 2019 Cochrane Handbook guidance
 * on alternative synthesis methods, Res Synth Methods 12:29-33.
 */
public enum EffectDirection {

  /** The result favours the intervention (a benefit; the upward arrow). Code {@code up}. */
  FAVOURS_INTERVENTION("up"),

  /** The result favours the comparator (a harm; the downward arrow). Code {@code down}. */
  FAVOURS_COMPARATOR("down"),

  /** No change, or no difference between the groups (the sideways arrow). Code {@code none}. */
  NO_CHANGE("none"),

  /**
   * Mixed or conflicting results, or a change that cannot be read as better or worse (the sideways
   * arrow). Code {@code mixed}.
   */
  CONFLICTING("mixed");

  private final String code;

  EffectDirection(String code) {
    this.code = code;
  }

  /** {@return the short code: {@code up}, {@code down}, {@code none} or {@code mixed}} */
  public String code() {
    return code;
  }

  /**
   * {@return whether the direction counts in the sign test: it favours one side; {@link #NO_CHANGE}
   * and {@link #CONFLICTING} do not}
   */
  public boolean hasDirection() {
    return this == FAVOURS_INTERVENTION || this == FAVOURS_COMPARATOR;
  }

  /**
   * {@return the direction with intervention and comparator swapped; no change and conflicting
   * stay}
   */
  public EffectDirection reversed() {
    switch (this) {
      case FAVOURS_INTERVENTION:
        return FAVOURS_COMPARATOR;
      case FAVOURS_COMPARATOR:
        return FAVOURS_INTERVENTION;
      default:
        return this;
    }
  }

  /**
   * The direction of a code.
   *
   * @param code {@code up}, {@code down}, {@code none} or {@code mixed}, ignoring case and
   *     surrounding white space
   * @return the direction
   * @throws IllegalArgumentException naming the codes if the text is none of them
   */
  public static EffectDirection of(String code) {
    return parse(code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "direction must be one of up, down, none, mixed, was '" + code + "'"));
  }

  /**
   * The direction of a code, if it is one.
   *
   * @param code the text, case and surrounding white space ignored
   * @return the direction, or empty if the text is no code
   */
  public static Optional<EffectDirection> parse(String code) {
    String key = code.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(d -> d.code.equals(key)).findFirst();
  }

  /**
   * Reads a direction of change (core's {@link ChangeDirection}, of an imaging or clinical outcome)
   * as an effect direction, given the change that counts as an improvement for the outcome: a
   * change in that direction favours the intervention and the opposite change favours the
   * comparator; {@link ChangeDirection#NORMALISATION_TOWARD_CONTROLS} favours the intervention
   * whatever the improvement; {@link ChangeDirection#NO_CHANGE} is {@link #NO_CHANGE}; a {@link
   * ChangeDirection#SHIFT} or {@link ChangeDirection#MIXED} change has no single direction and is
   * {@link #CONFLICTING}.
   *
   * @param change the direction of change a study reports
   * @param improvement the direction that counts as an improvement, {@link
   *     ChangeDirection#INCREASE} (e.g. grey matter where patients have less) or {@link
   *     ChangeDirection#DECREASE} (e.g. pain)
   * @return the effect direction
   * @throws IllegalArgumentException if {@code improvement} is neither an increase nor a decrease
   */
  public static EffectDirection fromChange(ChangeDirection change, ChangeDirection improvement) {
    if (improvement != ChangeDirection.INCREASE && improvement != ChangeDirection.DECREASE) {
      throw new IllegalArgumentException(
          "improvement must be INCREASE or DECREASE, was " + improvement);
    }
    switch (change) {
      case INCREASE:
      case DECREASE:
        return change == improvement ? FAVOURS_INTERVENTION : FAVOURS_COMPARATOR;
      case NORMALISATION_TOWARD_CONTROLS:
        return FAVOURS_INTERVENTION;
      case NO_CHANGE:
        return NO_CHANGE;
      default:
        return CONFLICTING;
    }
  }
}
