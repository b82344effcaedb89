package dev.appraise.examples.jmh;

import dev.appraise.examples.cli.AppraiseCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The {@code appraise rob} commands end to end, from robvis CSV files of {@link #studies} studies
 * by seven domains to their output: {@code rob agreement} of two raters (reading both tables,
 * matching their studies, the two-rater report), {@code rob summary} (reading, the overall
 * judgement by the worst domain, the counts) and {@code rob plot} (reading, the traffic-light SVG,
 * writing it). The time per study should not grow with the number of studies.
 *
 * <pre>java -jar examples/jmh/target/benchmarks.jar RobBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class RobBenchmark {

  private static final String[] LEVELS = {"Low", "Unclear", "High"};
  private static final int DOMAINS = 7;

  /** The number of studies in each table. */
  @Param({"1000", "10000", "100000"})
  public int studies = 1000;

  private Path dir = Path.of("");
  private String rater1 = "";
  private String rater2 = "";
  private String svg = "";

  /** Writes the two raters' tables: the second rater differs on about one judgement in ten. */
  @Setup(Level.Trial)
  public void writeTables() throws IOException {
    dir = Files.createTempDirectory("rob-benchmark");
    SplittableRandom random = new SplittableRandom(20_171_130L);
    StringBuilder first = new StringBuilder("Study");
    for (int d = 1; d <= DOMAINS; d++) {
      first.append(",D").append(d);
    }
    first.append('\n');
    StringBuilder second = new StringBuilder(first);
    for (int s = 1; s <= studies; s++) {
      first.append("Study ").append(s);
      second.append("Study ").append(s);
      for (int d = 0; d < DOMAINS; d++) {
        int level = random.nextInt(LEVELS.length);
        first.append(',').append(LEVELS[level]);
        int other = random.nextInt(10) == 0 ? (level + 1) % LEVELS.length : level;
        second.append(',').append(LEVELS[other]);
      }
      first.append('\n');
      second.append('\n');
    }
    rater1 = Files.writeString(dir.resolve("rater1.csv"), first, StandardCharsets.UTF_8).toString();
    rater2 =
        Files.writeString(dir.resolve("rater2.csv"), second, StandardCharsets.UTF_8).toString();
    svg = dir.resolve("traffic-light.svg").toString();
  }

  /** Removes the tables and the plot. */
  @TearDown(Level.Trial)
  public void deleteTables() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /**
   * {@code appraise rob agreement RATER1.csv RATER2.csv}.
   *
   * @return the exit status
   */
  @Benchmark
  public int agreement() {
    return run("rob", "agreement", rater1, rater2);
  }

  /**
   * {@code appraise rob summary RATER1.csv}.
   *
   * @return the exit status
   */
  @Benchmark
  public int summary() {
    return run("rob", "summary", rater1);
  }

  /**
   * {@code appraise rob plot RATER1.csv -o OUT.svg}.
   *
   * @return the exit status
   */
  @Benchmark
  public int plot() {
    return run("rob", "plot", rater1, "-o", svg);
  }

  private static int run(String... args) {
    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
    int status = AppraiseCommand.newCommandLine().setOut(nowhere).setErr(nowhere).execute(args);
    if (status != 0) {
      throw new UncheckedIOException(new IOException(String.join(" ", args) + " exited " + status));
    }
    return status;
  }
}
