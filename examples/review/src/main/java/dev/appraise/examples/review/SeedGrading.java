package dev.appraise.examples.review;

import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.core.model.Study;
import dev.appraise.grade.Certainty;
import dev.appraise.grade.CertaintyAssessment;
import dev.appraise.grade.CertaintyDomain;
import dev.appraise.grade.CertaintyLabels;
import dev.appraise.grade.Decision;
import dev.appraise.grade.EvidenceBody;
import dev.appraise.grade.GradingPolicy;
import dev.appraise.grade.Rating;
import dev.appraise.grade.Start;
import java.util.List;
import java.util.Map;

/**
 * The seed review's GRADE judgements, one body of evidence per cluster of treatment and MRI
 * modality (the psychological cluster split into CBT and behavioural extinction training, as the
 * review grades them apart), with the ratings and footnotes that lead to the review's conclusions:
 * a low level of evidence for prefrontal changes after CBT and for multidisciplinary treatment of
 * pediatric CRPS, and "preliminary" evidence (very low) for exercise therapy and for extinction
 * training.
 */
final class SeedGrading {

  /** Who took the decisions: the review's authors, as their conclusions show them. */
  static final String DECIDED_BY = "review authors (reconstructed from the conclusions)";

  /** The review calls its weakest evidence "preliminary". */
  static final CertaintyLabels LABELS =
      CertaintyLabels.standard().with(Certainty.VERY_LOW, "Very low (preliminary)");

  /**
   * One body of evidence to grade.
   *
   * @param outcome the outcome as the summary-of-findings row names it
   * @param treatment the treatment concept whose studies make the body (a concept code or its
   *     descendant)
   * @param modality the MRI modality concept of the cluster
   * @param ratings the ratings with their footnotes
   * @param expected the certainty the review reports, for the check that the ratings lead there
   * @param conclusion the review's words
   */
  record Body(
      String outcome,
      String treatment,
      String modality,
      List<Rating> ratings,
      Certainty expected,
      String conclusion) {

    /**
     * {@return the top level of the treatment concept, e.g. {@code psychological} for {@code
     * psychological/cbt}}
     */
    String treatmentRoot() {
      int slash = treatment.indexOf('/');
      return slash < 0 ? treatment : treatment.substring(0, slash);
    }
  }

  private static final String SMALL = "10 to 25 patients per study";

  /** The bodies, in the order of the review's results. */
  static final List<Body> BODIES =
      List.of(
          new Body(
              "CBT: prefrontal changes on functional MRI (resting-state connectivity, pain-evoked activation)",
              "psychological/cbt",
              "mri/functional",
              List.of(
                  Rating.down(
                      CertaintyDomain.RISK_OF_BIAS,
                      1,
                      "Both trials gave insufficient information on allocation concealment, and participants and"
                          + " personnel were not blinded."),
                  Rating.down(
                      CertaintyDomain.IMPRECISION,
                      1,
                      "Two small trials ("
                          + SMALL
                          + ") with different imaging techniques and outcomes.")),
              Certainty.LOW,
              "These results indicate a low level of evidence regarding both functional and structural changes in"
                  + " prefrontal areas following CBT"),
          new Body(
              "CBT: increased prefrontal grey matter on structural MRI",
              "psychological/cbt",
              "mri/structural",
              List.of(
                  Rating.none(
                      CertaintyDomain.RISK_OF_BIAS,
                      "Cohort against healthy controls; its design is why the evidence starts low, so not rated down"
                          + " again."),
                  Rating.none(
                      CertaintyDomain.IMPRECISION,
                      "A single cohort (" + SMALL + "); not rated down, as in the review.")),
              Certainty.LOW,
              "a low level of evidence regarding both functional and structural changes in prefrontal areas following"
                  + " CBT"),
          new Body(
              "Behavioural extinction training: shift of pain-evoked activation toward sensory-discriminative regions",
              "psychological/extinction-training",
              "mri/functional",
              List.of(
                  Rating.down(
                      CertaintyDomain.IMPRECISION,
                      1,
                      "A single cohort; no significant pre-to-post contrast.")),
              Certainty.VERY_LOW,
              "Preliminary evidence was found for a shift of pain-induced activations from more affective brain"
                  + " regions towards sensory-discriminative regions"),
          new Body(
              "Multidisciplinary treatment, pediatric CRPS: normalised resting-state and amygdala connectivity",
              "multidisciplinary",
              "mri/functional",
              List.of(
                  Rating.none(
                      CertaintyDomain.RISK_OF_BIAS,
                      "Cohorts against healthy controls; their design is why the evidence starts low."),
                  Rating.none(
                      CertaintyDomain.INCONSISTENCY,
                      "Three cohorts of one research group, consistent in the direction of change."),
                  Rating.none(
                      CertaintyDomain.INDIRECTNESS,
                      "Pediatric CRPS only, which is the population of this cluster.")),
              Certainty.LOW,
              "A low level of evidence was found regarding the normalization of the resting-state network functional"
                  + " connectivity"),
          new Body(
              "Multidisciplinary treatment, pediatric CRPS: increased prefrontal cortical thickness and subcortical"
                  + " volumes",
              "multidisciplinary",
              "mri/structural",
              List.of(
                  Rating.none(
                      CertaintyDomain.IMPRECISION,
                      "A single cohort (" + SMALL + "); the review grades it low all the same.")),
              Certainty.LOW,
              "Based on the single study results of morphological changes, a low level of evidence indicates a"
                  + " treatment-induced prefrontal cortical thickness increase"),
          new Body(
              "Exercise therapy: resting-state connectivity and pressure-evoked activation",
              "exercise",
              "mri/functional",
              List.of(
                  Rating.down(
                      CertaintyDomain.IMPRECISION,
                      1,
                      "Only one of six seed-region pairs changed significantly in one study; only non-significant"
                          + " group-by-time trends in the other.")),
              Certainty.VERY_LOW,
              "These findings indicate preliminary evidence for regional changes in resting-state functional"
                  + " connectivity and pressure-induced activation following exercise therapy."));

  private SeedGrading() {}

  /**
   * Grades one body of evidence.
   *
   * @param body the body and its ratings
   * @param studies the studies of the body
   * @param overall each study's overall risk of bias
   * @return the assessment, a row of the summary-of-findings table
   */
  static CertaintyAssessment assess(
      Body body, List<Study> studies, Map<String, RiskOfBiasLevel> overall) {
    EvidenceBody.Builder evidence = EvidenceBody.builder().studies(studies.size());
    for (Study s : studies) {
      evidence.addDesigns(s.design());
      RiskOfBiasLevel level = overall.get(s.id());
      if (level != null) {
        evidence.addRiskOfBias(
            RiskOfBiasJudgement.builder()
                .studyId(s.id())
                .tool("rob1")
                .domain(RiskOfBiasJudgement.OVERALL)
                .level(level)
                .rater("worst domain of the final judgements")
                .support(SeedReview.ILLUSTRATIVE)
                .build());
      }
    }
    List<Decision> decisions =
        body.ratings().stream().map(r -> Decision.manual(r, DECIDED_BY)).toList();
    Start start = Start.fromDesigns(studies.stream().map(Study::design).toList());
    return CertaintyAssessment.builder()
        .from(
            CertaintyAssessment.of(
                body.outcome(), evidence.build(), start, decisions, GradingPolicy.handbook()))
        .comment("The review: \"" + body.conclusion() + "\"")
        .build();
  }
}
