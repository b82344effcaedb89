package dev.appraise.examples.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.agreement.AgreementReport;
import dev.appraise.core.agreement.AgreementStats;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The streamed file gives the same coefficients as the in-memory table of the same generated data.
 */
class StreamingScaleTest {

  private static final int UNITS = 3_001;

  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(
      value = BenchmarkCase.class,
      names = {"ALPHA_NOMINAL", "ALPHA_ORDINAL", "ALPHA_INTERVAL"})
  void streamedOnOneOrTwoThreadsEqualsTheTable(BenchmarkCase benchmark) throws Exception {
    Path file = dir.resolve("ratings.csv");
    StreamingScale.write(file, UNITS);
    double table =
        Appraise.compute(
            Appraise.table(benchmark.data(UNITS)),
            Appraise.options(benchmark),
            Appraise.coefficient(benchmark));

    for (int threads = 1; threads <= 3; threads++) {
      AgreementStats<String> stats = StreamingScale.accumulate(file, threads).stats;
      double streamed =
          AgreementReport.of(stats, Appraise.options(benchmark))
              .coefficient(Appraise.coefficient(benchmark))
              .orElseThrow()
              .valueOrThrow();
      assertThat(streamed).as("%d threads", threads).isCloseTo(table, within(1e-9));
    }
  }

  @Test
  void partsStartAtLineStartsAndCoverEveryUnit() throws Exception {
    Path file = dir.resolve("ratings.csv");
    StreamingScale.write(file, UNITS);
    byte[] bytes = Files.readAllBytes(file);

    long[] bounds = StreamingScale.split(file, 3);

    assertThat(bounds[0]).isEqualTo(new String(bytes, StandardCharsets.UTF_8).indexOf('\n') + 1);
    assertThat(bounds[3]).isEqualTo(bytes.length);
    for (int p = 1; p < 3; p++) {
      assertThat(bytes[(int) bounds[p] - 1]).isEqualTo((byte) '\n');
    }
    assertThat(StreamingScale.accumulate(file, 3).stats.units())
        .isEqualTo(StreamingScale.accumulate(file, 1).stats.units());
  }

  @Test
  void aValueOutsideTheCategoriesNamesTheUnitAndRater() throws Exception {
    Path file = dir.resolve("bad.csv");
    Files.writeString(
        file, "unit,rater1,rater2,rater3,rater4\nu1,1,2,3,4\nu2,1,7,3,4\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> StreamingScale.accumulate(file, 1))
        .hasMessageContaining("unit u2, rater2: '7' is not one of the categories");
  }
}
