package dev.appraise.examples.cli;

import static dev.appraise.examples.cli.AgreementCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appraise.examples.cli.AgreementCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code appraise meta --baseline-risk} and {@code --grade} on the BCG trials ({@code
 * examples/data/bcg.csv}): the absolute effects per 1000, unrounded in JSON and rounded as GRADE
 * tables in text, the suggested ratings with their reasons, and the bad input that exits 2.
 */
class MetaCommandGradeTest {

  private static final List<String> ABSOLUTE_FIELDS =
      List.of(
          "baseline_per_1000",
          "intervention_per_1000",
          "intervention_ci_lower",
          "intervention_ci_upper",
          "difference_per_1000",
          "difference_ci_lower",
          "difference_ci_upper");

  @TempDir Path dir;

  private static Run meta(String... more) {
    List<String> args = new ArrayList<>(List.of("meta", MetaCommandTest.bcg().toString()));
    args.addAll(List.of(more));
    return run(args.toArray(new String[0]));
  }

  @Test
  void absoluteEffectsAreTheRiskRatioAppliedToEachBaselineRiskPer1000Unrounded()
      throws IOException {
    Run r =
        meta(
            "--measure",
            "RR",
            "--format",
            "json",
            "--baseline-risk",
            "0.04",
            "--baseline-risk",
            "90/1000");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode json = r.json();
    double rr = json.get("transformed").get("estimate").asDouble();
    double lower = json.get("transformed").get("ci_lower").asDouble();
    double upper = json.get("transformed").get("ci_upper").asDouble();
    JsonNode absolute = json.get("absolute");
    assertThat(absolute).hasSize(2);
    List<String> fields = new ArrayList<>();
    absolute.get(0).fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactlyElementsOf(ABSOLUTE_FIELDS);
    JsonNode at40 = absolute.get(0);
    assertThat(at40.get("baseline_per_1000").asDouble()).isEqualTo(40.0);
    // 40 per 1000 x RR 0.4894 = 19.58 per 1000, 20.42 fewer
    assertThat(at40.get("intervention_per_1000").asDouble()).isCloseTo(40 * rr, within(1e-12));
    assertThat(at40.get("intervention_ci_lower").asDouble()).isCloseTo(40 * lower, within(1e-12));
    assertThat(at40.get("intervention_ci_upper").asDouble()).isCloseTo(40 * upper, within(1e-12));
    assertThat(at40.get("difference_per_1000").asDouble()).isCloseTo(40 * (rr - 1), within(1e-12));
    assertThat(at40.get("difference_ci_lower").asDouble())
        .isCloseTo(40 * (lower - 1), within(1e-12));
    assertThat(at40.get("difference_ci_upper").asDouble())
        .isCloseTo(40 * (upper - 1), within(1e-12));
    assertThat(absolute.get(1).get("baseline_per_1000").asDouble()).isCloseTo(90, within(1e-12));
    assertThat(json.has("grade")).isFalse();
  }

  @Test
  void textRoundsAsGradeTablesDo() {
    Run r = meta("--measure", "RR", "--baseline-risk", "40/1000");
    assertThat(r.status()).as(r.err()).isZero();
    // 40 x 0.4894 = 19.6 -> 20; 40 x 0.3441 = 13.8 -> 14; 40 x 0.6962 = 27.8 -> 28
    assertThat(r.out().replace(System.lineSeparator(), "\n"))
        .contains(
            "Absolute Effects (RR 0.4894 [0.3441, 0.6962] at each baseline risk, per 1000, 95% intervals):\n\n"
                + "baseline     intervention            difference\n"
                + "40 per 1000  20 per 1000 (14 to 28)  20 fewer per 1000 (from 26 fewer to 12 fewer)\n");
  }

  @Test
  void gradeAddsTheSuggestedRatingsWithTheirReasons() throws IOException {
    Run r = meta("--measure", "RR", "--format", "json", "--grade");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode grade = r.json().get("grade");
    assertThat(grade).hasSize(4);
    assertThat(grade.get(0).get("domain").asText()).isEqualTo("inconsistency");
    assertThat(grade.get(0).get("levels").asInt()).isEqualTo(-1);
    assertThat(grade.get(0).get("judgement").asText()).isEqualTo("serious");
    assertThat(grade.get(0).get("reason").asText())
        .startsWith("I² = 92 % (considerable heterogeneity), tau² = 0.313")
        .contains("the 95% prediction interval 0.155 to 1.55 crosses 1");
    assertThat(grade.get(1).get("domain").asText()).isEqualTo("imprecision");
    assertThat(grade.get(1).get("levels").asInt()).isZero();
    // the small-study tests run for --grade even without --bias, and are not printed
    assertThat(grade.get(2).get("domain").asText()).isEqualTo("publication-bias");
    assertThat(grade.get(2).get("reason").asText())
        .isEqualTo(
            "13 studies; Egger's regression test p = 0.422, the rank correlation test p = 0.952 (level"
                + " 0.1): no test suggests funnel-plot asymmetry; not serious");
    assertThat(r.json().has("egger")).isFalse();
    assertThat(grade.get(3).get("domain").asText()).isEqualTo("large-effect");
    assertThat(grade.get(3).get("levels").asInt()).isEqualTo(1);
    Run text = meta("--measure", "RR", "--grade");
    assertThat(text.out())
        .contains("GRADE Suggestions (advisory: accept or override each, with a reason):")
        .contains("Inconsistency: serious (-1): I² = 92 %")
        .contains("Publication bias: not serious (0): 13 studies;")
        .contains(
            "Large effect: large (+1): RR 0.489 (95% CI 0.344 to 0.696) is a 2.0-fold reduction")
        .contains(
            "GRADE rates up for a large effect in observational studies, as a rule not in trials");
  }

