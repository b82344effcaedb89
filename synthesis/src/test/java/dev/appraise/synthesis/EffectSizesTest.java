package dev.appraise.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Effect sizes by hand from escalc's formulas (metafor's {@code escalc} documentation), the
 * continuity correction and the rejection of bad input with the study and the field named.
 */
class EffectSizesTest {

  private final EffectSizes es = EffectSizes.withDefaults();

  @Test
  void riskRatioOfATableWithoutZeroCellsIsUncorrected() {
    // Aronson 1948: log((4/123) / (11/139)), 1/4 - 1/123 + 1/11 - 1/139
    EffectSize e = es.twoByTwo(EffectMeasure.RR, TwoByTwo.of("Aronson 1948", 4, 119, 11, 128));
    assertThat(e.yi()).isCloseTo(Math.log((4.0 / 123) / (11.0 / 139)), within(1e-15));
    assertThat(e.vi()).isCloseTo(1.0 / 4 - 1.0 / 123 + 1.0 / 11 - 1.0 / 139, within(1e-15));
    assertThat(e.sei()).isCloseTo(Math.sqrt(e.vi()), within(0.0));
    assertThat(e.correction().orElseThrow().isApplied()).isFalse();
    assertThat(e.sampleSize().getAsDouble()).isEqualTo(262);
  }

  @Test
  void aZeroCellAddsHalfToEveryCellOfThatTableOnly() {
    List<EffectSize> e =
        es.twoByTwo(
            EffectMeasure.OR,
            List.of(TwoByTwo.of("zero", 0, 20, 3, 17), TwoByTwo.of("none", 2, 18, 3, 17)));
    assertThat(e.get(0).correction().orElseThrow()).isEqualTo(ContinuityCorrection.ofEach(0.5));
    assertThat(e.get(0).yi()).isCloseTo(Math.log(0.5 * 17.5 / (20.5 * 3.5)), within(1e-14));
    assertThat(e.get(0).vi()).isCloseTo(1 / 0.5 + 1 / 20.5 + 1 / 3.5 + 1 / 17.5, within(1e-14));
    assertThat(e.get(0).sampleSize().getAsDouble()).isEqualTo(40);
    assertThat(e.get(1).correction().orElseThrow().isApplied()).isFalse();
    // if0all: every table, since one has a zero cell; all: every table always
    List<EffectSize> all =
        es.withContinuityCorrection(0.5, CorrectionScope.IF_ANY_ZERO)
            .twoByTwo(
                EffectMeasure.OR,
                List.of(TwoByTwo.of("zero", 0, 20, 3, 17), TwoByTwo.of("none", 2, 18, 3, 17)));
    assertThat(all.get(1).correction().orElseThrow().di()).isEqualTo(0.5);
    EffectSize always =
        es.withContinuityCorrection(1, CorrectionScope.ALL)
            .twoByTwo(EffectMeasure.RD, TwoByTwo.of("none", 2, 18, 3, 17));
    assertThat(always.yi()).isCloseTo(3.0 / 22 - 4.0 / 22, within(1e-15));
  }

  @Test
  void petoIsCorrectedByEscalcToo() {
    EffectSize e = es.twoByTwo(EffectMeasure.PETO, TwoByTwo.ofEvents("s", 0, 10, 2, 10));
    double ai = 0.5;
    double n1 = 11;
    double n2 = 11;
    double n = 22;
    double xt = 3;
    double yt = 19;
    double v = xt * yt * (n1 / n) * (n2 / n) / (n - 1);
    assertThat(e.yi()).isCloseTo((ai - xt * n1 / n) / v, within(1e-14));
    assertThat(e.vi()).isCloseTo(1 / v, within(1e-14));
  }

