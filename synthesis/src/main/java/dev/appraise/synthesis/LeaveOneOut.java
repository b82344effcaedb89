package dev.appraise.synthesis;

import java.util.ArrayList;
import java.util.List;

/**
 * Leave-one-out analysis as metafor's {@code leave1out}: the fitted model refitted {@code k} times,
 * each time without one study, with the model's estimator, test, level and controls ({@link
 * MetaAnalysisResult#analysis()}). It shows how much each study moves the pooled estimate and the
 * heterogeneity.
 *
 * <pre>{@code
 * LeaveOneOutResult l = LeaveOneOut.of(fit);
 * for (LeaveOneOutFit row : l.rows()) {
 *   row.omitted().study();
 *   row.fit().ifPresent(f -> f.estimate());
 * }
 * }</pre>
 *
 * <p>Where a fit does not converge metafor leaves NA in that row; here the row holds the reason
 * instead ({@link LeaveOneOutFit#failure()}). Time: {@code k} fits of {@code k - 1} studies.
 *
 * <p>Reference: Viechtbauer W, Cheung MWL (2010), Outlier and influence diagnostics for
 * meta-analysis, Res Synth Methods 1:112-125.
 */
public final class LeaveOneOut {

  private LeaveOneOut() {}

  /**
   * The leave-one-out fits of a model.
   *
   * @param fit the model fitted on all studies
   * @return one row per study, in the model's order
   * @throws IllegalArgumentException if {@code k - 1} studies are too few for the model (a
   *     random-effects model needs 2, the t and Knapp-Hartung tests need 2, equal effects with z
   *     needs 1)
   */
  public static LeaveOneOutResult of(MetaAnalysisResult fit) {
    List<EffectSize> effects = fit.studies().stream().map(WeightedStudy::effect).toList();
    int k = effects.size();
    if (k < 2) {
      throw new IllegalArgumentException("leave-one-out: needs at least 2 studies, had " + k);
    }
    MetaAnalysis analysis = fit.analysis();
    List<LeaveOneOutFit> rows = new ArrayList<>(k);
    for (int i = 0; i < k; i++) {
      List<EffectSize> others = new ArrayList<>(effects.subList(0, i));
      others.addAll(effects.subList(i + 1, k));
      LeaveOneOutFit.Builder row = LeaveOneOutFit.builder().omitted(effects.get(i));
      try {
        row.fit(analysis.fit(others));
      } catch (ConvergenceException e) {
        row.failure(String.valueOf(e.getMessage()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("leave-one-out: " + e.getMessage(), e);
      }
      rows.add(row.build());
    }
    return LeaveOneOutResult.builder().model(fit).rows(rows).build();
  }
}
