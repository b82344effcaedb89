package dev.appraise.robtool;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.model.JudgementStage;
import dev.appraise.core.model.RiskOfBiasJudgement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One rater's independent assessment of one study (and, for outcome-level tools such as RoB 2, one
 * outcome) with one tool: a judgement per domain and, optionally, an overall judgement.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRaterAssessment.class)
@JsonDeserialize(as = ImmutableRaterAssessment.class)
public abstract class RaterAssessment {

  RaterAssessment() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the tool's identifier} */
  public abstract String tool();

  /** {@return the study's identifier} */
  public abstract String studyId();

  /** {@return the outcome assessed, for outcome-level tools} */
  public abstract Optional<String> outcome();

  /** {@return the rater} */
  public abstract String rater();

  /** {@return the domain judgements} */
  public abstract List<DomainJudgement> domains();

  /** {@return the overall judgement (its domain is {@link RiskOfBiasJudgement#OVERALL})} */
  public abstract Optional<DomainJudgement> overall();

  /**
   * Checks the assessment against its tool: every domain known, judged once, at a level the tool
   * uses, with answers only to the domain's questions and only answers they accept.
   *
   * @param t the tool
   * @return this assessment
   * @throws IllegalArgumentException naming study and domain otherwise
   */
  public RaterAssessment checkAgainst(Tool t) {
    if (!t.id().equals(tool())) {
      throw new IllegalArgumentException(
          "study " + studyId() + ": assessment is for tool " + tool() + ", not " + t.id());
    }
    for (DomainJudgement d : domains()) {
      try {
        ToolDomain domain = t.domain(d.domain());
        t.checkLevel(d.domain(), d.level());
        d.answers()
            .forEach(
                (questionId, answer) -> {
                  SignallingQuestion q =
                      domain
                          .question(questionId)
                          .orElseThrow(
                              () ->
                                  new IllegalArgumentException(
                                      "domain "
                                          + d.domain()
                                          + " has no signalling question '"
                                          + questionId
                                          + "'"));
                  if (!q.answers().contains(answer)) {
                    throw new IllegalArgumentException(
                        "question "
                            + questionId
                            + " does not accept "
                            + answer
                            + "; it accepts "
                            + q.answers());
                  }
                });
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("study " + studyId() + ": " + e.getMessage(), e);
      }
    }
    return this;
  }

  /** {@return the judgements as core values at the individual stage, overall last} */
  public List<RiskOfBiasJudgement> toJudgements() {
    List<RiskOfBiasJudgement> out = new ArrayList<>();
    for (DomainJudgement d : domains()) {
      out.add(judgement(d, d.domain()));
    }
    overall().ifPresent(o -> out.add(judgement(o, RiskOfBiasJudgement.OVERALL)));
    return out;
  }

  private RiskOfBiasJudgement judgement(DomainJudgement d, String domain) {
    Optional<String> support = d.support();
    if (d.isOverride()) {
      String override =
          "override of proposed "
              + d.proposal().get().level().label()
              + ": "
              + d.overrideReason().get();
      support = Optional.of(support.map(s -> s + " | " + override).orElse(override));
    }
    return RiskOfBiasJudgement.builder()
        .studyId(studyId())
        .outcome(outcome())
        .tool(tool())
        .domain(domain)
        .level(d.level())
        .support(support)
        .rater(rater())
        .stage(JudgementStage.INDIVIDUAL)
        .build();
  }

  @Value.Check
  void check() {
    for (var field :
        List.of(
            List.of("tool", tool()), List.of("studyId", studyId()), List.of("rater", rater()))) {
      if (field.get(1).isBlank()) {
        throw new IllegalArgumentException("assessment " + field.get(0) + " must not be blank");
      }
    }
    Set<String> seen = new HashSet<>();
    for (DomainJudgement d : domains()) {
      if (!seen.add(d.domain())) {
        throw new IllegalArgumentException(
            "study " + studyId() + ": domain " + d.domain() + " is judged twice");
      }
    }
  }

  /** Builds {@link RaterAssessment} values. */
  public static final class Builder extends ImmutableRaterAssessment.Builder {
    Builder() {}
  }
}
