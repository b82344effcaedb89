package dev.appraise.synthesis;

import org.immutables.value.Value;

/** One subgroup of a subgroup analysis: its label and the model fitted on its studies. */
@Value.Immutable
public abstract class SubgroupFit {

  SubgroupFit() {}

  /**
   * Creates a subgroup fit.
   *
   * @param group the subgroup's label
   * @param fit the model fitted on its studies
   * @return the subgroup fit
   */
  public static SubgroupFit of(String group, MetaAnalysisResult fit) {
    return ImmutableSubgroupFit.builder().group(group).fit(fit).build();
  }

  /** {@return the subgroup's label} */
  public abstract String group();

  /**
   * {@return the model fitted on the subgroup's studies: k, estimate, SE, interval, tau², I², Q and
   * the rest}
   */
  public abstract MetaAnalysisResult fit();
}
