package dev.appraise.core.agreement.icc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shrout PE, Fleiss JL (1979), Intraclass correlations: uses in assessing rater reliability,
 * Psychol Bull 86:420-428: Table 2, four judges rating six targets, and the six estimates the paper
 * reports for it. Intervals, F tests and p-values of the same data as printed by R's {@code
 * psych::ICC(sf)} and {@code DescTools::ICC(sf)}; full-precision values from
 * core/src/test/scripts/agreement_references.py (SciPy 1.17.1).
 */
class ShroutFleiss1979Test {

  /** Table 2: rows are the six targets, columns judges 1 to 4. */
  static final double[][] TABLE_2 = {
    {9, 2, 5, 8},
    {6, 1, 3, 2},
    {8, 4, 6, 8},
    {7, 1, 2, 6},
    {10, 5, 6, 9},
    {6, 2, 4, 7},
  };

  private final IccResult result = IntraclassCorrelation.withDefaults().compute(TABLE_2);

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // form, value as published by Shrout and Fleiss (1979), two decimals
    "ICC1, 0.17",
    "ICC2, 0.29",
    "ICC3, 0.71",
    "ICC1K, 0.44",
    "ICC2K, 0.62",
    "ICC3K, 0.91",
  })
  void reproducesThePublishedEstimates(IccType type, double published) {
    assertThat(result.estimate(type).valueOrThrow()).isCloseTo(published, within(0.005 + 1e-12));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // form, lower bound, upper bound as printed by psych::ICC(sf) (columns "lower bound", "upper
    // bound")
    "ICC1, -0.133, 0.72",
    "ICC2, 0.019, 0.76",
    "ICC3, 0.342, 0.95",
    "ICC1K, -0.884, 0.91",
    "ICC2K, 0.071, 0.93",
    "ICC3K, 0.676, 0.99",
  })
  void reproducesPsychIntervals(IccType type, double lower, double upper) {
    ConfidenceInterval ci = result.estimate(type).interval().orElseThrow();

    assertThat(ci.lower()).isCloseTo(lower, within(0.0005 + 1e-12));
    assertThat(ci.upper()).isCloseTo(upper, within(0.005 + 1e-12));
    assertThat(ci.level()).isEqualTo(0.95);
    assertThat(ci.method())
        .isEqualTo(
            type == IccType.ICC2 || type == IccType.ICC2K
                ? "mcgraw-wong-satterthwaite"
                : "shrout-fleiss-f");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // form, F, df1, df2, p as printed by DescTools::ICC(sf) (columns F-val, df1, df2, p-val)
    "ICC1, 1.79, 5, 18, 0.164769",
    "ICC2, 11.03, 5, 15, 0.000135",
    "ICC3, 11.03, 5, 15, 0.000135",
    "ICC1K, 1.79, 5, 18, 0.164769",
    "ICC2K, 11.03, 5, 15, 0.000135",
    "ICC3K, 11.03, 5, 15, 0.000135",
  })
  void reproducesTheFTests(IccType type, double f, double df1, double df2, double p) {
    FTest test = result.form(type).fTest().orElseThrow();

    assertThat(test.statistic()).isCloseTo(f, within(0.005));
    assertThat(test.df1()).isEqualTo(df1);
    assertThat(test.df2()).isEqualTo(df2);
    assertThat(test.pValue()).isCloseTo(p, within(0.5e-6));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // form, estimate, F, p, lower, upper from agreement_references.py at level 0.95
    "ICC1, 0.16574176840547544, 1.794678492239468, 0.16476880834463953, -0.13293232487475098, 0.722560062328121",
    "ICC2, 0.28976377952755905, 11.02724795640328, 0.00013456651648433626, 0.01878651337471199, 0.761084369648953",
    "ICC3, 0.714840714840715, 11.02724795640328, 0.00013456651648433626, 0.3424647650339255, 0.9458582599553595",
    "ICC1K, 0.44279713367926865, 1.794678492239468, 0.16476880834463953, -0.8844421552381201, 0.9124154203407755",
    "ICC2K, 0.6200505475989891, 11.02724795640328, 0.00013456651648433626, 0.07113681530250328, 0.927232040167722",
    "ICC3K, 0.9093155423770695, 11.02724795640328, 0.00013456651648433626, 0.6756747138163048, 0.9858916781690623",
  })
  void matchesTheIndependentScriptToFullPrecision(
      IccType type, double value, double f, double p, double lower, double upper) {
    IccForm form = result.form(type);
    ConfidenceInterval ci = form.estimate().interval().orElseThrow();

    assertThat(form.estimate().valueOrThrow()).isCloseTo(value, within(1e-12));
    assertThat(form.fTest().orElseThrow().statistic()).isCloseTo(f, within(1e-10));
    assertThat(form.fTest().orElseThrow().pValue()).isCloseTo(p, within(1e-12));
    assertThat(ci.lower()).isCloseTo(lower, within(1e-9));
    assertThat(ci.upper()).isCloseTo(upper, within(1e-9));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    // form, lower, upper from agreement_references.py at level 0.90
    "ICC1, -0.09672220365774226, 0.6433983107044231",
    "ICC2, 0.04290119154053985, 0.6910706066183567",
    "ICC3, 0.41183413091904436, 0.9258328076802795",
    "ICC1K, -0.5450417247368684, 0.8783010354064075",
    "ICC2K, 0.15203705385595792, 0.899476700113625",
    "ICC3K, 0.7368976785770525, 0.9803660560472143",
  })
  void levelIsAParameter(IccType type, double lower, double upper) {
    ConfidenceInterval ci =
        IntraclassCorrelation.withDefaults()
            .withLevel(0.90)
            .compute(TABLE_2)
            .estimate(type)
            .interval()
            .orElseThrow();

    assertThat(ci.level()).isEqualTo(0.90);
    assertThat(ci.lower()).isCloseTo(lower, within(1e-9));
    assertThat(ci.upper()).isCloseTo(upper, within(1e-9));
  }

  /** The analysis of variance of Table 2, values from agreement_references.py. */
  @Test
  void reproducesTheMeanSquares() {
    IccAnova anova = result.anova().orElseThrow();

    assertThat(anova.units()).isEqualTo(6);
    assertThat(anova.raters()).isEqualTo(4);
    assertThat(anova.betweenUnits()).isCloseTo(11.241666666666669, within(1e-12));
    assertThat(anova.withinUnits()).isCloseTo(6.263888888888889, within(1e-12));
    assertThat(anova.betweenRaters()).isCloseTo(32.486111111111114, within(1e-12));
    assertThat(anova.residual()).isCloseTo(1.0194444444444437, within(1e-12));
    assertThat(result.units()).isEqualTo(6);
    assertThat(result.unitsDropped()).isZero();
    assertThat(result.raters()).isEqualTo(4);
  }
}