  @Test
  void hedgesGWithTheExactCorrection() {
    // Hedges (1981): c(m) = Γ(m/2) / (sqrt(m/2) Γ((m-1)/2)), near 1 - 3/(4m - 1)
    double c = EffectSizes.hedgesCorrection(38);
    assertThat(c).isCloseTo(1 - 3.0 / (4 * 38 - 1), within(1e-4));
    assertThat(EffectSizes.hedgesCorrection(2))
        .isCloseTo(1 / Math.sqrt(Math.PI), within(1e-14)); // Γ(1)/Γ(1/2)
    EffectSize g = es.means(EffectMeasure.SMD, "s", 10, 2, 20, 9, 2, 20);
    assertThat(g.yi()).isCloseTo(c * 0.5, within(1e-15));
    assertThat(g.vi()).isCloseTo(1.0 / 20 + 1.0 / 20 + g.yi() * g.yi() / 80, within(1e-15));
    assertThatThrownBy(() -> EffectSizes.hedgesCorrection(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("m > 1, was 1.0");
  }

  @Test
  void ratioOfMeansWithAndWithoutLajeunesseCorrection() {
    EffectSize plain = es.means(EffectMeasure.ROM, "s", 12, 3, 10, 8, 2, 12);
    double cv1 = 9.0 / (10 * 144);
    double cv2 = 4.0 / (12 * 64);
    assertThat(plain.yi()).isCloseTo(Math.log(1.5), within(1e-15));
    assertThat(plain.vi()).isCloseTo(cv1 + cv2, within(1e-15));
    EffectSize corrected =
        es.withRatioOfMeansBiasCorrection(true).means(EffectMeasure.ROM, "s", 12, 3, 10, 8, 2, 12);
    assertThat(corrected.yi()).isCloseTo(Math.log(1.5) + (cv1 - cv2) / 2, within(1e-15));
  }

  @Test
  void correlations() {
    EffectSize z = es.correlation(EffectMeasure.ZCOR, "s", 0.5, 28);
    assertThat(z.yi()).isCloseTo(0.5493061443340549, within(1e-15)); // atanh(0.5)
    assertThat(z.vi()).isCloseTo(1.0 / 25, within(1e-15));
    EffectSize r = es.correlation(EffectMeasure.COR, "s", 0.5, 28);
    assertThat(r.vi()).isCloseTo(0.75 * 0.75 / 27, within(1e-15));
  }

  @Test
  void genericFromStandardError() {
    EffectSize e = es.genericFromStandardError("s", 0.3, 0.2);
    assertThat(e.vi()).isCloseTo(0.04, within(1e-17));
    assertThat(e.measure()).isEqualTo(EffectMeasure.GEN);
  }

  @Test
  void badCountsNameTheStudyAndTheCell() {
    assertThatThrownBy(() -> TwoByTwo.of("Smith 2014", -1, 10, 2, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("study Smith 2014: ai must be a whole number >= 0, was -1.0");
    assertThatThrownBy(() -> TwoByTwo.of("Smith 2014", 1, 10.5, 2, 10))
        .hasMessage("study Smith 2014: bi must be a whole number >= 0, was 10.5");
    assertThatThrownBy(() -> TwoByTwo.of("Smith 2014", 1, 10, Double.NaN, 10))
        .hasMessageContaining("ci must be a whole number >= 0, was NaN");
    assertThatThrownBy(() -> TwoByTwo.ofEvents("Smith 2014", 11, 10, 2, 10))
        .hasMessage("study Smith 2014: events ai = 11.0 exceed the group size n1i = 10.0");
    assertThatThrownBy(() -> TwoByTwo.of("Smith 2014", 0, 0, 2, 10))
        .hasMessage("study Smith 2014: group 1 has no participants (ai = bi = 0)");
    assertThatThrownBy(
            () ->
                es.withContinuityCorrection(0, CorrectionScope.NONE)
                    .twoByTwo(EffectMeasure.RR, TwoByTwo.of("Smith 2014", 0, 10, 2, 10)))
        .hasMessageContaining("study Smith 2014: RR is undefined for the 2x2 table ai = 0.0")
        .hasMessageContaining("without a continuity correction");
    assertThatThrownBy(() -> es.twoByTwo(EffectMeasure.SMD, TwoByTwo.of("s", 1, 2, 3, 4)))
        .hasMessage("measure must be RR, OR, RD or PETO for 2x2 tables, was SMD");
  }

  @Test
  void badMeansNameTheStudyAndTheField() {
    assertThatThrownBy(() -> es.means(EffectMeasure.SMD, "Lee 2010", 1, -2, 10, 2, 2, 10))
        .hasMessage("study Lee 2010: sd1i must be finite and >= 0, was -2.0");
    assertThatThrownBy(() -> es.means(EffectMeasure.MD, "Lee 2010", 1, 2, 1, 2, 2, 10))
        .hasMessage("study Lee 2010: n1i must be >= 2, was 1.0");
    assertThatThrownBy(() -> es.means(EffectMeasure.SMD, "Lee 2010", 1, 0, 10, 2, 0, 10))
        .hasMessageContaining("study Lee 2010: SMD needs a pooled standard deviation > 0");
    assertThatThrownBy(() -> es.means(EffectMeasure.MD, "Lee 2010", 1, 0, 10, 2, 0, 10))
        .hasMessageContaining("study Lee 2010: MD needs a standard deviation > 0");
    assertThatThrownBy(() -> es.means(EffectMeasure.ROM, "Lee 2010", 0, 1, 10, 2, 1, 10))
        .hasMessage("study Lee 2010: ROM needs means > 0, m1i was 0.0");
    assertThatThrownBy(
            () -> es.means(EffectMeasure.MD, "Lee 2010", Double.POSITIVE_INFINITY, 1, 10, 2, 1, 10))
        .hasMessage("study Lee 2010: m1i must be finite, was Infinity");
    // one SD of 0 is accepted where the variance stays positive, as escalc does
    assertThat(es.means(EffectMeasure.MD, "Lee 2010", 1, 0, 10, 2, 1, 10).vi()).isEqualTo(0.1);
  }

  @Test
  void badCorrelationsAndGenericValues() {
    assertThatThrownBy(() -> es.correlation(EffectMeasure.ZCOR, "Kim 2001", 1, 30))
        .hasMessage("study Kim 2001: ri must lie strictly between -1 and 1, was 1.0");
    assertThatThrownBy(() -> es.correlation(EffectMeasure.COR, "Kim 2001", 0.2, 3))
        .hasMessage("study Kim 2001: ni must be > 3 for a correlation's variance, was 3.0");
    assertThatThrownBy(() -> es.generic("Kim 2001", 0.2, 0))
        .hasMessage("study Kim 2001: vi must be finite and > 0, was 0.0");
    assertThatThrownBy(() -> es.generic("Kim 2001", Double.NaN, 1))
        .hasMessage("study Kim 2001: yi must be finite, was NaN");
    assertThatThrownBy(() -> es.genericFromStandardError("Kim 2001", 0.2, -1))
        .hasMessage("study Kim 2001: sei must be finite and > 0, was -1.0");
    assertThatThrownBy(() -> es.generic(" ", 0.2, 1)).hasMessageContaining("must not be blank");
  }
}
