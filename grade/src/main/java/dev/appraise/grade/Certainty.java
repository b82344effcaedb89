package dev.appraise.grade;

import java.util.Locale;
import java.util.Optional;

/**
 * The certainty of a body of evidence for one outcome, on GRADE's four-level scale.
 *
 * <p>The definitions follow Balshem et al., GRADE guidelines 3, J Clin Epidemiol 2011;64:401-406,
 * Table 1. Each level has an ordinal {@linkplain #level() level} (4 high to 1 very low), the common
 * symbol of filled and open circles ({@code ⊕⊕⊕⊕} to {@code ⊕◯◯◯}), and its code in the HL7 FHIR
 * code system {@value #FHIR_SYSTEM} ({@code high}, {@code moderate}, {@code low}, {@code very-low};
 * FHIR R5, CodeSystem "EvidenceCertaintyRating", which in R4B was published as {@code
 * http://terminology.hl7.org/CodeSystem/certainty-rating} with the same codes). Display labels that
 * a review words its own way live in {@link CertaintyLabels}.
 */
public enum Certainty {
  /**
   * Very little confidence in the estimate: the true effect is likely to be substantially different
   * from it.
   */
  VERY_LOW(1, "very-low", "Very low"),
  /** Limited confidence in the estimate: the true effect may be substantially different from it. */
  LOW(2, "low", "Low"),
  /**
   * Moderately confident: the true effect is likely to be close to the estimate, but may differ
   * substantially.
   */
  MODERATE(3, "moderate", "Moderate"),
  /** Very confident that the true effect lies close to the estimate of the effect. */
  HIGH(4, "high", "High");

  /** The canonical URL of the FHIR R5 code system whose codes {@link #fhirCode()} returns. */
  public static final String FHIR_SYSTEM = "http://hl7.org/fhir/certainty-rating";

  private static final char FILLED = '\u2295';
  private static final char OPEN = '\u25EF';

  private final int level;
  private final String fhirCode;
  private final String label;

  Certainty(int level, String fhirCode, String label) {
    this.level = level;
    this.fhirCode = fhirCode;
    this.label = label;
  }

  /** {@return the ordinal level: 4 high, 3 moderate, 2 low, 1 very low} */
  public int level() {
    return level;
  }

  /**
   * {@return the symbol: as many filled circles as the level, then open circles up to four, e.g.
   * ⊕⊕◯◯ for low}
   */
  public String symbol() {
    return String.valueOf(FILLED).repeat(level) + String.valueOf(OPEN).repeat(4 - level);
  }

  /** {@return the code in the FHIR certainty-rating code system, e.g. {@code very-low}} */
  public String fhirCode() {
    return fhirCode;
  }

  /** {@return the standard English label, e.g. {@code "Very low"}} */
  public String label() {
    return label;
  }

  /**
   * Returns the certainty of an ordinal level.
   *
   * @param level 1 (very low) to 4 (high)
   * @return the certainty
   * @throws IllegalArgumentException if the level lies outside 1 to 4
   */
  public static Certainty ofLevel(int level) {
    for (Certainty c : values()) {
      if (c.level == level) {
        return c;
      }
    }
    throw new IllegalArgumentException("certainty level must be between 1 and 4, was " + level);
  }

  /**
   * Parses a certainty from its constant name, its label or its FHIR code, ignoring case and the
   * separators space, underscore and hyphen.
   *
   * @param text the text to parse, e.g. {@code "very-low"}, {@code "Very low"} or {@code
   *     "VERY_LOW"}
   * @return the certainty, or empty if the text names none
   */
  public static Optional<Certainty> parse(String text) {
    String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    for (Certainty c : values()) {
      if (c.label.toLowerCase(Locale.ROOT).equals(key)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
