package dev.appraise.examples.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Before anything is timed: appraise and DKPro Agreement 2.2.1 (the peer, computing on its own
 * object model) give the same value on the benchmark data, for every benchmarked coefficient.
 */
class SameValueAsDkproTest {

  static Stream<Arguments> cases() {
    return Stream.of(BenchmarkCase.values())
        .flatMap(c -> Stream.of(Arguments.of(c, 1_000), Arguments.of(c, 20_000)));
  }

  @ParameterizedTest(name = "{0} over {1} units")
  @MethodSource("cases")
  void appraiseEqualsDkpro(BenchmarkCase benchmark, int units) {
    RatingData data = benchmark.data(units);

    double appraise =
        Appraise.compute(
            Appraise.table(data), Appraise.options(benchmark), Appraise.coefficient(benchmark));
    double dkpro = Dkpro.compute(benchmark, Dkpro.study(data));

    assertThat(appraise).isCloseTo(dkpro, within(1e-9));
    // the data is realistic: neither near chance nor near perfect agreement
    assertThat(appraise).isBetween(0.3, 0.9);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("floorCases")
  void floorSumsEveryCode(BenchmarkCase benchmark) {
    RatingData data = benchmark.data(1_000);
    long expected = 0;
    for (int unit = 0; unit < data.units(); unit++) {
      for (int rater = 0; rater < data.raters(); rater++) {
        expected += data.code(unit, rater);
      }
    }
    assertThat(AgreementBenchmark.floor(data.codes())).isEqualTo((double) expected);
  }

  static Stream<BenchmarkCase> floorCases() {
    return Stream.of(BenchmarkCase.values());
  }
}
