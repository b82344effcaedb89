package dev.appraise.examples.jmh;

import com.google.common.io.ByteStreams;
import dev.appraise.core.agreement.AgreementOptions;
import dev.appraise.core.agreement.AgreementReport;
import dev.appraise.core.agreement.AgreementStats;
import dev.appraise.core.agreement.AgreementStatsAccumulator;
import dev.appraise.core.agreement.CategorySet;
import dev.appraise.core.agreement.Coefficient;
import dev.appraise.core.agreement.Level;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Krippendorff's alpha and Fleiss' kappa over ten million units x four raters, streamed from a CSV
 * file into {@link AgreementStatsAccumulator}s: memory O(k^2) whatever the number of units, no
 * object kept per unit or cell, so it runs in a 1 GiB heap. It then reads the two halves of the
 * file on two threads, one accumulator each, merges them and reports the speed-up.
 *
 * <pre>
 * cd examples/jmh
 * java -Xmx1g -cp target/benchmarks.jar dev.appraise.examples.jmh.StreamingScale [units] [file]
 * </pre>
 *
 * <p>The file (default {@code target/ratings-10000000x4.csv}, header {@code unit,rater1,..,rater4},
 * categories {@code 1..5}, an empty cell for a missing rating, 10 % missing) is written first if it
 * does not exist.
 */
public final class StreamingScale {

  private static final int RATERS = 4;
  private static final double MISSING_SHARE = 0.10;
  private static final CategorySet<String> CATEGORIES = categories();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private StreamingScale() {}

  private static CategorySet<String> categories() {
    List<String> labels = new ArrayList<>();
    for (int code = 0; code < RatingData.CATEGORIES; code++) {
      labels.add(Integer.toString(RatingData.value(code)));
    }
    return CategorySet.numeric(labels, Double::parseDouble);
  }

  /**
   * Runs the example.
   *
   * @param args optional: the number of units (default ten million) and the file
   * @throws Exception if the file cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    int units = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    Path file =
        args.length > 1
            ? Path.of(args[1])
            : Path.of("target", "ratings-" + units + "x" + RATERS + ".csv");
    if (!Files.exists(file)) {
      long start = System.nanoTime();
      write(file, units);
      System.out.printf(
          Locale.ROOT, "wrote %s (%,d bytes) in %.1f s%n", file, Files.size(file), seconds(start));
    }
    System.out.printf(
        Locale.ROOT,
        "heap limit %,d MiB, %d processors%n",
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors());

    // warm-up: the first read of the file also brings it into the page cache
    accumulate(file, 1);

    Pass one = accumulate(file, 1);
    report("1 thread ", one);
    Pass two = accumulate(file, 2);
    report("2 threads", two);

    // On a shared machine the wall-clock speed-up depends on what else runs; the CPU time each
    // thread spent shows
    // whether the work splits evenly, i.e. the speed-up two idle cores give.
    System.out.printf(
        Locale.ROOT,
        "speed-up on 2 threads: %.2fx wall clock; on idle cores %.2fx (thread CPU %s s, one thread %.2f s)%n",
        one.seconds / two.seconds,
        one.cpuSeconds() / two.longestThreadSeconds(),
        two.threadSeconds(),
        one.cpuSeconds());
    System.out.printf(Locale.ROOT, "heap in use after: %,d MiB%n", usedHeapMiB());
  }

  /**
   * The merged statistics of one read of the file, with its wall-clock time and each thread's CPU
   * time.
   */
  static final class Pass {
    final AgreementStats<String> stats;
    final double seconds;
    final long[] threadCpuNanos;

    Pass(AgreementStats<String> stats, double seconds, long[] threadCpuNanos) {
      this.stats = stats;
      this.seconds = seconds;
      this.threadCpuNanos = threadCpuNanos;
    }

    double cpuSeconds() {
      return java.util.Arrays.stream(threadCpuNanos).sum() / 1e9;
    }

    double longestThreadSeconds() {
      return java.util.Arrays.stream(threadCpuNanos).max().orElse(0) / 1e9;
    }

    String threadSeconds() {
      StringBuilder out = new StringBuilder();
      for (long nanos : threadCpuNanos) {
        out.append(out.length() == 0 ? "" : " + ")
            .append(String.format(Locale.ROOT, "%.2f", nanos / 1e9));
      }
      return out.toString();
    }
  }

