package dev.appraise.examples.jmh;

import dev.appraise.core.agreement.AgreementOptions;
import dev.appraise.core.agreement.AgreementReport;
import dev.appraise.core.agreement.Coefficient;
import dev.appraise.core.agreement.RatingTable;
import dev.appraise.core.stats.ConfidenceInterval;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of a seeded unit-level bootstrap of {@value #REPLICATES} replicates against {@value
 * #REPLICATES} single point estimates over the same encoded table: the bootstrap resamples the
 * encoded units in place (no copy of the data, no object per unit), so the two should cost about
 * the same.
 *
 * <pre>java -jar examples/jmh/target/benchmarks.jar BootstrapBenchmark -f 1 -wi 1 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class BootstrapBenchmark {

  /** The number of replicates, and of single estimates it is compared with. */
  public static final int REPLICATES = 1000;

  /** The coefficient, see {@link BenchmarkCase#parameter()}. */
  @Param({"alpha_ordinal", "fleiss_kappa"})
  public String coefficient = "alpha_ordinal";

  /** The number of units. */
  @Param({"10000"})
  public int units = 10_000;

  private RatingTable<Integer> table = Appraise.table(BenchmarkCase.ALPHA_NOMINAL.data(1));
  private AgreementOptions single = AgreementOptions.withDefaults();
  private AgreementOptions bootstrap = AgreementOptions.withDefaults();
  private Coefficient measured = Coefficient.KRIPPENDORFF_ALPHA;

  /** Generates the data and encodes it once. */
  @Setup(Level.Trial)
  public void setUp() {
    BenchmarkCase benchmark = BenchmarkCase.ofParameter(coefficient);
    table = Appraise.table(benchmark.data(units));
    single = Appraise.options(benchmark);
    bootstrap = bootstrapOptions(single);
    measured = Appraise.coefficient(benchmark);
  }

  /**
   * The options of a percentile bootstrap of {@value #REPLICATES} replicates on top of
   * point-estimate options.
   *
   * @param pointEstimate the options of the point estimate
   * @return the options
   */
  static AgreementOptions bootstrapOptions(AgreementOptions pointEstimate) {
    return pointEstimate
        .withBootstrap(REPLICATES, RatingData.SEED)
        .withBootstrapInterval(AgreementOptions.BootstrapInterval.PERCENTILE);
  }

  /**
   * One estimate with a bootstrap interval of {@value #REPLICATES} replicates.
   *
   * @return the interval's lower bound
   */
  @Benchmark
  public double bootstrap() {
    return AgreementReport.of(table, bootstrap)
        .coefficient(measured)
        .flatMap(e -> e.interval())
        .map(ConfidenceInterval::lower)
        .orElseThrow();
  }

  /**
   * {@value #REPLICATES} point estimates.
   *
   * @return the sum of the estimates
   */
  @Benchmark
  public double singleEstimates() {
    double sum = 0;
    for (int i = 0; i < REPLICATES; i++) {
      sum += Appraise.compute(table, single, measured);
    }
    return sum;
  }
}
