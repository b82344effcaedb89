package dev.appraise.core.agreement.icc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.agreement.Estimate;
import dev.appraise.core.agreement.icc.IntraclassCorrelation.MissingRatings;
import org.junit.jupiter.api.Test;

class IntraclassCorrelationTest {

  private static final double NA = Double.NaN;

  @Test
  void dropsUnitsWithMissingRatingsAndCountsThem() {
    double[][] withGaps = new double[ShroutFleiss1979Test.TABLE_2.length + 2][];
    System.arraycopy(ShroutFleiss1979Test.TABLE_2, 0, withGaps, 0, 3);
    withGaps[3] = new double[] {5, NA, 4, 4};
    System.arraycopy(ShroutFleiss1979Test.TABLE_2, 3, withGaps, 4, 3);
    withGaps[7] = new double[] {NA, NA, NA, NA};

    IccResult gaps = IntraclassCorrelation.withDefaults().compute(withGaps);
    IccResult complete = IntraclassCorrelation.withDefaults().compute(ShroutFleiss1979Test.TABLE_2);

    assertThat(gaps.unitsDropped()).isEqualTo(2);
    assertThat(gaps.units()).isEqualTo(6);
    assertThat(gaps).usingRecursiveComparison().ignoringFields("unitsDropped").isEqualTo(complete);
  }

  @Test
  void rejectsMissingRatingsWhenAskedTo() {
    IntraclassCorrelation reject =
        IntraclassCorrelation.withDefaults().withMissing(MissingRatings.REJECT);

    assertThatThrownBy(() -> reject.compute(new double[][] {{1, 2}, {3, NA}, {5, 6}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratings unit 2, rater 2: rating is missing");
  }

  @Test
  void everyFormIsUndefinedWithFewerThanTwoCompleteUnits() {
    IccResult r =
        IntraclassCorrelation.withDefaults().compute(new double[][] {{1, 2}, {3, NA}, {NA, 6}});

    assertThat(r.anova()).isEmpty();
    assertThat(r.units()).isEqualTo(1);
    assertThat(r.unitsDropped()).isEqualTo(2);
    for (IccType type : IccType.values()) {
      Estimate e = r.estimate(type);
      assertThat(e.coefficient().id()).isEqualTo(type.id());
      assertThat(e.isDefined()).isFalse();
      assertThat(e.undefinedReason())
          .hasValue("fewer than two units have every rating (1 complete of 3)");
      assertThat(r.form(type).fTest()).isEmpty();
    }
  }

  @Test
  void identicalRatingsHaveNoVarianceAndEveryFormIsUndefined() {
    IccResult r =
        IntraclassCorrelation.withDefaults()
            .compute(new double[][] {{4, 4, 4}, {4, 4, 4}, {4, 4, 4}});

    for (IccType type : IccType.values()) {
      assertThat(r.estimate(type).isDefined()).as(type.id()).isFalse();
      assertThat(r.form(type).fTest()).isEmpty();
    }
    for (IccType type : IccType.values()) {
      assertThat(r.estimate(type).undefinedReason())
          .hasValue("there is no variance: every rating has the same value");
    }
  }

  @Test
  void unitsWithEqualMeansLeaveTheAverageFormsUndefined() {
    // every unit has mean 2, raters disagree: BMS = 0 but WMS > 0
    IccResult r =
        IntraclassCorrelation.withDefaults().compute(new double[][] {{1, 3}, {3, 1}, {2, 2}});

    assertThat(r.estimate(IccType.ICC1).valueOrThrow()).isCloseTo(-1.0, within(1e-12));
    assertThat(r.estimate(IccType.ICC1K).undefinedReason())
        .hasValue("the between-units mean square is 0: every unit has the same mean rating");
    assertThat(r.estimate(IccType.ICC3K).isDefined()).isFalse();
    assertThat(r.form(IccType.ICC1).fTest().orElseThrow().pValue()).isEqualTo(1.0);
  }

  @Test
  void perfectAgreementGivesOneWithAnInfiniteFAndNoInterval() {
    IccResult r =
        IntraclassCorrelation.withDefaults()
            .compute(new double[][] {{1, 1, 1}, {2, 2, 2}, {5, 5, 5}});

    for (IccType type : IccType.values()) {
      assertThat(r.estimate(type).valueOrThrow()).as(type.id()).isEqualTo(1.0);
      assertThat(r.form(type).fTest().orElseThrow().statistic()).isInfinite();
      assertThat(r.form(type).fTest().orElseThrow().pValue()).isZero();
    }
  }

  @Test
  void rejectsMalformedMatrices() {
    IntraclassCorrelation icc = IntraclassCorrelation.withDefaults();

    assertThatThrownBy(() -> icc.compute(new double[][] {{1}, {2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratings must have at least 2 raters, had 1");
    assertThatThrownBy(() -> icc.compute(new double[0][]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratings must have at least one unit, had 0");
    assertThatThrownBy(() -> icc.compute(new double[][] {{1, 2}, {3, 4, 5}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratings unit 2 has 3 ratings, expected 2");
    assertThatThrownBy(() -> icc.compute(new double[][] {{1, 2}, {3, Double.POSITIVE_INFINITY}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratings unit 2, rater 2: rating must be finite, was Infinity");
    assertThatThrownBy(() -> icc.withLevel(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence level must be > 0 and < 1, was 1.0");
  }

  @Test
  void namesFollowTheCommandLineContract() {
    assertThat(IccType.values())
        .extracting(IccType::id)
        .containsExactly("icc1", "icc2", "icc3", "icc1k", "icc2k", "icc3k");
  }
}
