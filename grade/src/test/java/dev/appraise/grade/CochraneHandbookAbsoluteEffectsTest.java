package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Absolute effects against the worked examples of the Cochrane Handbook, with the numbers as
 * published there, and the table's rounding against the Handbook's tables.
 *
 * <ul>
 *   <li>Handbook 5.1, section 12.5.4.2: "suppose the risk ratio is RR = 0.92, and an assumed
 *       control risk of ACR = 0.3 (300 per 1000) is assumed. Then the effect on risk is 24 fewer
 *       per 1000".
 *   <li>Handbook 5.1, section 12.5.4.3: "suppose the odds ratio is OR = 0.73, and a control risk of
 *       ACR = 0.3 is assumed. Then the effect on risk is 62 fewer per 1000".
 *   <li>Handbook 5.1, Figure 11.5.a (compression stockings for people taking long flights):
 *       symptomless deep vein thrombosis, RR 0.10 (0.04 to 0.26), low risk population 10 per 1000
 *       with 1 per 1000 (0 to 3) with stockings, high risk population 30 per 1000 with 3 per 1000
 *       (1 to 8); superficial vein thrombosis, RR 0.45 (0.18 to 1.13), 13 per 1000 with 6 per 1000
 *       (2 to 15).
 *   <li>Handbook 6.4, Figure 14.1.a (the same review's update, Clarke et al. 2016, CD004002.pub3),
 *       with odds ratios: OR 0.10 (0.04 to 0.25) at 10 and 30 per 1000 gives 1 (0 to 3) and 3 (1 to
 *       8) per 1000; OR 0.45 (0.18 to 1.13) at 13 per 1000 gives 6 (2 to 15) per 1000.
 * </ul>
 */
class CochraneHandbookAbsoluteEffectsTest {

  private static String corresponding(Effect relative, double risk) {
    AbsoluteEffect a = AbsoluteEffect.of(relative, AssumedRisk.of(risk));
    return SummaryOfFindingsWriter.riskPer(a.interventionRisk(), 1000)
        + " ("
        + SummaryOfFindingsWriter.rounded(a.interventionLower(), 1000)
        + " to "
        + SummaryOfFindingsWriter.rounded(a.interventionUpper(), 1000)
        + ")";
  }

  @Test
  void riskRatioOf092AtAControlRiskOf300Per1000Prevents24Per1000() {
    AbsoluteEffect a = AbsoluteEffect.of(Effect.of("RR", 0.92, 0.92, 0.92), AssumedRisk.of(0.3));
    assertThat(a.difference()).isCloseTo(-0.024, within(1e-15));
    assertThat(SummaryOfFindingsWriter.differencePer(a.difference(), 1000))
        .isEqualTo("24 fewer per 1000");
    // the Handbook's NNT of 42 is 1 / 0.024 = 41.7 rounded up
    assertThat((int) Math.ceil(-1 / a.difference())).isEqualTo(42);
  }

  @Test
  void oddsRatioOf073AtAControlRiskOf03Prevents62Per1000() {
    AbsoluteEffect a = AbsoluteEffect.of(Effect.of("OR", 0.73, 0.73, 0.73), AssumedRisk.of(0.3));
    // by hand: 0.73 x 0.3 / (1 - 0.3 + 0.73 x 0.3) = 0.219 / 0.919 = 0.238302...
    assertThat(a.interventionRisk()).isCloseTo(0.219 / 0.919, within(1e-15));
    assertThat(SummaryOfFindingsWriter.differencePer(a.difference(), 1000))
        .isEqualTo("62 fewer per 1000");
    // the Handbook's NNT of 17 is 1 / 0.0617 = 16.2 rounded up
    assertThat((int) Math.ceil(-1 / a.difference())).isEqualTo(17);
  }

  @Test
  void compressionStockingsWithRiskRatiosAsInHandbook51Figure115a() {
    Effect dvt = Effect.of("RR", 0.10, 0.04, 0.26);
    assertThat(corresponding(dvt, 0.010)).isEqualTo("1 per 1000 (0 to 3)");
    assertThat(corresponding(dvt, 0.030)).isEqualTo("3 per 1000 (1 to 8)");
    assertThat(corresponding(Effect.of("RR", 0.45, 0.18, 1.13), 0.013))
        .isEqualTo("6 per 1000 (2 to 15)");
  }

  @Test
  void compressionStockingsWithOddsRatiosAsInHandbook64Figure141a() {
    Effect dvt = Effect.of("OR", 0.10, 0.04, 0.25);
    assertThat(corresponding(dvt, 0.010)).isEqualTo("1 per 1000 (0 to 3)");
    assertThat(corresponding(dvt, 0.030)).isEqualTo("3 per 1000 (1 to 8)");
    assertThat(corresponding(Effect.of("OR", 0.45, 0.18, 1.13), 0.013))
        .isEqualTo("6 per 1000 (2 to 15)");
  }

  @Test
  void roundingIsToWholeNumbersPer1000HalfAwayFromZeroOnTheUnroundedValue() {
    // Figure 11.5.a's products: 10 x 0.26 = 2.6 -> 3, 10 x 0.04 = 0.4 -> 0, 30 x 0.04 = 1.2 -> 1,
    // 30 x 0.26 = 7.8 -> 8,
    // 13 x 0.45 = 5.85 -> 6, 13 x 0.18 = 2.34 -> 2, 13 x 1.13 = 14.69 -> 15
    assertThat(SummaryOfFindingsWriter.rounded(0.0026, 1000)).isEqualTo(3);
    assertThat(SummaryOfFindingsWriter.rounded(0.0004, 1000)).isZero();
    assertThat(SummaryOfFindingsWriter.rounded(0.0012, 1000)).isEqualTo(1);
    assertThat(SummaryOfFindingsWriter.rounded(0.0078, 1000)).isEqualTo(8);
    assertThat(SummaryOfFindingsWriter.rounded(0.013 * 0.45, 1000)).isEqualTo(6);
    assertThat(SummaryOfFindingsWriter.rounded(0.013 * 0.18, 1000)).isEqualTo(2);
    assertThat(SummaryOfFindingsWriter.rounded(0.013 * 1.13, 1000)).isEqualTo(15);
    // binary noise: 0.3 x 0.92 x 1000 is 275.99999999999997 in doubles, shown as 276
    assertThat(SummaryOfFindingsWriter.rounded(0.3 * 0.92, 1000)).isEqualTo(276);
    assertThat(SummaryOfFindingsWriter.rounded(-0.0025, 1000)).isEqualTo(-3);
    assertThat(SummaryOfFindingsWriter.differencePer(-0.0004, 1000)).isEqualTo("0 fewer per 1000");
    assertThat(SummaryOfFindingsWriter.differencePer(0.0004, 1000)).isEqualTo("0 more per 1000");
    assertThat(SummaryOfFindingsWriter.riskPer(0.000_035, 100_000)).isEqualTo("4 per 100000");
  }
}
