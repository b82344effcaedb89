package dev.appraise.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appraise.core.agreement.icc.IccType;
import dev.appraise.core.agreement.icc.IntraclassCorrelation;
import dev.appraise.core.agreement.proportion.ProportionOfAgreement;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AgreementCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  /** What one in-process run printed. */
  record Run(int status, String out, String err) {
    JsonNode json() throws IOException {
      return JSON.readTree(out);
    }

    JsonNode coefficient(String name) throws IOException {
      for (JsonNode c : json().get("coefficients")) {
        if (c.get("name").asText().equals(name)) {
          return c;
        }
      }
      throw new AssertionError("no coefficient " + name + " in " + out);
    }

    List<String> names() throws IOException {
      List<String> names = new ArrayList<>();
      json().get("coefficients").forEach(c -> names.add(c.get("name").asText()));
      return names;
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

  private Path file(String name, String... lines) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return path;
  }

  private static void assertBadInput(Run run, String message) {
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("appraise: " + message + System.lineSeparator());
    assertThat(run.err().strip()).doesNotContain("\n");
  }

  @Test
  void agreedOfTotalPrintsPercentAgreementWithWilsonAndClopperPearson() throws IOException {
    Run run = run("agreement", "--agreed", "65", "--total", "72", "--format", "json");

    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode root = run.json();
    assertThat(root.get("units").asLong()).isEqualTo(72);
    assertThat(root.get("raters").isNull()).isTrue();
    JsonNode pa = run.coefficient("percent_agreement");
    ProportionOfAgreement expected = ProportionOfAgreement.of(65, 72);
    assertThat(pa.get("estimate").asDouble()).isEqualTo(expected.proportion());
    assertThat(pa.get("standard_error").asDouble()).isEqualTo(expected.standardError());
    assertThat(pa.get("ci_lower").asDouble()).isEqualTo(expected.wilson().lower());
    assertThat(pa.get("ci_upper").asDouble()).isEqualTo(expected.wilson().upper());
    assertThat(pa.get("interval_method").asText()).isEqualTo("wilson");
    assertThat(pa.get("level").isNull()).isTrue();
    assertThat(pa.get("weights").isNull()).isTrue();
    // 65/72: Wilson [0.8126, 0.9521], Clopper-Pearson [0.8099, 0.9600]
    // (core/src/test/scripts/agreement_references.py)
    assertThat(pa.get("intervals").get("wilson").get(0).asDouble())
        .isCloseTo(0.8126495, within(1e-7));
    assertThat(pa.get("intervals").get("wilson").get(1).asDouble())
        .isCloseTo(0.9521037, within(1e-7));
    assertThat(pa.get("intervals").get("clopper_pearson").get(0).asDouble())
        .isCloseTo(0.8098897, within(1e-7));
    assertThat(pa.get("intervals").get("clopper_pearson").get(1).asDouble())
        .isCloseTo(0.9600105, within(1e-7));
  }

  @Test
  void numbersUseAPointWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      Run json = run("agreement", "--agreed", "65", "--total", "72", "--format", "json");
      Run text = run("agreement", "--agreed", "65", "--total", "72");

      assertThat(json.out()).contains("0.9027777").doesNotContain("0,9027");
      assertThat(text.out()).contains("0.9028").contains("[0.8126, 0.9521]").contains("90.3 %");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void confidenceSetsTheLevelOfEveryInterval() throws IOException {
    Run run =
        run(
            "agreement",
            "--agreed",
            "65",
            "--total",
            "72",
            "--confidence",
            "0.99",
            "--format",
            "json");

    JsonNode pa = run.coefficient("percent_agreement");
    assertThat(pa.get("ci_lower").asDouble())
        .isEqualTo(ProportionOfAgreement.of(65, 72, 0.99).wilson().lower());
  }

  @Test
  void countsOutOfRangeAreBadInput() {
    assertBadInput(
        run("agreement", "--agreed", "73", "--total", "72"),
        "agreed must be <= total = 72, was 73");
    assertBadInput(
        run("agreement", "--agreed", "-1", "--total", "72"), "agreed must be >= 0, was -1");
    assertBadInput(run("agreement", "--agreed", "3"), "--agreed and --total go together");
    assertBadInput(
        run("agreement", "--agreed", "3", "--total", "4", "--confidence", "1.5"),
        "confidence level must be > 0 and < 1, was 1.5");
  }

  @Test
  void ratingsFileGivesEveryTwoRaterCoefficient() throws IOException {
    Path csv =
        file(
            "ratings.csv",
            "item,alice,bob",
            "1,yes,yes",
            "2,yes,no",
            "3,no,no",
            "4,no,no",
            "5,yes,yes",
            "6,NA,yes",
            "7,no,");

    Run run = run("agreement", "--format", "json", csv.toString());

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode root = run.json();
    assertThat(root.get("units").asLong()).isEqualTo(7);
    assertThat(root.get("raters").asInt()).isEqualTo(2);
    assertThat(root.get("categories")).extracting(JsonNode::asText).containsExactly("no", "yes");
    assertThat(run.names())
        .contains(
            "percent_agreement",
            "cohen_kappa",
            "scott_pi",
            "fleiss_kappa",
            "gwet_ac1",
            "brennan_prediger",
            "krippendorff_alpha",
            "specific_positive_agreement",
            "specific_negative_agreement")
        .doesNotContain("conger_kappa", "light_kappa", "gwet_ac2", "icc1", "prevalence_index")
        .isSubsetOf(AgreementCommand.CONTRACT_NAMES);
    JsonNode kappa = run.coefficient("cohen_kappa");
    // 5 complete units: a = 2 yes/yes, d = 2 no/no, one yes/no: po = 0.8, pe = 0.48, kappa = 0.32 /
    // 0.52
    assertThat(kappa.get("estimate").asDouble()).isCloseTo(0.32 / 0.52, within(1e-12));
    assertThat(kappa.get("weights").asText()).isEqualTo("identity");
    assertThat(kappa.get("level").isNull()).isTrue();
    assertThat(run.coefficient("krippendorff_alpha").get("level").asText()).isEqualTo("nominal");
    for (JsonNode c : root.get("coefficients")) {
      List<String> fields = new ArrayList<>();
      c.fieldNames().forEachRemaining(fields::add);
      assertThat(fields)
          .containsSubsequence(
              "name",
              "level",
              "weights",
              "estimate",
              "standard_error",
              "ci_lower",
              "ci_upper",
              "interval_method");
    }
  }

  @Test
  void undefinedCoefficientsHaveANullEstimateAndAReason() throws IOException {
    Path csv = file("same.csv", "unit,r1,r2", "1,a,a", "2,a,a", "3,a,a");

    Run run = run("agreement", "--format", "json", "--categories", "a,b", csv.toString());

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode kappa = run.coefficient("cohen_kappa");
    assertThat(kappa.get("estimate").isNull()).isTrue();
    assertThat(kappa.get("standard_error").isNull()).isTrue();
    assertThat(kappa.get("ci_lower").isNull()).isTrue();
    assertThat(kappa.get("reason").asText()).isNotBlank();
    assertThat(run.coefficient("percent_agreement").get("estimate").asDouble()).isEqualTo(1.0);
    assertThat(run.json().get("categories")).extracting(JsonNode::asText).containsExactly("a", "b");
  }

  /**
   * Shrout and Fleiss (1979), Table 2, through the command: the six ICC forms appear at the
   * interval level.
   */
  @Test
  void intervalRatingsAddTheSixIccForms() throws IOException {
    Path csv =
        file(
            "sf.csv",
            "target,j1,j2,j3,j4",
            "1,9,2,5,8",
            "2,6,1,3,2",
            "3,8,4,6,8",
            "4,7,1,2,6",
            "5,10,5,6,9",
            "6,6,2,4,7");

    Run run = run("agreement", "--level", "interval", "--format", "json", csv.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.names())
        .contains("icc1", "icc2", "icc3", "icc1k", "icc2k", "icc3k", "conger_kappa", "light_kappa");
    double[][] table2 = {
      {9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}
    };
    var expected = IntraclassCorrelation.withDefaults().compute(table2);
    for (IccType type : IccType.values()) {
      JsonNode c = run.coefficient(type.id());
      assertThat(c.get("estimate").asDouble()).isEqualTo(expected.estimate(type).valueOrThrow());
      assertThat(c.get("ci_lower").asDouble())
          .isEqualTo(expected.estimate(type).interval().orElseThrow().lower());
      assertThat(c.get("level").asText()).isEqualTo("interval");
      assertThat(c.get("standard_error").isNull()).isTrue();
    }
    assertThat(run.coefficient("icc2").get("estimate").asDouble()).isCloseTo(0.29, within(0.005));
    assertThat(run.coefficient("icc2").get("interval_method").asText())
        .isEqualTo("mcgraw-wong-satterthwaite");
    assertThat(run.coefficient("icc3k").get("interval_method").asText())
        .isEqualTo("shrout-fleiss-f");
    assertThat(run.coefficient("krippendorff_alpha").get("level").asText()).isEqualTo("interval");
  }

  @Test
  void iccLeavesOutUnitsWithAMissingRatingAndSaysHowMany() throws IOException {
    Path csv =
        file(
            "gaps.csv",
            "t,j1,j2,j3",
            "1,9,2,5",
            "2,6,NA,3",
            "3,8,4,6",
            "4,7,1,2",
            "5,,5,6",
            "6,6,2,4");

    Run json = run("agreement", "--level", "ratio", "--format", "json", csv.toString());
    Run text = run("agreement", "--level", "ratio", csv.toString());

    double[][] complete = {{9, 2, 5}, {8, 4, 6}, {7, 1, 2}, {6, 2, 4}};
    double expected =
        IntraclassCorrelation.withDefaults()
            .compute(complete)
            .estimate(IccType.ICC3)
            .valueOrThrow();
    assertThat(json.coefficient("icc3").get("estimate").asDouble()).isEqualTo(expected);
    assertThat(json.json().get("units").asLong()).isEqualTo(6);
    assertThat(text.out()).contains("ICC: 2 units with a missing rating left out");
  }

  @Test
  void weightsNameTheWeightedCoefficients() throws IOException {
    Path csv = file("w.csv", "u,r1,r2", "1,1,2", "2,2,2", "3,3,1", "4,3,3", "5,1,1");

    Run run =
        run(
            "agreement",
            "--weights",
            "quadratic",
            "--level",
            "ordinal",
            "--format",
            "json",
            csv.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.coefficient("cohen_kappa").get("weights").asText()).isEqualTo("quadratic");
    assertThat(run.coefficient("gwet_ac2").get("weights").asText()).isEqualTo("quadratic");
    assertThat(run.coefficient("gwet_ac1").get("weights").isNull()).isTrue();
    assertThat(run.coefficient("krippendorff_alpha").get("level").asText()).isEqualTo("ordinal");
    assertThat(run.names()).doesNotContain("icc1");
  }

  @Test
  void nominalRatingsHaveNoIcc() throws IOException {
    Path csv = file("n.csv", "u,a,b", "1,1,2", "2,2,2", "3,3,1");

    assertThat(run("agreement", "--format", "json", csv.toString()).names())
        .doesNotContain("icc1", "icc2k");
  }

  @Test
  void textFormatIsATable() throws IOException {
    Path csv =
        file("sf.csv", "target,j1,j2", "1,9,2", "2,6,1", "3,8,4", "4,7,1", "5,10,5", "6,6,2");

    Run run = run("agreement", "--level", "interval", csv.toString());

    assertThat(run.status()).as(run.err()).isZero();
    String[] lines = run.out().split("\\R");
    assertThat(lines[0])
        .isEqualTo(csv + ": 6 units, 2 raters, categories: 1, 2, 4, 5, 6, 7, 8, 9, 10");
    assertThat(lines[1])
        .startsWith("coefficient")
        .contains("estimate", "std.err", "95 % interval", "method");
    assertThat(run.out()).contains("icc3k").contains("krippendorff_alpha (interval)");
  }

  @Test
  void contingencyTableGivesCohenKappa() throws IOException {
    // 2 x 2: 40 yes/yes, 10 yes/no, 5 no/yes, 45 no/no
    Path csv = file("t.csv", ",yes,no", "yes,40,10", "no,5,45");

    Run run = run("agreement", "--table", "--format", "json", csv.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.json().get("units").asLong()).isEqualTo(100);
    double po = 0.85;
    double pe = 0.5 * 0.45 + 0.5 * 0.55;
    assertThat(run.coefficient("cohen_kappa").get("estimate").asDouble())
        .isCloseTo((po - pe) / (1 - pe), within(1e-12));
    assertThat(run.coefficient("cohen_kappa").get("interval_method").isNull()).isFalse();
  }

  @Test
  void countsGiveFleissKappa() throws IOException {
    Path csv = file("c.csv", "unit,a,b", "1,3,0", "2,0,3", "3,2,1");

    Run run = run("agreement", "--counts", "--format", "json", csv.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.json().get("raters").isNull()).isTrue();
    assertThat(run.names()).contains("fleiss_kappa").doesNotContain("cohen_kappa");
  }

  @Test
  void bootstrapIsReproducibleUnderASeed() throws IOException {
    Path csv =
        file("b.csv", "u,r1,r2", "1,a,a", "2,a,b", "3,b,b", "4,b,b", "5,a,a", "6,b,a", "7,a,a");

    Run first =
        run("agreement", "--bootstrap", "200", "--seed", "7", "--format", "json", csv.toString());
    Run second =
        run("agreement", "--bootstrap", "200", "--seed", "7", "--format", "json", csv.toString());

    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).isEqualTo(second.out());
    assertThat(first.coefficient("krippendorff_alpha").get("interval_method").asText())
        .startsWith("bootstrap");
  }

  @Test
  void badInputExitsTwoWithOneLineNamingFileAndLine() throws IOException {
    Path ragged = file("ragged.csv", "u,r1,r2", "1,a,b", "2,a", "3,b,b");
    assertBadInput(
        run("agreement", ragged.toString()),
        ragged + ": line 3: has 2 fields, expected 3 as in the header");

    Path unknown = file("unknown.csv", "u,r1,r2", "1,a,b", "2,a,c", "3,d,b");
    assertBadInput(
        run("agreement", "--categories", "a,b", unknown.toString()),
        unknown
            + ": line 3: rater 'r2': 'c' is not one of the declared categories a,b (and 1 more problem)");

    Path negative = file("neg.csv", "unit,a,b", "1,3,0", "2,-1,3");
    assertBadInput(
        run("agreement", "--counts", negative.toString()),
        negative + ": line 3: count for 'a' must be >= 0, was -1");

    Path notSquare = file("ns.csv", ",a,b,c", "a,1,2,3", "b,4,5,6");
    assertBadInput(
        run("agreement", "--table", notSquare.toString()),
        notSquare + ": line 3: the table is not square: 2 rows of counts for 3 columns");

    Path malformed = file("quote.csv", "u,r1,r2", "1,\"a,b", "2,a,b");
    assertBadInput(
        run("agreement", malformed.toString()),
        malformed + ": line 2: malformed CSV: EOF reached before encapsulated token finished");

    Path stray = file("stray.csv", "u,r1,r2", "1,a,b", "2,\"a\"x,b");
    assertBadInput(
        run("agreement", stray.toString()),
        stray
            + ": line 3: malformed CSV: Invalid character between encapsulated token and delimiter");

    Path missing = dir.resolve("nope.csv");
    assertBadInput(run("agreement", missing.toString()), missing + ": no such file");

    Path empty = file("empty.csv");
    assertBadInput(
        run("agreement", empty.toString()), empty + ": empty file: expected a header line");

    Path words = file("words.csv", "u,r1,r2", "1,1,2", "2,x,2");
    assertBadInput(
        run("agreement", "--level", "ratio", words.toString()),
        words + ": line 3: rater 'r1': 'x' is not a number, as --level ratio needs");
  }

  @Test
  void badOptionsExitTwo() throws IOException {
    Path csv = file("ok.csv", "u,r1,r2", "1,a,b", "2,a,a");
    assertBadInput(
        run("agreement", "--bootstrap", "100", csv.toString()),
        "--bootstrap needs --seed, so that the intervals can be reproduced");
    assertBadInput(
        run("agreement", "--table", "--counts", csv.toString()),
        "--table and --counts exclude each other");
    assertBadInput(
        run("agreement", "--level", "fuzzy", csv.toString()),
        "level must be nominal, ordinal, interval or ratio, was 'fuzzy'");
    assertBadInput(
        run("agreement", "--weights", "cubic", csv.toString()),
        "weights must be identity, linear or quadratic, was 'cubic'");
    assertBadInput(
        run("agreement", "--format", "xml", csv.toString()),
        "--format must be text or json, was 'xml'");
    assertBadInput(run("agreement"), "agreement needs a FILE, or --agreed K --total N");
    Run unknownOption = run("agreement", "--frobnicate", csv.toString());
    assertThat(unknownOption.status()).isEqualTo(2);
    assertThat(unknownOption.out()).isEmpty();
  }
}
