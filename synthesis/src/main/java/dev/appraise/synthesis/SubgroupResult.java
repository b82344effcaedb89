package dev.appraise.synthesis;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A subgroup analysis: one model per subgroup with the same settings, and the test for subgroup
 * differences. Built by {@link SubgroupAnalysis#fit(List, List)}.
 */
@Value.Immutable
public abstract class SubgroupResult {

  SubgroupResult() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the settings every subgroup was fitted with} */
  public abstract MetaAnalysis analysis();

  /** {@return the subgroups in the order their labels first appear in the input} */
  public abstract List<SubgroupFit> subgroups();

  /**
   * A subgroup by label.
   *
   * @param group the label
   * @return the subgroup's fit
   * @throws NoSuchElementException naming the labels there are, if none is {@code group}
   */
  public SubgroupFit subgroup(String group) {
    for (SubgroupFit s : subgroups()) {
      if (s.group().equals(group)) {
        return s;
      }
    }
    throw new NoSuchElementException(
        "no subgroup "
            + group
            + "; the subgroups are "
            + subgroups().stream().map(SubgroupFit::group).toList());
  }

  /** {@return the test for subgroup differences; absent when there is a single subgroup} */
  public abstract Optional<SubgroupDifferences> differences();

  /** Builds {@link SubgroupResult} values. */
  public static final class Builder extends ImmutableSubgroupResult.Builder {
    Builder() {}
  }
}
