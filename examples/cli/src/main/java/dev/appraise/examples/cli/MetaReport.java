package dev.appraise.examples.cli;

import dev.appraise.grade.AbsoluteEffect;
import dev.appraise.grade.Suggestion;
import dev.appraise.synthesis.ConvergenceException;
import dev.appraise.synthesis.EffectMeasure;
import dev.appraise.synthesis.EggerTestResult;
import dev.appraise.synthesis.LeaveOneOutResult;
import dev.appraise.synthesis.MetaAnalysisResult;
import dev.appraise.synthesis.MetaRegressionResult;
import dev.appraise.synthesis.RankCorrelationTestResult;
import dev.appraise.synthesis.SubgroupResult;
import dev.appraise.synthesis.TrimAndFillResult;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What {@code appraise meta} computed, for {@link MetaJson} and {@link MetaText}: the model without
 * moderators and the analyses asked for, or the meta-regression. An analysis that was not asked for
 * is null.
 *
 * @param file the input file as named on the command line
 * @param measure the effect measure
 * @param test the test as named on the command line, {@code z} or {@code knha}
 * @param level the confidence level in percent
 * @param model the model without moderators; null for a meta-regression
 * @param regression the meta-regression; null without moderators
 * @param subgroupColumn the column the subgroups come from
 * @param subgroups the subgroup analysis
 * @param egger Egger's regression test
 * @param rankTest the rank correlation test
 * @param trimAndFill trim-and-fill
 * @param leaveOneOut the leave-one-out analysis
 * @param absolute the absolute effects at each {@code --baseline-risk}, empty when none was given
 * @param grade GRADE's suggestions from the pooled effect, for {@code --grade}
 */
record MetaReport(
    String file,
    EffectMeasure measure,
    String test,
    double level,
    @Nullable MetaAnalysisResult model,
    @Nullable MetaRegressionResult regression,
    @Nullable String subgroupColumn,
    @Nullable SubgroupResult subgroups,
    @Nullable Attempt<EggerTestResult> egger,
    @Nullable Attempt<RankCorrelationTestResult> rankTest,
    @Nullable Attempt<TrimAndFillResult> trimAndFill,
    @Nullable Attempt<LeaveOneOutResult> leaveOneOut,
    List<AbsoluteEffect> absolute,
    @Nullable List<Suggestion> grade) {

  /**
   * An analysis that may be undefined for the data: its result, or why there is none (too few
   * studies, no convergence); reported as undefined with the reason rather than failing the whole
   * command.
   *
   * @param value the result, null if undefined
   * @param reason why it is undefined, null if defined
   */
  record Attempt<T>(@Nullable T value, @Nullable String reason) {

    static <T> Attempt<T> of(Supplier<T> analysis) {
      try {
        return new Attempt<>(analysis.get(), null);
      } catch (IllegalArgumentException | ConvergenceException e) {
        return new Attempt<>(null, String.valueOf(e.getMessage()));
      }
    }
  }
}
