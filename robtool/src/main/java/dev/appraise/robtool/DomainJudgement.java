package dev.appraise.robtool;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One rater's judgement of one domain: the answers to its signalling questions, the level judged
 * and, where the tool has an algorithm, the level it proposed. A level that differs from the
 * proposal is an override and needs a reason, which is kept.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDomainJudgement.class)
@JsonDeserialize(as = ImmutableDomainJudgement.class)
public abstract class DomainJudgement {

  DomainJudgement() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Accepts an algorithm's proposal as the judgement.
   *
   * @param domainId the domain
   * @param answers the answers the proposal came from
   * @param proposal the proposal
   * @return the judgement at the proposed level
   */
  public static DomainJudgement accept(
      String domainId, Map<String, Answer> answers, Proposal proposal) {
    return builder()
        .domain(domainId)
        .answers(answers)
        .proposal(proposal)
        .level(proposal.level())
        .build();
  }

  /** {@return the domain's identifier, e.g. {@code "D4"}} */
  public abstract String domain();

  /** {@return the answers by question identifier} */
  public abstract Map<String, Answer> answers();

  /** {@return the algorithm's proposal, when the tool has an algorithm} */
  public abstract Optional<Proposal> proposal();

  /** {@return the level judged} */
  public abstract RiskOfBiasLevel level();

  /**
   * {@return why the rater departed from the proposal; present exactly when this is an override}
   */
  public abstract Optional<String> overrideReason();

  /** {@return the text supporting the judgement (quotes, page references)} */
  public abstract Optional<String> support();

  /** {@return whether the rater departed from the algorithm's proposal} */
  @Value.Derived
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isOverride() {
    return proposal().isPresent() && proposal().get().level() != level();
  }

  /**
   * Overrides the judgement with a reason, keeping the proposal.
   *
   * @param newLevel the level the rater judges
   * @param reason why the rater departs from the proposal
   * @return the overridden judgement
   * @throws IllegalArgumentException if the reason is blank
   */
  public DomainJudgement override(RiskOfBiasLevel newLevel, String reason) {
    return builder().from(this).level(newLevel).overrideReason(reason).build();
  }

  @Value.Check
  void check() {
    if (domain().isBlank()) {
      throw new IllegalArgumentException(
          "domain judgement domain must not be blank, was '" + domain() + "'");
    }
    if (overrideReason().isPresent() && overrideReason().get().isBlank()) {
      throw new IllegalArgumentException(
          "domain " + domain() + ": override reason must not be blank");
    }
    if (isOverride() && overrideReason().isEmpty()) {
      throw new IllegalArgumentException(
          "domain "
              + domain()
              + ": level "
              + level().label()
              + " overrides the proposed "
              + proposal().get().level().label()
              + " and needs an override reason");
    }
    if (!isOverride() && overrideReason().isPresent()) {
      throw new IllegalArgumentException(
          "domain "
              + domain()
              + ": an override reason is given but the level "
              + level().label()
              + " does not depart from a proposal");
    }
  }

  /** Builds {@link DomainJudgement} values. */
  public static final class Builder extends ImmutableDomainJudgement.Builder {
    Builder() {}
  }
}
