package dev.appraise.examples.jmh;

import dev.appraise.synthesis.ConvergenceException;
import dev.appraise.synthesis.EffectSize;
import dev.appraise.synthesis.MetaAnalysis;
import dev.appraise.synthesis.MetaAnalysisResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Random-effects meta-analysis with metafor's defaults (REML, z test, 95 %): each fit estimates
 * tau² by Fisher scoring, pools the studies and finds the Q-profile interval for tau², I² and H²
 * (what metafor's {@code rma()} and {@code confint()} compute together). Three shapes: one fit of
 * {@value #SMALL} studies; a batch of {@value #BATCH} such fits, reported per fit; one fit of
 * {@value #LARGE} studies (and of its first 1,000). The data come from {@link MetaData}, which also
 * writes them for {@code examples/jmh/src/test/scripts/metafor-timing.R}.
 *
 * <pre>java -jar examples/jmh/target/benchmarks.jar MetaAnalysisBenchmark -f 1 -wi 2 -i 3 -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MetaAnalysisBenchmark {

  /** Studies in a small meta-analysis. */
  public static final int SMALL = 10;

  /** Meta-analyses in the batch. */
  public static final int BATCH = 100_000;

  /** Studies in the large meta-analysis. */
  public static final int LARGE = 100_000;

  private static final MetaAnalysis REML = MetaAnalysis.withDefaults();

  /** One meta-analysis of {@value #SMALL} studies. */
  @State(Scope.Benchmark)
  public static class Small {
    List<EffectSize> studies = List.of();

    /** Generates the studies. */
    @Setup(Level.Trial)
    public void setUp() {
      studies = MetaData.studies(SMALL);
    }
  }

  /** {@value #BATCH} meta-analyses of {@value #SMALL} studies. */
  @State(Scope.Benchmark)
  public static class Batch {
    List<List<EffectSize>> sets = List.of();

    /** Generates the meta-analyses. */
    @Setup(Level.Trial)
    public void setUp() {
      sets = MetaData.batch(BATCH, SMALL);
    }
  }

  /**
   * One large meta-analysis: {@value #LARGE} studies, and its first 1,000, the largest size metafor
   * fits in seconds (it builds k x k matrices: 1,000 studies take it seconds, 100,000 would need
   * 74.5 GiB for one of them).
   */
  @State(Scope.Benchmark)
  public static class Large {

    /** The number of studies. */
    @Param({"1000", "100000"})
    public int studies = LARGE;

    List<EffectSize> effects = List.of();

    /** Generates the studies: the first {@code studies} of the {@value #LARGE}. */
    @Setup(Level.Trial)
    public void setUp() {
      effects = MetaData.studies(studies);
    }
  }

  /**
   * One REML fit of {@value #SMALL} studies with its Q-profile interval.
   *
   * @param data the studies
   * @return the fit, consumed by JMH
   */
  @Benchmark
  public MetaAnalysisResult small(Small data) {
    return REML.fit(data.studies);
  }

  /**
   * {@value #BATCH} REML fits of {@value #SMALL} studies, one after another; the score is per fit.
   * As in a simulation study, a set on which Fisher scoring does not converge (543 of them, where
   * metafor stops too) is counted and the batch goes on; each costs its 100 iterations.
   *
   * @param data the meta-analyses
   * @param sink consumes each fit
   * @return the number of sets that did not converge
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public int batch(Batch data, Blackhole sink) {
    int failed = 0;
    for (List<EffectSize> studies : data.sets) {
      try {
        sink.consume(REML.fit(studies));
      } catch (ConvergenceException e) {
        failed++;
      }
    }
    return failed;
  }

  /**
   * One REML fit of a large meta-analysis with its Q-profile interval, timed once per iteration.
   *
   * @param data the studies
   * @return the fit, consumed by JMH
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public MetaAnalysisResult large(Large data) {
    return REML.fit(data.effects);
  }
}
