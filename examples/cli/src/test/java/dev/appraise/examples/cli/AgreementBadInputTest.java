package dev.appraise.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code appraise agreement} with input that is wrong but plausible: arithmetic that would
 * overflow, categories that are not what the user means, and more categories or replicates than
 * agreement takes. Each is bad input on one line naming the file and, where there is one, the line;
 * never a wrong number, a stack trace or an exhausted heap.
 */
class AgreementBadInputTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static JsonNode coefficient(Cli run, String name) throws IOException {
    assertThat(run.status()).as(run.err()).isZero();
    for (JsonNode c : new ObjectMapper().readTree(run.out()).get("coefficients")) {
      if (c.get("name").asText().equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no " + name + " in " + run.out());
  }

  @Test
  void bootstrapReplicatesBeyondTheLimitAreRefusedWithTheLimit() throws IOException {
    Path file = write("r.csv", "unit,a,b\nu1,x,x\nu2,y,x\nu3,y,y\n");
    assertThat(
            Cli.run("agreement", "--bootstrap", "1000000000", "--seed", "1", file.toString())
                .badInput())
        .isEqualTo(
            "appraise: --bootstrap 1000000000: bootstrap replicates must be at most 100000, was 1000000000");
  }

  @Test
  void moreDistinctRatingsThanAgreementTakesAreRefusedWithTheLimit() throws IOException {
    StringBuilder csv = new StringBuilder("unit,a,b\n");
    for (int u = 0; u <= 2000; u++) {
      csv.append('u').append(u).append(",c").append(u).append(",c").append(u).append('\n');
    }
    assertThat(Cli.run("agreement", write("many.csv", csv.toString()).toString()).badInput())
        .contains("many.csv: 2001 distinct ratings, more than the 2000 categories agreement takes");
    StringBuilder header = new StringBuilder("unit");
    StringBuilder row = new StringBuilder("u1");
    for (int c = 0; c <= 2000; c++) {
      header.append(",c").append(c);
      row.append(",0");
    }
    Path wide = write("wide.csv", header + "\n" + row + "\n");
    assertThat(Cli.run("agreement", "--counts", wide.toString()).badInput())
        .contains("wide.csv: line 1: 2001 categories, more than the 2000 agreement takes");
    assertThat(Cli.run("agreement", "--table", wide.toString()).badInput())
        .contains("wide.csv: line 1: 2001 categories, more than the 2000 agreement takes");
  }

  @Test
  void countsThatOverflowAreBadInputAtTheirLine() throws IOException {
    Path counts = write("c.csv", "unit,a,b\nu1,1,1\nu2,2000000000,2000000000\n");
    assertThat(Cli.run("agreement", "--counts", counts.toString()).badInput())
        .isEqualTo(
            "appraise: "
                + counts
                + ": line 3: the counts of the unit sum to 4000000000 ratings, more than"
                + " 2147483647");
    Path table = write("t.csv", ",a,b\na,9223372036854775807,1\nb,1,1\n");
    assertThat(Cli.run("agreement", "--table", table.toString()).badInput())
        .isEqualTo(
            "appraise: "
                + table
                + ": line 2: the counts of the table sum past 9223372036854775807");
  }

  @Test
  void numericallyEqualValuesAreOneCategoryAtTheIntervalLevel() throws IOException {
    Path file = write("i.csv", "unit,a,b\nu1,1,1.0\nu2,2,2.00\nu3,0,-0\nu4,3,3e0\n");
    Cli run = Cli.run("agreement", "--level", "interval", "--format", "json", file.toString());
    assertThat(coefficient(run, "percent_agreement").get("estimate").asDouble()).isEqualTo(1.0);
    assertThat(new ObjectMapper().readTree(run.out()).get("categories").toString())
        .isEqualTo("[\"0\",\"1\",\"2\",\"3\"]");
    Cli declared =
        Cli.run(
            "agreement",
            "--level",
            "ratio",
            "--categories",
            "0,1,2,3",
            "--format",
            "json",
            file.toString());
    assertThat(coefficient(declared, "cohen_kappa").get("estimate").asDouble())
        .isCloseTo(1.0, within(1e-12));
  }

  @Test
  void orderedStatisticsOnLabelsWithoutAnOrderNameCategories() throws IOException {
    Path file =
        write(
            "o.csv",
            "unit,a,b\nu1,low,low\nu2,medium,high\nu3,high,high\nu4,medium,medium\nu5,low,medium\n");
    assertThat(Cli.run("agreement", "--level", "ordinal", file.toString()).badInput())
        .contains("o.csv: --level ordinal needs the order of the categories")
        .contains("--categories");
    assertThat(Cli.run("agreement", "--weights", "quadratic", file.toString()).badInput())
        .contains("--weights quadratic needs the order")
        .contains("--categories");
    Cli ordered =
        Cli.run(
            "agreement",
            "--level",
            "ordinal",
            "--weights",
            "quadratic",
            "--categories",
            "low,medium,high",
            "--format",
            "json",
            file.toString());
    assertThat(coefficient(ordered, "krippendorff_alpha").get("estimate").asDouble())
        .isGreaterThan(0.5);
    Path numbers = write("n.csv", "unit,a,b\nu1,1,1\nu2,2,10\nu3,10,10\n");
    Cli numeric =
        Cli.run("agreement", "--level", "ordinal", "--format", "json", numbers.toString());
    assertThat(new ObjectMapper().readTree(numeric.out()).get("categories").toString())
        .isEqualTo("[\"1\",\"2\",\"10\"]");
  }

  @Test
  void valuesTooLargeForIntervalArithmeticNameFileAndLine() throws IOException {
    Path file = write("big.csv", "unit,a,b\nu1,1,2\nu2,1e200,-1e200\n");
    assertThat(Cli.run("agreement", "--level", "interval", file.toString()).badInput())
        .startsWith(
            "appraise: " + file + ": line 3: rater 'a': '1e200' is too large for --level interval");
  }

  @Test
  void aRepeatedUnitIsBadInputNotCountedTwice() throws IOException {
    Path file = write("d.csv", "unit,a,b\nu1,x,x\nu2,x,y\nu1,y,y\n");
    assertThat(Cli.run("agreement", file.toString()).badInput())
        .isEqualTo(
            "appraise: " + file + ": line 4: unit 'u1' repeats line 2; each unit is one row");
    Path counts = write("dc.csv", "unit,x,y\nu1,2,0\nu1,1,1\n");
    assertThat(Cli.run("agreement", "--counts", counts.toString()).badInput())
        .contains("line 3: unit 'u1' repeats line 2");
  }

  @Test
  void longRatingsGiveTheWideReportAndTheirProblemsTheirLine() throws IOException {
    Path wide = write("w.csv", "unit,ann,ben,cat\nu1,1,1,\nu2,2,3,\nu3,1,,1\nu4,,3,3\nu5,2,2,3\n");
    Path longShape =
        write(
            "l.csv",
            "unit,rater,value\nu1,ann,1\nu1,ben,1\nu2,ann,2\nu2,ben,3\nu3,ann,1\nu3,cat,1\n"
                + "u4,ben,3\nu4,cat,3\nu5,cat,3\nu5,ben,2\nu5,ann,2\n");
    for (String level : new String[] {"nominal", "interval"}) {
      Cli fromWide = Cli.run("agreement", "--level", level, "--format", "json", wide.toString());
      Cli fromLong =
          Cli.run(
              "agreement", "--long", "--level", level, "--format", "json", longShape.toString());
      assertThat(fromWide.status()).as(fromWide.err()).isZero();
      assertThat(fromLong.status()).as(fromLong.err()).isZero();
      assertThat(fromLong.out()).isEqualTo(fromWide.out());
    }
    Path repeated = write("r.csv", "unit,rater,value\nu1,ann,1\nu1,ben,2\nu1,ann,2\n");
    assertThat(Cli.run("agreement", "--long", repeated.toString()).badInput())
        .isEqualTo(
            "appraise: "
                + repeated
                + ": line 4: unit 'u1', rater 'ann': rated twice; each rater rates a unit once"
                + " (one line each)");
    Path noColumn = write("n.csv", "unit,rater\nu1,ann\n");
    assertThat(Cli.run("agreement", "--long", noColumn.toString()).badInput())
        .isEqualTo(
            "appraise: "
                + noColumn
                + ": line 1: the header has no value column; the long shape needs unit,rater,value");
    assertThat(Cli.run("agreement", "--long", "--counts", noColumn.toString()).badInput())
        .isEqualTo("appraise: --long excludes --table and --counts");
  }
}
