package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One risk-of-bias judgement: a rater's level for one domain of one tool, for one study (and, for
 * outcome-level tools such as RoB 2, one outcome), at one stage of the dual-rater workflow.
 *
 * <p>This is the type GRADE reads: the per-study overall judgement is a judgement whose {@link
 * #domain()} is {@link #OVERALL}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRiskOfBiasJudgement.class)
@JsonDeserialize(as = ImmutableRiskOfBiasJudgement.class)
public abstract class RiskOfBiasJudgement {

  /** The domain identifier of a study's overall judgement. */
  public static final String OVERALL = "overall";

  RiskOfBiasJudgement() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the id of the study judged} */
  public abstract String studyId();

  /** {@return the outcome judged, for outcome-level tools such as RoB 2} */
  public abstract Optional<String> outcome();

  /** {@return the tool's identifier, e.g. {@code "rob1"}, {@code "rob2"}, {@code "robins-i"}} */
  public abstract String tool();

  /** {@return the domain's identifier within the tool, e.g. {@code "D1"}, or {@link #OVERALL}} */
  public abstract String domain();

  /** {@return the level judged} */
  public abstract RiskOfBiasLevel level();

  /** {@return the text supporting the judgement (quotes, page references, reasoning)} */
  public abstract Optional<String> support();

  /** {@return who made the judgement (initials or a name)} */
  public abstract String rater();

  /** {@return the workflow stage: individual, consensus or adjudicated} */
  @Value.Default
  public JudgementStage stage() {
    return JudgementStage.INDIVIDUAL;
  }

  /** {@return whether this is a study's overall judgement} */
  @Value.Derived
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isOverall() {
    return OVERALL.equals(domain());
  }

  @Value.Check
  void check() {
    requireNonBlank("studyId", studyId());
    requireNonBlank("tool", tool());
    requireNonBlank("domain", domain());
    requireNonBlank("rater", rater());
  }

  private static void requireNonBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "risk-of-bias judgement " + field + " must not be blank, was '" + value + "'");
    }
  }

  /** Builds {@link RiskOfBiasJudgement} values. */
  public static final class Builder extends ImmutableRiskOfBiasJudgement.Builder {
    Builder() {}
  }
}
