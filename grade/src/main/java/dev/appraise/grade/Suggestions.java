package dev.appraise.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A set of suggestion policies run together over a body of evidence: {@code
 * Suggestions.withDefaults().suggest(e)}. Immutable; {@link #with(SuggestionPolicy)} adds or
 * replaces the policy for a domain.
 */
public final class Suggestions {

  private final List<SuggestionPolicy> policies;

  private Suggestions(List<SuggestionPolicy> policies) {
    this.policies = List.copyOf(policies);
  }

  /**
   * {@return the default policies: risk of bias, inconsistency, imprecision, publication bias and
   * large effect, each with its defaults}
   */
  public static Suggestions withDefaults() {
    return new Suggestions(
        List.of(
            RiskOfBiasPolicy.withDefaults(),
            InconsistencyPolicy.withDefaults(),
            ImprecisionPolicy.withDefaults(),
            PublicationBiasPolicy.withDefaults(),
            LargeEffectPolicy.withDefaults()));
  }

  /**
   * {@return the default policies for a body of evidence from a meta-analysis ({@link
   * EvidenceBody#fromPooledEffect}): as {@link #withDefaults()}, with risk of bias summarised over
   * the studies' meta-analysis weights ({@link RiskOfBiasPolicy.Share#WEIGHT}) rather than their
   * number}
   */
  public static Suggestions forMetaAnalysis() {
    return withDefaults().with(RiskOfBiasPolicy.withDefaults().with(RiskOfBiasPolicy.Share.WEIGHT));
  }

  /** {@return an empty set of policies} */
  public static Suggestions none() {
    return new Suggestions(List.of());
  }

  /**
   * Returns a copy with a policy added, replacing any policy for the same domain.
   *
   * @param policy the policy
   * @return the new set
   */
  public Suggestions with(SuggestionPolicy policy) {
    List<SuggestionPolicy> copy = new ArrayList<>();
    for (SuggestionPolicy p : policies) {
      if (p.domain() != policy.domain()) {
        copy.add(p);
      }
    }
    copy.add(policy);
    copy.sort(java.util.Comparator.comparing(SuggestionPolicy::domain));
    return new Suggestions(copy);
  }

  /** {@return the policies, in domain order} */
  public List<SuggestionPolicy> policies() {
    return policies;
  }

  /**
   * Runs every policy.
   *
   * @param evidence the body of evidence
   * @return the suggestions made, in the policies' order; policies lacking data make none
   */
  public List<Suggestion> suggest(EvidenceBody evidence) {
    List<Suggestion> out = new ArrayList<>();
    for (SuggestionPolicy p : policies) {
      Optional<Suggestion> s = p.suggest(evidence);
      s.ifPresent(out::add);
    }
    return out;
  }
}
