package dev.appraise.examples.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.synthesis.swim.DomainVoteCount;
import dev.appraise.synthesis.swim.EffectDirection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * The seed review's synthesis without meta-analysis: the treatment-induced findings of the nine
 * studies (Meeus et al., Pain Physician 2017;20:139-154, Results) read as directions of effect,
 * counted per cluster with the exact sign test (3 of 3: p = 0.25; 1 of 1: p = 1), drawn as an
 * effect-direction plot and reported item by item as SWiM asks.
 */
class SeedSynthesisTest {

  @TempDir static Path dir;
  static ReviewReport report;

  @BeforeAll
  static void run() throws Exception {
    report = SeedReview.run(step -> {});
    ReportWriter.write(report, dir);
  }

  private static final String CBT = "CBT (with behavioural extinction training)";
  private static final String PEDIATRIC = "Multidisciplinary treatment of pediatric CRPS";
  private static final String EXERCISE = "Exercise therapy";

  @Test
  void everyTreatmentInducedFindingIsRead() {
    // 12 pre-post or group-by-time imaging findings; the patients-against-controls findings are
    // left out
    assertThat(report.directions())
        .filteredOn(d -> !d.domain().equals(SeedSynthesis.PAIN))
        .hasSize(12);
    assertThat(report.directions())
        .filteredOn(d -> d.domain().equals(SeedSynthesis.PAIN))
        .extracting(DirectionReading::study)
        .containsExactly("Diers31", "Jensen32", "Seminowicz34", "Becerra28");
    // "the normalization of the resting-state network functional connectivity": a decrease of
    // hyperconnectivity
    assertThat(reading("Becerra28", "Functional MRI").direction())
        .isEqualTo(EffectDirection.FAVOURS_INTERVENTION);
    // "may be difficult to interpret"
    assertThat(report.directions())
        .filteredOn(d -> d.study().equals("Shpaner29"))
        .allMatch(d -> d.direction() == EffectDirection.CONFLICTING);
    // "no significant pre-to-post contrast": a shift
    assertThat(reading("Diers31", "Functional MRI").direction())
        .isEqualTo(EffectDirection.CONFLICTING);
    assertThat(reading("Micalos33", "Functional MRI").direction())
        .isEqualTo(EffectDirection.NO_CHANGE);
  }

  private static DirectionReading reading(String study, String domain) {
    return report.directions().stream()
        .filter(d -> d.study().equals(study) && d.domain().equals(domain))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void voteCountsPerCluster() {
    DomainVoteCount pediatric = report.voteCounts().get(PEDIATRIC).domain("Functional MRI");
    assertThat(pediatric.favouring()).isEqualTo(3);
    assertThat(pediatric.withDirection()).isEqualTo(3);
    // exact two-sided sign test, 3 of 3: 2 / 8
    assertThat(pediatric.signTestP().getAsDouble()).isEqualTo(0.25);
    DomainVoteCount cbt = report.voteCounts().get(CBT).domain("Functional MRI");
    assertThat(List.of(cbt.favouring(), cbt.against(), cbt.unclear())).containsExactly(1, 0, 2);
    assertThat(cbt.signTestP().getAsDouble()).isEqualTo(1.0);
    DomainVoteCount exercise = report.voteCounts().get(EXERCISE).domain("Functional MRI");
    assertThat(List.of(exercise.favouring(), exercise.noChange())).containsExactly(1, 1);
    // Erpelding's two structural findings agree: one study favouring the treatment
    assertThat(report.voteCounts().get(PEDIATRIC).domain("Structural MRI").favouring())
        .isEqualTo(1);
    // pain intensity after CBT: "3 studies did not find a reduction in pain intensity (31,32,34)"
    DomainVoteCount pain = report.voteCounts().get(CBT).domain(SeedSynthesis.PAIN);
    assertThat(pain.noChange()).isEqualTo(3);
    assertThat(pain.signTestP()).isEmpty();
    assertThat(pain.undefinedReason()).isPresent();
  }

  @Test
  void theSampleDataFileHoldsTheseDirections() throws Exception {
    Path file = null;
    for (Path d = Path.of("").toAbsolutePath(); d != null && file == null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("examples/data/seed-directions.csv"))) {
        file = d.resolve("examples/data/seed-directions.csv");
      }
    }
    assertThat(file).as("examples/data/seed-directions.csv").isNotNull();
    Map<String, String> shortNames =
        Map.of(CBT, "CBT", PEDIATRIC, "Pediatric CRPS", EXERCISE, "Exercise");
    List<String> expected = new ArrayList<>(List.of("study,outcome,direction,design,group"));
    for (DirectionReading d : report.directions()) {
      String design =
          d.study().equals("Shpaner29") || d.study().equals("Jensen32") ? "RCT" : "Cohort";
      expected.add(
          String.join(
              ",",
              d.study(),
              shortNames.get(d.group()) + ": " + d.domain(),
              d.direction().code(),
              design,
              d.group()));
    }
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void reportShowsThePlotTheCountsTheWordsAndTheChecklist() throws Exception {
    for (String name : List.of(ReportWriter.INDEX, ReportWriter.MARKDOWN)) {
      String text = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
      assertThat(text)
          .contains("Synthesis without meta-analysis")
          .contains("Table H. Vote counting")
          .contains("3 of 3 gives p = 0.25")
          .contains("Table I. SWiM reporting items")
          .contains("Grouping studies for synthesis")
          .contains("Limitations of the synthesis")
          .contains(SeedSynthesis.FIGURE);
      assertThat(text.indexOf("Synthesis without meta-analysis"))
          .isGreaterThan(text.indexOf("Table D. Clusters"))
          .isLessThan(text.indexOf("Summary of findings (GRADE)"));
    }
    Document svg =
        HardenedXml.parseWithoutDoctype(
            Files.readString(dir.resolve(SeedSynthesis.FIGURE), StandardCharsets.UTF_8));
    assertThat(svg.getDocumentElement().getAttribute("class")).isEqualTo("effect-direction-plot");
    String figure = Files.readString(dir.resolve(SeedSynthesis.FIGURE), StandardCharsets.UTF_8);
    for (String study :
        List.of(
            "Becerra28",
            "Shpaner29",
            "Flodin30",
            "Diers31",
            "Jensen32",
            "Micalos33",
            "Seminowicz34",
            "Erpelding35",
            "Simons36")) {
      assertThat(figure).contains(">" + study + "<");
    }
    assertThat(figure)
        .contains("Vote count (" + PEDIATRIC + ")")
        .contains(">3/3<")
        .contains(">p = 0.250<");
  }
}
