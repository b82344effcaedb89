package dev.appraise.core.agreement.icc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.stats.ConfidenceInterval;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * McGraw KO, Wong SP (1996), Forming inferences about some intraclass correlation coefficients,
 * Psychol Methods 1:30-46, Table 6: ten units measured twice. Reference output is R's {@code
 * DescTools::ICC} on these data, three decimals, as quoted in the {@code f_ICC} MATLAB
 * implementation (R. P. Matthew, 2018), whose columns are est, F-val, df1, df2, p-val, lwr.ci,
 * upr.ci.
 */
class McGrawWong1996Test {

  static final double[][] TABLE_6 = {
    {103, 119},
    {82, 65},
    {116, 106},
    {102, 102},
    {99, 105},
    {98, 100},
    {104, 107},
    {62, 85},
    {97, 101},
    {107, 110},
  };

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ICC1, 0.722, 6.18, 9, 10, 0.00437, 0.241, 0.922",
    "ICC2, 0.720, 6.00, 9, 9, 0.00677, 0.228, 0.922",
    "ICC3, 0.714, 6.00, 9, 9, 0.00677, 0.197, 0.920",
    "ICC1K, 0.838, 6.18, 9, 10, 0.00437, 0.389, 0.959",
    "ICC2K, 0.837, 6.00, 9, 9, 0.00677, 0.371, 0.959",
    "ICC3K, 0.833, 6.00, 9, 9, 0.00677, 0.329, 0.959",
  })
  void reproducesDescToolsOutput(
      IccType type,
      double value,
      double f,
      double df1,
      double df2,
      double p,
      double lower,
      double upper) {
    IccForm form = IntraclassCorrelation.withDefaults().compute(TABLE_6).form(type);
    FTest test = form.fTest().orElseThrow();
    ConfidenceInterval ci = form.estimate().interval().orElseThrow();

    assertThat(form.estimate().valueOrThrow()).isCloseTo(value, within(0.0005 + 1e-12));
    assertThat(test.statistic()).isCloseTo(f, within(0.005 + 1e-12));
    assertThat(test.df1()).isEqualTo(df1);
    assertThat(test.df2()).isEqualTo(df2);
    assertThat(test.pValue()).isCloseTo(p, within(0.5e-5 + 1e-12));
    assertThat(ci.lower()).isCloseTo(lower, within(0.0005 + 1e-12));
    assertThat(ci.upper()).isCloseTo(upper, within(0.0005 + 1e-12));
  }
}
