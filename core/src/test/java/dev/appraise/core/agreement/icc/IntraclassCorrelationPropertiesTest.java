package dev.appraise.core.agreement.icc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.agreement.Estimate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;

class IntraclassCorrelationPropertiesTest {

  private static final IntraclassCorrelation ICC = IntraclassCorrelation.withDefaults();

  @Provide
  Arbitrary<double[][]> matrices() {
    return Arbitraries.integers()
        .between(2, 6)
        .flatMap(
            k ->
                Arbitraries.integers()
                    .between(1, 9)
                    .map(v -> (double) v)
                    .array(double[].class)
                    .ofSize(k)
                    .array(double[][].class)
                    .ofMinSize(2)
                    .ofMaxSize(25));
  }

  @Property
  void intervalContainsTheEstimateAndEveryFormIsAtMostOne(@ForAll("matrices") double[][] x) {
    IccResult r = ICC.compute(x);
    for (IccForm form : r.forms()) {
      Estimate e = form.estimate();
      if (e.isDefined()) {
        assertThat(e.valueOrThrow()).isLessThanOrEqualTo(1 + 1e-12);
        e.interval()
            .ifPresent(
                ci -> {
                  assertThat(ci.lower()).isLessThanOrEqualTo(e.valueOrThrow() + 1e-9);
                  assertThat(ci.upper()).isGreaterThanOrEqualTo(e.valueOrThrow() - 1e-9);
                });
      }
    }
  }

  @Property
  void averageFormsAreTheSpearmanBrownStepUpOfSingleForms(@ForAll("matrices") double[][] x) {
    IccResult r = ICC.compute(x);
    int k = r.raters();
    stepUp(r, IccType.ICC1, IccType.ICC1K, k);
    stepUp(r, IccType.ICC2, IccType.ICC2K, k);
    stepUp(r, IccType.ICC3, IccType.ICC3K, k);
  }

  private static void stepUp(IccResult r, IccType single, IccType average, int k) {
    Estimate s = r.estimate(single);
    Estimate a = r.estimate(average);
    if (s.isDefined() && a.isDefined()) {
      double rho = s.valueOrThrow();
      double expected = k * rho / (1 + (k - 1) * rho);
      assertThat(a.valueOrThrow())
          .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    }
  }

  @Property
  void invariantUnderPermutingUnitsAndRaters(@ForAll("matrices") double[][] x, @ForAll long seed) {
    Random random = new Random(seed);
    List<double[]> rows = new ArrayList<>(List.of(x));
    Collections.shuffle(rows, random);
    List<Integer> columns = new ArrayList<>();
    for (int j = 0; j < x[0].length; j++) {
      columns.add(j);
    }
    Collections.shuffle(columns, random);
    double[][] permuted = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      permuted[i] = new double[x[0].length];
      for (int j = 0; j < columns.size(); j++) {
        permuted[i][j] = rows.get(i)[columns.get(j)];
      }
    }
    assertSameValues(ICC.compute(x), ICC.compute(permuted));
  }

  @Property
  void invariantUnderAPositiveLinearRescaling(
      @ForAll("matrices") double[][] x,
      @ForAll @DoubleRange(min = 0.1, max = 50) double scale,
      @ForAll @DoubleRange(min = -100, max = 100) double shift) {
    double[][] y = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      y[i] = new double[x[i].length];
      for (int j = 0; j < x[i].length; j++) {
        y[i][j] = scale * x[i][j] + shift;
      }
    }
    assertSameValues(ICC.compute(x), ICC.compute(y));
  }

  /**
   * A residual that is 0 in exact arithmetic stays 0 after rescaling, where the sums of squares
   * cancel.
   */
  @Example
  void rescalingKeepsAnExactZeroResidual() {
    double[][] x = {{7, 3}, {9, 5}};
    double[][] y = {{7 * 0.1 + 3.64, 3 * 0.1 + 3.64}, {9 * 0.1 + 3.64, 5 * 0.1 + 3.64}};
    assertSameValues(ICC.compute(x), ICC.compute(y));
  }

  /** Consistency forms ignore a constant added to one rater's ratings (McGraw and Wong 1996). */
  @Property
  void consistencyFormsIgnoreARaterBias(
      @ForAll("matrices") double[][] x, @ForAll @DoubleRange(min = -10, max = 10) double bias) {
    double[][] y = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i].clone();
      y[i][0] += bias;
    }
    IccResult a = ICC.compute(x);
    IccResult b = ICC.compute(y);
    for (IccType type : new IccType[] {IccType.ICC3, IccType.ICC3K}) {
      assertThat(b.estimate(type).isDefined()).isEqualTo(a.estimate(type).isDefined());
      if (a.estimate(type).isDefined()) {
        assertThat(b.estimate(type).valueOrThrow())
            .isCloseTo(a.estimate(type).valueOrThrow(), within(1e-9));
      }
    }
  }

  @Property
  void agreementWithinEveryUnitGivesOne(@ForAll("matrices") double[][] x) {
    double[][] y = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      y[i] = new double[x[i].length];
      java.util.Arrays.fill(y[i], x[i][0] + 10.0 * i);
    }
    IccResult r = ICC.compute(y);
    for (IccForm form : r.forms()) {
      assertThat(form.estimate().valueOrThrow()).as(form.type().id()).isCloseTo(1.0, within(1e-12));
    }
  }

  private static void assertSameValues(IccResult a, IccResult b) {
    for (IccType type : IccType.values()) {
      Estimate ea = a.estimate(type);
      Estimate eb = b.estimate(type);
      assertThat(eb.isDefined()).as(type.id()).isEqualTo(ea.isDefined());
      if (ea.isDefined()) {
        // relative: a near-zero denominator makes a large ratio whose rounding grows with it
        double expected = ea.valueOrThrow();
        assertThat(eb.valueOrThrow())
            .as(type.id())
            .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
      }
      // the Satterthwaite interval is left out where it breaks down, a boundary that rounding can
      // move
      if (type != IccType.ICC2 && type != IccType.ICC2K) {
        assertThat(eb.interval().isPresent()).as(type.id()).isEqualTo(ea.interval().isPresent());
      }
      if (ea.interval().isPresent() && eb.interval().isPresent()) {
        assertThat(eb.interval().get().lower())
            .isCloseTo(ea.interval().get().lower(), within(1e-7));
        assertThat(eb.interval().get().upper())
            .isCloseTo(ea.interval().get().upper(), within(1e-7));
      }
    }
  }
}
