package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Absolute effects for each measure against hand calculation (the arithmetic is written next to
 * each value), and a hazard ratio against a published conversion.
 */
class AbsoluteEffectHandCalculationTest {

  private static final double EXACT = 1e-15;

  @Test
  void riskRatioMultipliesTheRisk() {
    AbsoluteEffect a =
        AbsoluteEffect.of(Effect.of("RR", 0.5, 0.35, 0.7), AssumedRisk.of("Moderate risk", 0.04));
    // 0.04 x 0.5 = 0.02; 0.04 x 0.35 = 0.014; 0.04 x 0.7 = 0.028: "40 per 1000, 20 per 1000 (14 to
    // 28)"
    assertThat(a.interventionRisk()).isCloseTo(0.02, within(EXACT));
    assertThat(a.interventionLower()).isCloseTo(0.014, within(EXACT));
    assertThat(a.interventionUpper()).isCloseTo(0.028, within(EXACT));
    assertThat(a.difference()).isCloseTo(-0.02, within(EXACT));
    assertThat(a.differenceLower()).isCloseTo(-0.026, within(EXACT));
    assertThat(a.differenceUpper()).isCloseTo(-0.012, within(EXACT));
    assertThat(a.assumedRisk().label()).contains("Moderate risk");
  }

  @Test
  void aRiskRatioThatWouldPassCertaintyStopsAtOne() {
    // 0.4 x 3 = 1.2, more than every participant: the risk is 1 and the difference 1 - 0.4 = 0.6
    AbsoluteEffect a = AbsoluteEffect.of(Effect.of("RR", 2, 1.5, 3), AssumedRisk.of(0.4));
    assertThat(a.interventionRisk()).isCloseTo(0.8, within(EXACT));
    assertThat(a.interventionLower()).isCloseTo(0.6, within(EXACT));
    assertThat(a.interventionUpper()).isEqualTo(1.0);
    assertThat(a.differenceUpper()).isCloseTo(0.6, within(EXACT));
  }

  @Test
  void oddsRatioActsOnTheOdds() {
    // 2 x 0.1 / (1 - 0.1 + 2 x 0.1) = 0.2 / 1.1 = 0.181818...; difference 0.0818181...
    AbsoluteEffect a = AbsoluteEffect.of(Effect.of("OR", 2, 1, 4), AssumedRisk.of(0.1));
    assertThat(a.interventionRisk()).isCloseTo(0.2 / 1.1, within(EXACT));
    // OR 1: no effect, the risk stays 0.1 and the difference is exactly 0
    assertThat(a.interventionLower()).isEqualTo(0.1);
    assertThat(a.differenceLower()).isZero();
    // 4 x 0.1 / (0.9 + 0.4) = 0.4 / 1.3
    assertThat(a.interventionUpper()).isCloseTo(0.4 / 1.3, within(EXACT));
    // Peto's odds ratio is an odds ratio
    assertThat(
            AbsoluteEffect.of(
                    Effect.builder()
                        .measure("PETO")
                        .ratio(true)
                        .estimate(2)
                        .lower(1)
                        .upper(4)
                        .build(),
                    AssumedRisk.of(0.1))
                .interventionRisk())
        .isEqualTo(a.interventionRisk());
  }

  @Test
  void hazardRatioActsOnTheSurvival() {
    // 1 - 0.8^0.75 = 1 - exp(0.75 ln 0.8) = 0.154103; 1 - 0.8^0.6 = 0.125310; 1 - 0.8^0.9 =
    // 0.181948
    AbsoluteEffect a = AbsoluteEffect.of(Effect.of("HR", 0.75, 0.6, 0.9), AssumedRisk.of(0.2));
    assertThat(a.interventionRisk()).isCloseTo(0.15410298924754862, within(1e-14));
    assertThat(a.interventionLower()).isCloseTo(0.1253103408453775, within(1e-14));
    assertThat(a.interventionUpper()).isCloseTo(0.1819478539491416, within(1e-14));
    assertThat(a.difference()).isCloseTo(-0.045897010752451395, within(1e-14));
    assertThat(SummaryOfFindingsWriter.differencePer(a.difference(), 1000))
        .isEqualTo("46 fewer per 1000");
    // the PLATO trial's cardiovascular death at 12 months, 5.25 % with aspirin, HR 0.79 with
    // ticagrelor: 0.04171
    // (ParCC R package, vignette "HR to probability converter")
    AbsoluteEffect plato =
        AbsoluteEffect.of(Effect.of("HR", 0.79, 0.69, 0.91), AssumedRisk.of(0.0525));
    assertThat(plato.interventionRisk()).isCloseTo(0.04171, within(5e-6));
  }