  /**
   * Reads the file on {@code threads} threads, each over its own byte range with its own
   * accumulator, and merges.
   *
   * @param file the CSV file
   * @param threads the number of threads (and of parts)
   * @return the merged statistics with the times
   * @throws IOException if the file cannot be read
   * @throws InterruptedException if interrupted while waiting for a part
   */
  static Pass accumulate(Path file, int threads) throws IOException, InterruptedException {
    long start = System.nanoTime();
    long[] bounds = split(file, threads);
    long[] cpuNanos = new long[threads];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<AgreementStatsAccumulator<String>>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int part = t;
        parts.add(
            pool.submit(
                () -> {
                  long cpuStart = THREADS.getCurrentThreadCpuTime();
                  AgreementStatsAccumulator<String> accumulator =
                      read(file, bounds[part], bounds[part + 1]);
                  cpuNanos[part] = THREADS.getCurrentThreadCpuTime() - cpuStart;
                  return accumulator;
                }));
      }
      AgreementStatsAccumulator<String> merged =
          AgreementStatsAccumulator.create(CATEGORIES, raterNames());
      for (Future<AgreementStatsAccumulator<String>> part : parts) {
        merged.addAll(part.get());
      }
      return new Pass(merged.snapshot(), seconds(start), cpuNanos);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IllegalStateException("reading " + file + " failed: " + cause.getMessage(), cause);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Byte offsets {@code [start of the first unit, ..., end of file]}, each at the start of a line.
   */
  static long[] split(Path file, int parts) throws IOException {
    long size = Files.size(file);
    long[] bounds = new long[parts + 1];
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      bounds[0] = nextLineStart(channel, 0);
      for (int p = 1; p < parts; p++) {
        bounds[p] = Math.max(bounds[p - 1], nextLineStart(channel, size * p / parts));
      }
    }
    bounds[parts] = size;
    return bounds;
  }

  /**
   * The offset just after the first line break at or after {@code offset} (or the end of the file).
   */
  private static long nextLineStart(FileChannel channel, long offset) throws IOException {
    InputStream in = Channels.newInputStream(channel.position(offset));
    long position = offset;
    int b;
    while ((b = in.read()) >= 0) {
      position++;
      if (b == '\n') {
        return position;
      }
    }
    return position;
  }

  /** Reads the units in {@code [from, to)} into a new accumulator. */
  static AgreementStatsAccumulator<String> read(Path file, long from, long to) throws IOException {
    AgreementStatsAccumulator<String> accumulator =
        AgreementStatsAccumulator.create(CATEGORIES, raterNames());
    int[] codes = new int[RATERS];
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        Reader reader =
            new InputStreamReader(
                ByteStreams.limit(Channels.newInputStream(channel.position(from)), to - from),
                StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
      for (CSVRecord record : parser) {
        if (record.size() != RATERS + 1) {
          throw new IllegalArgumentException(
              file
                  + ": a line near byte "
                  + (from + record.getCharacterPosition())
                  + " has "
                  + record.size()
                  + " fields, expected "
                  + (RATERS + 1));
        }
        for (int r = 0; r < RATERS; r++) {
          codes[r] = code(record.get(r + 1), file, record, r);
        }
        accumulator.addCodes(codes);
      }
    }
    return accumulator;
  }

  private static int code(String cell, Path file, CSVRecord record, int rater) {
    if (cell.isEmpty()) {
      return -1;
    }
    int code = CATEGORIES.indexOf(cell);
    if (code < 0) {
      throw new IllegalArgumentException(
          file
              + ", unit "
              + record.get(0)
              + ", rater"
              + (rater + 1)
              + ": '"
              + cell
              + "' is not one of the categories "
              + CATEGORIES);
    }
    return code;
  }

  /**
   * Writes the generated data as CSV, through a temporary file so that a half-written file is never
   * used.
   */
  static void write(Path file, int units) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path partial = Files.createTempFile(parent, "ratings", ".partial");
    SplittableRandom random = new SplittableRandom(RatingData.SEED);
    int[] codes = new int[RATERS];
    try (Writer out =
        new BufferedWriter(Files.newBufferedWriter(partial, StandardCharsets.UTF_8), 1 << 16)) {
      out.write("unit");
      for (String rater : raterNames()) {
        out.write(',');
        out.write(rater);
      }
      out.write('\n');
      for (int unit = 1; unit <= units; unit++) {
        RatingData.nextUnit(random, MISSING_SHARE, codes, 0, RATERS);
        out.write(Integer.toString(unit));
        for (int code : codes) {
          out.write(',');
          if (code != RatingData.MISSING) {
            out.write('0' + RatingData.value(code));
          }
        }
        out.write('\n');
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static List<String> raterNames() {
    return Appraise.raters(RATERS);
  }

  private static void report(String label, Pass pass) {
    AgreementStats<String> stats = pass.stats;
    double seconds = pass.seconds;
    AgreementOptions options =
        AgreementOptions.withDefaults()
            .withCoefficients(Coefficient.KRIPPENDORFF_ALPHA, Coefficient.FLEISS_KAPPA);
    StringBuilder line = new StringBuilder();
    line.append(
        String.format(
            Locale.ROOT,
            "%s: %,d units in %.2f s (%.0f ns/unit)",
            label,
            stats.units(),
            seconds,
            seconds * 1e9 / stats.units()));
    for (Level level : List.of(Level.NOMINAL, Level.ORDINAL, Level.INTERVAL)) {
      AgreementReport report = AgreementReport.of(stats, options.withLevel(level));
      line.append(
          String.format(
              Locale.ROOT,
              "; alpha %s %s",
              level.id(),
              value(report, Coefficient.KRIPPENDORFF_ALPHA)));
      if (level == Level.NOMINAL) {
        line.append(
            String.format(
                Locale.ROOT, "; Fleiss' kappa %s", value(report, Coefficient.FLEISS_KAPPA)));
      }
    }
    System.out.println(line);
  }

  private static String value(AgreementReport report, Coefficient coefficient) {
    return report
        .coefficient(coefficient)
        .map(
            e ->
                e.value().isPresent()
                    ? String.format(Locale.ROOT, "%.6f", e.value().getAsDouble())
                    : "undefined (" + e.undefinedReason().orElse("") + ")")
        .orElse("not applicable");
  }

  private static long usedHeapMiB() {
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
