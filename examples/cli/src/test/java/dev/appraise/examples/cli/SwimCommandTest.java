package dev.appraise.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code appraise swim}: vote counting by direction of effect from a CSV, checked on Boon and
 * Thomson (2021, Res Synth Methods 12:29-33): housing condition, 9 of 10 studies positive and 1
 * conflicting, sign test P = 0.0039; general health, 5 positive and 1 negative, P = 0.2188.
 */
class SwimCommandTest {

  @TempDir Path dir;

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = AppraiseCommand.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int status = cl.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  private Path housing() throws IOException {
    StringBuilder csv = new StringBuilder("study,outcome,direction,n\n");
    for (int i = 1; i <= 10; i++) {
      csv.append("Study ")
          .append(i)
          .append(",housing condition,")
          .append(i == 10 ? "mixed" : "up")
          .append(',')
          .append(40 * i)
          .append('\n');
    }
    for (int i = 1; i <= 6; i++) {
      csv.append("Study ")
          .append(i)
          .append(",general health,")
          .append(i == 6 ? "down" : "up")
          .append(',')
          .append(40 * i)
          .append('\n');
    }
    csv.append("Study 7,mood,none,280\n");
    return Files.writeString(dir.resolve("housing.csv"), csv.toString());
  }

  @Test
  void jsonAsTheContractSays() throws Exception {
    Run r = run("swim", housing().toString(), "--format", "json");
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode outcomes = new ObjectMapper().readTree(r.out()).get("outcomes");
    assertThat(outcomes).hasSize(3);
    JsonNode housing = outcomes.get(0);
    assertThat(housing.get("outcome").asText()).isEqualTo("housing condition");
    assertThat(housing.get("studies").asInt()).isEqualTo(10);
    assertThat(housing.get("favouring").asInt()).isEqualTo(9);
    assertThat(housing.get("against").asInt()).isZero();
    assertThat(housing.get("unclear").asInt()).isEqualTo(1);
    assertThat(housing.get("proportion").asDouble()).isEqualTo(1.0);
    assertThat(housing.get("ci_upper").asDouble()).isEqualTo(1.0);
    assertThat(housing.get("ci_lower").asDouble()).isCloseTo(0.7008, within(0.0001));
    // published: P = 0.0039
    assertThat(housing.get("sign_test_p").asDouble()).isEqualTo(2.0 / 512);
    // published: P = 0.2188
    assertThat(outcomes.get(1).get("sign_test_p").asDouble()).isEqualTo(14.0 / 64);
    JsonNode mood = outcomes.get(2);
    assertThat(mood.get("proportion").isNull()).isTrue();
    assertThat(mood.get("sign_test_p").isNull()).isTrue();
    assertThat(mood.get("reason").asText()).contains("no study in mood has a direction of effect");
  }

  @Test
  void textAndThePlot() throws Exception {
    Path plot = dir.resolve("ed.svg");
    Run r = run("swim", housing().toString(), "--plot", plot.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("housing condition: 10 studies")
        .contains("sign test: p = 0.0039")
        .contains("general health: 6 studies")
        .contains("proportion favouring: 5 of 6 = 0.833")
        .contains("proportion and sign test undefined");
    assertThat(Files.readString(plot))
        .startsWith("<?xml")
        .contains("effect-direction-plot")
        .contains("p = 0.0039");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("housing.csv", "ed.svg");
    }
  }

  @Test
  void aMissingDirectoryOfThePlotIsCreated() throws Exception {
    Path plot = dir.resolve("figures/new/ed.svg");
    Run r = run("swim", housing().toString(), "--plot", plot.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(plot).isRegularFile();
  }

  @Test
  void theThresholdChangesTheWithinStudyRule() throws Exception {
    Path csv =
        Files.writeString(
            dir.resolve("two.csv"),
            "study,outcome,direction\nA,pain,up\nA,pain,up\nA,pain," + "none\nB,pain,up\n");
    JsonNode strict =
        new ObjectMapper()
            .readTree(run("swim", csv.toString(), "--format", "json", "--threshold", "1").out())
            .get("outcomes")
            .get(0);
    assertThat(strict.get("favouring").asInt()).isEqualTo(1);
    JsonNode lenient =
        new ObjectMapper()
            .readTree(run("swim", csv.toString(), "--format", "json", "--threshold", "0.6").out())
            .get("outcomes")
            .get(0);
    assertThat(lenient.get("favouring").asInt()).isEqualTo(2);
  }

  @Test
  void badInputExitsTwoWithOneLine() throws Exception {
    Path bad =
        Files.writeString(
            dir.resolve("bad.csv"), "study,outcome,direction\nA,pain,better\nB,pain,up,3\n");
    for (String[] args :
        new String[][] {
          {"swim", bad.toString()},
          {"swim", dir.resolve("missing.csv").toString()},
          {"swim", housing().toString(), "--threshold", "0.5"},
          {"swim", housing().toString(), "--format", "xml"},
          {"swim", housing().toString(), "--plot", housing().toString()},
          {"swim", housing().toString(), "--plot", housing().resolve("ed.svg").toString()}
        }) {
      Run r = run(args);
      assertThat(r.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().strip()).as(r.err()).doesNotContain("\n").startsWith("appraise: ");
    }
    Run r = run("swim", bad.toString());
    assertThat(r.err())
        .contains(
            "bad.csv: line 2, column direction: direction must be one of up, down, none, mixed,"
                + " was 'better'; line 3: expected 3 values as in the header, found 4");
    assertThat(run("swim", housing().toString(), "--plot", housing().toString()).err())
        .contains("would overwrite the input file");
  }
}
