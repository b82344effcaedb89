package dev.appraise.examples.jmh;

import dev.appraise.core.agreement.AgreementOptions;
import dev.appraise.core.agreement.Coefficient;
import dev.appraise.core.agreement.RatingTable;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One agreement coefficient over generated data, by appraise, by DKPro Agreement, and the floor:
 * one pass summing the same encoded ratings.
 *
 * <p>The data (fixed seed) and each implementation's input (appraise's encoded table, DKPro's
 * study, the raw codes) are built once per trial, so a measurement is the coefficient alone. Alpha
 * is timed on 4 raters with 10 % missing cells, Fleiss' kappa on 4 raters and Cohen's kappa on 2,
 * both with complete data; always 5 ordered categories.
 *
 * <pre>
 * java -jar examples/jmh/target/benchmarks.jar AgreementBenchmark -p units=1000000 -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AgreementBenchmark {

  /** Who computes: {@code appraise}, {@code dkpro}, or {@code floor}. */
  @Param({"appraise", "dkpro", "floor"})
  public String implementation = "appraise";

  /** The coefficient, see {@link BenchmarkCase#parameter()}. */
  @Param({"alpha_nominal", "alpha_ordinal", "alpha_interval", "fleiss_kappa", "cohen_kappa"})
  public String coefficient = "alpha_nominal";

  /** The number of units. */
  @Param({"1000", "100000", "1000000"})
  public int units = 1000;

  private BenchmarkCase measured = BenchmarkCase.ALPHA_NOMINAL;
  private int[] codes = new int[0];
  private @Nullable RatingTable<Integer> appraise;
  private AgreementOptions options = AgreementOptions.withDefaults();
  private Coefficient appraiseCoefficient = Coefficient.KRIPPENDORFF_ALPHA;
  private @Nullable CodingAnnotationStudy dkpro;

  /** Generates the data and builds the input of the implementation under test. */
  @Setup(Level.Trial)
  public void setUp() {
    measured = BenchmarkCase.ofParameter(coefficient);
    RatingData data = measured.data(units);
    codes = data.codes();
    switch (implementation) {
      case "appraise":
        appraise = Appraise.table(data);
        options = Appraise.options(measured);
        appraiseCoefficient = Appraise.coefficient(measured);
        break;
      case "dkpro":
        dkpro = Dkpro.study(data);
        break;
      case "floor":
        break;
      default:
        throw new IllegalArgumentException("unknown implementation " + implementation);
    }
  }

  /** Lets the garbage collector take a large study before the next trial's data is built. */
  @TearDown(Level.Trial)
  public void tearDown() {
    appraise = null;
    dkpro = null;
  }

  /**
   * Computes the coefficient (or, for the floor, sums the codes).
   *
   * @return the value, consumed by JMH so that nothing is optimised away
   */
  @Benchmark
  public double coefficient() {
    switch (implementation) {
      case "appraise":
        return Appraise.compute(Objects.requireNonNull(appraise), options, appraiseCoefficient);
      case "dkpro":
        return Dkpro.compute(measured, Objects.requireNonNull(dkpro));
      default:
        return floor(codes);
    }
  }

  /**
   * The physical floor: one pass over the encoded ratings, summing the codes.
   *
   * @param codes the codes
   * @return their sum
   */
  static double floor(int[] codes) {
    long sum = 0;
    for (int code : codes) {
      sum += code;
    }
    return sum;
  }
}
