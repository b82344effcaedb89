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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RobCommandTest {

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

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  /**
   * Two raters, 9 studies by 8 items, disagreeing on 7 of the 72 items: the seed review's 65 of 72.
   */
  private Path[] seedShapedRaters() throws IOException {
    String[] levels = {"Low", "Unclear", "High"};
    StringBuilder a = new StringBuilder("Study,D1,D2,D3,D4,D5,D6,D7,D8\n");
    StringBuilder b = new StringBuilder(a);
    int disagreements = 0;
    for (int s = 0; s < 9; s++) {
      a.append("S").append(s + 1);
      b.append("S").append(s + 1);
      for (int d = 0; d < 8; d++) {
        String level = levels[(s + 2 * d) % 3];
        a.append(',').append(level);
        boolean differ = d == s % 8 && disagreements < 7;
        if (differ) {
          disagreements++;
        }
        b.append(',')
            .append(
                differ
                    ? levels[((s + 2 * d) + 1) % 3]
                    : " " + level.toLowerCase(java.util.Locale.ROOT) + " ");
      }
      a.append('\n');
      b.append('\n');
    }
    return new Path[] {write("rater1.csv", a.toString()), write("rater2.csv", b.toString())};
  }

  @Test
  void agreementJsonHasTheContractShape() throws IOException {
    Path[] raters = seedShapedRaters();
    Run r = run("rob", "agreement", raters[0].toString(), raters[1].toString(), "--format", "json");
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode json = new ObjectMapper().readTree(r.out());
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys)
        .containsExactly(
            "compared", "agreed", "percent_agreement", "wilson", "cohen_kappa", "disagreements");
    assertThat(json.get("compared").asInt()).isEqualTo(72);
    assertThat(json.get("agreed").asInt()).isEqualTo(65);
    assertThat(json.get("percent_agreement").asDouble()).isCloseTo(65 / 72.0, within(1e-12));
    // Wilson 95 % for 65 of 72: robtool/src/test/scripts/wilson_seed.py
    assertThat(json.get("wilson").get(0).asDouble()).isCloseTo(0.8126495420487314, within(1e-9));
    assertThat(json.get("wilson").get(1).asDouble()).isCloseTo(0.9521036800263443, within(1e-9));
    assertThat(json.get("cohen_kappa").isNumber()).isTrue();
    assertThat(json.get("disagreements")).hasSize(7);
    JsonNode first = json.get("disagreements").get(0);
    assertThat(first.get("study").asText()).isEqualTo("S1");
    assertThat(first.get("domain").asText()).isEqualTo("D1");
    assertThat(first.get("rater1").asText()).isEqualTo("Low");
    assertThat(first.get("rater2").asText()).isEqualTo("Unclear");
  }

  @Test
  void agreementTextReport() throws IOException {
    Path[] raters = seedShapedRaters();
    Run r = run("rob", "agreement", raters[0].toString(), raters[1].toString());
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("items compared: 72")
        .contains("agreed: 65 (90.3 %, Wilson 95 % interval 81.3 %" + " to 95.2 %)")
        .contains("disagreements: 7")
        .contains("  S1, D1: rater 1 Low, rater 2 Unclear");
  }

  @Test
  void unknownLevelExitsTwoWithOneLineNamingFileLineAndValue() throws IOException {
    Path a = write("a.csv", "Study,D1,D2\nS1,Low,High\nS2,Lw,High\n");
    Path b = write("b.csv", "Study,D1,D2\nS1,Low,High\nS2,Low,High\n");
    Run r = run("rob", "agreement", a.toString(), b.toString(), "--format", "json");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip())
        .doesNotContain("\n")
        .startsWith("appraise: " + a + ": line 3, column D1: unknown level 'Lw'");
  }

  @Test
  void mismatchedTablesAreBadInput() throws IOException {
    Path a = write("a.csv", "Study,D1,D2\nS1,Low,High\n");
    Path cols = write("c.csv", "Study,D1,D3\nS1,Low,High\n");
    Path studies = write("s.csv", "Study,D1,D2\nS9,Low,High\n");
    Path gap = write("g.csv", "Study,D1,D2\nS1,,High\n");
    Path overall = write("o.csv", "Study,D1,D2,Overall\nS1,Low,High,High\n");
    for (Path other : List.of(cols, studies, gap, overall)) {
      Run r = run("rob", "agreement", a.toString(), other.toString());
      assertThat(r.status()).as(other.toString()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err().strip().lines()).hasSize(1);
    }
    Run missing = run("rob", "agreement", a.toString(), dir.resolve("nope.csv").toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.csv: no such file");
  }

  @Test
  void plotWritesParsableSvg() throws IOException {
    Path table =
        write(
            "t.csv",
            "Study,D1,D2,Overall,Weight\nA & B,Low,High,High,2\nC,Some concerns,Low,Some concerns,1\n");
    Path svg = dir.resolve("out.svg");
    Run r = run("rob", "plot", table.toString(), "-o", svg.toString(), "--palette", "colourblind");
    assertThat(r.status()).isZero();
    String text = Files.readString(svg);
    assertThat(text).contains("class=\"judgement\"").contains("#009E73").contains("A &amp; B");
    Path summary = dir.resolve("summary.svg");
    assertThat(
            run("rob", "plot", table.toString(), "-o", summary.toString(), "--kind", "summary")
                .status())
        .isZero();
    assertThat(Files.readString(summary)).contains("class=\"segment\"");
    Run bad = run("rob", "plot", table.toString(), "-o", summary.toString(), "--kind", "pie");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.out()).isEmpty();
    assertThat(bad.err()).contains("--kind must be traffic-light or summary");
  }

  @Test
  void summaryPrintsTheCountsAReviewWrites() throws IOException {
    Path table =
        write(
            "t.csv",
            "Study,D1,D5\n"
                + "S1,High,Low\nS2,High,Low\nS3,Unclear,Low\nS4,High,Low\nS5,High,Unclear\nS6,High,Low\nS7,High,Low\n"
                + "S8,High,Low\nS9,Low,Low\n");
    Run r = run("rob", "summary", table.toString(), "--tool", "rob1");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("incomplete outcome data low in 8 of 9 studies")
        .contains("random sequence generation high in 7 of 9 studies")
        .contains("overall high in 7 of 9 studies");
    Run unknownTool = run("rob", "summary", table.toString(), "--tool", "rob9");
    assertThat(unknownTool.status()).isEqualTo(2);
    assertThat(unknownTool.err()).contains("rob9");
  }
}
