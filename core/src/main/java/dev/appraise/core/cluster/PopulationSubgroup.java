package dev.appraise.core.cluster;

import dev.appraise.core.model.Study;
import java.util.function.Predicate;

/**
 * A named subgroup of studies by their population, such as {@code pediatric CRPS}, used as a
 * clustering facet.
 *
 * <p>Two subgroups are equal when they are the same object; the label is what a cluster key shows.
 */
public final class PopulationSubgroup {

  private final String label;
  private final Predicate<Study> members;

  private PopulationSubgroup(String label, Predicate<Study> members) {
    this.label = label;
    this.members = members;
  }

  /**
   * Creates a subgroup.
   *
   * @param label the label shown in cluster keys, e.g. {@code "pediatric CRPS"}
   * @param members which studies belong, e.g. {@code s -> s.population().ageGroup() ==
   *     AgeGroup.PEDIATRIC}
   * @return the subgroup
   * @throws IllegalArgumentException if the label is blank
   */
  public static PopulationSubgroup of(String label, Predicate<Study> members) {
    if (label.isBlank()) {
      throw new IllegalArgumentException(
          "population subgroup label must not be blank, was '" + label + "'");
    }
    return new PopulationSubgroup(label, members);
  }

  /** {@return the label} */
  public String label() {
    return label;
  }

  /**
   * {@return whether a study belongs to the subgroup}
   *
   * @param study the study
   */
  public boolean contains(Study study) {
    return members.test(study);
  }

  /** {@return the label} */
  @Override
  public String toString() {
    return label;
  }
}
