package dev.appraise.grade;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The GRADE assessment of one outcome (or one cluster of studies): the body of evidence, the
 * decisions taken on each domain, and the grading they produce. A row of an {@link
 * EvidenceProfile}.
 *
 * <p>When decisions are recorded, the grading's ratings must be exactly the decisions' ratings, so
 * that the profile keeps who decided each rating and why.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCertaintyAssessment.class)
@JsonDeserialize(as = ImmutableCertaintyAssessment.class)
public abstract class CertaintyAssessment {

  CertaintyAssessment() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Assesses an outcome from decisions: grades the decisions' ratings with a policy.
   *
   * @param outcome the outcome (or cluster) assessed
   * @param evidence the body of evidence
   * @param start where grading starts
   * @param decisions the decisions, at most one per domain
   * @param policy the grading policy
   * @return the assessment
   */
  public static CertaintyAssessment of(
      String outcome,
      EvidenceBody evidence,
      Start start,
      Collection<Decision> decisions,
      GradingPolicy policy) {
    List<Rating> ratings = decisions.stream().map(Decision::rating).collect(Collectors.toList());
    return builder()
        .outcome(outcome)
        .evidence(evidence)
        .decisions(decisions)
        .grading(policy.grade(start, ratings))
        .build();
  }

  /** {@return the outcome, or the name of the cluster of studies, assessed} */
  public abstract String outcome();

  /** {@return the body of evidence} */
  public abstract EvidenceBody evidence();

  /** {@return the decisions behind the ratings, with who and why} */
  public abstract List<Decision> decisions();

  /** {@return the grading} */
  public abstract Grading grading();

  /** {@return a comment for the profile, e.g. a plain-language statement of the finding} */
  public abstract Optional<String> comment();

  /** {@return the certainty reached} */
  public Certainty certainty() {
    return grading().certainty();
  }

  @Value.Check
  void check() {
    if (outcome().isBlank()) {
      throw new IllegalArgumentException(
          "assessment outcome must not be blank, was '" + outcome() + "'");
    }
    if (!decisions().isEmpty()) {
      var decided = new HashSet<Rating>();
      decisions().forEach(d -> decided.add(d.rating()));
      if (!decided.equals(new HashSet<>(grading().ratings()))
          || decided.size() != decisions().size()) {
        throw new IllegalArgumentException(
            "assessment of '"
                + outcome()
                + "': the grading's ratings must be the decisions' ratings, was "
                + grading().ratings());
      }
    }
  }

  /** Builds {@link CertaintyAssessment} values. */
  public static final class Builder extends ImmutableCertaintyAssessment.Builder {
    Builder() {}
  }
}
