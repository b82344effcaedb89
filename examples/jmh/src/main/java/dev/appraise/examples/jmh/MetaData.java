package dev.appraise.examples.jmh;

import dev.appraise.synthesis.EffectMeasure;
import dev.appraise.synthesis.EffectSize;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated meta-analyses for {@link MetaAnalysisBenchmark} and the metafor timing script: log risk
 * ratios of trials under a random-effects model with true mean {@value #MEAN} and between-study
 * variance {@value #TAU2}, each study's sampling variance drawn uniformly from [{@value
 * #MIN_VARIANCE}, {@value #MAX_VARIANCE}] (trials of roughly 50 to 1,000 participants) and its
 * estimate {@code yi ~ N(mean + u, vi)} with {@code u ~ N(0, tau²)}. The same seed gives the same
 * studies; {@link #main(String[])} writes them as CSV so that metafor is timed on the very same
 * numbers.
 */
public final class MetaData {

  /** The true mean effect on the log scale. */
  public static final double MEAN = -0.5;

  /** The true between-study variance. */
  public static final double TAU2 = 0.1;

  /** The smallest sampling variance. */
  public static final double MIN_VARIANCE = 0.01;

  /** The largest sampling variance. */
  public static final double MAX_VARIANCE = 0.25;

  /** The seed of every data set. */
  public static final long SEED = RatingData.SEED;

  private MetaData() {}

  /**
   * One meta-analysis of {@code k} studies from the fixed seed.
   *
   * @param k the number of studies
   * @return the studies' effect sizes, named {@code s1}, {@code s2}, ...
   */
  public static List<EffectSize> studies(int k) {
    return studies(new SplittableRandom(SEED), k);
  }

  /**
   * {@code sets} meta-analyses of {@code k} studies each, drawn one after another from the fixed
   * seed.
   *
   * @param sets the number of meta-analyses
   * @param k the number of studies in each
   * @return the meta-analyses
   */
  public static List<List<EffectSize>> batch(int sets, int k) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<List<EffectSize>> batch = new ArrayList<>(sets);
    for (int s = 0; s < sets; s++) {
      batch.add(studies(random, k));
    }
    return batch;
  }

  private static List<EffectSize> studies(SplittableRandom random, int k) {
    List<EffectSize> studies = new ArrayList<>(k);
    double tau = Math.sqrt(TAU2);
    for (int i = 0; i < k; i++) {
      double vi = MIN_VARIANCE + (MAX_VARIANCE - MIN_VARIANCE) * random.nextDouble();
      double yi = MEAN + tau * random.nextGaussian() + Math.sqrt(vi) * random.nextGaussian();
      studies.add(EffectSize.of("s" + (i + 1), EffectMeasure.GEN, yi, vi));
    }
    return studies;
  }

  /**
   * Writes the benchmark's data as CSV files {@code set,study,yi,vi} (numbers as Java prints them,
   * which read back as the same doubles): {@code meta-10.csv}, {@code meta-batch.csv} (100,000 sets
   * of 10) and {@code meta-100000.csv}.
   *
   * <pre>
   * java -cp examples/jmh/target/benchmarks.jar dev.appraise.examples.jmh.MetaData examples/jmh/target
   * </pre>
   *
   * @param args the directory to write to (default {@code target})
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target");
    Files.createDirectories(dir);
    write(dir.resolve("meta-10.csv"), List.of(studies(MetaAnalysisBenchmark.SMALL)));
    write(
        dir.resolve("meta-batch.csv"),
        batch(MetaAnalysisBenchmark.BATCH, MetaAnalysisBenchmark.SMALL));
    write(dir.resolve("meta-100000.csv"), List.of(studies(MetaAnalysisBenchmark.LARGE)));
  }

  private static void write(Path file, List<List<EffectSize>> sets) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("set,study,yi,vi\n");
      for (int s = 0; s < sets.size(); s++) {
        for (EffectSize e : sets.get(s)) {
          out.write((s + 1) + "," + e.study() + "," + e.yi() + "," + e.vi() + "\n");
        }
      }
    }
  }
}
