package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bounded resources and exact arithmetic: counts that overflow, more categories or replicates than
 * the statistics take, and sums that overflow double precision are bad input or an undefined
 * estimate with its reason, never a wrong value, an ArithmeticException or an out-of-memory error.
 */
class AgreementLimitsTest {

  private static final CategorySet<String> AB = CategorySet.of("a", "b");

  @Test
  void aContingencyTableSummingPastLongMaxIsBadInputNamingTheCell() {
    long[][] counts = {{Long.MAX_VALUE, 1}, {0, 0}};
    assertThatThrownBy(() -> ContingencyTable.of(AB, counts))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "contingency table counts sum past 9223372036854775807 at row 1 ('a'), column 2 ('b')");
  }

  @Test
  void perUnitCountsSummingPastIntMaxAreBadInputNamingTheUnit() {
    int[][] counts = {{2, 0}, {2_000_000_000, 2_000_000_000}};
    assertThatThrownBy(() -> CategoryCounts.of(AB, List.of("u1", "u2"), counts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit 'u2': counts sum to 4000000000 ratings, more than 2147483647");
    AgreementStatsAccumulator<String> acc = AgreementStatsAccumulator.forCounts(AB);
    assertThatThrownBy(() -> acc.addCounts(new int[] {Integer.MAX_VALUE, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 2147483647");
  }

  @Test
  void moreCategoriesThanTheStatisticsTakeAreRefusedBeforeAnyMatrixIsMade() {
    List<Integer> many = new ArrayList<>();
    for (int i = 0; i <= AgreementStatsAccumulator.MAX_CATEGORIES; i++) {
      many.add(i);
    }
    CategorySet<Integer> categories = CategorySet.of(many);
    assertThatThrownBy(() -> AgreementStatsAccumulator.forCounts(categories))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 2000 categories")
        .hasMessageContaining("was 2001");
    RatingTable<Integer> table =
        RatingTable.of(categories, List.of("r1", "r2"), List.of(List.of(1, 2)));
    assertThatThrownBy(() -> AgreementReport.of(table, AgreementOptions.withDefaults()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 2000 categories");
  }

  @Test
  void bootstrapReplicatesAreBoundedWithTheLimitInTheMessage() {
    assertThatThrownBy(() -> AgreementOptions.withDefaults().withBootstrap(1_000_000_000, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bootstrap replicates must be at most 100000, was 1000000000");
    assertThat(
            AgreementOptions.withDefaults()
                .withBootstrap(AgreementOptions.MAX_BOOTSTRAP_REPLICATES, 1)
                .bootstrapReplicates())
        .isEqualTo(100_000);
  }

  @Test
  void lightKappaWithoutPairwiseTablesNamesTheRatersAsTheCause() {
    int raters = 3000;
    List<String> names = new ArrayList<>();
    for (int r = 0; r < raters; r++) {
      names.add("r" + r);
    }
    RatingTableAccumulator<String> acc = RatingTableAccumulator.create(AB, names);
    for (int u = 0; u < 3; u++) {
      List<String> row = new ArrayList<>();
      for (int r = 0; r < raters; r++) {
        row.add((r + u) % 2 == 0 ? "a" : "b");
      }
      acc.add(row);
    }
    AgreementReport report =
        AgreementReport.of(
            acc.snapshot(),
            AgreementOptions.withDefaults()
                .withCoefficients(Coefficient.LIGHT_KAPPA)
                .withStandardErrors(false));
    String reason =
        report.coefficient(Coefficient.LIGHT_KAPPA).orElseThrow().undefinedReason().orElseThrow();
    assertThat(reason)
        .contains("3000 raters and 2 categories")
        .doesNotContain("too many categories");
  }

  @Test
  void sumsThatOverflowDoublePrecisionAreUndefinedWithTheirReasonNotAnException() {
    RatingTable<Double> table =
        RatingTable.of(
            List.of(
                Arrays.asList(1e200, -1e200),
                Arrays.asList(-1e200, 1e200),
                Arrays.asList(1e200, 1e200)));
    AgreementReport report =
        AgreementReport.of(table, AgreementOptions.withDefaults().withLevel(Level.INTERVAL));
    Estimate alpha = report.coefficient(Coefficient.KRIPPENDORFF_ALPHA).orElseThrow();
    assertThat(alpha.isDefined()).isFalse();
    assertThat(alpha.undefinedReason())
        .hasValueSatisfying(r -> assertThat(r).contains("double precision"));
  }
}
