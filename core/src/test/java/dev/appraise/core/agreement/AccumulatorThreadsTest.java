package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Accumulators are not thread-safe: two threads inside one at the same time fail fast instead of
 * losing units, and the supported way to use threads is one accumulator per thread, merged when
 * they are done.
 */
class AccumulatorThreadsTest {

  /**
   * A category whose hash code, once armed, waits until released: it holds the first thread inside
   * the accumulator for as long as the test needs, so that the overlap is certain rather than a
   * race.
   */
  static final class Held {
    final String label;
    final CountDownLatch inside;
    final CountDownLatch release;
    volatile boolean armed;

    Held(String label, CountDownLatch inside, CountDownLatch release) {
      this.label = label;
      this.inside = inside;
      this.release = release;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Held h && h.label.equals(label);
    }

    @Override
    public int hashCode() {
      if (armed) {
        inside.countDown();
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return label.hashCode();
    }
  }

  @Test
  void aSecondThreadInsideARatingTableAccumulatorFailsFast() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Held slow = new Held("a", inside, release);
    RatingTableAccumulator<Held> acc = RatingTableAccumulator.create(2);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      slow.armed = true;
      Future<?> first = pool.submit(() -> acc.add("u1", List.of(slow, slow)));
      assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
      Held other = new Held("b", new CountDownLatch(0), new CountDownLatch(0));
      assertThatThrownBy(() -> acc.add("u2", List.of(other, other)))
          .isInstanceOf(ConcurrentModificationException.class)
          .hasMessageContaining("two threads at once");
      assertThatThrownBy(acc::snapshot).isInstanceOf(ConcurrentModificationException.class);
      slow.armed = false;
      release.countDown();
      first.get(10, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(acc.units()).isEqualTo(1);
    acc.add("u2", List.of(slow, slow));
    assertThat(acc.snapshot().units()).isEqualTo(2);
  }

  @Test
  void aSecondThreadInsideAnAgreementStatsAccumulatorFailsFast() throws Exception {
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Held a = new Held("a", inside, release);
    Held b = new Held("b", new CountDownLatch(0), new CountDownLatch(0));
    AgreementStatsAccumulator<Held> acc =
        AgreementStatsAccumulator.create(CategorySet.of(a, b), List.of("x", "y"));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      a.armed = true;
      Future<?> first = pool.submit(() -> acc.add(List.of(a, b)));
      assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> acc.addCodes(new int[] {0, 0}))
          .isInstanceOf(ConcurrentModificationException.class);
      assertThatThrownBy(acc::snapshot).isInstanceOf(ConcurrentModificationException.class);
      a.armed = false;
      release.countDown();
      first.get(10, TimeUnit.SECONDS);
    } finally {
      pool.shutdownNow();
    }
    assertThat(acc.snapshot().units()).isEqualTo(1);
  }

  @Test
  void perThreadAccumulatorsMergedEqualOnePass() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    List<List<@Nullable Integer>> rows = new ArrayList<>();
    for (int u = 0; u < 20_000; u++) {
      List<@Nullable Integer> row = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        row.add(random.nextInt(10) == 0 ? null : 1 + random.nextInt(4));
      }
      rows.add(row);
    }
    CategorySet<Integer> scale = CategorySet.of(1, 2, 3, 4);
    List<String> raters = List.of("r1", "r2", "r3");
    int threads = 4;
    int chunk = rows.size() / threads;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<AgreementStatsAccumulator<Integer>>> parts = new ArrayList<>();
    List<Future<RatingTableAccumulator<Integer>>> tables = new ArrayList<>();
    try {
      for (int t = 0; t < threads; t++) {
        List<List<@Nullable Integer>> mine = rows.subList(t * chunk, (t + 1) * chunk);
        parts.add(
            pool.submit(
                () -> {
                  AgreementStatsAccumulator<Integer> own =
                      AgreementStatsAccumulator.create(scale, raters);
                  mine.forEach(own::add);
                  return own;
                }));
        tables.add(
            pool.submit(
                () -> {
                  RatingTableAccumulator<Integer> own =
                      RatingTableAccumulator.create(scale, raters);
                  mine.forEach(own::add);
                  return own;
                }));
      }
      AgreementStatsAccumulator<Integer> merged = AgreementStatsAccumulator.create(scale, raters);
      RatingTableAccumulator<Integer> table = RatingTableAccumulator.create(scale, raters);
      for (int t = 0; t < threads; t++) {
        merged.addAll(parts.get(t).get(10, TimeUnit.SECONDS));
        table.addAll(tables.get(t).get(10, TimeUnit.SECONDS));
      }
      AgreementStatsAccumulator<Integer> onePass = AgreementStatsAccumulator.create(scale, raters);
      rows.forEach(onePass::add);
      AgreementOptions options = AgreementOptions.withDefaults().withLevel(Level.ORDINAL);
      AgreementReport expected = AgreementReport.of(onePass.snapshot(), options);
      AgreementReport fromMerged = AgreementReport.of(merged.snapshot(), options);
      AgreementReport fromTable = AgreementReport.of(table.snapshot(), options);
      assertThat(table.units()).isEqualTo(rows.size());
      assertThat(fromMerged.units()).isEqualTo(expected.units());
      for (Estimate e : expected.coefficients()) {
        double value = e.valueOrThrow();
        assertThat(fromMerged.coefficient(e.coefficient()).orElseThrow().valueOrThrow())
            .as(e.coefficient().id())
            .isCloseTo(value, within(1e-12));
        assertThat(fromTable.coefficient(e.coefficient()).orElseThrow().valueOrThrow())
            .as(e.coefficient().id())
            .isCloseTo(value, within(1e-12));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anAccumulatorMergesWithItself() {
    RatingTableAccumulator<String> acc = RatingTableAccumulator.create(List.of("a", "b"));
    acc.add("u1", Arrays.asList("x", "y"));
    acc.addAll(acc);
    assertThat(acc.snapshot().units()).isEqualTo(2);
    AgreementStatsAccumulator<String> stats =
        AgreementStatsAccumulator.create(CategorySet.of("x", "y"), List.of("a", "b"));
    stats.add(List.of("x", "y"));
    stats.addAll(stats);
    assertThat(stats.snapshot().units()).isEqualTo(2);
  }
}
