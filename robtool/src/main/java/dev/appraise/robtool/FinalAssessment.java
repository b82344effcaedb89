package dev.appraise.robtool;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.model.RiskOfBiasJudgement;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The outcome of the two-rater workflow: the final judgement of every item and the full trail of
 * who judged what at each stage.
 *
 * <p>A final judgement's {@linkplain RiskOfBiasJudgement#stage() stage} says how the item was
 * settled: {@code INDIVIDUAL} when both raters agreed independently (the rater is written {@code
 * "R1 & R2"}), {@code CONSENSUS} or {@code ADJUDICATED} otherwise.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinalAssessment.class)
@JsonDeserialize(as = ImmutableFinalAssessment.class)
public abstract class FinalAssessment {

  FinalAssessment() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return one final judgement per item, in the order of the first rater's judgements} */
  public abstract List<RiskOfBiasJudgement> judgements();

  /**
   * {@return every judgement made: both raters' independent ones, then consensus, then
   * adjudication}
   */
  public abstract List<RiskOfBiasJudgement> trail();

  /**
   * {@return the trail of one item, in stage order}
   *
   * @param item the item
   */
  public List<RiskOfBiasJudgement> trail(ItemKey item) {
    return trail().stream()
        .filter(j -> ItemKey.of(j).equals(item))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The overall judgement of each study (and outcome) by a rule, from its final domain judgements,
   * as core values for GRADE: domain {@link RiskOfBiasJudgement#OVERALL}, the stage of the latest
   * domain decision, the raters of the final domain judgements.
   *
   * @param rule the rule, e.g. a tool's {@link Tool#overallRule()}
   * @return one overall judgement per study and outcome, in order; none where the rule gives none
   */
  public List<RiskOfBiasJudgement> overall(OverallRule rule) {
    java.util.Map<java.util.List<Object>, List<RiskOfBiasJudgement>> byResult =
        new java.util.LinkedHashMap<>();
    for (RiskOfBiasJudgement j : judgements()) {
      if (!j.isOverall()) {
        byResult
            .computeIfAbsent(List.of(j.studyId(), j.outcome()), k -> new java.util.ArrayList<>())
            .add(j);
      }
    }
    List<RiskOfBiasJudgement> out = new java.util.ArrayList<>();
    for (List<RiskOfBiasJudgement> domains : byResult.values()) {
      rule.apply(domains.stream().map(RiskOfBiasJudgement::level).collect(Collectors.toList()))
          .ifPresent(
              level -> {
                RiskOfBiasJudgement first = domains.get(0);
                out.add(
                    RiskOfBiasJudgement.builder()
                        .from(first)
                        .domain(RiskOfBiasJudgement.OVERALL)
                        .level(level)
                        .support(
                            "overall by rule "
                                + rule.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                                + " from "
                                + domains.size()
                                + " domains")
                        .rater(
                            domains.stream()
                                .map(RiskOfBiasJudgement::rater)
                                .distinct()
                                .collect(Collectors.joining(", ")))
                        .stage(
                            domains.stream()
                                .map(RiskOfBiasJudgement::stage)
                                .max(java.util.Comparator.naturalOrder())
                                .orElseThrow())
                        .build());
              });
    }
    return out;
  }

  /** {@return the final judgements as a table (studies by domains)} */
  public RobTable toTable() {
    return RobTable.of(judgements());
  }

  /** Builds {@link FinalAssessment} values. */
  public static final class Builder extends ImmutableFinalAssessment.Builder {
    Builder() {}
  }
}
