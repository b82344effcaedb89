package dev.appraise.examples.review;

import dev.appraise.core.check.Finding;
import dev.appraise.core.check.Verdict;
import dev.appraise.core.cluster.ClusterResult;
import dev.appraise.core.model.Review;
import dev.appraise.core.model.StudyDesign;
import dev.appraise.grade.Certainty;
import dev.appraise.grade.CertaintyAssessment;
import dev.appraise.grade.EvidenceProfile;
import dev.appraise.robtool.FinalAssessment;
import dev.appraise.robtool.RobAgreementReport;
import dev.appraise.robtool.Tool;
import dev.appraise.robtool.TwoRaterWorkflow;
import dev.appraise.synthesis.swim.StudyCharacteristics;
import dev.appraise.synthesis.swim.VoteCountResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Everything the seed review's report shows: the review with its final risk-of-bias trail, the
 * PRISMA flow and its check, the two-rater workflow and its agreement, the figures, the clusters,
 * the synthesis without meta-analysis (directions of effect, vote counts, the effect-direction
 * plot), the GRADE assessments, and the checks of the numbers the review reports. Made by {@link
 * SeedReview#run}; written by {@link ReportWriter}.
 */
@Value.Immutable
public abstract class ReviewReport {

  ReviewReport() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the review, its risk-of-bias judgements being the illustrative workflow's full trail}
   */
  public abstract Review review();

  /** {@return the PRISMA flow's stage-by-stage arithmetic, unreported stages included} */
  public abstract List<Finding> flowFindings();

  /** {@return the PRISMA flow diagram as an SVG document} */
  public abstract String flowSvg();

  /** {@return the risk-of-bias tool the example rates with} */
  public abstract Tool tool();

  /** {@return the two raters' independent judgements, before any decision} */
  public abstract TwoRaterWorkflow workflow();

  /**
   * {@return the raters' agreement over every item: percent agreement with its Wilson interval,
   * Cohen's kappa over all items and per domain, the disagreements}
   */
  public abstract RobAgreementReport agreement();

  /** {@return the figures besides the PRISMA flow, SVG documents keyed by file name} */
  public abstract Map<String, String> figures();

  /** {@return the final judgements with the trail of who judged what} */
  public abstract FinalAssessment finalAssessment();

  /** {@return the studies and imaging outcomes clustered by treatment and MRI modality} */
  public abstract ClusterResult clusters();

  /**
   * {@return each treatment-induced finding (and each reported change of pain intensity) read as a
   * direction of effect, for the synthesis without meta-analysis}
   */
  public abstract List<DirectionReading> directions();

  /**
   * {@return what the effect-direction plot shows beside each study: cluster, design, overall risk
   * of bias}
   */
  public abstract List<StudyCharacteristics> directionStudies();

  /** {@return the vote count by direction of effect of each treatment cluster, per domain} */
  public abstract Map<String, VoteCountResult> voteCounts();

  /** {@return the effect-direction plot as an SVG document} */
  public abstract String effectDirectionSvg();

  /** {@return the summary-of-findings table: one GRADE assessment per body of evidence} */
  public abstract EvidenceProfile profile();

  /**
   * The certainty of one body of evidence.
   *
   * @param outcome the body's outcome, as the summary of findings names it
   * @return its certainty
   * @throws IllegalArgumentException if no body has that outcome
   */
  public Certainty certainty(String outcome) {
    return profile().assessments().stream()
        .filter(a -> a.outcome().equals(outcome))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no body of evidence '" + outcome + "'"))
        .certainty();
  }

  /** {@return the checks of the numbers the review reports} */
  public abstract List<Finding> numberChecks();

  /** {@return the number of studies designed as randomised controlled trials} */
  public long randomisedTrials() {
    return review().studies().stream()
        .filter(s -> s.design() == StudyDesign.RANDOMISED_CONTROLLED_TRIAL)
        .count();
  }

  /** {@return the findings that are inconsistent, flow and reported numbers together} */
  public List<Finding> inconsistencies() {
    List<Finding> out = new ArrayList<>();
    flowFindings().stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).forEach(out::add);
    numberChecks().stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).forEach(out::add);
    return out;
  }

  /** {@return a few lines that sum the report up, for a terminal} */
  public List<String> summary() {
    List<String> out = new ArrayList<>();
    int identified =
        review()
            .prismaFlow()
            .flatMap(
                f -> {
                  var n = f.recordsIdentifiedTotal();
                  return n.isPresent()
                      ? java.util.Optional.of(n.getAsInt())
                      : java.util.Optional.empty();
                })
            .orElse(-1);
    out.add(review().title());
    out.add(
        String.format(
            Locale.ROOT,
            "records identified: %s; studies included: %d (%d RCTs, %d controlled cohorts)",
            identified < 0 ? "not reported" : Integer.toString(identified),
            review().studies().size(),
            randomisedTrials(),
            review().studies().size() - randomisedTrials()));
    int agreed = agreement().agreed();
    int compared = agreement().compared();
    out.add(
        String.format(
            Locale.ROOT,
            "risk of bias (illustrative rating): raters agreed on %d of %d items (%.1f %%)",
            agreed,
            compared,
            100.0 * agreed / compared));
    clusters()
        .clusters()
        .forEach(
            c ->
                out.add(
                    "cluster "
                        + c.key()
                        + ": "
                        + c.studies().size()
                        + (c.studies().size() == 1 ? " study (" : " studies (")
                        + c.studies().stream()
                            .map(s -> s.id())
                            .collect(java.util.stream.Collectors.joining(", "))
                        + ")"));
    for (CertaintyAssessment a : profile().assessments()) {
      out.add("GRADE: " + a.outcome() + ": " + SeedGrading.LABELS.label(a.certainty()));
    }
    for (Finding f : inconsistencies()) {
      out.add("check: " + f.message());
    }
    return out;
  }

  /** Builds {@link ReviewReport} values. */
  public static final class Builder extends ImmutableReviewReport.Builder {
    Builder() {}
  }
}
