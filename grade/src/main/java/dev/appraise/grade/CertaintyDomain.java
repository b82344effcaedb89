package dev.appraise.grade;

import java.util.Locale;
import java.util.Optional;

/**
 * A GRADE domain: one of the five reasons to rate a body of evidence down, or one of the three
 * reasons to rate it up.
 *
 * <p>Each domain allows a range of levels: risk of bias, inconsistency, indirectness and
 * publication bias 0, -1 or -2 (Guyatt et al., GRADE guidelines 4, 5, 7 and 8, J Clin Epidemiol
 * 2011;64); imprecision also -3 (Zeng et al., GRADE guidance 34, J Clin Epidemiol
 * 2022;150:216-224); large effect +1 or +2, dose-response gradient +1 and plausible residual
 * confounding +1 (Guyatt et al., GRADE guidelines 9, J Clin Epidemiol 2011;64:1311-1316). Each
 * domain also carries its code in the FHIR R5 code system {@code
 * http://hl7.org/fhir/certainty-type}.
 */
public enum CertaintyDomain {
  /** Limitations in study design and execution. */
  RISK_OF_BIAS("risk-of-bias", "Risk of bias", "RiskOfBias", -2, 0),
  /** Unexplained heterogeneity of results. */
  INCONSISTENCY("inconsistency", "Inconsistency", "Inconsistency", -2, 0),
  /** Differences in population, intervention, comparator or outcome from the question. */
  INDIRECTNESS("indirectness", "Indirectness", "Indirectness", -2, 0),
  /** Wide confidence intervals or too little information. */
  IMPRECISION("imprecision", "Imprecision", "Imprecision", -3, 0),
  /** Selective publication of studies or results. */
  PUBLICATION_BIAS("publication-bias", "Publication bias", "PublicationBias", -2, 0),
  /** A large (+1) or very large (+2) magnitude of effect. */
  LARGE_EFFECT("large-effect", "Large effect", "LargeEffect", 0, 2),
  /** A dose-response gradient. */
  DOSE_RESPONSE("dose-response", "Dose-response gradient", "DoseResponseGradient", 0, 1),
  /**
   * All plausible residual confounding would reduce a demonstrated effect or suggest a spurious
   * one.
   */
  RESIDUAL_CONFOUNDING(
      "residual-confounding", "Plausible residual confounding", "PlausibleConfounding", 0, 1);

  private final String code;
  private final String label;
  private final String fhirCode;
  private final int minLevels;
  private final int maxLevels;

  CertaintyDomain(String code, String label, String fhirCode, int minLevels, int maxLevels) {
    this.code = code;
    this.label = label;
    this.fhirCode = fhirCode;
    this.minLevels = minLevels;
    this.maxLevels = maxLevels;
  }

  /** {@return the stable lower-case code, e.g. {@code publication-bias}} */
  public String code() {
    return code;
  }

  /** {@return the display label, e.g. {@code "Publication bias"}} */
  public String label() {
    return label;
  }

  /** {@return the code in the FHIR certainty-type code system, e.g. {@code PublicationBias}} */
  public String fhirCode() {
    return fhirCode;
  }

  /** {@return whether this domain rates down (its levels are 0 or negative)} */
  public boolean ratesDown() {
    return maxLevels == 0;
  }

  /** {@return the lowest level allowed: -2, -3 for imprecision, 0 for the domains that rate up} */
  public int minLevels() {
    return minLevels;
  }

  /**
   * {@return the highest level allowed: 0 for the domains that rate down, +2 for large effect, +1
   * otherwise}
   */
  public int maxLevels() {
    return maxLevels;
  }

  /**
   * Checks that a signed number of levels is allowed for this domain.
   *
   * @param levels the signed change (negative rates down)
   * @return the levels, unchanged
   * @throws IllegalArgumentException naming the domain and the value if it lies outside the
   *     domain's range
   */
  public int requireValid(int levels) {
    if (levels < minLevels || levels > maxLevels) {
      throw new IllegalArgumentException(
          label.toLowerCase(Locale.ROOT)
              + " rating must be between "
              + signed(minLevels)
              + " and "
              + signed(maxLevels)
              + " levels, was "
              + signed(levels));
    }
    return levels;
  }

  /**
   * Parses a domain from its code, label or constant name, ignoring case and the separators space,
   * underscore and hyphen.
   *
   * @param text the text, e.g. {@code "risk of bias"} or {@code "RISK_OF_BIAS"}
   * @return the domain, or empty if the text names none
   */
  public static Optional<CertaintyDomain> parse(String text) {
    String key = normalise(text);
    for (CertaintyDomain d : values()) {
      if (normalise(d.code).equals(key)
          || normalise(d.label).equals(key)
          || normalise(d.fhirCode).equals(key)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static String normalise(String s) {
    return s.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "");
  }

  static String signed(int levels) {
    return levels > 0 ? "+" + levels : Integer.toString(levels);
  }
}
