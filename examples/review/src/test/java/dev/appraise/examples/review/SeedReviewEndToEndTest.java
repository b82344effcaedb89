package dev.appraise.examples.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.check.Finding;
import dev.appraise.core.check.Verdict;
import dev.appraise.core.io.ReviewJson;
import dev.appraise.core.model.JudgementStage;
import dev.appraise.core.model.Review;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.grade.Certainty;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The seed review run end to end into a directory, its numbers checked against the review's text
 * (Meeus et al., Pain Physician 2017;20:139-154; quotes from its Results section), and every figure
 * and the page parsed as XML.
 */
class SeedReviewEndToEndTest {

  @TempDir static Path dir;
  static ReviewReport report;
  static List<String> progress = new ArrayList<>();

  @BeforeAll
  static void run() throws Exception {
    report = SeedReview.run(progress::add);
    ReportWriter.write(report, dir);
  }

  private static String file(String name) throws Exception {
    return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
  }

  @Test
  void flowMatchesStudySelection() {
    // "A total of 749 records were identified through the database search. Following 2 consecutive
    // screening
    // phases ..., 7 eligible studies remained. ... 2 more eligible articles ..., resulting in a
    // total of 9 studies."
    var flow = report.review().prismaFlow().orElseThrow();
    assertThat(flow.recordsIdentifiedTotal().getAsInt()).isEqualTo(749);
    assertThat(flow.includedFromDatabases().getAsInt()).isEqualTo(7);
    assertThat(flow.includedFromOtherMethods().getAsInt()).isEqualTo(2);
    assertThat(flow.studiesIncluded().getAsInt()).isEqualTo(9);
    // what the review does not report stays unreported, and the flow check says so
    assertThat(flow.recordsScreened()).isEmpty();
    assertThat(report.flowFindings()).extracting(Finding::verdict).contains(Verdict.NOT_EVALUABLE);
    assertThat(report.flowFindings())
        .extracting(Finding::verdict)
        .doesNotContain(Verdict.INCONSISTENT);
  }

  @Test
  void studiesMatchTheText() {
    // "Of the 9 included studies (28-36), 2 studies were RCTs and 7 studies were controlled cohort
    // studies."
    assertThat(report.review().studies()).hasSize(9);
    assertThat(report.randomisedTrials()).isEqualTo(2);
  }

  @Test
  void agreementIs65Of72() {
    // "The raters agreed on 90.3% (65 of 72 items) of the items."
    var agreement = report.agreement();
    assertThat(agreement.agreed()).isEqualTo(65);
    assertThat(agreement.compared()).isEqualTo(72);
    assertThat(
            String.format(Locale.ROOT, "%.1f", 100 * agreement.percentAgreement().valueOrThrow()))
        .isEqualTo("90.3");
    // Wilson 95 % interval and Cohen's kappa of the illustrative tables, from the formulas in
    // src/test/scripts/seed_agreement_reference.py: [0.812650, 0.952104], kappa 0.851634
    var wilson = agreement.percentAgreement().interval().orElseThrow();
    assertThat(wilson.method()).containsIgnoringCase("wilson");
    assertThat(wilson.lower()).isCloseTo(0.812650, within(1e-6));
    assertThat(wilson.upper()).isCloseTo(0.952104, within(1e-6));
    assertThat(agreement.cohenKappa().valueOrThrow()).isCloseTo(0.851634, within(1e-6));
    assertThat(agreement.disagreements()).hasSize(7);
  }

  @Test
  void finalJudgementsAgreeWithWhatTheTextReports() {
    List<RiskOfBiasJudgement> fin = report.finalAssessment().judgements();
    // "The RCTs provided insufficient information about the allocation concealment."
    assertThat(level(fin, "Shpaner29", "D2")).isEqualTo("Unclear");
    assertThat(level(fin, "Jensen32", "D2")).isEqualTo("Unclear");
    // "All studies exhibited a high risk of bias for the lack of blinding participants and
    // personnel."
    assertThat(fin.stream().filter(j -> j.domain().equals("D3")))
        .allMatch(j -> j.level().name().equals("HIGH"));
    // "Only one study specified clearly that outcome assessors were blinded."
    assertThat(fin.stream().filter(j -> j.domain().equals("D4") && j.level().name().equals("LOW")))
        .hasSize(1);
    // "The item 'incomplete outcome data' was graded a low risk of bias in 8 out of 9 studies."
    assertThat(fin.stream().filter(j -> j.domain().equals("D5") && j.level().name().equals("LOW")))
        .hasSize(8);
    // "In cases of disagreement, the opinion of a third reviewer (M.M.) was requested"
    assertThat(report.finalAssessment().trail())
        .anyMatch(j -> j.stage() == JudgementStage.ADJUDICATED && j.rater().equals("M.M."));
    assertThat(report.finalAssessment().trail())
        .anyMatch(j -> j.stage() == JudgementStage.CONSENSUS);
  }

