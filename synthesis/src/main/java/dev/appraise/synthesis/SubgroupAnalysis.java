package dev.appraise.synthesis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Subgroup analysis: the studies split by a label, one model per subgroup fitted with the same
 * settings, and the test for subgroup differences on the subgroup estimates ({@link
 * SubgroupDifferences}), as RevMan reports it. An immutable, reusable algorithm:
 *
 * <pre>{@code
 * SubgroupResult r = SubgroupAnalysis.of(MetaAnalysis.withDefaults())
 *     .fit(effects, List.of("random", "random", "alternate", ...));   // one label per study
 * r.subgroup("random").fit().estimate();
 * r.differences().orElseThrow().pValue();
 * }</pre>
 *
 * <p>Subgroups come in the order their labels first appear. Each must have as many studies as the
 * model needs (2 for a random-effects model or the t and Knapp-Hartung tests, 1 for equal effects
 * with z); a smaller subgroup is an {@link IllegalArgumentException} naming it, so that a subgroup
 * is never silently left out. Combine or drop such subgroups, or fit equal effects.
 *
 * <p>References: Deeks JJ, Higgins JPT (2010), Statistical algorithms in Review Manager 5, The
 * Cochrane Collaboration. Borenstein M, Higgins JPT (2013), Meta-analysis and subgroups, Prev Sci
 * 14:134-143.
 */
public final class SubgroupAnalysis {

  private final MetaAnalysis analysis;

  private SubgroupAnalysis(MetaAnalysis analysis) {
    this.analysis = analysis;
  }

  /**
   * A subgroup analysis that fits each subgroup with the given settings.
   *
   * @param analysis the settings (estimator, test, level, controls)
   * @return the configured algorithm
   */
  public static SubgroupAnalysis of(MetaAnalysis analysis) {
    return new SubgroupAnalysis(analysis);
  }

  /** {@return the settings every subgroup is fitted with} */
  public MetaAnalysis analysis() {
    return analysis;
  }

  /**
   * Fits each subgroup and tests for differences between them.
   *
   * @param effects the studies' effect sizes, all of one measure
   * @param groups each study's subgroup label, in the same order
   * @return the subgroup fits and the test for subgroup differences
   * @throws IllegalArgumentException if the lists differ in length or are empty, a label is blank,
   *     or a subgroup has too few studies for the model (the message names the subgroup)
   * @throws ConvergenceException if an iterative estimator does not converge in a subgroup (the
   *     message names it)
   */
  public SubgroupResult fit(List<EffectSize> effects, List<String> groups) {
    if (effects.size() != groups.size()) {
      throw new IllegalArgumentException(
          "subgroups: one label per study is needed: "
              + effects.size()
              + " studies, "
              + groups.size()
              + " labels");
    }
    if (effects.isEmpty()) {
      throw new IllegalArgumentException(
          "subgroups: a subgroup analysis needs at least one study, had none");
    }
    Map<String, List<EffectSize>> byGroup = new LinkedHashMap<>();
    for (int i = 0; i < effects.size(); i++) {
      String g = groups.get(i);
      if (g.isBlank()) {
        throw new IllegalArgumentException(
            "subgroups: study " + effects.get(i).study() + " has a blank label");
      }
      byGroup.computeIfAbsent(g, x -> new ArrayList<>()).add(effects.get(i));
    }
    SubgroupResult.Builder r = SubgroupResult.builder().analysis(analysis);
    List<double[]> estimates = new ArrayList<>();
    for (Map.Entry<String, List<EffectSize>> e : byGroup.entrySet()) {
      String group = e.getKey();
      MetaAnalysisResult fit;
      double zStandardError;
      try {
        fit = analysis.fit(e.getValue());
        zStandardError =
            analysis.test() == TestKind.KNHA
                ? analysis.withTest(TestKind.Z).fit(e.getValue()).standardError()
                : fit.standardError();
      } catch (ConvergenceException x) {
        throw new ConvergenceException(
            "subgroup " + group + ": " + x.computation(),
            x.iterations(),
            x.lastChange(),
            x.detail());
      } catch (IllegalArgumentException x) {
        throw new IllegalArgumentException("subgroup " + group + ": " + x.getMessage(), x);
      }
      r.addSubgroups(SubgroupFit.of(group, fit));
      estimates.add(new double[] {fit.estimate(), zStandardError});
    }
    if (estimates.size() > 1) {
      r.differences(differences(estimates));
    }
    return r.build();
  }

  /** Q between on the subgroup estimates and their model-based standard errors. */
  static SubgroupDifferences differences(List<double[]> estimates) {
    double sumW = 0;
    double sumWb = 0;
    for (double[] e : estimates) {
      double w = 1 / (e[1] * e[1]);
      sumW += w;
      sumWb += w * e[0];
    }
    double pooled = sumWb / sumW;
    double q = 0;
    for (double[] e : estimates) {
      double d = e[0] - pooled;
      q += 1 / (e[1] * e[1]) * (d * d);
    }
    int df = estimates.size() - 1;
    return SubgroupDifferences.builder()
        .q(q)
        .df(df)
        .pValue(Fitter.chiSquareUpper(q, df))
        .pooledEstimate(pooled)
        .build();
  }

  @Override
  public String toString() {
    return "SubgroupAnalysis[" + analysis + "]";
  }
}