  @Test
  void fewerThanTenStudiesLeavePublicationBiasUnassessedWithTheReason() throws IOException {
    List<String> lines =
        Files.readAllLines(MetaCommandTest.bcg(), StandardCharsets.UTF_8).subList(0, 6);
    Path five = dir.resolve("five.csv");
    Files.write(five, lines, StandardCharsets.UTF_8);
    Run r = run("meta", five.toString(), "--measure", "RR", "--format", "json", "--grade");
    assertThat(r.status()).as(r.err()).isZero();
    JsonNode publication = null;
    for (JsonNode s : r.json().get("grade")) {
      if (s.get("domain").asText().equals("publication-bias")) {
        publication = s;
      }
    }
    assertThat(publication).isNotNull();
    assertThat(publication.get("levels").asInt()).isZero();
    assertThat(publication.get("reason").asText())
        .isEqualTo(
            "5 studies, fewer than 10: funnel-plot asymmetry"
                + " cannot be tested; judge publication bias from the search and the funding of the studies");
  }

  private static void assertBadInput(Run run, String message) {
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("appraise: " + message + System.lineSeparator());
  }

  @Test
  void aRiskOutsideZeroAndOneExits2() {
    for (String risk :
        List.of("0", "1", "1.5", "-0.1", "0/1000", "1000/1000", "1200/1000", "forty", "NaN")) {
      assertBadInput(
          meta("--measure", "RR", "--baseline-risk", risk),
          "--baseline-risk must lie strictly between 0 and 1, as a proportion (0.04) or per 1000 (40/1000); was "
              + risk);
    }
  }

  @Test
  void aBaselineRiskWithAContinuousMeasureExits2() throws IOException {
    Path means = dir.resolve("means.csv");
    Files.writeString(
        means,
        "study,m1i,sd1i,n1i,m2i,sd2i,n2i\na,10,2,20,12,2,20\nb,11,3,25,12,3,25\n",
        StandardCharsets.UTF_8);
    assertBadInput(
        run("meta", means.toString(), "--measure", "SMD", "--baseline-risk", "0.1"),
        "--baseline-risk applies to the measures of a binary outcome (RR, OR, PETO, RD), not to SMD, a measure of a"
            + " continuous outcome");
    assertBadInput(
        run("meta", means.toString(), "--measure", "GEN", "--baseline-risk", "0.1"),
        "--baseline-risk applies to the measures of a binary outcome (RR, OR, PETO, RD), not to GEN");
    Run smdGrade = run("meta", means.toString(), "--measure", "SMD", "--grade");
    assertThat(smdGrade.status()).as(smdGrade.err()).isZero();
  }

  @Test
  void aMetaRegressionHasNoPooledEffectToGrade() {
    assertBadInput(
        meta("--measure", "RR", "--moderator", "ablat", "--grade"),
        "--baseline-risk and --grade read the pooled effect of the model without moderators; run them without"
            + " --moderator");
  }

  @Test
  void otherMeasuresOfABinaryOutcomeGiveTheirAbsoluteEffects() throws IOException {
    for (String measure : List.of("OR", "RD", "PETO")) {
      Run r = meta("--measure", measure, "--format", "json", "--baseline-risk", "0.1");
      assertThat(r.status()).as(measure + ": " + r.err()).isZero();
      JsonNode a = r.json().get("absolute").get(0);
      assertThat(a.get("baseline_per_1000").asDouble()).isCloseTo(100, within(1e-12));
      assertThat(a.get("intervention_ci_lower").asDouble())
          .isLessThanOrEqualTo(a.get("intervention_per_1000").asDouble());
      assertThat(a.get("difference_per_1000").asDouble())
          .isCloseTo(a.get("intervention_per_1000").asDouble() - 100, within(1e-9));
    }
  }
}