  private static String level(List<RiskOfBiasJudgement> fin, String study, String domain) {
    return fin.stream()
        .filter(j -> j.studyId().equals(study) && j.domain().equals(domain))
        .findFirst()
        .orElseThrow()
        .level()
        .label();
  }

  @Test
  void theNumberCheckFlags63Not72() {
    List<Finding> inconsistent =
        report.numberChecks().stream().filter(f -> f.verdict() == Verdict.INCONSISTENT).toList();
    assertThat(inconsistent)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.expected()).contains("63");
              assertThat(f.reported()).contains("72");
            });
    assertThat(report.numberChecks())
        .filteredOn(f -> f.statement().contains("90.3%"))
        .singleElement()
        .extracting(Finding::verdict)
        .isEqualTo(Verdict.CONSISTENT);
    assertThat(report.numberChecks())
        .filteredOn(f -> f.statement().contains("9 studies x 8 items"))
        .singleElement()
        .extracting(Finding::verdict)
        .isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void clustersAsTheReviewClustersThem() {
    // "A total of 4 studies reported brain changes following CBT" (29, 31, 32, 34);
    // multidisciplinary treatment
    // (28,35,36), Erpelding (35) with structural and functional outcomes; "2 studies applied
    // exercise therapy" (30,33)
    assertThat(members("psychological", "mri/functional"))
        .containsExactly("Diers31", "Jensen32", "Shpaner29");
    assertThat(members("psychological", "mri/structural")).containsExactly("Seminowicz34");
    assertThat(members("multidisciplinary", "mri/functional"))
        .containsExactly("Becerra28", "Erpelding35", "Simons36");
    assertThat(members("multidisciplinary", "mri/structural")).containsExactly("Erpelding35");
    assertThat(members("exercise", "mri/functional")).containsExactly("Flodin30", "Micalos33");
    assertThat(report.clusters().clusters()).hasSize(5);
    assertThat(report.clusters().unclustered()).isEmpty();
  }

  private static List<String> members(String treatment, String modality) {
    var key =
        dev.appraise.core.cluster.ClusterKey.builder()
            .treatment(treatment)
            .modality(modality)
            .build();
    return report.clusters().cluster(key).orElseThrow().studies().stream()
        .map(s -> s.id())
        .toList();
  }

  @Test
  void gradingLeadsToTheReviewsConclusions() {
    for (SeedGrading.Body body : SeedGrading.BODIES) {
      assertThat(report.certainty(body.outcome())).as(body.outcome()).isEqualTo(body.expected());
    }
    // "a low level of evidence regarding both functional and structural changes in prefrontal areas
    // following CBT"
    assertThat(report.certainty(SeedGrading.BODIES.get(0).outcome())).isEqualTo(Certainty.LOW);
    assertThat(report.certainty(SeedGrading.BODIES.get(1).outcome())).isEqualTo(Certainty.LOW);
    // "Preliminary evidence was found for a shift ... following behavioral extinction training."
    assertThat(report.certainty(SeedGrading.BODIES.get(2).outcome())).isEqualTo(Certainty.VERY_LOW);
    // "A low level of evidence was found regarding the normalization of the resting-state network
    // ..."
    assertThat(report.certainty(SeedGrading.BODIES.get(3).outcome())).isEqualTo(Certainty.LOW);
    assertThat(report.certainty(SeedGrading.BODIES.get(4).outcome())).isEqualTo(Certainty.LOW);
    // "These findings indicate preliminary evidence ... following exercise therapy."
    assertThat(report.certainty(SeedGrading.BODIES.get(5).outcome())).isEqualTo(Certainty.VERY_LOW);
  }

  @Test
  void pageShowsTheNumbersAndTheIllustrativeNote() throws Exception {
    String html = file(ReportWriter.INDEX);
    String md = file(ReportWriter.MARKDOWN);
    for (String text : List.of(html, md)) {
      assertThat(text)
          .contains("749")
          .contains("65 of 72")
          .contains("90.3 %")
          .contains("Wilson")
          .contains("Cohen")
          .contains("63")
          .contains("72")
          .containsIgnoringCase("illustrative")
          .contains("Preliminary")
          .contains("CBT")
          .contains("Multidisciplinary")
          .contains("Exercise");
    }
    assertThat(summaryText()).contains("65 of 72").contains("90.3");
  }

  private static String summaryText() {
    return String.join("\n", report.summary());
  }

  @Test
  void pageAndFiguresAreWellFormedXml() throws Exception {
    Document page = HardenedXml.parseXhtml(file(ReportWriter.INDEX));
    assertThat(page.getDocumentElement().getLocalName()).isEqualTo("html");
    List<Path> svgs;
    try (Stream<Path> files = Files.list(dir)) {
      svgs = files.filter(p -> p.toString().endsWith(".svg")).toList();
    }
    assertThat(svgs)
        .contains(
            dir.resolve(ReportWriter.FLOW_SVG),
            dir.resolve("rob-traffic-light.svg"),
            dir.resolve("rob-summary.svg"));
    assertThat(page.getElementsByTagNameNS("*", "img").getLength()).isEqualTo(svgs.size());
    for (Path svg : svgs) {
      Document d = HardenedXml.parseWithoutDoctype(Files.readString(svg, StandardCharsets.UTF_8));
      assertThat(d.getDocumentElement().getLocalName()).as(svg.toString()).isEqualTo("svg");
    }
  }

  @Test
  void textFromTheDataIsEscaped() {
    String html =
        ReportWriter.html(
            "a < b & \"c\"", List.of(new Block.Paragraph("<script>alert('x')</script>")));
    assertThat(html)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;")
        .contains("a &lt; b &amp; &quot;c&quot;");
    // Markdown is escaped as Markdown: \<b\> shows as <b>, as &lt;b&gt; did when it was escaped as
    // HTML
    assertThat(ReportWriter.markdown("t", List.of(new Block.Paragraph("<b>x</b> | *y*"))))
        .contains("\\<b\\>x\\</b\\>")
        .contains("\\*y\\*");
  }

  @Test
  void markdownReportShowsTextNotHtmlEntities() throws Exception {
    String md = file(ReportWriter.MARKDOWN);
    String prose = withoutCode(md);
    assertThat(ENTITY.matcher(prose).results().map(MatchResult::group).toList()).isEmpty();
    assertThat(prose)
        .doesNotContain("&#")
        .doesNotContain("&\\#")
        .doesNotContain("&quot;")
        .doesNotContain("&amp;")
        .doesNotContain("&lt;");
    assertThat(md)
        .contains("The review's appraisal")
        .contains("The review: \"Methodological quality");
  }

  /**
   * A character or entity reference, or one whose {@code #} is escaped: HTML escaping where
   * Markdown escaping was due, which a reader would see as text ({@code The review&\#39;s}).
   */
  private static final Pattern ENTITY =
      Pattern.compile("&(\\\\?#[0-9]{1,7}|\\\\?#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]*);");

  /** Markdown with its fenced and indented code blocks and its code spans removed. */
  static String withoutCode(String markdown) {
    StringBuilder prose = new StringBuilder();
    boolean fenced = false;
    String previous = "";
    for (String line : markdown.split("\n", -1)) {
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
        fenced = !fenced;
      } else if (!fenced
          && !(previous.isBlank() && (line.startsWith("    ") || line.startsWith("\t")))) {
        prose.append(line.replaceAll("(`+)(?!`).*?(?<!`)\\1(?!`)", "")).append('\n');
      }
      previous = line;
    }
    return prose.toString();
  }

  @Test
  void reviewJsonReadsBackThroughCore() throws Exception {
    Review back = ReviewJson.withDefaults().read(dir.resolve(ReportWriter.REVIEW_JSON));
    assertThat(back).isEqualTo(report.review());
    assertThat(back.riskOfBias()).hasSize(72 + 72 + 7);
    assertThat(back.riskOfBias()).allSatisfy(j -> assertThat(j.support()).isPresent());
    assertThat(back.riskOfBias())
        .filteredOn(j -> j.stage() == JudgementStage.INDIVIDUAL)
        .allSatisfy(j -> assertThat(j.support().orElseThrow()).startsWith("Illustrative"));
  }

  @Test
  void progressNamesEachStep() {
    assertThat(progress)
        .contains(
            "reading review", "agreement", "consensus and adjudication", "clustering", "grading");
  }
}
