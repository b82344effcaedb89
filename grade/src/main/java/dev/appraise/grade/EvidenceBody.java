package dev.appraise.grade;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.cluster.Cluster;
import dev.appraise.core.model.Arm;
import dev.appraise.core.model.JudgementStage;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.Study;
import dev.appraise.core.model.StudyDesign;
import dev.appraise.core.stats.PooledEffect;
import dev.appraise.core.stats.StudyEstimate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.immutables.value.Value;

/**
 * What grading knows about a body of evidence for one outcome: the number of studies, their
 * designs, participants, the per-study overall risk-of-bias judgements and weights, the pooled
 * effect and the per-study effects, the I² statistic, and the meta-analysis they come from.
 * Everything except the number of studies is optional; suggestion policies use what is there and
 * say when something they need is missing. {@link #fromPooledEffect} fills it from a meta-analysis.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidenceBody.class)
@JsonDeserialize(as = ImmutableEvidenceBody.class)
public abstract class EvidenceBody {

  EvidenceBody() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Describes the body of evidence formed by some studies of a review: their number, designs and
   * participants (summed over every arm, healthy controls included), and each study's final overall
   * risk-of-bias judgement.
   *
   * <p>The final judgement of a study is its adjudicated one, else its consensus one, else its
   * individual one when all individual raters agree; judgements of other studies and of single
   * domains are ignored.
   *
   * @param studies the studies, at least one
   * @param judgements risk-of-bias judgements, e.g. {@link
   *     dev.appraise.core.model.Review#riskOfBias()}
   * @return the body of evidence, without effects or I²; add them with {@code builder().from(body)}
   * @throws IllegalArgumentException if there are no studies, or a study's final judgements
   *     disagree
   */
  public static EvidenceBody fromStudies(
      Collection<Study> studies, Collection<RiskOfBiasJudgement> judgements) {
    if (studies.isEmpty()) {
      throw new IllegalArgumentException("evidence studies must not be empty");
    }
    Builder b = builder().studies(studies.size());
    int participants = 0;
    for (Study s : studies) {
      b.addDesigns(s.design());
      for (Arm arm : s.arms()) {
        participants += arm.participants().n();
      }
      finalJudgement(s.id(), judgements).ifPresent(b::addRiskOfBias);
    }
    return b.participants(participants).build();
  }

  /**
   * Describes the body of evidence of one cluster of studies, as {@link #fromStudies} does for its
   * studies.
   *
   * @param cluster the cluster, from {@link dev.appraise.core.cluster.StudyClustering}
   * @param judgements risk-of-bias judgements, e.g. {@link
   *     dev.appraise.core.model.Review#riskOfBias()}
   * @return the body of evidence
   * @throws IllegalArgumentException if a study's final judgements disagree
   */
  public static EvidenceBody fromCluster(
      Cluster cluster, Collection<RiskOfBiasJudgement> judgements) {
    return fromStudies(cluster.studies(), judgements);
  }

  /**
   * Describes the body of evidence of a meta-analysis: its studies and participants, each study's
   * weight (in percent, summed over the estimates of a study that gives several) and effect with
   * its interval at the analysis' confidence level, the pooled effect on its reporting scale, I²,
   * the meta-analysis itself for the policies that read heterogeneity and small-study tests, and
   * each study's final overall risk-of-bias judgement as {@link #fromStudies} chooses it. Designs
   * are not known from a meta-analysis; add them with {@code builder().from(body).designs(...)}.
   *
   * @param pooled the meta-analysis, e.g. {@code MetaAnalysisResult.toPooledEffect()} of {@code
   *     appraise-synthesis}
   * @param judgements risk-of-bias judgements; those of studies outside the meta-analysis are
   *     ignored
   * @return the body of evidence
   * @throws IllegalArgumentException if a study's final judgements disagree
   */
  public static EvidenceBody fromPooledEffect(
      PooledEffect pooled, Collection<RiskOfBiasJudgement> judgements) {
    double z =
        new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.5 + pooled.level() / 2);
    Map<String, Double> weights = new LinkedHashMap<>();
    Builder b =
        builder()
            .studies(pooled.k())
            .effect(Effect.ofPooled(pooled))
            .iSquared(pooled.i2())
            .pooled(pooled);
    pooled.participants().ifPresent(b::participants);
    for (StudyEstimate s : pooled.studies()) {
      weights.merge(s.study(), s.weight(), Double::sum);
      double half = z * s.standardError();
      b.addStudyEffects(
          Effect.builder()
              .measure(pooled.measure())
              .ratio(pooled.ratio())
              .estimate(pooled.reported(s.estimate()))
              .lower(pooled.reported(s.estimate() - half))
              .upper(pooled.reported(s.estimate() + half))
              .confidenceLevel(pooled.level())
              .build());
    }
    for (String id : weights.keySet()) {
      finalJudgement(id, judgements).ifPresent(b::addRiskOfBias);
    }
    return b.weights(weights).build();
  }

  /**
   * Describes the body of evidence of a meta-analysis without risk-of-bias judgements, as {@link
   * #fromPooledEffect(PooledEffect, Collection)} does.
   *
   * @param pooled the meta-analysis
   * @return the body of evidence
   */
  public static EvidenceBody fromPooledEffect(PooledEffect pooled) {
    return fromPooledEffect(pooled, List.of());
  }

  private static Optional<RiskOfBiasJudgement> finalJudgement(
      String studyId, Collection<RiskOfBiasJudgement> judgements) {
    for (JudgementStage stage :
        List.of(JudgementStage.ADJUDICATED, JudgementStage.CONSENSUS, JudgementStage.INDIVIDUAL)) {
      List<RiskOfBiasJudgement> at =
          judgements.stream()
              .filter(j -> j.isOverall() && j.studyId().equals(studyId) && j.stage() == stage)
              .collect(Collectors.toList());
      if (at.isEmpty()) {
        continue;
      }
      if (at.stream().map(RiskOfBiasJudgement::level).distinct().count() > 1) {
        throw new IllegalArgumentException(
            "study "
                + studyId
                + " has "
                + at.size()
                + " overall risk-of-bias judgements at stage "
                + stage
                + " that disagree ("
                + at.stream()
                    .map(j -> j.rater() + ": " + j.level().label())
                    .collect(Collectors.joining(", "))
                + "); record the consensus first");
      }
      return Optional.of(at.get(0));
    }
    return Optional.empty();
  }

  /** {@return the number of studies, at least 1} */
  public abstract int studies();

  /** {@return the design of each study (empty, or one entry per study)} */
  public abstract List<StudyDesign> designs();

  /** {@return the total number of participants} */
  public abstract OptionalInt participants();

  /**
   * {@return each study's overall risk-of-bias judgement (domain {@link
   * RiskOfBiasJudgement#OVERALL})}
   */
  public abstract List<RiskOfBiasJudgement> riskOfBias();

  /** {@return each study's weight in the synthesis, by study id (e.g. inverse-variance weights)} */
  public abstract Map<String, Double> weights();

  /** {@return the pooled (or single-study) effect} */
  public abstract Optional<Effect> effect();

  /** {@return the effect of each study, for the directions of effect} */
  public abstract List<Effect> studyEffects();

  /** {@return the I² statistic, in percent (0 to 100)} */
  public abstract OptionalDouble iSquared();

  /**
   * {@return the meta-analysis the body comes from, on its analysis scale: heterogeneity, the
   * prediction interval and the small-study tests that the inconsistency and publication-bias
   * policies read}
   */
  public abstract Optional<PooledEffect> pooled();

  /**
   * {@return the designs as text, e.g. {@code "randomised controlled trial (2), controlled cohort
   * (1)"}}
   */
  @JsonIgnore
  public String designSummary() {
    return designs().isEmpty() ? "" : Start.describe(designs());
  }

  @Value.Check
  void check() {
    if (studies() < 1) {
      throw new IllegalArgumentException("evidence studies must be >= 1, was " + studies());
    }
    if (!designs().isEmpty() && designs().size() != studies()) {
      throw new IllegalArgumentException(
          "evidence designs must list one design per study ("
              + studies()
              + "), was "
              + designs().size());
    }
    if (participants().isPresent() && participants().getAsInt() < 0) {
      throw new IllegalArgumentException(
          "evidence participants must be >= 0, was " + participants().getAsInt());
    }
    for (RiskOfBiasJudgement j : riskOfBias()) {
      if (!j.isOverall()) {
        throw new IllegalArgumentException(
            "evidence riskOfBias must hold overall judgements, was domain '"
                + j.domain()
                + "' for "
                + j.studyId());
      }
    }
    long judged = riskOfBias().stream().map(RiskOfBiasJudgement::studyId).distinct().count();
    if (judged != riskOfBias().size()) {
      throw new IllegalArgumentException(
          "evidence riskOfBias must hold one judgement per study, was " + riskOfBias());
    }
    weights()
        .forEach(
            (id, w) -> {
              if (!(w >= 0) || !Double.isFinite(w)) {
                throw new IllegalArgumentException(
                    "evidence weight of " + id + " must be finite and >= 0, was " + w);
              }
            });
    if (pooled().isPresent() && pooled().get().k() != studies()) {
      throw new IllegalArgumentException(
          "evidence studies must be the pooled effect's "
              + pooled().get().k()
              + " studies, was "
              + studies());
    }
    if (iSquared().isPresent()) {
      double i2 = iSquared().getAsDouble();
      if (!(i2 >= 0 && i2 <= 100)) {
        throw new IllegalArgumentException(
            "evidence iSquared must lie between 0 and 100 percent, was " + i2);
      }
    }
  }

  /** Builds {@link EvidenceBody} values. */
  public static final class Builder extends ImmutableEvidenceBody.Builder {
    Builder() {}
  }
}
