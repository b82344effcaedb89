package dev.appraise.robtool;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.model.RiskOfBiasJudgement;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One item of a two-rater comparison: a study, the outcome for outcome-level tools, and a domain.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableItemKey.class)
@JsonDeserialize(as = ImmutableItemKey.class)
public abstract class ItemKey {

  ItemKey() {}

  /**
   * An item without outcome.
   *
   * @param studyId the study
   * @param domain the domain
   * @return the item
   */
  public static ItemKey of(String studyId, String domain) {
    return builder().studyId(studyId).domain(domain).build();
  }

  /**
   * The item a judgement is about.
   *
   * @param j the judgement
   * @return its item
   */
  public static ItemKey of(RiskOfBiasJudgement j) {
    return builder().studyId(j.studyId()).outcome(j.outcome()).domain(j.domain()).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the study} */
  public abstract String studyId();

  /** {@return the outcome, for outcome-level tools} */
  public abstract Optional<String> outcome();

  /** {@return the domain} */
  public abstract String domain();

  /** {@return {@code study S, domain D} or {@code study S, outcome O, domain D}, for messages} */
  @Override
  public String toString() {
    return "study "
        + studyId()
        + outcome().map(o -> ", outcome " + o).orElse("")
        + ", domain "
        + domain();
  }

  /** Builds {@link ItemKey} values. */
  public static final class Builder extends ImmutableItemKey.Builder {
    Builder() {}
  }
}