  @Test
  void riskDifferenceAddsAndStaysWithinZeroAndOne() {
    // 0.1 - 0.03 = 0.07; 0.1 - 0.05 = 0.05; 0.1 - 0.01 = 0.09
    AbsoluteEffect a = AbsoluteEffect.of(Effect.of("RD", -0.03, -0.05, -0.01), AssumedRisk.of(0.1));
    assertThat(a.interventionRisk()).isCloseTo(0.07, within(EXACT));
    assertThat(a.interventionLower()).isCloseTo(0.05, within(EXACT));
    assertThat(a.interventionUpper()).isCloseTo(0.09, within(EXACT));
    assertThat(a.difference()).isCloseTo(-0.03, within(EXACT));
    // 0.02 - 0.05 would be negative: the risk is 0 and the difference -0.02, as for 0.02 - 0.08;
    // 0.02 - 0.02 is 0
    AbsoluteEffect clipped =
        AbsoluteEffect.of(Effect.of("RD", -0.05, -0.08, -0.02), AssumedRisk.of(0.02));
    assertThat(clipped.interventionRisk()).isZero();
    assertThat(clipped.interventionUpper()).isZero();
    assertThat(clipped.difference()).isCloseTo(-0.02, within(EXACT));
    assertThat(clipped.differenceLower()).isCloseTo(-0.02, within(EXACT));
    assertThat(clipped.differenceUpper()).isCloseTo(-0.02, within(EXACT));
  }

  @Test
  void thresholdsOnTheAbsoluteScaleBecomeRelativeEffects() {
    AssumedRisk risk = AssumedRisk.of(0.1);
    // 20 fewer per 1000 at 100 per 1000: RR (0.1 - 0.02) / 0.1 = 0.8; OR (0.08/0.92) / (0.1/0.9) =
    // 0.7826...;
    // HR ln(0.92) / ln(0.9) = 0.7914...; RD -0.02
    assertThat(AbsoluteEffect.relativeEffect("RR", risk, -0.02)).isCloseTo(0.8, within(EXACT));
    assertThat(AbsoluteEffect.relativeEffect("OR", risk, -0.02))
        .isCloseTo((0.08 / 0.92) / (0.1 / 0.9), within(EXACT));
    assertThat(AbsoluteEffect.relativeEffect("HR", risk, -0.02))
        .isCloseTo(Math.log(0.92) / Math.log(0.9), within(EXACT));
    assertThat(AbsoluteEffect.relativeEffect("RD", risk, -0.02)).isEqualTo(-0.02);
    assertThatThrownBy(() -> AbsoluteEffect.relativeEffect("RR", risk, -0.1))
        .hasMessageContaining("strictly between 0 and 1");
  }

  @Test
  void otherMeasuresAndRisksOutsideZeroAndOneAreRefused() {
    assertThatThrownBy(
            () -> AbsoluteEffect.of(Effect.of("SMD", 0.5, 0.2, 0.8), AssumedRisk.of(0.1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was SMD");
    assertThatThrownBy(() -> AssumedRisk.of(1.0))
        .hasMessageContaining("strictly between 0 and 1, was 1.0");
    assertThatThrownBy(() -> AssumedRisk.of(0)).hasMessageContaining("was 0.0");
    assertThat(AbsoluteEffect.appliesTo("peto")).isTrue();
    assertThat(AbsoluteEffect.appliesTo("MD")).isFalse();
  }

  @Test
  void studyPopulationRiskIsTheControlArmsEventsOverTheirParticipants() {
    AssumedRisk r = AssumedRisk.studyPopulation(40, 1000);
    assertThat(r.risk()).isEqualTo(0.04);
    assertThat(r.label()).contains("Study population");
    assertThat(r.source()).contains("40 events in 1000 participants of the control arms");
  }

  @Test
  void continuousOutcomesShowTheComparatorMeanAndTheDifference() {
    // Handbook 5.1, Figure 11.5.a: oedema score, "4.7 lower (95% CI -4.9 to -4.5)"
    AbsoluteMeanDifference oedema =
        AbsoluteMeanDifference.of(Effect.of("MD", -4.7, -4.9, -4.5), 7.5);
    assertThat(oedema.interventionMean()).hasValue(2.8);
    assertThat(oedema.difference()).isEqualTo(-4.7);
    AbsoluteMeanDifference smd = AbsoluteMeanDifference.of(Effect.of("SMD", -0.5, -0.8, -0.2));
    assertThat(smd.standardised()).isTrue();
    assertThat(smd.interventionMean()).isEmpty();
    // SMD -0.5 x SD 10 = MD -5; -0.8 x 10 = -8; -0.2 x 10 = -2
    AbsoluteMeanDifference back =
        AbsoluteMeanDifference.backTransformed(Effect.of("SMD", -0.5, -0.8, -0.2), 10);
    assertThat(back.difference()).isCloseTo(-5, within(EXACT));
    assertThat(back.lower()).isCloseTo(-8, within(EXACT));
    assertThat(back.upper()).isCloseTo(-2, within(EXACT));
    assertThat(back.standardised()).isFalse();
    // ratio of means 0.8 (0.7 to 0.9) at a mean of 50: 50 x (0.8 - 1) = -10; -15; -5
    AbsoluteMeanDifference rom = AbsoluteMeanDifference.of(Effect.of("ROM", 0.8, 0.7, 0.9), 50);
    assertThat(rom.difference()).isCloseTo(-10, within(1e-12));
    assertThat(rom.lower()).isCloseTo(-15, within(1e-12));
    assertThat(rom.upper()).isCloseTo(-5, within(1e-12));
    assertThatThrownBy(() -> AbsoluteMeanDifference.of(Effect.of("ROM", 0.8, 0.7, 0.9)))
        .hasMessageContaining("a ratio of means needs the comparator mean");
    assertThatThrownBy(() -> AbsoluteMeanDifference.of(Effect.of("SMD", -0.5, -0.8, -0.2), 3))
        .hasMessageContaining("backTransformed");
  }
}
