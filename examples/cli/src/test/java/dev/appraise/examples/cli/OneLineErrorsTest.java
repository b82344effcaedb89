package dev.appraise.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every error is one line a person understands: the file, the line its record starts on, the
 * problem in the command's words; echoed values escaped and cut; long lists cut; no Java class
 * name; resources that run out end with a hint, not a trace.
 */
class OneLineErrorsTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  /** A command that exhausts the JVM as a far too large input would. */
  @Command(name = "exhaust")
  static final class Exhaust implements Callable<Integer> {
    @CommandLine.Parameters String what = "";

    @Override
    public Integer call() {
      if (what.equals("heap")) {
        throw new OutOfMemoryError("Java heap space");
      }
      throw new StackOverflowError();
    }
  }

  @Test
  void runningOutOfHeapOrStackIsOneLineWithAHint() {
    CommandLine cl = AppraiseCommand.newCommandLine().addSubcommand(new Exhaust());
    assertThat(Cli.run(cl, "exhaust", "heap").failure())
        .startsWith("appraise: out of memory")
        .contains("-Xmx");
    cl = AppraiseCommand.newCommandLine().addSubcommand(new Exhaust());
    assertThat(Cli.run(cl, "exhaust", "stack").failure())
        .startsWith("appraise: out of stack")
        .contains("-Xss");
  }

  @Test
  void aDirectoryABinaryFileAndUtf16TextAreNamedAsSuch() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("d.csv"));
    assertThat(Cli.run("rob", "summary", folder.toString()).badInput())
        .endsWith("d.csv: is a directory, not a file");
    Path binary =
        Files.write(
            dir.resolve("b.csv"), new byte[] {'S', 't', 'u', 'd', 'y', '\n', (byte) 0xFF, 0, 1});
    assertThat(Cli.run("rob", "summary", binary.toString()).badInput())
        .contains("not UTF-8 text")
        .doesNotContain("Input length");
    Path utf16 =
        Files.write(dir.resolve("u.csv"), "Study,D1\nS1,Low\n".getBytes(StandardCharsets.UTF_16));
    assertThat(Cli.run("rob", "summary", utf16.toString()).badInput()).contains("UTF-16 text");
    assertThat(Cli.run("rob", "summary", dir.resolve("none.csv").toString()).badInput())
        .endsWith("none.csv: no such file");
  }

  @Test
  void anUnclosedQuoteAndAMultiLineRecordAreReportedWhereTheRecordStarts() throws IOException {
    Path quote = write("q.csv", "Study,D1\n\"S1,Low\nS2,High\n");
    assertThat(Cli.run("rob", "summary", quote.toString()).badInput())
        .isEqualTo(
            "appraise: "
                + quote
                + ": line 2: a quoted field that starts in this record is never closed: its"
                + " opening '\"' has no closing '\"'");
    Path multi = write("m.csv", "Study,D1\n\"Smith\n2001\",Lw\n");
    assertThat(Cli.run("rob", "summary", multi.toString()).badInput())
        .startsWith("appraise: " + multi + ": line 2, column D1: unknown level 'Lw'");
  }

  @Test
  void aByteOrderMarkIsAcceptedAndAHeaderAloneIsNotATable() throws IOException {
    Path bom = write("bom.csv", "\uFEFFStudy,D1,D2\nS1,Low,High\n");
    Cli summary = Cli.run("rob", "summary", bom.toString());
    assertThat(summary.status()).as(summary.err()).isZero();
    assertThat(summary.out()).startsWith("1 studies, 2 domains");
    Path header = write("h.csv", "Study,D1,D2\n");
    assertThat(Cli.run("rob", "summary", header.toString()).badInput())
        .contains("no study follows the header");
    Path agreement = write("a.csv", "\uFEFFunit,r1,r2\nu1,a,a\nu2,b,b\n");
    assertThat(Cli.run("agreement", agreement.toString()).status()).isZero();
  }

  @Test
  void aNewlineInAFileNameOrACellStaysOnOneLine() throws IOException {
    Path named = dir.resolve("two\nlines.csv");
    assertThat(Cli.run("rob", "summary", named.toString()).badInput())
        .contains("two\\nlines.csv: no such file");
    Path cell = write("c.csv", "unit,r1,r2\nu1,a,\"x\ny\"\n");
    assertThat(Cli.run("agreement", "--categories", "a,b", cell.toString()).badInput())
        .contains("'x\\ny' is not one of the declared categories");
    Path huge = write("l.csv", "unit,r1,r2\nu1,a," + "z".repeat(200_000) + "\n");
    assertThat(Cli.run("agreement", "--categories", "a,b", huge.toString()).badInput())
        .contains("(200000 characters)");
  }

  @Test
  void thousandsOfBadRowsMakeOneShortLineThatCountsTheRest() throws IOException {
    StringBuilder csv = new StringBuilder("Study,D1\n");
    for (int i = 0; i < 5000; i++) {
      csv.append("S").append(i).append(",Lw\n");
    }
    String line = Cli.run("rob", "summary", write("bad.csv", csv.toString()).toString()).badInput();
    assertThat(line)
        .startsWith(
            "appraise: " + dir.resolve("bad.csv") + ": line 2, column D1: unknown level 'Lw'")
        .endsWith("(and 4999 more problems)")
        .hasSizeLessThan(400);
  }

  @Test
  void hugeStudyWeightsAreBadInputNotNaN() throws IOException {
    Path table = write("w.csv", "Study,D1,Weight\nS1,Low,1e308\nS2,Low,1e308\n");
    assertThat(Cli.run("rob", "summary", table.toString()).badInput())
        .contains("line 3, column Weight: the weights sum past the largest number");
    assertThat(
            Cli.run(
                    "rob",
                    "plot",
                    table.toString(),
                    "-o",
                    dir.resolve("w.svg").toString(),
                    "--kind",
                    "summary")
                .badInput())
        .contains("line 3, column Weight");
    assertThat(dir.resolve("w.svg")).doesNotExist();
  }

  @Test
  void reviewErrorsNameNoJavaClass() throws IOException {
    Path file = write("taken", "x");
    String line = Cli.run("review", "--out", file.resolve("sub").toString()).badInput();
    assertThat(line).contains("cannot be created").contains("is a file, not a directory");
    assertThat(Messages.of(new java.nio.file.FileAlreadyExistsException("/r/index.html")))
        .isEqualTo("/r/index.html: already exists");
    assertThat(Messages.of(new java.nio.file.AccessDeniedException("/r/index.html")))
        .isEqualTo("/r/index.html: permission denied");
    assertThat(
            Messages.of(
                new java.nio.file.FileSystemException("/r/x", null, "No space left on device")))
        .isEqualTo("/r/x: no space left on device");
    assertThat(
            Messages.unexpected(
                new IllegalStateException("java.lang.ArithmeticException: long overflow")))
        .doesNotContain("java.lang")
        .contains("ArithmeticException: long overflow");
  }
}
