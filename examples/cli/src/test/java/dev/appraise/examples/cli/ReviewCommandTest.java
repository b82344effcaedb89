package dev.appraise.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code appraise review}: the seed review end to end from the command line, and its exit codes.
 */
class ReviewCommandTest {

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = AppraiseCommand.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int status = cl.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void writesTheReportAndSummarisesTheSeedReview(@TempDir Path dir) {
    Path out = dir.resolve("review");

    Run r = run("review", "--out", out.toString());

    assertThat(r.status()).as(r.err()).isZero();
    // Pain Physician 2017;20:139-154, Results: "The raters agreed on 90.3% (65 of 72 items)"
    assertThat(r.out()).contains("65 of 72").contains("90.3");
    assertThat(r.out()).contains("CBT").contains("Multidisciplinary").contains("Exercise");
    assertThat(r.out()).containsIgnoringCase("preliminary");
    assertThat(r.err())
        .contains("reading review...")
        .contains("agreement...")
        .contains("writing report...");
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(out.resolve("report.md")).isRegularFile();
    assertThat(out.resolve("review.json")).isRegularFile();
  }

  @Test
  void anOutputPathThatIsAFileIsBadInput(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("taken"), "x");

    Run r = run("review", "--out", file.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).doesNotContain("\n").contains("not a directory");
  }

  @Test
  void withoutOutIsAUsageError() {
    Run r = run("review");

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--out");
  }

  @Test
  void helpDescribesTheCommand() {
    Run r = run("review", "--help");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("--out=DIR");
  }
}
