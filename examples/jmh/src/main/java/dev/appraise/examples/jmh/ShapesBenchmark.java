package dev.appraise.examples.jmh;

import dev.appraise.core.agreement.AgreementOptions;
import dev.appraise.core.agreement.AgreementReport;
import dev.appraise.core.agreement.Coefficient;
import dev.appraise.core.agreement.RatingTable;
import dev.appraise.core.agreement.RatingTableAccumulator;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
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

/**
 * The shapes users bring, by appraise and, where it runs them, DKPro Agreement: the crowd shape
 * (200,000 units, 2,000 raters, 3 ratings a unit, two categories) given as (unit, rater, value)
 * triples, the triples' table built inside the timed call; 20,000 units x 100 raters and 100,000
 * units x 20 raters (complete, 5 categories) from a table built in setup. The task is one point
 * estimate (alpha nominal, Fleiss' or Conger's kappa), every point estimate, or the full report
 * (every coefficient with its standard errors). DKPro computes alpha and Fleiss' kappa; it has no
 * Conger's kappa and no standard errors.
 *
 * <pre>
 * java -jar examples/jmh/target/benchmarks.jar ShapesBenchmark -f 1 -wi 1 -i 3 -w 2s -r 2s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ShapesBenchmark {

  /** The shape: {@code crowd}, {@code 100x20k} (raters x units) or {@code 20x100k}. */
  @Param({"crowd", "100x20k", "20x100k"})
  public String shape = "crowd";

  /**
   * The task: {@code alpha_nominal}, {@code fleiss_kappa}, {@code conger_kappa}, {@code
   * point_estimates} or {@code full_report}.
   */
  @Param({"alpha_nominal", "fleiss_kappa", "conger_kappa", "point_estimates", "full_report"})
  public String task = "alpha_nominal";

  /** Who computes: {@code appraise} or {@code dkpro}. */
  @Param({"appraise", "dkpro"})
  public String implementation = "appraise";

  private int[] unitOf = new int[0];
  private int[] raterOf = new int[0];
  private int[] codeOf = new int[0];
  private String[] unitIds = new String[0];
  private String[] raterNames = new String[0];
  private static final String[] LABELS = {"exclude", "include"};
  private @Nullable RatingTable<Integer> table;
  private @Nullable CodingAnnotationStudy study;
  private AgreementOptions options = AgreementOptions.withDefaults();

  /** Generates the data and the input of the implementation under test. */
  @Setup(Level.Trial)
  public void setUp() {
    options = options(task);
    boolean crowd = shape.equals("crowd");
    if (implementation.equals("dkpro")
        && !task.equals("alpha_nominal")
        && !(task.equals("fleiss_kappa") && !crowd)) {
      throw new UnsupportedOperationException(
          "DKPro has no " + task + (crowd ? " for ratings with missing cells" : ""));
    }
    if (crowd) {
      crowd(200_000, 2_000, 3);
      if (implementation.equals("dkpro")) {
        CodingAnnotationStudy s = new CodingAnnotationStudy(raterNames.length);
        Object[] item = new Object[raterNames.length];
        for (int e = 0; e < unitOf.length; e += 3) {
          for (int i = e; i < e + 3; i++) {
            item[raterOf[i]] = LABELS[codeOf[i]];
          }
          s.addItemAsArray(item);
          for (int i = e; i < e + 3; i++) {
            item[raterOf[i]] = null;
          }
        }
        study = s;
      }
      return;
    }
    int raters = shape.equals("100x20k") ? 100 : 20;
    int units = shape.equals("100x20k") ? 20_000 : 100_000;
    RatingData data = RatingData.generate(units, raters, 0.0, RatingData.SEED);
    if (implementation.equals("dkpro")) {
      study = Dkpro.study(data);
    } else {
      table = Appraise.table(data);
    }
  }

  private void crowd(int units, int raters, int perUnit) {
    SplittableRandom random = new SplittableRandom(RatingData.SEED);
    int n = units * perUnit;
    unitOf = new int[n];
    raterOf = new int[n];
    codeOf = new int[n];
    unitIds = new String[units];
    raterNames = new String[raters];
    for (int r = 0; r < raters; r++) {
      raterNames[r] = "rater" + r;
    }
    int e = 0;
    for (int u = 0; u < units; u++) {
      unitIds[u] = "u" + u;
      boolean include = random.nextDouble() < 0.3;
      int first = e;
      while (e < first + perUnit) {
        int r = random.nextInt(raters);
        boolean taken = false;
        for (int j = first; j < e; j++) {
          taken |= raterOf[j] == r;
        }
        if (!taken) {
          unitOf[e] = u;
          raterOf[e] = r;
          codeOf[e++] = (random.nextDouble() < 0.85 ? include : random.nextBoolean()) ? 1 : 0;
        }
      }
    }
  }

  private static AgreementOptions options(String task) {
    AgreementOptions point = AgreementOptions.withDefaults().withStandardErrors(false);
    switch (task) {
      case "alpha_nominal":
        return point.withCoefficients(Coefficient.KRIPPENDORFF_ALPHA);
      case "fleiss_kappa":
        return point.withCoefficients(Coefficient.FLEISS_KAPPA);
      case "conger_kappa":
        return point.withCoefficients(Coefficient.CONGER_KAPPA);
      case "point_estimates":
        return point;
      case "full_report":
        return AgreementOptions.withDefaults();
      default:
        throw new IllegalArgumentException("unknown task " + task);
    }
  }

  /**
   * The task.
   *
   * @return the report (appraise) or the coefficient (DKPro), so that nothing is optimised away
   */
  @Benchmark
  public Object run() {
    if (implementation.equals("dkpro")) {
      CodingAnnotationStudy s = Objects.requireNonNull(study);
      return task.equals("alpha_nominal")
          ? new KrippendorffAlphaAgreement(s, new NominalDistanceFunction()).calculateAgreement()
          : new FleissKappaAgreement(s).calculateAgreement();
    }
    RatingTable<?> ratings = table;
    if (ratings == null) {
      RatingTableAccumulator<String> triples = RatingTableAccumulator.create();
      for (int e = 0; e < unitOf.length; e++) {
        triples.addRating(unitIds[unitOf[e]], raterNames[raterOf[e]], LABELS[codeOf[e]]);
      }
      ratings = triples.snapshot();
    }
    return AgreementReport.of(ratings, options);
  }
}
