package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.stats.ConfidenceInterval;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The unit-level bootstrap: the same draws whether units are read one by one or grouped by their
 * row of codes.
 */
class BootstrapTest {

  private final RatingTable<Integer> table =
      AgreementPropertiesTest.table(AgreementPropertiesTest.ratings(42L, 300, 3, 3, 0.1), 3);

  @Test
  void groupedRowsGiveTheSameIntervalsAsUnitByUnit() {
    // a table's units are grouped by row (4^3 = 64 possible rows for 300 units); per-unit counts
    // are not
    for (AgreementOptions.BootstrapInterval kind : AgreementOptions.BootstrapInterval.values()) {
      AgreementOptions o =
          AgreementOptions.withDefaults().withBootstrap(400, 99L).withBootstrapInterval(kind);
      AgreementReport grouped = AgreementReport.of(table, o);
      AgreementReport unitByUnit = AgreementReport.of(CategoryCounts.of(table), o);
      for (Coefficient c :
          List.of(
              Coefficient.FLEISS_KAPPA,
              Coefficient.GWET_AC1,
              Coefficient.KRIPPENDORFF_ALPHA,
              Coefficient.BRENNAN_PREDIGER)) {
        ConfidenceInterval a = TestData.estimate(grouped, c).interval().orElseThrow();
        ConfidenceInterval b = TestData.estimate(unitByUnit, c).interval().orElseThrow();
        assertThat(a.method())
            .isEqualTo(
                kind == AgreementOptions.BootstrapInterval.BCA
                    ? "bootstrap-bca"
                    : "bootstrap-percentile");
        assertThat(a.lower()).as(c.id()).isCloseTo(b.lower(), within(1e-9));
        assertThat(a.upper()).as(c.id()).isCloseTo(b.upper(), within(1e-9));
      }
    }
  }

  @Test
  void groupedRowsGiveTheSameStandardErrorsAsUnitByUnit() {
    AgreementReport grouped = AgreementReport.of(table, AgreementOptions.withDefaults());
    AgreementReport unitByUnit =
        AgreementReport.of(CategoryCounts.of(table), AgreementOptions.withDefaults());
    for (Coefficient c :
        List.of(
            Coefficient.PERCENT_AGREEMENT,
            Coefficient.FLEISS_KAPPA,
            Coefficient.GWET_AC1,
            Coefficient.KRIPPENDORFF_ALPHA,
            Coefficient.BRENNAN_PREDIGER)) {
      assertThat(TestData.estimate(grouped, c).standardError().getAsDouble())
          .as(c.id())
          .isCloseTo(TestData.estimate(unitByUnit, c).standardError().getAsDouble(), within(1e-12));
    }
  }

  @Test
  void congerStandardErrorOfReplicatedDataFollowsGwetsFormula() {
    // Gwet's v = sum (k*_i - k)^2 / (n (n - 1)): repeating every unit c times keeps kappa and each
    // term, so
    // v_c = v_1 (n - 1) / (c n - 1). 12 units are read one by one, 240 are grouped by row.
    RatingTable<String> once = TestData.table("krippendorff2011-reliability-data.csv");
    RatingTableAccumulator<String> acc =
        RatingTableAccumulator.create(once.categories(), once.raters());
    for (int copy = 0; copy < 20; copy++) {
      acc.addAll(once);
    }
    for (Coefficient c :
        List.of(Coefficient.CONGER_KAPPA, Coefficient.FLEISS_KAPPA, Coefficient.GWET_AC1)) {
      Estimate one =
          TestData.estimate(AgreementReport.of(once, AgreementOptions.withDefaults()), c);
      Estimate twenty =
          TestData.estimate(AgreementReport.of(acc.snapshot(), AgreementOptions.withDefaults()), c);
      assertThat(twenty.valueOrThrow()).as(c.id()).isCloseTo(one.valueOrThrow(), within(1e-12));
      double v1 = Math.pow(one.standardError().getAsDouble(), 2);
      double v20 = Math.pow(twenty.standardError().getAsDouble(), 2);
      assertThat(v20).as(c.id()).isCloseTo(v1 * 11 / 239, within(1e-12));
    }
  }

  @Test
  void differentSeedsGiveDifferentReplicates() {
    Estimate a =
        TestData.estimate(
            AgreementReport.of(table, AgreementOptions.withDefaults().withBootstrap(200, 1L)),
            Coefficient.FLEISS_KAPPA);
    Estimate b =
        TestData.estimate(
            AgreementReport.of(table, AgreementOptions.withDefaults().withBootstrap(200, 2L)),
            Coefficient.FLEISS_KAPPA);
    assertThat(a.interval()).isNotEqualTo(b.interval());
  }

  @Test
  void confidenceLevelIsAParameter() {
    Estimate e90 =
        TestData.estimate(
            AgreementReport.of(table, AgreementOptions.withDefaults().withConfidence(0.90)),
            Coefficient.FLEISS_KAPPA);
    Estimate e99 =
        TestData.estimate(
            AgreementReport.of(table, AgreementOptions.withDefaults().withConfidence(0.99)),
            Coefficient.FLEISS_KAPPA);
    assertThat(e90.interval().orElseThrow().level()).isEqualTo(0.90);
    assertThat(e99.interval().orElseThrow().upper() - e99.interval().orElseThrow().lower())
        .isGreaterThan(e90.interval().orElseThrow().upper() - e90.interval().orElseThrow().lower());
  }

  @Test
  void finitePopulationCorrectionShrinksGwetsVariance() {
    // Gwet (2014): v = (1 - n/N) / (n (n - 1)) sum (k*_i - k)^2, n the rated units; N = 2n halves
    // the variance
    AgreementReport plain = AgreementReport.of(table, AgreementOptions.withDefaults());
    Estimate infinite = TestData.estimate(plain, Coefficient.GWET_AC1);
    Estimate finite =
        TestData.estimate(
            AgreementReport.of(
                table, AgreementOptions.withDefaults().withPopulation(2 * plain.units())),
            Coefficient.GWET_AC1);
    double ratio = finite.standardError().getAsDouble() / infinite.standardError().getAsDouble();
    assertThat(ratio).isCloseTo(Math.sqrt(0.5), within(1e-12));
  }
}
