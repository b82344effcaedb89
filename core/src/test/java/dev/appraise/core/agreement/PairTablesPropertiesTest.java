package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The raters' pairwise tables kept only for the pairs seen (many raters) hold the same counts as a
 * plain map of every cell, through growth, merging and copying.
 */
class PairTablesPropertiesTest {

  @Property(tries = 30)
  void sparseTablesCountAsAMap(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3000) int additions,
      @ForAll @IntRange(min = 2, max = 4) int k) {
    long pairs = 2_000L * 1_999 / 2;
    int kk = k * k;
    SplittableRandom random = new SplittableRandom(seed);
    PairTables tables = PairTables.of(pairs, k);
    PairTables other = PairTables.of(pairs, k);
    assertThat(tables.dense()).isNull();
    Map<Long, Long> mine = new HashMap<>();
    Map<Long, Long> all = new HashMap<>();
    for (int i = 0; i < additions; i++) {
      // a few pairs often, many pairs once
      int pair = random.nextBoolean() ? random.nextInt(50) : random.nextInt((int) pairs);
      int cell = random.nextInt(kk);
      long weight = random.nextInt(5) - 1L;
      boolean toMine = random.nextBoolean();
      (toMine ? tables : other).add(pair, cell, weight);
      if (toMine) {
        mine.merge((long) pair * kk + cell, weight, Long::sum);
      }
      all.merge((long) pair * kk + cell, weight, Long::sum);
    }
    PairTables copy = tables.copy();
    tables.addAll(other);
    assertCounts(tables, all, kk);
    // the copy taken before the merge does not see it
    assertCounts(copy, mine, kk);
    assertThat(tables.base((int) pairs - 1) >= 0)
        .isEqualTo(all.keySet().stream().anyMatch(key -> key / kk == pairs - 1));
  }

  private static void assertCounts(PairTables tables, Map<Long, Long> model, int kk) {
    for (Map.Entry<Long, Long> e : model.entrySet()) {
      int base = tables.base((int) (e.getKey() / kk));
      assertThat(base).isNotNegative();
      assertThat(tables.cell(base + (int) (e.getKey() % kk))).isEqualTo(e.getValue());
    }
  }
}
