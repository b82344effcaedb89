package dev.appraise.grade;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of a {@link SummaryOfFindings}: an outcome's certainty assessment (its body of evidence,
 * relative effect, ratings with their footnotes and certainty) with the anticipated absolute
 * effects, either at one or more assumed comparator risks (binary outcomes) or as a difference in
 * means (continuous outcomes), the size of the effect for the plain-language statement, and a
 * comment.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableOutcomeSummary.class)
@JsonDeserialize(as = ImmutableOutcomeSummary.class)
public abstract class OutcomeSummary {

  OutcomeSummary() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A binary outcome with its absolute effects at the assumed comparator risks, computed by {@link
   * AbsoluteEffect#of(Effect, AssumedRisk)} from the assessment's relative effect.
   *
   * @param assessment the assessment, whose evidence has a relative effect ({@code RR}, {@code OR},
   *     {@code PETO}, {@code HR} or {@code RD})
   * @param risks the assumed comparator risks, e.g. the study population's and a high-risk
   *     population's
   * @return the row
   * @throws IllegalArgumentException if the evidence has no effect or its measure has no absolute
   *     effect
   */
  public static OutcomeSummary of(CertaintyAssessment assessment, Collection<AssumedRisk> risks) {
    Effect effect =
        assessment
            .evidence()
            .effect()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "absolute effects of '"
                            + assessment.outcome()
                            + "' need the evidence's relative effect"));
    List<AbsoluteEffect> absolute = new ArrayList<>();
    for (AssumedRisk r : risks) {
      absolute.add(AbsoluteEffect.of(effect, r));
    }
    return builder().assessment(assessment).absoluteEffects(absolute).build();
  }

  /**
   * A continuous outcome with its difference in means.
   *
   * @param assessment the assessment
   * @param difference the difference, e.g. {@link AbsoluteMeanDifference#of(Effect, double)} of the
   *     evidence's effect
   * @return the row
   */
  public static OutcomeSummary of(
      CertaintyAssessment assessment, AbsoluteMeanDifference difference) {
    return builder().assessment(assessment).meanDifference(difference).build();
  }

  /** {@return the outcome's certainty assessment} */
  public abstract CertaintyAssessment assessment();

  /** {@return the outcome, as the assessment names it} */
  public String outcome() {
    return assessment().outcome();
  }

  /** {@return the relative effect, where the evidence has one} */
  public Optional<Effect> relativeEffect() {
    return assessment().evidence().effect();
  }

  /** {@return the absolute effects at each assumed comparator risk, for a binary outcome} */
  public abstract List<AbsoluteEffect> absoluteEffects();

  /** {@return the difference in means, for a continuous outcome} */
  public abstract Optional<AbsoluteMeanDifference> meanDifference();

  /**
   * {@return the size of the effect, the reviewer's judgement for the plain-language statement;
   * when absent, the statement words an important (moderate) effect}
   */
  public abstract Optional<EffectMagnitude> magnitude();

  /**
   * {@return a statement that replaces the one chosen from the certainty and the size of the
   * effect}
   */
  public abstract Optional<String> statement();

  /** {@return a comment for the table's last column} */
  public abstract Optional<String> comment();

  /**
   * {@return whether the effect raises the outcome: by the first absolute effect's risk difference,
   * else the mean difference, else the relative effect against no effect}
   */
  public boolean increase() {
    if (!absoluteEffects().isEmpty()) {
      return absoluteEffects().get(0).difference() > 0;
    }
    if (meanDifference().isPresent()) {
      return meanDifference().get().difference() > 0;
    }
    return relativeEffect().map(e -> e.estimate() > e.nullValue()).orElse(false);
  }

  @Value.Check
  void check() {
    if (!absoluteEffects().isEmpty() && meanDifference().isPresent()) {
      throw new IllegalArgumentException(
          "outcome '"
              + outcome()
              + "' has absolute effects at assumed risks and a mean"
              + " difference; a binary outcome has the one, a continuous outcome the other");
    }
    if (statement().isPresent() && statement().get().isBlank()) {
      throw new IllegalArgumentException("outcome '" + outcome() + "' statement must not be blank");
    }
  }

  /** Builds {@link OutcomeSummary} values. */
  public static final class Builder extends ImmutableOutcomeSummary.Builder {
    Builder() {}
  }
}
