package dev.appraise.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output never destroys data: an output that is an input, an empty or unusable output are refused
 * before any work; files are moved into place whole, without writing through links; a failed run
 * leaves the previous report intact.
 */
class SafeOutputTest {

  private static final String TABLE = "Study,D1,D2\nS1,Low,High\nS2,Some concerns,Low\n";

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void aPlotOverItsOwnInputIsRefusedAndTheInputKept() throws IOException {
    Path table = write("x.csv", TABLE);
    String line = Cli.run("rob", "plot", table.toString(), "-o", table.toString()).badInput();
    assertThat(line).contains("x.csv: is also an input of this command");
    assertThat(Files.readString(table)).isEqualTo(TABLE);
    Path sameThroughDot = dir.resolve(".").resolve("x.csv");
    Cli.run("rob", "plot", table.toString(), "-o", sameThroughDot.toString()).badInput();
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), table);
    Cli.run("rob", "plot", table.toString(), "-o", link.toString()).badInput();
    assertThat(Files.readString(table)).isEqualTo(TABLE);
  }

  @Test
  void anEmptyOrUnusableOutputIsRefusedBeforeAnyWork() throws IOException {
    Path table = write("t.csv", TABLE);
    assertThat(Cli.run("rob", "plot", table.toString(), "-o", "").badInput())
        .contains("-o must name the file");
    assertThat(Cli.run("rob", "plot", table.toString(), "-o", dir.toString()).badInput())
        .contains("is a directory");
    assertThat(
            Cli.run(
                    "rob",
                    "plot",
                    table.toString(),
                    "-o",
                    dir.resolve("no/such/dir.svg").toString())
                .badInput())
        .contains("no such directory");
    Path cwdBefore = Path.of("").toAbsolutePath();
    try (Stream<Path> before = Files.list(cwdBefore)) {
      long files = before.count();
      Cli run = Cli.run("review", "--out", "");
      assertThat(run.badInput()).isEqualTo("appraise: --out must name a directory, was empty");
      try (Stream<Path> after = Files.list(cwdBefore)) {
        assertThat(after.count()).isEqualTo(files);
      }
    }
    Path file = write("taken", "x");
    Cli underAFile = Cli.run("review", "--out", file.resolve("report").toString());
    assertThat(underAFile.badInput())
        .contains("--out")
        .doesNotContain("FileAlreadyExists")
        .doesNotContain("NotDirectory");
    assertThat(underAFile.err()).doesNotContain("reading review");
  }

  @Test
  void reviewReplacesALinkInItsDirectoryNeverTheFileItPointsTo() throws IOException {
    Path out = Files.createDirectory(dir.resolve("report"));
    Path precious = write("precious.txt", "keep me");
    Files.createSymbolicLink(out.resolve("prisma-flow.svg"), precious);
    Cli run = Cli.run("review", "--out", out.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readString(precious)).isEqualTo("keep me");
    assertThat(Files.isSymbolicLink(out.resolve("prisma-flow.svg"))).isFalse();
    assertThat(Files.readString(out.resolve("prisma-flow.svg"))).startsWith("<?xml");
  }

  @Test
  void aFailedReviewLeavesThePreviousReportWholeAndRunningAgainSaysItReplaces() throws IOException {
    Path out = dir.resolve("report");
    Cli first = Cli.run("review", "--out", out.toString());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.err()).doesNotContain("replaced");
    Map<Path, byte[]> before = snapshot(out);
    FileTime old = FileTime.fromMillis(1_000_000L);
    for (Path p : before.keySet()) {
      Files.setLastModifiedTime(p, old);
    }
    // a directory where review.json goes: the run fails, and must not have replaced any other file
    // first
    Files.delete(out.resolve("review.json"));
    Files.createDirectory(out.resolve("review.json"));
    before.remove(out.resolve("review.json"));
    Cli failed = Cli.run("review", "--out", out.toString());
    assertThat(failed.status()).isEqualTo(2);
    assertThat(failed.out()).isEmpty();
    for (Map.Entry<Path, byte[]> e : before.entrySet()) {
      assertThat(Files.readAllBytes(e.getKey())).as(e.getKey().toString()).isEqualTo(e.getValue());
      assertThat(Files.getLastModifiedTime(e.getKey())).as(e.getKey().toString()).isEqualTo(old);
    }
    assertThat(leftovers(out)).isEmpty();
    Files.delete(out.resolve("review.json"));
    Cli again = Cli.run("review", "--out", out.toString());
    assertThat(again.status()).as(again.err()).isZero();
    assertThat(again.err()).contains("appraise: replaced " + before.size() + " existing files in");
    assertThat(leftovers(out)).isEmpty();
  }

  @Test
  void aPlotIsWrittenWholeAndReplacingOneIsSaid() throws IOException {
    Path table = write("t.csv", TABLE);
    Path svg = dir.resolve("out.svg");
    Cli first = Cli.run("rob", "plot", table.toString(), "-o", svg.toString());
    assertThat(first.status()).isZero();
    assertThat(first.err()).isEmpty();
    Cli second =
        Cli.run("rob", "plot", table.toString(), "-o", svg.toString(), "--kind", "summary");
    assertThat(second.status()).isZero();
    assertThat(second.err())
        .isEqualTo("appraise: replaced the existing " + svg + System.lineSeparator());
    assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("class=\"segment\"");
    assertThat(leftovers(dir)).isEmpty();
  }

  @Test
  void aFailureWhileWritingReplacesNothingAndLeavesNoTemporaryFile() throws IOException {
    Path out = Files.createDirectory(dir.resolve("report"));
    Files.writeString(out.resolve("a.txt"), "old a");
    Map<String, String> files = new LinkedHashMap<>();
    files.put("a.txt", "new a");
    files.put("missing/b.txt", "b has no directory to go to");
    java.io.StringWriter err = new java.io.StringWriter();
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> OutputFiles.writeAll(out, files, new java.io.PrintWriter(err)))
        .isInstanceOf(java.io.UncheckedIOException.class);
    assertThat(Files.readString(out.resolve("a.txt"))).isEqualTo("old a");
    assertThat(leftovers(out)).isEmpty();
    assertThat(err.toString()).isEmpty();
  }

  private static Map<Path, byte[]> snapshot(Path out) throws IOException {
    Map<Path, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> list = Files.list(out)) {
      for (Path p : list.sorted().toList()) {
        files.put(p, Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static List<Path> leftovers(Path out) throws IOException {
    try (Stream<Path> list = Files.list(out)) {
      return list.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
