package dev.appraise.core.model;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A risk-of-bias judgement level, across the common tools.
 *
 * <p>Each tool uses a subset: Cochrane RoB 1 {@link #LOW}, {@link #UNCLEAR}, {@link #HIGH}; RoB 2
 * {@link #LOW}, {@link #SOME_CONCERNS}, {@link #HIGH}; ROBINS-I {@link #LOW}, {@link #MODERATE},
 * {@link #SERIOUS}, {@link #CRITICAL}, {@link #NO_INFORMATION}; QUADAS-2 {@link #LOW}, {@link
 * #UNCLEAR}, {@link #HIGH}. The {@linkplain #severity() severity} puts the levels of different
 * tools on one ordinal scale (0 low, 1 some concerns, unclear or moderate, 2 high or serious, 3
 * critical) so that a body of evidence can be summarised whatever tool judged it; {@link
 * #NO_INFORMATION} has no severity.
 */
public enum RiskOfBiasLevel {
  /** Low risk of bias. */
  LOW("Low", 0),
  /** Unclear risk of bias (RoB 1, QUADAS-2). */
  UNCLEAR("Unclear", 1),
  /** Some concerns (RoB 2). */
  SOME_CONCERNS("Some concerns", 1),
  /** Moderate risk of bias (ROBINS-I). */
  MODERATE("Moderate", 1),
  /** Serious risk of bias (ROBINS-I). */
  SERIOUS("Serious", 2),
  /** High risk of bias. */
  HIGH("High", 2),
  /** Critical risk of bias (ROBINS-I). */
  CRITICAL("Critical", 3),
  /** No information on which to base a judgement (ROBINS-I). */
  NO_INFORMATION("No information", -1);

  private final String label;
  private final int severity;

  RiskOfBiasLevel(String label, int severity) {
    this.label = label;
    this.severity = severity;
  }

  /** {@return the display label, as robvis writes it (e.g. {@code "Some concerns"})} */
  public String label() {
    return label;
  }

  /**
   * {@return the severity on the shared ordinal scale: 0 low, 1 unclear, some concerns or moderate,
   * 2 high or serious, 3 critical; empty for no information}
   */
  public OptionalInt severity() {
    return severity < 0 ? OptionalInt.empty() : OptionalInt.of(severity);
  }

  /**
   * {@return the glyph robvis draws on a judgement's coloured circle (McGuinness and Higgins, Res
   * Synth Methods 2021;12:55-61): {@code +} low, {@code -} some concerns, unclear or moderate,
   * {@code X} high or serious, {@code !} critical, {@code ?} no information}
   */
  public String robvisSymbol() {
    switch (severity) {
      case 0:
        return "+";
      case 1:
        return "-";
      case 2:
        return "X";
      case 3:
        return "!";
      default:
        return "?";
    }
  }

  /** {@return whether this level is high, serious or critical} */
  public boolean isHighOrWorse() {
    return severity >= 2;
  }

  /**
   * Parses a level from its label or constant name, ignoring case, surrounding whitespace, and the
   * separators space, underscore and hyphen ({@code "some concerns"}, {@code "SOME_CONCERNS"},
   * {@code "Some-Concerns"}).
   *
   * @param text the text to parse
   * @return the level, or empty if the text names none
   */
  public static Optional<RiskOfBiasLevel> parse(String text) {
    String key = normalise(text);
    for (RiskOfBiasLevel level : values()) {
      if (normalise(level.name()).equals(key) || normalise(level.label).equals(key)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }

  private static String normalise(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
  }
}
