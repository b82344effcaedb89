package dev.appraise.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.check.ReportedNumbers.Rounding;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class ReportedNumbersPropertiesTest {

  /** A ratio k of n with 0 <= k <= n. */
  record Ratio(long k, long n) {}

  @Provide
  Arbitrary<Ratio> ratios() {
    return Arbitraries.longs()
        .between(1, 2_000_000)
        .flatMap(n -> Arbitraries.longs().between(0, n).map(k -> new Ratio(k, n)))
        .edgeCases(
            e ->
                e.add(new Ratio(0, 1))
                    .add(new Ratio(1, 1))
                    .add(new Ratio(1, 8))
                    .add(new Ratio(65, 72)));
  }

  @Provide
  Arbitrary<Rounding> roundings() {
    return Arbitraries.of(Rounding.class);
  }

  private static BigDecimal correctlyRounded(Ratio r, int precision) {
    return BigDecimal.valueOf(100 * r.k())
        .divide(BigDecimal.valueOf(r.n()), precision, RoundingMode.HALF_UP);
  }

  @Property
  void theCorrectlyRoundedPercentageIsConsistent(
      @ForAll("ratios") Ratio r,
      @ForAll @IntRange(min = 0, max = 5) int precision,
      @ForAll("roundings") Rounding rounding) {
    ReportedNumbers check = ReportedNumbers.withDefaults().with(rounding);
    BigDecimal reported = correctlyRounded(r, precision);
    Finding f = check.percentage(reported, r.k(), r.n());
    assertThat(f.verdict()).as(f.message()).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.expected()).hasValue(reported.toPlainString() + "%");
    // written as text, with the percent sign, the precision is read back from the decimals
    assertThat(check.percentage(reported.toPlainString() + "%", r.k(), r.n()).verdict())
        .isEqualTo(Verdict.CONSISTENT);
  }

  @Property
  void aPercentageOffByMoreThanOneUnitInTheLastPlaceIsInconsistent(
      @ForAll("ratios") Ratio r,
      @ForAll @IntRange(min = 0, max = 5) int precision,
      @ForAll @IntRange(min = 2, max = 1000) int units,
      @ForAll boolean up,
      @ForAll("roundings") Rounding rounding) {
    BigDecimal ulp = BigDecimal.ONE.movePointLeft(precision);
    BigDecimal off =
        correctlyRounded(r, precision).add(ulp.multiply(BigDecimal.valueOf(up ? units : -units)));
    Assume.that(off.signum() >= 0);
    Finding f = ReportedNumbers.withDefaults().with(rounding).percentage(off, r.k(), r.n());
    assertThat(f.verdict()).as(f.message()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(f.reported()).hasValue(off.toPlainString() + "%");
  }

  @Property
  void theIntervalAcceptsEveryPercentageThatHalfUpAccepts(
      @ForAll("ratios") Ratio r,
      @ForAll @IntRange(min = 0, max = 3) int precision,
      @ForAll @IntRange(min = -1, max = 1) int units) {
    BigDecimal reported =
        correctlyRounded(r, precision)
            .add(BigDecimal.ONE.movePointLeft(precision).multiply(BigDecimal.valueOf(units)));
    Assume.that(reported.signum() >= 0);
    Verdict halfUp =
        ReportedNumbers.withDefaults()
            .with(Rounding.HALF_UP)
            .percentage(reported, r.k(), r.n())
            .verdict();
    Verdict interval = ReportedNumbers.withDefaults().percentage(reported, r.k(), r.n()).verdict();
    if (halfUp == Verdict.CONSISTENT) {
      assertThat(interval).isEqualTo(Verdict.CONSISTENT);
    }
  }

  @Property
  void productChecksAreSymmetricInTheFactors(
      @ForAll @Size(min = 1, max = 6) List<@LongRange(min = 0, max = 10_000) Long> factors,
      @ForAll @LongRange(min = 0, max = 1_000_000) long reported,
      @ForAll long seed) {
    List<Long> shuffled = new ArrayList<>(factors);
    Collections.shuffle(shuffled, new Random(seed));
    ReportedNumbers check = ReportedNumbers.withDefaults();
    Finding a = check.product(reported, factors.stream().mapToLong(Long::longValue).toArray());
    Finding b = check.product(reported, shuffled.stream().mapToLong(Long::longValue).toArray());
    assertThat(b.verdict()).isEqualTo(a.verdict());
    assertThat(b.expected()).isEqualTo(a.expected());
    assertThat(b.reported()).isEqualTo(a.reported());
  }

  @Property
  void aProductIsConsistentExactlyWithItsValue(
      @ForAll @LongRange(min = 0, max = 100_000) long a,
      @ForAll @LongRange(min = 0, max = 100_000) long b,
      @ForAll @IntRange(min = -3, max = 3) int delta) {
    long reported = a * b + delta;
    Assume.that(reported >= 0);
    Finding f = ReportedNumbers.withDefaults().product(reported, a, b);
    assertThat(f.verdict()).isEqualTo(delta == 0 ? Verdict.CONSISTENT : Verdict.INCONSISTENT);
    assertThat(f.message()).startsWith(a + " × " + b + " = " + (a * b));
  }

  @Property
  void sumChecksAreSymmetricAndConsistentExactlyWithTheSum(
      @ForAll @Size(min = 1, max = 8) List<@LongRange(min = 0, max = 1_000_000) Long> parts,
      @ForAll @IntRange(min = -3, max = 3) int delta) {
    long total = parts.stream().mapToLong(Long::longValue).sum();
    Assume.that(total + delta >= 0);
    List<Long> reversed = new ArrayList<>(parts);
    Collections.reverse(reversed);
    ReportedNumbers check = ReportedNumbers.withDefaults();
    Finding f = check.sum(total + delta, parts.stream().mapToLong(Long::longValue).toArray());
    Finding g = check.sum(total + delta, reversed.stream().mapToLong(Long::longValue).toArray());
    assertThat(f.verdict()).isEqualTo(delta == 0 ? Verdict.CONSISTENT : Verdict.INCONSISTENT);
    assertThat(g.verdict()).isEqualTo(f.verdict());
    assertThat(f.expected()).hasValue(Long.toString(total));
  }

  /**
   * The ways a review writes "the percentage of k of n", as format strings over (percentage, k, n).
   */
  private static final List<String> WRITINGS =
      List.of(
          "%1$s%% (%2$d of %3$d items)",
          "%1$s %% (%2$d/%3$d)",
          "%2$d out of %3$d items (%1$s%%)",
          "agreed on %1$s%% (%2$d of %3$d)");

  @Provide
  Arbitrary<String> statements() {
    return Combinators.combine(
            ratios(), Arbitraries.integers().between(0, 3), Arbitraries.of(WRITINGS))
        .as(
            (r, p, format) ->
                String.format(
                    Locale.ROOT, format, correctlyRounded(r, p).toPlainString(), r.k(), r.n()));
  }

  @Property
  void everyCorrectlyRoundedStatementParsesAsConsistent(@ForAll("statements") String statement) {
    Finding f = ReportedNumbers.withDefaults().statement(statement);
    assertThat(f.verdict()).as(statement).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.statement()).isEqualTo(statement.strip());
  }
}
