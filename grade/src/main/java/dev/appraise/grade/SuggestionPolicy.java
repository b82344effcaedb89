package dev.appraise.grade;

import java.util.Optional;

/**
 * A rule that proposes a rating for one domain from what is known about a body of evidence.
 * Implementations are immutable; they propose, and a reviewer decides ({@link Decision}).
 */
public interface SuggestionPolicy {

  /** {@return the policy's name, recorded in its suggestions} */
  String name();

  /** {@return the domain this policy rates} */
  CertaintyDomain domain();

  /**
   * Proposes a rating.
   *
   * @param evidence the body of evidence
   * @return the suggestion, or empty when the evidence lacks what the rule needs
   */
  Optional<Suggestion> suggest(EvidenceBody evidence);
}
