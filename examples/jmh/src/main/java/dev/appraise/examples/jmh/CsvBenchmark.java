package dev.appraise.examples.jmh;

import dev.appraise.core.agreement.AgreementOptions;
import dev.appraise.core.agreement.AgreementReport;
import dev.appraise.core.agreement.RatingTable;
import dev.appraise.core.agreement.RatingTableCsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
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
 * it: the file read once line by line, parsed once by Commons CSV into records (the reader's
 * floor), read into a table by {@link RatingTableCsv} (streamed), and the full report (every
 * coefficient with its standard errors) from a table built in setup.
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
   * The step: {@code read_lines}, {@code parse_records}, {@code read_table} or {@code full_report}.
   */
  @Param({"read_lines", "parse_records", "read_table", "full_report"})
  public String step = "read_table";

  /** The number of units. */
  @Param({"1000000"})
  public int units = 1_000_000;

  private @Nullable Path file;
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
    if (step.equals("full_report")) {
      table = RatingTableCsv.withDefaults().read(path);
    }
  }

  /** Removes the file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    if (file != null) {
      Files.deleteIfExists(file);
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
        case "read_table":
          return RatingTableCsv.withDefaults().read(path);
        case "full_report":
          return AgreementReport.of(Objects.requireNonNull(table), AgreementOptions.withDefaults());
        default:
          throw new IllegalArgumentException("unknown step " + step);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
