package dev.appraise.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GradeCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int status, String out, String err) {
    JsonNode json() throws IOException {
      return JSON.readTree(out);
    }
  }

  static Run run(String... args) {
    CommandLine cl = AppraiseCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int status = cl.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void observationalEvidenceRatedDownForImprecisionIsVeryLow() throws IOException {
    Run r = run("grade", "--start", "observational", "--imprecision", "1", "--format", "json");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode j = r.json();
    assertThat(j.get("certainty").asText()).isEqualTo("VERY_LOW");
    assertThat(j.get("start").asText()).isEqualTo("LOW");
    assertThat(j.get("clamped").asBoolean()).isFalse();
    assertThat(j.get("steps")).hasSize(2);
    assertThat(j.get("steps").get(1).get("domain").asText()).isEqualTo("imprecision");
    assertThat(j.get("steps").get(1).get("change").asInt()).isEqualTo(-1);
  }

  @Test
  void aSumBelowTheScaleIsClampedAndSaysSo() throws IOException {
    Run r =
        run(
            "grade",
            "--start",
            "rct",
            "--risk-of-bias",
            "2",
            "--imprecision",
            "3",
            "--format",
            "json");
    assertThat(r.status()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("certainty").asText()).isEqualTo("VERY_LOW");
    assertThat(j.get("clamped").asBoolean()).isTrue();
    JsonNode last = j.get("steps").get(j.get("steps").size() - 1);
    assertThat(last.get("kind").asText()).isEqualTo("clamp");
    assertThat(last.get("level").asInt()).isEqualTo(1);
  }

  @Test
  void textPrintsTheExplanation() {
    Run r = run("grade", "--start", "observational", "--large-effect", "2");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith("Start: LOW")
        .contains("Large effect: +2 (very large)")
        .contains("Certainty: High ⊕⊕⊕⊕");
  }

  @Test
  void ratingUpRandomisedEvidenceIsRecordedButNotAppliedUnlessAsked() throws IOException {
    Run handbook =
        run(
            "grade",
            "--start",
            "rct",
            "--inconsistency",
            "1",
            "--dose-response",
            "1",
            "--format",
            "json");
    assertThat(handbook.json().get("certainty").asText()).isEqualTo("MODERATE");
    assertThat(handbook.json().get("steps").get(2).get("kind").asText()).isEqualTo("not_applied");
    Run open =
        run(
            "grade",
            "--start",
            "rct",
            "--inconsistency",
            "1",
            "--dose-response",
            "1",
            "--rate-up-randomised",
            "--format",
            "json");
    assertThat(open.json().get("certainty").asText()).isEqualTo("HIGH");
  }

  @Test
  void valuesOutsideGradeExitTwoWithOneLineOnStderrAndNothingOnStdout() {
    List<String[]> bad = new ArrayList<>();
    bad.add(new String[] {"grade", "--start", "rct", "--risk-of-bias", "3"});
    bad.add(new String[] {"grade", "--start", "observational", "--large-effect", "3"});
    bad.add(new String[] {"grade", "--start", "rct", "--imprecision", "4", "--format", "json"});
    bad.add(new String[] {"grade", "--start", "rct", "--imprecision", "-1"});
    bad.add(new String[] {"grade", "--start", "cohort"});
    bad.add(new String[] {"grade", "--risk-of-bias", "1"});
    bad.add(new String[] {"grade", "--start", "rct", "--format", "xml"});
    bad.add(new String[] {"grade", "--start", "rct", "--dose-response", "two"});
    for (String[] args : bad) {
      Run r = run(args);
      assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.out()).as(String.join(" ", args)).isEmpty();
      assertThat(r.err().strip())
          .as(String.join(" ", args))
          .doesNotContain("\n")
          .startsWith("appraise: ");
    }
    assertThat(run("grade", "--start", "rct", "--risk-of-bias", "3").err())
        .contains("--risk-of-bias 3: risk of bias rating must be between -2 and 0 levels, was -3");
    assertThat(run("grade", "--start", "rct", "--large-effect", "3").err())
        .contains("--large-effect 3: large effect rating must be between 0 and +2 levels, was +3");
  }

  @Property(tries = 200)
  void theCertaintyIsTheClampedSumWhenRatingUpIsAllowed(
      @ForAll boolean rct,
      @ForAll @IntRange(max = 2) int riskOfBias,
      @ForAll @IntRange(max = 3) int imprecision,
      @ForAll @IntRange(max = 2) int largeEffect,
      @ForAll @IntRange(max = 1) int doseResponse)
      throws IOException {
    Run r =
        run(
            "grade",
            "--start",
            rct ? "rct" : "observational",
            "--risk-of-bias",
            Integer.toString(riskOfBias),
            "--imprecision",
            Integer.toString(imprecision),
            "--large-effect",
            Integer.toString(largeEffect),
            "--dose-response",
            Integer.toString(doseResponse),
            "--rate-up-randomised",
            "--format",
            "json");
    int sum = (rct ? 4 : 2) - riskOfBias - imprecision + largeEffect + doseResponse;
    int expected = Math.max(1, Math.min(4, sum));
    String[] names = {"", "VERY_LOW", "LOW", "MODERATE", "HIGH"};
    assertThat(r.json().get("certainty").asText()).isEqualTo(names[expected]);
    assertThat(r.json().get("clamped").asBoolean()).isEqualTo(sum != expected);
  }
}
