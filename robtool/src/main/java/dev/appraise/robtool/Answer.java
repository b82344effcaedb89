package dev.appraise.robtool;

import java.util.Locale;
import java.util.Optional;

/**
 * An answer to a signalling question: the RoB 2 and ROBINS-I response options. QUADAS-2's "unclear"
 * is recorded as {@link #NI}.
 */
public enum Answer {
  /** Yes. */
  Y("Yes"),
  /** Probably yes. */
  PY("Probably yes"),
  /** Probably no. */
  PN("Probably no"),
  /** No. */
  N("No"),
  /** No information (QUADAS-2: unclear). */
  NI("No information"),
  /** Not applicable: the question is not asked given earlier answers. */
  NA("Not applicable");

  private final String label;

  Answer(String label) {
    this.label = label;
  }

  /** {@return the display label, e.g. {@code "Probably yes"}} */
  public String label() {
    return label;
  }

  /** {@return whether the answer is yes or probably yes} */
  public boolean isYes() {
    return this == Y || this == PY;
  }

  /** {@return whether the answer is no or probably no} */
  public boolean isNo() {
    return this == N || this == PN;
  }

  /**
   * Parses an answer from its code ({@code "PY"}) or label ({@code "probably yes"}), ignoring case
   * and surrounding whitespace; {@code "unclear"} reads as {@link #NI}.
   *
   * @param text the text
   * @return the answer, or empty if the text names none
   */
  public static Optional<Answer> parse(String text) {
    String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    if (key.equals("unclear")) {
      return Optional.of(NI);
    }
    for (Answer a : values()) {
      if (a.name().toLowerCase(Locale.ROOT).equals(key)
          || a.label.toLowerCase(Locale.ROOT).equals(key)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }
}
