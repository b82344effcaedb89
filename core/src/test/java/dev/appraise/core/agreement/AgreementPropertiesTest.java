package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** The laws every agreement coefficient obeys, on random rating tables. */
class AgreementPropertiesTest {

  private static final EnumSet<Coefficient> KAPPA_FAMILY =
      EnumSet.of(
          Coefficient.COHEN_KAPPA,
          Coefficient.SCOTT_PI,
          Coefficient.FLEISS_KAPPA,
          Coefficient.CONGER_KAPPA,
          Coefficient.LIGHT_KAPPA,
          Coefficient.GWET_AC1,
          Coefficient.GWET_AC2,
          Coefficient.BRENNAN_PREDIGER);

  /** Ratings 0..k-1 (or null), with agreement that varies from table to table. */
  static List<List<Integer>> ratings(long seed, int units, int raters, int k, double missing) {
    SplittableRandom rnd = new SplittableRandom(seed);
    double noise = rnd.nextDouble();
    List<List<Integer>> rows = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      int truth = rnd.nextInt(k);
      List<Integer> row = new ArrayList<>();
      for (int r = 0; r < raters; r++) {
        row.add(
            rnd.nextDouble() < missing ? null : rnd.nextDouble() < noise ? rnd.nextInt(k) : truth);
      }
      rows.add(row);
    }
    return rows;
  }

  static RatingTable<Integer> table(List<List<Integer>> rows, int k) {
    List<Integer> cats = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      cats.add(c);
    }
    List<String> raters = new ArrayList<>();
    for (int r = 0; r < rows.get(0).size(); r++) {
      raters.add("r" + r);
    }
    return RatingTable.of(CategorySet.of(cats), raters, rows);
  }

  static void assertSameValues(AgreementReport a, AgreementReport b, EnumSet<Coefficient> except) {
    for (Estimate x : a.coefficients()) {
      if (except.contains(x.coefficient())) {
        continue;
      }
      Estimate y = b.coefficient(x.coefficient()).orElseThrow();
      assertThat(y.isDefined()).as(x.coefficient().id()).isEqualTo(x.isDefined());
      if (x.isDefined()) {
        assertThat(y.valueOrThrow())
            .as(x.coefficient().id())
            .isCloseTo(x.valueOrThrow(), within(1e-10));
        if (x.standardError().isPresent()) {
          // compared as variances: a variance that is 0 in exact arithmetic rounds to 0 or to
          // ~1e-16, whose
          // square root (~1e-8) would fail an absolute test on the standard error itself
          double sx = x.standardError().getAsDouble();
          double sy = y.standardError().getAsDouble();
          assertThat(sy * sy)
              .as(x.coefficient().id() + " variance")
              .isCloseTo(sx * sx, within(1e-12));
        }
      }
    }
  }

  @Property(tries = 300)
  void kappaFamilyWithinMinusOneAndOneOnCompleteData(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 40) int units,
      @ForAll @IntRange(min = 2, max = 5) int raters,
      @ForAll @IntRange(min = 2, max = 5) int k) {
    AgreementReport r =
        AgreementReport.of(
            table(ratings(seed, units, raters, k, 0), k), AgreementOptions.withDefaults());
    for (Estimate e : r.coefficients()) {
      if (e.isDefined() && KAPPA_FAMILY.contains(e.coefficient())) {
        assertThat(e.valueOrThrow()).as(e.coefficient().id()).isBetween(-1.0 - 1e-12, 1.0 + 1e-12);
      }
    }
  }

  @Property(tries = 300)
  void alphaAtMostOneAndPairwiseKappasWithinBoundsWithMissingData(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 40) int units,
      @ForAll @IntRange(min = 2, max = 5) int raters,
      @ForAll @IntRange(min = 2, max = 5) int k,
      @ForAll @DoubleRange(min = 0, max = 0.6) double missing) {
    RatingTable<Integer> t = table(ratings(seed, units, raters, k, missing), k);
    for (Level level : Level.values()) {
      Estimate alpha =
          TestData.estimate(
              AgreementReport.of(t, AgreementOptions.withDefaults().withLevel(level)),
              Coefficient.KRIPPENDORFF_ALPHA);
      if (alpha.isDefined()) {
        assertThat(alpha.valueOrThrow()).as(level.id()).isLessThanOrEqualTo(1.0 + 1e-12);
      }
    }
    AgreementReport r = AgreementReport.of(t, AgreementOptions.withDefaults());
    for (Coefficient c :
        EnumSet.of(
            Coefficient.COHEN_KAPPA,
            Coefficient.SCOTT_PI,
            Coefficient.GWET_AC1,
            Coefficient.BRENNAN_PREDIGER,
            Coefficient.LIGHT_KAPPA)) {
      r.coefficient(c)
          .filter(Estimate::isDefined)
          .ifPresent(
              e -> assertThat(e.valueOrThrow()).as(c.id()).isBetween(-1.0 - 1e-12, 1.0 + 1e-12));
    }
  }

  @Property(tries = 150)
  void invariantUnderPermutingUnits(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 40) int units,
      @ForAll @IntRange(min = 2, max = 4) int raters,
      @ForAll @IntRange(min = 2, max = 4) int k,
      @ForAll @DoubleRange(min = 0, max = 0.4) double missing) {
    List<List<Integer>> rows = ratings(seed, units, raters, k, missing);
    List<List<Integer>> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(seed));
    AgreementOptions o =
        AgreementOptions.withDefaults().withWeights(Weights.linear()).withLevel(Level.ORDINAL);
    assertSameValues(
        AgreementReport.of(table(rows, k), o),
        AgreementReport.of(table(shuffled, k), o),
        EnumSet.noneOf(Coefficient.class));
  }

  @Property(tries = 150)
  void invariantUnderPermutingRaters(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 40) int units,
      @ForAll @IntRange(min = 2, max = 5) int raters,
      @ForAll @IntRange(min = 2, max = 4) int k,
      @ForAll @DoubleRange(min = 0, max = 0.4) double missing) {
    List<List<Integer>> rows = ratings(seed, units, raters, k, missing);
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < raters; r++) {
      order.add(r);
    }
    Collections.shuffle(order, new Random(seed));
    List<List<Integer>> permuted = new ArrayList<>();
    for (List<Integer> row : rows) {
      List<Integer> p = new ArrayList<>();
      for (int r : order) {
        p.add(row.get(r));
      }
      permuted.add(p);
    }
    AgreementOptions o = AgreementOptions.withDefaults().withWeights(Weights.quadratic());
    // the bias index (b - c) / n changes sign when the two raters swap; every other coefficient is
    // symmetric
    assertSameValues(
        AgreementReport.of(table(rows, k), o),
        AgreementReport.of(table(permuted, k), o),
        EnumSet.of(Coefficient.BIAS_INDEX));
  }

  @Property(tries = 150)
  void cohenKappaSymmetricInTheTwoRaters(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 60) int units,
      @ForAll @IntRange(min = 2, max = 5) int k,
      @ForAll @DoubleRange(min = 0, max = 0.3) double missing) {
    List<List<Integer>> rows = ratings(seed, units, 2, k, missing);
    List<List<Integer>> swapped = new ArrayList<>();
    for (List<Integer> row : rows) {
      swapped.add(java.util.Arrays.asList(row.get(1), row.get(0)));
    }
    AgreementOptions o = AgreementOptions.withDefaults().withCoefficients(Coefficient.COHEN_KAPPA);
    assertSameValues(
        AgreementReport.of(table(rows, k), o),
        AgreementReport.of(table(swapped, k), o),
        EnumSet.noneOf(Coefficient.class));
  }

  @Property(tries = 150)
  void nominalCoefficientsInvariantUnderRelabellingCategories(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 40) int units,
      @ForAll @IntRange(min = 2, max = 4) int raters,
      @ForAll @IntRange(min = 2, max = 5) int k,
      @ForAll @DoubleRange(min = 0, max = 0.4) double missing) {
    List<List<Integer>> rows = ratings(seed, units, raters, k, missing);
    List<Integer> relabel = new ArrayList<>();
    for (int c = 0; c < k; c++) {
      relabel.add(c);
    }
    Collections.shuffle(relabel, new Random(seed));
    List<List<Integer>> renamed = new ArrayList<>();
    for (List<Integer> row : rows) {
      List<Integer> p = new ArrayList<>();
      for (Integer v : row) {
        p.add(v == null ? null : relabel.get(v));
      }
      renamed.add(p);
    }
    // which binary category is "positive" is a matter of labels: specific agreement and the indices
    // follow it
    assertSameValues(
        AgreementReport.of(table(rows, k), AgreementOptions.withDefaults()),
        AgreementReport.of(table(renamed, k), AgreementOptions.withDefaults()),
        EnumSet.of(
            Coefficient.SPECIFIC_POSITIVE_AGREEMENT,
            Coefficient.SPECIFIC_NEGATIVE_AGREEMENT,
            Coefficient.PREVALENCE_INDEX,
            Coefficient.BIAS_INDEX));
  }

  @Property(tries = 150)
  void perfectAgreementGivesOneWhereDefined(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 40) int units,
      @ForAll @IntRange(min = 2, max = 5) int raters,
      @ForAll @IntRange(min = 2, max = 5) int k,
      @ForAll @DoubleRange(min = 0, max = 0.4) double missing) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<List<Integer>> rows = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      int truth = rnd.nextInt(k);
      List<Integer> row = new ArrayList<>();
      for (int r = 0; r < raters; r++) {
        row.add(r < 2 || rnd.nextDouble() >= missing ? truth : null);
      }
      rows.add(row);
    }
    AgreementReport r =
        AgreementReport.of(
            table(rows, k),
            AgreementOptions.withDefaults()
                .withWeights(Weights.quadratic())
                .withLevel(Level.INTERVAL));
    EnumSet<Coefficient> agreement = EnumSet.copyOf(KAPPA_FAMILY);
    agreement.add(Coefficient.PERCENT_AGREEMENT);
    agreement.add(Coefficient.KRIPPENDORFF_ALPHA);
    for (Estimate e : r.coefficients()) {
      if (e.isDefined() && agreement.contains(e.coefficient())) {
        assertThat(e.valueOrThrow()).as(e.coefficient().id()).isCloseTo(1.0, within(1e-12));
      }
    }
    assertThat(TestData.estimate(r, Coefficient.PERCENT_AGREEMENT).isDefined()).isTrue();
  }

  @Property(tries = 150)
  void mergingAccumulatorsEqualsOnePass(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 60) int units,
      @ForAll @IntRange(min = 2, max = 4) int raters,
      @ForAll @IntRange(min = 2, max = 5) int k,
      @ForAll @DoubleRange(min = 0, max = 0.4) double missing,
      @ForAll @IntRange(min = 0, max = 60) int cut) {
    List<List<Integer>> rows = ratings(seed, units, raters, k, missing);
    RatingTable<Integer> whole = table(rows, k);
    int split = Math.min(cut, units);
    AgreementStatsAccumulator<Integer> left =
        AgreementStatsAccumulator.create(whole.categories(), whole.raters());
    AgreementStatsAccumulator<Integer> right =
        AgreementStatsAccumulator.create(whole.categories(), whole.raters());
    RatingTableAccumulator<Integer> tableLeft =
        RatingTableAccumulator.create(whole.categories(), whole.raters());
    RatingTableAccumulator<Integer> tableRight =
        RatingTableAccumulator.create(whole.categories(), whole.raters());
    for (int u = 0; u < units; u++) {
      (u < split ? left : right).add(rows.get(u));
      (u < split ? tableLeft : tableRight).add(rows.get(u));
    }
    AgreementOptions o =
        AgreementOptions.withDefaults().withLevel(Level.ORDINAL).withWeights(Weights.linear());
    AgreementReport onePass = AgreementReport.of(whole, o);
    AgreementReport merged = AgreementReport.of(left.addAll(right).snapshot(), o);
    assertSameValues(merged, onePass, EnumSet.noneOf(Coefficient.class));
    assertSameValues(
        AgreementReport.of(tableLeft.addAll(tableRight).snapshot(), o),
        onePass,
        EnumSet.noneOf(Coefficient.class));
  }

  @Property(tries = 30)
  void bootstrapReproducibleUnderASeed(
      @ForAll long seed,
      @ForAll @IntRange(min = 5, max = 30) int units,
      @ForAll @IntRange(min = 2, max = 4) int raters,
      @ForAll @IntRange(min = 2, max = 4) int k) {
    RatingTable<Integer> t = table(ratings(seed, units, raters, k, 0.1), k);
    AgreementOptions o = AgreementOptions.withDefaults().withBootstrap(60, seed);
    AgreementReport a = AgreementReport.of(t, o);
    AgreementReport b = AgreementReport.of(t, o);
    assertThat(a).isEqualTo(b);
  }

  @Property(tries = 200)
  void waldIntervalContainsTheEstimate(
      @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 40) int units,
      @ForAll @IntRange(min = 2, max = 5) int raters,
      @ForAll @IntRange(min = 2, max = 5) int k,
      @ForAll @DoubleRange(min = 0, max = 0.4) double missing) {
    AgreementReport r =
        AgreementReport.of(
            table(ratings(seed, units, raters, k, missing), k),
            AgreementOptions.withDefaults().withWeights(Weights.linear()));
    for (Estimate e : r.coefficients()) {
      if (e.interval().isPresent()) {
        assertThat(e.interval().get().contains(e.valueOrThrow())).as(e.coefficient().id()).isTrue();
      }
    }
  }
}
