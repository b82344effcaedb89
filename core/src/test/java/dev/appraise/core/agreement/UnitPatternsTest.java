package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * Grouping units by their row of codes changes only the order of the sums, never the statistics or
 * replicates.
 */
class UnitPatternsTest {

  /** A table with 2 to 4 raters, 2 to 4 categories and missing cells, its rows as codes. */
  record Codes(int raters, int categories, List<int[]> rows) {}

  @Provide
  Arbitrary<Codes> codes() {
    return Combinators.combine(
            Arbitraries.integers().between(2, 4), Arbitraries.integers().between(2, 4))
        .flatAs(
            (m, k) ->
                Arbitraries.integers()
                    .between(-1, k - 1)
                    .array(int[].class)
                    .ofSize(m)
                    .list()
                    .ofMinSize(80)
                    .ofMaxSize(300)
                    .map(rows -> new Codes(m, k, rows)));
  }

  private static RatingTable<Integer> table(Codes codes) {
    List<Integer> categories = new ArrayList<>();
    for (int c = 0; c < codes.categories(); c++) {
      categories.add(c + 1);
    }
    List<String> raters = new ArrayList<>();
    for (int g = 1; g <= codes.raters(); g++) {
      raters.add("r" + g);
    }
    RatingTableAccumulator<Integer> acc =
        RatingTableAccumulator.create(CategorySet.of(categories), raters);
    for (int[] row : codes.rows()) {
      List<@Nullable Integer> values = new ArrayList<>();
      for (int c : row) {
        values.add(c < 0 ? null : c + 1);
      }
      acc.add(values);
    }
    return acc.snapshot();
  }

  @Property(tries = 200)
  void groupedByRowsEqualsUnitByUnit(@ForAll("codes") Codes codes) {
    RatingTable<Integer> table = table(codes);
    UnitPatterns patterns = UnitPatterns.of(codes.raters(), codes.categories(), Integer.MAX_VALUE);
    AgreementStatsAccumulator<Integer> byRows =
        AgreementStatsAccumulator.create(table.categories(), table.raters());
    patterns.addTo(byRows, patterns.histogram(table.codes(), table.units()));
    AgreementStats<Integer> grouped = byRows.snapshot();
    AgreementStatsAccumulator<Integer> oneByOne =
        AgreementStatsAccumulator.create(table.categories(), table.raters());
    for (int[] row : codes.rows()) {
      oneByOne.addCodes(row);
    }
    AgreementStats<Integer> single = oneByOne.snapshot();

    assertSameStatistics(grouped, single);
    assertSameStatistics(
        AgreementStatsAccumulator.create(table.categories(), table.raters())
            .addAll(table)
            .snapshot(),
        single);
  }

  private static void assertSameStatistics(
      AgreementStats<Integer> grouped, AgreementStats<Integer> single) {
    int k = grouped.categories().size();
    int m = grouped.raterCount();
    assertThat(grouped.units()).isEqualTo(single.units());
    assertThat(grouped.pairableUnits()).isEqualTo(single.pairableUnits());
    assertThat(grouped.pairableValues()).isEqualTo(single.pairableValues());
    assertThat(grouped.minRatings()).isEqualTo(single.minRatings());
    assertThat(grouped.maxRatings()).isEqualTo(single.maxRatings());
    assertThat(grouped.inverseSum()).isCloseTo(single.inverseSum(), within(1e-9));
    for (int c = 0; c < k; c++) {
      assertThat(grouped.share(c)).isCloseTo(single.share(c), within(1e-9));
      for (int d = 0; d < k; d++) {
        assertThat(grouped.coincidence(c, d)).isCloseTo(single.coincidence(c, d), within(1e-9));
        assertThat(grouped.pairAgreement(c, d)).isCloseTo(single.pairAgreement(c, d), within(1e-9));
      }
    }
    for (int g = 0; g < m; g++) {
      for (int c = 0; c < k; c++) {
        assertThat(grouped.ratings(g, c)).isEqualTo(single.ratings(g, c));
      }
      for (int h = g + 1; h < m; h++) {
        for (int c = 0; c < k; c++) {
          for (int d = 0; d < k; d++) {
            assertThat(grouped.pairCount(g, h, c, d)).isEqualTo(single.pairCount(g, h, c, d));
          }
        }
      }
    }
  }

  @Property(tries = 50)
  void bootstrapByRowsDrawsTheSameReplicates(@ForAll("codes") Codes codes, @ForAll long seed) {
    RatingTable<Integer> table = table(codes);
    UnitData byRows = UnitData.of(table);
    UnitData byUnits = ungrouped(byRows);
    AgreementOptions options = AgreementOptions.withDefaults().withBootstrap(20, seed);
    Coefficient[] coefficients = {
      Coefficient.KRIPPENDORFF_ALPHA, Coefficient.FLEISS_KAPPA, Coefficient.GWET_AC1
    };
    double[] weights = Weights.flatIdentity(codes.categories());

    double[][] grouped = Resampling.bootstrap(byRows, options, weights, coefficients);
    double[][] single = Resampling.bootstrap(byUnits, options, weights, coefficients);

    for (int c = 0; c < coefficients.length; c++) {
      for (int rep = 0; rep < grouped[c].length; rep++) {
        if (Double.isNaN(single[c][rep])) {
          assertThat(grouped[c][rep]).isNaN();
        } else {
          assertThat(grouped[c][rep]).isCloseTo(single[c][rep], within(1e-9));
        }
      }
    }
  }

  @Example
  void groupsOnlyWhenTheRowsAreFewEnough() {
    // 5 categories and a missing cell, 4 raters: 6^4 = 1296 possible rows
    assertThat(UnitPatterns.of(4, 5, 1_000_000))
        .isNotNull()
        .extracting(UnitPatterns::size)
        .isEqualTo(1296);
    assertThat(UnitPatterns.of(4, 5, 100)).as("more rows than a small table has units").isNull();
    assertThat(UnitPatterns.of(17, 2, Integer.MAX_VALUE)).as("3^17 rows").isNull();
  }

  /** The same units, resampled one by one as for an input of too many possible rows. */
  private static UnitData ungrouped(UnitData data) {
    return new UnitData() {
      @Override
      int size() {
        return data.size();
      }

      @Override
      int raters() {
        return data.raters();
      }

      @Override
      CategorySet<?> categories() {
        return data.categories();
      }

      @Override
      int counts(int unit, int[] counts) {
        return data.counts(unit, counts);
      }

      @Override
      void codes(int unit, int[] codes) {
        data.codes(unit, codes);
      }

      @Override
      void addTo(AgreementStatsAccumulator<?> acc, int unit, long weight) {
        data.addTo(acc, unit, weight);
      }

      @Override
      AgreementStatsAccumulator<?> newAccumulator() {
        return data.newAccumulator();
      }
    };
  }
}
