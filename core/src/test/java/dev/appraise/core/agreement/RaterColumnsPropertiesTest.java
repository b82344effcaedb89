package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The raters' pairwise tables counted column by column (bitsets over the units), or rater by rater
 * as they are read (sparse tables), hold the same counts as counted unit by unit, in full and
 * sparse tables, with missing cells, silent raters and units across several 64-unit words; every
 * coefficient read from them, weighted or not, is the same.
 */
class RaterColumnsPropertiesTest {

  private static final double TOLERANCE = 1e-12;

  @Property(tries = 200)
  void columnsCountAsUnits(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 200) int units,
      @ForAll @IntRange(min = 2, max = 12) int raters,
      @ForAll @IntRange(min = 2, max = 6) int k,
      @ForAll @DoubleRange(min = 0, max = 0.8) double missing) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<List<Integer>> rows = AgreementPropertiesTest.ratings(seed, units, raters, k, missing);
    int silent = rnd.nextInt(3) == 0 ? rnd.nextInt(raters) : -1;
    for (List<Integer> row : rows) {
      if (silent >= 0) {
        row.set(silent, null);
      }
    }
    RatingTable<Integer> dense = AgreementPropertiesTest.table(rows, k);
    if (dense.ratings() == 0) {
      return;
    }
    RatingTableAccumulator<Integer> triples =
        RatingTableAccumulator.create(dense.categories(), dense.raters());
    for (int u = 0; u < units; u++) {
      for (int r = 0; r < raters; r++) {
        Integer value = rows.get(u).get(r);
        if (value != null) {
          triples.addRating(dense.unitId(u), dense.raters().get(r), value);
        }
      }
    }
    RatingTable<Integer> sparse = triples.snapshot(true);
    assertSameCounts(stats(sparse, RaterColumns.Way.PER_UNIT), asRead(sparse), raters, k);
    assertSameCounts(stats(sparse, RaterColumns.Way.PER_UNIT), asRead(sparse, 0), raters, k);
    for (RatingTable<Integer> table : List.of(dense, sparse)) {
      AgreementStats<Integer> perUnit = stats(table, RaterColumns.Way.PER_UNIT);
      AgreementStats<Integer> columns = stats(table, RaterColumns.Way.COLUMNS);
      assertSameCounts(perUnit, columns, raters, k);
      for (Weights weights : List.of(Weights.identity(), Weights.linear(), Weights.quadratic())) {
        AgreementOptions options = AgreementOptions.withDefaults().withWeights(weights);
        AgreementReport expected = AgreementReport.of(perUnit, options);
        assertSameEstimates(expected, AgreementReport.of(columns, options));
        if (table == sparse) {
          // fresh, so that Light's kappa reads the pairs in order and stops where it may
          assertSameEstimates(expected, AgreementReport.of(asRead(sparse), options));
        }
      }
    }
  }

  private static void assertSameCounts(
      AgreementStats<Integer> expected, AgreementStats<Integer> actual, int raters, int k) {
    for (int g = 0; g < raters; g++) {
      for (int h = 0; h < raters; h++) {
        for (int c = 0; c < k && g != h; c++) {
          for (int d = 0; d < k; d++) {
            assertThat(actual.pairCount(g, h, c, d))
                .as("pair (%d, %d) cell (%d, %d)", g, h, c, d)
                .isEqualTo(expected.pairCount(g, h, c, d));
          }
        }
      }
    }
  }

  private static AgreementStats<Integer> asRead(RatingTable<Integer> sparse) {
    return asRead(sparse, RaterRows.MAX_ROW_CELLS);
  }

  /** Counted rater by rater as read, through a row buffer of at most so many cells (0: none). */
  private static AgreementStats<Integer> asRead(RatingTable<Integer> sparse, long maxRowCells) {
    AgreementStatsAccumulator<Integer> withoutPairs =
        new AgreementStatsAccumulator<>(sparse.categories(), sparse.raters(), false);
    withoutPairs.addTable(sparse, RaterColumns.Way.PER_UNIT);
    return new AgreementStats<>(withoutPairs, RaterRows.of(sparse, maxRowCells));
  }

  private static AgreementStats<Integer> stats(RatingTable<Integer> table, RaterColumns.Way way) {
    AgreementStatsAccumulator<Integer> acc =
        new AgreementStatsAccumulator<>(table.categories(), table.raters(), true);
    acc.addTable(table, way);
    return acc.snapshot();
  }

  private static void assertSameEstimates(AgreementReport a, AgreementReport b) {
    assertThat(b.coefficients()).hasSameSizeAs(a.coefficients());
    for (Estimate x : a.coefficients()) {
      Estimate y = b.coefficient(x.coefficient()).orElseThrow();
      assertThat(y.isDefined()).as(x.coefficient().id()).isEqualTo(x.isDefined());
      if (x.isDefined()) {
        assertThat(y.valueOrThrow())
            .as(x.coefficient().id())
            .isCloseTo(x.valueOrThrow(), within(TOLERANCE));
        assertThat(y.standardError().isPresent()).isEqualTo(x.standardError().isPresent());
        if (x.standardError().isPresent()) {
          assertThat(y.standardError().getAsDouble())
              .as(x.coefficient().id() + " standard error")
              .isCloseTo(x.standardError().getAsDouble(), within(TOLERANCE));
        }
      }
    }
  }
}
