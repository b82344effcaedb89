package dev.appraise.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.check.ReportedNumbers.Rounding;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ReportedNumbersTest {

  private final ReportedNumbers check = ReportedNumbers.withDefaults();
  private final ReportedNumbers halfUp = ReportedNumbers.withDefaults().with(Rounding.HALF_UP);

  @Test
  void defaultsReadPercentagesAsAnInterval() {
    assertThat(check.rounding()).isEqualTo(Rounding.INTERVAL);
    assertThat(halfUp.rounding()).isEqualTo(Rounding.HALF_UP);
    assertThat(halfUp.with(Rounding.INTERVAL).rounding()).isEqualTo(Rounding.INTERVAL);
    assertThat(halfUp.toString()).isEqualTo("ReportedNumbers[rounding=HALF_UP]");
  }

  // "The raters agreed on 90.3% (65 of 72 items)": the example of the issue, 65 / 72 = 90.2777...%

  @Test
  void ninetyPointThreePercentOfSixtyFiveOfSeventyTwoIsConsistent() {
    Finding f = check.statement("90.3% (65 of 72 items)");
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(f.statement()).isEqualTo("90.3% (65 of 72 items)");
    assertThat(f.expected()).hasValue("90.3%");
    assertThat(f.reported()).hasValue("90.3%");
    assertThat(f.message())
        .isEqualTo(
            "65 of 72 ≈ 90.2778%, within [90.25%, 90.35%], the values written as 90.3% at 1 decimal, as reported");
    Finding h = halfUp.statement("90.3% (65 of 72 items)");
    assertThat(h.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(h.message())
        .isEqualTo("65 of 72 ≈ 90.2778%, which rounds half up to 90.3% at 1 decimal, as reported");
  }

  @Test
  void ninetyPointTwoPercentIsInconsistent() {
    Finding f = check.percentage("90.2%", 65, 72);
    assertThat(f.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(f.statement()).isEqualTo("90.2% (65 of 72)");
    assertThat(f.expected()).hasValue("90.3%");
    assertThat(f.reported()).hasValue("90.2%");
    assertThat(f.message())
        .isEqualTo(
            "65 of 72 ≈ 90.2778%, which rounds to 90.3% at 1 decimal, not 90.2% (90.2% stands for [90.15%, 90.25%])");
    assertThat(halfUp.percentage("90.2%", 65, 72).message())
        .isEqualTo("65 of 72 ≈ 90.2778%, which rounds half up to 90.3% at 1 decimal, not 90.2%");
  }

  @Test
  void thePrecisionIsTheNumberOfDecimalsWritten() {
    assertThat(check.percentage("90", 65, 72).verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(check.percentage("90.28", 65, 72).verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(check.percentage("90.30", 65, 72).verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(check.percentage("90.30", 65, 72).expected()).hasValue("90.28%");
    assertThat(check.percentage(new BigDecimal("90.278"), 65, 72).verdict())
        .isEqualTo(Verdict.CONSISTENT);
    assertThat(check.percentage(new BigDecimal("90.277"), 65, 72).verdict())
        .isEqualTo(Verdict.INCONSISTENT);
    assertThat(check.percentage("91", 65, 72).message())
        .isEqualTo(
            "65 of 72 ≈ 90.278%, which rounds to 90% at 0 decimals, not 91% (91% stands for [90.5%, 91.5%])");
  }

  @Test
  void anExactTieIsAcceptedEitherWayByTheIntervalButOnlyUpByHalfUp() {
    // 1 of 8 = 12.5% exactly: half up gives 13%, half to even gives 12%
    assertThat(check.percentage("12%", 1, 8).verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(check.percentage("13%", 1, 8).verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(halfUp.percentage("13%", 1, 8).verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(halfUp.percentage("12%", 1, 8).verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(halfUp.percentage("12%", 1, 8).message())
        .isEqualTo("1 of 8 = 12.5%, which rounds half up to 13% at 0 decimals, not 12%");
    assertThat(check.percentage("12%", 1, 8).message())
        .isEqualTo(
            "1 of 8 = 12.5%, within [11.5%, 12.5%], the values written as 12% at 0 decimals, as reported");
  }

  @Test
  void readsTheStatementInEitherOrderAndWithADecimalComma() {
    assertThat(check.statement("65/72 (90.3 %)").verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(check.statement("agreed on 65 out of 72 items (90,3%)").verdict())
        .isEqualTo(Verdict.CONSISTENT);
    assertThat(check.statement("65 of the 72 items (90.3%)").verdict())
        .isEqualTo(Verdict.CONSISTENT);
    assertThat(check.statement("agreed on 65 out of the 72 items (90.2%)").verdict())
        .isEqualTo(Verdict.INCONSISTENT);
    assertThat(check.statement("  90.3% (65 OF 72)  ").statement()).isEqualTo("90.3% (65 OF 72)");
    assertThat(check.statement("0% (0 of 5)").verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(check.statement("100% (5 of 5)").verdict()).isEqualTo(Verdict.CONSISTENT);
  }

  @Test
  void aStatementNeedsExactlyOnePercentageAndOneRatio() {
    assertThatThrownBy(() -> check.statement("65 of 72 items"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "statement must hold exactly one percentage such as 90.3%, found 0 in \"65 of 72 items\"");
    assertThatThrownBy(() -> check.statement("90.3% or 91% (65 of 72)"))
        .hasMessage(
            "statement must hold exactly one percentage such as 90.3%, found 2 in \"90.3% or 91% (65 of 72)\"");
    assertThatThrownBy(() -> check.statement("90.3% of items"))
        .hasMessage(
            "statement must hold exactly one ratio such as 65 of 72, found 0 in \"90.3% of items\"");
    assertThatThrownBy(() -> check.statement("90.3% (65 of 72, 3 of 4)"))
        .hasMessage(
            "statement must hold exactly one ratio such as 65 of 72, found 2 in \"90.3% (65 of 72, 3 of 4)\"");
    assertThatThrownBy(() -> check.statement("90.3% (99999999999999999999 of 72)"))
        .hasMessage(
            "count 99999999999999999999 is too large in \"90.3% (99999999999999999999 of 72)\"");
  }

  @Test
  void rejectsMalformedPercentagesAndRatios() {
    assertThatThrownBy(() -> check.percentage("ninety", 65, 72))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reported percentage must be a number such as 90.3 or 90.3%, was \"ninety\"");
    assertThatThrownBy(() -> check.percentage("-90.3", 65, 72))
        .hasMessage("reported percentage must be a number such as 90.3 or 90.3%, was \"-90.3\"");
    assertThatThrownBy(() -> check.percentage(new BigDecimal("-1.5"), 65, 72))
        .hasMessage("reported percentage must be >= 0, was -1.5");
    assertThatThrownBy(() -> check.percentage(new BigDecimal("9E+1"), 65, 72))
        .hasMessage("reported percentage must have 0 or more decimals, was 9E+1 (scale -1)");
    assertThatThrownBy(() -> check.percentage("90.3", 73, 72))
        .hasMessage("ratio numerator k must be between 0 and n = 72, was 73");
    assertThatThrownBy(() -> check.percentage("90.3", -1, 72))
        .hasMessage("ratio numerator k must be between 0 and n = 72, was -1");
    assertThatThrownBy(() -> check.percentage("90.3", 0, -72))
        .hasMessage("ratio denominator n must be >= 0, was -72");
  }

  @Test
  void aPercentageOfNothingIsNotEvaluable() {
    Finding f = check.percentage("0%", 0, 0);
    assertThat(f.verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
    assertThat(f.expected()).isEmpty();
    assertThat(f.reported()).hasValue("0%");
    assertThat(f.unreported()).isEmpty();
    assertThat(f.message()).isEqualTo("0 of 0 has no percentage: the denominator is 0");
  }

  // "72 items" for 9 studies rated on 7 risk-of-bias domains: the example of the issue

  @Test
  void seventyTwoItemsAreNotNineStudiesTimesSevenDomains() {
    Finding f = check.product(72, 9, 7);
    assertThat(f.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(f.statement()).isEqualTo("72 = 9 × 7");
    assertThat(f.expected()).hasValue("63");
    assertThat(f.reported()).hasValue("72");
    assertThat(f.message()).isEqualTo("9 × 7 = 63, not 72");
    Finding eight = check.product("72 items (9 studies, 8 domains)", 72, 9, 8);
    assertThat(eight.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(eight.statement()).isEqualTo("72 items (9 studies, 8 domains)");
    assertThat(eight.message()).isEqualTo("9 × 8 = 72, as reported");
  }

  @Test
  void productsDoNotOverflow() {
    Finding f = check.product(Long.MAX_VALUE, Long.MAX_VALUE, 2);
    assertThat(f.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(f.expected()).hasValue("18446744073709551614");
  }

  @Test
  void sumsCompareTheTotalWithItsParts() {
    assertThat(check.sum(55, 30, 25).verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(check.sum(55, 30, 25).message()).isEqualTo("30 + 25 = 55, as reported");
    Finding f = check.sum("56 participants (30 women, 25 men)", 56, 30, 25);
    assertThat(f.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(f.statement()).isEqualTo("56 participants (30 women, 25 men)");
    assertThat(f.expected()).hasValue("55");
    assertThat(f.message()).isEqualTo("30 + 25 = 55, not 56");
  }

  @Test
  void rejectsNegativeCountsAndEmptyProductsOrSums() {
    assertThatThrownBy(() -> check.product(72, 9, -7))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("product count 2 must be >= 0, was -7");
    assertThatThrownBy(() -> check.sum(-1, 9)).hasMessage("reported total must be >= 0, was -1");
    assertThatThrownBy(() -> check.product(72))
        .hasMessage("product needs at least one count, was none");
    assertThatThrownBy(() -> check.sum(72)).hasMessage("sum needs at least one count, was none");
    assertThatThrownBy(() -> check.sum(" ", 1, 1))
        .hasMessage("finding statement must not be blank, was \" \"");
  }
}
