package dev.appraise.robtool;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.List;
import org.immutables.value.Value;

/**
 * A judgement proposed by a tool's algorithm, with the rule path that produced it: the answers
 * read, in order, and the rule that decided. A rater accepts it or overrides it with a reason
 * ({@link DomainJudgement}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProposal.class)
@JsonDeserialize(as = ImmutableProposal.class)
public abstract class Proposal {

  Proposal() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the proposed level} */
  public abstract RiskOfBiasLevel level();

  /**
   * {@return the rule path: each answer read (e.g. {@code "4.2 = NI"}) and, last, the rule that
   * decided}
   */
  public abstract List<String> path();

  /**
   * {@return whether the published rule leaves a choice to the rater here (RoB 2 overall: some
   * concerns in several domains may justify high)}
   */
  @Value.Default
  public boolean raterShouldConsiderHigher() {
    return false;
  }

  @Value.Check
  void check() {
    if (path().isEmpty()) {
      throw new IllegalArgumentException("proposal path must not be empty");
    }
  }

  /** Builds {@link Proposal} values. */
  public static final class Builder extends ImmutableProposal.Builder {
    Builder() {}
  }
}
