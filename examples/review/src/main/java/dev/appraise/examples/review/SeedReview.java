package dev.appraise.examples.review;

import dev.appraise.core.check.Finding;
import dev.appraise.core.check.ReportedNumbers;
import dev.appraise.core.cluster.Cluster;
import dev.appraise.core.cluster.ClusterKey;
import dev.appraise.core.cluster.ClusterResult;
import dev.appraise.core.cluster.StudyClustering;
import dev.appraise.core.flow.PrismaFlow;
import dev.appraise.core.flow.PrismaFlowSvg;
import dev.appraise.core.io.ReviewJson;
import dev.appraise.core.model.AgeGroup;
import dev.appraise.core.model.JudgementStage;
import dev.appraise.core.model.Review;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.core.model.SexRestriction;
import dev.appraise.core.model.Study;
import dev.appraise.core.model.StudyDesign;
import dev.appraise.grade.EvidenceProfile;
import dev.appraise.robtool.CohortSelectionItem;
import dev.appraise.robtool.FinalAssessment;
import dev.appraise.robtool.OverallRule;
import dev.appraise.robtool.RobAgreementReport;
import dev.appraise.robtool.RobSummary;
import dev.appraise.robtool.RobTable;
import dev.appraise.robtool.Tool;
import dev.appraise.robtool.Tools;
import dev.appraise.robtool.TwoRaterWorkflow;
import dev.appraise.robtool.io.RobvisCsv;
import dev.appraise.robtool.plot.SummaryPlot;
import dev.appraise.robtool.plot.TrafficLightPlot;
import dev.appraise.synthesis.swim.StudyCharacteristics;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The seed review run end to end: Meeus, Cagnie, De Pauw et al., "Does Conservative Treatment
 * Change the Brain in Patients with Chronic Musculoskeletal Pain? A Systematic Review", Pain
 * Physician 2017;20:139-154.
 *
 * <p>The review's facts live in {@code seed-review.json} (read through {@link ReviewJson}), each
 * with the quote it comes from. The raters' item-level risk-of-bias judgements are not in the text
 * (its Fig. 2 is an image), so the two raters' tables ({@code rob-illustrative-rater1-jk.csv},
 * {@code rob-illustrative-rater2-ic.csv}) and the decisions that settle their disagreements ({@code
 * rob-illustrative-decisions.csv}) are an <b>illustrative</b> rating built to agree with everything
 * the text reports: the two RCTs unclear on allocation concealment, every study high on blinding of
 * participants and personnel, one study low on blinding of outcome assessors, incomplete outcome
 * data low in 8 of 9, the cohorts high on sequence generation and allocation concealment, and 65 of
 * 72 items agreed. The review names 7 domains for 9 studies (63 items) yet reports 72; the example
 * reaches 72 with the seven RoB 1 domains plus an eighth item for selection bias in cohort studies
 * ({@link CohortSelectionItem#ADDED}).
 *
 * <p>The studies' treatment-induced findings are synthesised without meta-analysis, by direction of
 * effect per cluster ({@code SeedSynthesis}), as the review's own synthesis is narrative.
 */
public final class SeedReview {

  /** The first rater's initials, as the review gives them. */
  public static final String RATER_1 = "J.K.";

  /** The second rater's initials. */
  public static final String RATER_2 = "I.C.";

  /** The third reviewer who settled what consensus did not. */
  public static final String THIRD_REVIEWER = "M.M.";

  /** The note every illustrative risk-of-bias judgement carries. */
  public static final String ILLUSTRATIVE =
      "Illustrative rating: the review reports only totals (65 of 72 items agreed); its item-level judgements"
          + " (Fig. 2) are an image.";

  static final String REVIEW_JSON = "seed-review.json";
  static final String RATER_1_CSV = "rob-illustrative-rater1-jk.csv";
  static final String RATER_2_CSV = "rob-illustrative-rater2-ic.csv";
  static final String DECISIONS_CSV = "rob-illustrative-decisions.csv";

  private SeedReview() {}

  /**
   * Reads the seed review's facts.
   *
   * @return the review as the text reports it, without risk-of-bias judgements
   * @throws dev.appraise.core.InputFormatException if the data file is malformed
   */
  public static Review review() {
    return read(
        REVIEW_JSON,
        (in) -> {
          try {
            return ReviewJson.withDefaults().read(in, REVIEW_JSON);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * {@return the tool the example rates with: Cochrane RoB 1 plus the cohort selection-bias item as
   * D8}
   */
  public static Tool tool() {
    return Tools.rob1(CohortSelectionItem.ADDED);
  }

  /**
   * Reads the two raters' illustrative tables and starts the two-rater workflow.
   *
   * @return the workflow before any decision
   */
  public static TwoRaterWorkflow independentRatings() {
    Tool tool = tool();
    return TwoRaterWorkflow.of(
        rater(RATER_1_CSV, RATER_1, tool), rater(RATER_2_CSV, RATER_2, tool));
  }

  private static List<RiskOfBiasJudgement> rater(String resource, String rater, Tool tool) {
    RobTable table = read(resource, in -> RobvisCsv.withDefaults().read(reader(in), resource));
    List<RiskOfBiasJudgement> out = new ArrayList<>();
    for (RiskOfBiasJudgement j : table.toJudgements(tool.id(), rater, JudgementStage.INDIVIDUAL)) {
      tool.domain(j.domain());
      tool.checkLevel(j.domain(), j.level());
      out.add(RiskOfBiasJudgement.builder().from(j).support(ILLUSTRATIVE).build());
    }
    return out;
  }

  /**
   * Runs the whole appraisal.
   *
   * @param progress told the name of each step as it starts (e.g. {@code "agreement"})
   * @return everything the report shows
   */
  public static ReviewReport run(Consumer<String> progress) {
    progress.accept("reading review");
    Review review = review();
    PrismaFlow flow =
        review.prismaFlow().orElseThrow(() -> new IllegalStateException("seed review has no flow"));

    progress.accept("checking PRISMA flow");
    List<Finding> flowFindings = flow.check();
    String flowSvg = PrismaFlowSvg.render(flow);

    progress.accept("agreement");
    TwoRaterWorkflow workflow = independentRatings();

    RobAgreementReport agreement = workflow.agreement();

    progress.accept("consensus and adjudication");
    RobDecisions decisions =
        read(DECISIONS_CSV, in -> RobDecisions.read(reader(in), DECISIONS_CSV));
    FinalAssessment settled = decisions.applyTo(workflow).finish();
    Review rated = Review.builder().from(review).riskOfBias(settled.trail()).build();

    progress.accept("figures");
    RobTable finalTable = settled.toTable().withNamesOf(tool());
    Map<String, String> figures = new LinkedHashMap<>();
    figures.put(
        "rob-traffic-light.svg",
        TrafficLightPlot.withDefaults()
            .withTitle("Risk of bias per study (illustrative rating)")
            .render(finalTable));
    figures.put("rob-summary.svg", SummaryPlot.withDefaults().render(finalTable));

    progress.accept("clustering");
    ClusterResult clusters = CLUSTERING.cluster(review.studies());
    Map<String, RiskOfBiasLevel> overall = new HashMap<>();
    RobSummary.overall(settled.toTable(), OverallRule.WORST_DOMAIN)
        .forEach((study, level) -> level.ifPresent(l -> overall.put(study, l)));

    progress.accept("synthesis without meta-analysis");
    List<DirectionReading> directions = SeedSynthesis.readings(review);
    List<StudyCharacteristics> directionStudies = SeedSynthesis.characteristics(review, overall);

    progress.accept("grading");
    EvidenceProfile.Builder profile =
        EvidenceProfile.builder()
            .title(
                "Summary of findings: brain changes after conservative treatment of chronic musculoskeletal pain");
    for (SeedGrading.Body body : SeedGrading.BODIES) {
      profile.addAssessments(SeedGrading.assess(body, studiesOf(clusters, body), overall));
    }

    progress.accept("checking reported numbers");
    List<Finding> numbers = numberChecks(review, workflow, settled);

    return ReviewReport.builder()
        .review(rated)
        .flowFindings(flowFindings)
        .flowSvg(flowSvg)
        .tool(tool())
        .workflow(workflow)
        .agreement(agreement)
        .finalAssessment(settled)
        .numberChecks(numbers)
        .profile(profile.build())
        .clusters(clusters)
        .figures(figures)
        .directions(directions)
        .directionStudies(directionStudies)
        .voteCounts(SeedSynthesis.voteCounts(directions))
        .effectDirectionSvg(SeedSynthesis.plot(directions, directionStudies))
        .build();
  }

  /**
   * How the example clusters the studies: treatment rolled up to its first level (psychological,
   * multidisciplinary, exercise), MRI modality to its second (functional, structural), as the
   * review clusters them.
   */
  static final StudyClustering CLUSTERING =
      StudyClustering.withDefaults().withTreatmentDepth(1).withModalityDepth(2);

  /**
   * The studies of a body of evidence: the studies of its cluster (the body's treatment rolled up
   * to the clustering's depth, with its modality) that received the body's treatment concept or one
   * below it.
   *
   * @param clusters the clusters
   * @param body the body
   * @return the studies, in cluster order
   * @throws IllegalStateException if the body's cluster is missing
   */
  static List<Study> studiesOf(ClusterResult clusters, SeedGrading.Body body) {
    ClusterKey key =
        ClusterKey.builder().treatment(body.treatmentRoot()).modality(body.modality()).build();
    Cluster cluster =
        clusters
            .cluster(key)
            .orElseThrow(
                () -> new IllegalStateException("no cluster " + key + " for " + body.outcome()));
    return cluster.studies().stream()
        .filter(s -> s.interventions().stream().anyMatch(i -> under(i.concept(), body.treatment())))
        .toList();
  }

  private static boolean under(String code, String ancestor) {
    return code.equals(ancestor) || code.startsWith(ancestor + "/");
  }

  /**
   * Checks the numbers the review reports, against each other and against the data.
   *
   * @param review the review's facts
   * @param workflow the two raters' independent judgements
   * @param settled the final judgements
   * @return one finding per reported number
   */
  static List<Finding> numberChecks(
      Review review, TwoRaterWorkflow workflow, FinalAssessment settled) {
    ReportedNumbers check = ReportedNumbers.withDefaults();
    List<Study> studies = review.studies();
    List<Finding> out = new ArrayList<>();
    out.add(check.statement("The raters agreed on 90.3% (65 of 72 items) of the items."));
    out.add(check.product("72 items for 9 studies assessed on each of the 7 domains", 72, 9, 7));
    out.add(
        check.product(
            "72 items in this example: 9 studies x 8 items (the 7 RoB 1 domains plus the cohort selection-bias item)",
            72,
            studies.size(),
            tool().domains().size()));
    out.add(
        check.sum(
            "65 of 72 items agreed: the illustrative raters' count", 65, workflow.agreed().size()));
    out.add(
        check.sum(
            "72 items compared: the illustrative raters' count", 72, workflow.items().size()));
    out.add(
        check.sum(
            "a total of 9 studies: 7 eligible from the database search, 2 from reference lists",
            9,
            7,
            2));
    out.add(check.sum("9 included studies: 2 RCTs and 7 controlled cohort studies", 9, 2, 7));
    out.add(check.sum("9 included studies: studies in the data", 9, studies.size()));
    out.add(
        check.sum(
            "2 studies were RCTs: randomised trials in the data",
            2,
            count(studies, s -> s.design() == StudyDesign.RANDOMISED_CONTROLLED_TRIAL)));
    out.add(
        check.sum(
            "7 studies were controlled cohort studies: cohorts in the data",
            7,
            count(studies, s -> s.design() == StudyDesign.CONTROLLED_COHORT)));
    out.add(
        check.sum(
            "3 studies included pediatric patients (28,35,36): pediatric populations in the data",
            3,
            count(studies, s -> s.population().ageGroup() == AgeGroup.PEDIATRIC)));
    out.add(
        check.sum(
            "In 2 studies, only women were included (30,32): women-only populations in the data",
            2,
            count(studies, s -> s.population().sexRestriction() == SexRestriction.WOMEN_ONLY)));
    out.add(
        check.sum(
            "Only one study specified clearly that outcome assessors were blinded: D4 low, final",
            1,
            countFinal(settled, "D4", RiskOfBiasLevel.LOW)));
    out.add(
        check.sum(
            "\"incomplete outcome data\" low risk of bias in 8 out of 9 studies: D5 low, final",
            8,
            countFinal(settled, "D5", RiskOfBiasLevel.LOW)));
    out.add(
        check.sum(
            "All studies exhibited a high risk of bias for the lack of blinding participants and"
                + " personnel: D3 high, final",
            9,
            countFinal(settled, "D3", RiskOfBiasLevel.HIGH)));
    return List.copyOf(out);
  }

  private static long count(List<Study> studies, java.util.function.Predicate<Study> which) {
    return studies.stream().filter(which).count();
  }

  private static long countFinal(FinalAssessment settled, String domain, RiskOfBiasLevel level) {
    return settled.judgements().stream()
        .filter(j -> j.domain().equals(domain) && j.level() == level)
        .count();
  }

  private static Reader reader(InputStream in) {
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }

  private static <T> T read(String resource, Function<InputStream, T> parse) {
    try (InputStream in = SeedReview.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the jar: " + resource);
      }
      return parse.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
