package dev.appraise.examples.jmh;

import dev.appraise.core.agreement.AgreementOptions;
import dev.appraise.core.agreement.AgreementReport;
import dev.appraise.core.agreement.RatingTable;
import dev.appraise.core.agreement.RatingTableCsv;
import dev.appraise.core.io.CsvRecords;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Reading a units x raters CSV (4 raters, 10 % missing, categories 1 to 5) against computing from
 * it: the file read once line by line, parsed once into records by Commons CSV and by appraise's
 * {@link CsvRecords}, read into a table by {@link RatingTableCsv} (streamed), and the full report
 * (every coefficient with its standard errors) from a table built in setup. And the crowd shape as
 * a file of (unit, rater, value) lines (200,000 units, 2,000 raters, 3 ratings a unit, yes/no):
 * read into a table by {@link RatingTableCsv#readLong}, and read with the full report.
 *
 * <pre>
 * java -jar examples/jmh/target/benchmarks.jar CsvBenchmark -f 1 -wi 1 -i 3 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CsvBenchmark {

  /**
   * The step: {@code read_lines}, {@code parse_records} (Commons CSV), {@code csv_records}
   * (appraise's reader), {@code read_table}, {@code full_report}, {@code read_crowd} or {@code
   * crowd_report}.
   */
  @Param({
    "read_lines",
    "parse_records",
    "csv_records",
    "read_table",
    "full_report",
    "read_crowd",
    "crowd_report"
  })
  public String step = "read_table";

  /** The number of units. */
  @Param({"1000000"})
  public int units = 1_000_000;

  private @Nullable Path file;
  private @Nullable Path crowd;
  private @Nullable RatingTable<String> table;

  /** Writes the file, and for the report builds its table. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    RatingData data = RatingData.generate(units, 4, 0.1, RatingData.SEED);
    Path path = Files.createTempFile("ratings", ".csv");
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      out.write("unit,rater1,rater2,rater3,rater4\n");
      for (int u = 0; u < data.units(); u++) {
        out.write("u");
        out.write(Integer.toString(u));
        for (int r = 0; r < data.raters(); r++) {
          out.write(',');
          int code = data.code(u, r);
          if (code != RatingData.MISSING) {
            out.write(Integer.toString(RatingData.value(code)));
          }
        }
        out.write('\n');
      }
    }
    file = path;
    if (step.contains("crowd")) {
      crowd = writeCrowd();
    }
    if (step.equals("full_report")) {
      table = RatingTableCsv.withDefaults().read(path);
    }
  }

  /** The crowd shape as (unit, rater, value) lines, raters drawn at random for each unit. */
  private static Path writeCrowd() throws IOException {
    Path path = Files.createTempFile("crowd", ".csv");
    SplittableRandom random = new SplittableRandom(RatingData.SEED);
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      out.write("unit,rater,value\n");
      int[] raters = new int[3];
      for (int u = 0; u < 200_000; u++) {
        for (int i = 0; i < 3; i++) {
          int r;
          do {
            r = random.nextInt(2_000);
          } while ((i > 0 && raters[0] == r) || (i > 1 && raters[1] == r));
          raters[i] = r;
          out.write("u" + u + ",r" + r + "," + (random.nextInt(4) == 0 ? "no" : "yes") + "\n");
        }
      }
    }
    return path;
  }

  /** Removes the files. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (file != null) {
      Files.deleteIfExists(file);
    }
    if (crowd != null) {
      Files.deleteIfExists(crowd);
    }
  }

  /**
   * The step.
   *
   * @return what it produced, so that nothing is optimised away
   */
  @Benchmark
  public Object run() {
    Path path = Objects.requireNonNull(file);
    try {
      switch (step) {
        case "read_lines":
          long chars = 0;
          try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
              chars += line.length();
            }
          }
          return chars;
        case "parse_records":
          long fields = 0;
          try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
              CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
              fields += record.size();
            }
          }
          return fields;
        case "csv_records":
          long labels = 0;
          try (CsvRecords records =
              new CsvRecords(Files.newBufferedReader(path, StandardCharsets.UTF_8), "ratings")) {
            while (records.next()) {
              for (int i = 0; i < records.size(); i++) {
                labels += records.label(i).length();
              }
            }
          }
          return labels;
        case "read_table":
          return RatingTableCsv.withDefaults().read(path);
        case "full_report":
          return AgreementReport.of(Objects.requireNonNull(table), AgreementOptions.withDefaults());
        case "read_crowd":
          return RatingTableCsv.withDefaults().readLong(Objects.requireNonNull(crowd));
        case "crowd_report":
          return AgreementReport.of(
              RatingTableCsv.withDefaults().readLong(Objects.requireNonNull(crowd)),
              AgreementOptions.withDefaults());
        default:
          throw new IllegalArgumentException("unknown step " + step);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
