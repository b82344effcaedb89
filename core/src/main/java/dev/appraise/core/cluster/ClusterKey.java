package dev.appraise.core.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facets that define a cluster: a treatment concept, an MRI modality concept and a population
 * subgroup, each present only when the clustering uses that facet. Keys print as their parts joined
 * by {@code " × "} ({@code psychological/cbt × mri/functional}) and sort by treatment, then
 * modality, then subgroup.
 */
@Value.Immutable
public abstract class ClusterKey implements Comparable<ClusterKey> {

  private static final Comparator<Optional<String>> PART =
      Comparator.comparing(o -> o.orElse(""), Comparator.naturalOrder());
  private static final Comparator<ClusterKey> ORDER =
      Comparator.comparing(ClusterKey::treatment, PART)
          .thenComparing(ClusterKey::modality, PART)
          .thenComparing(ClusterKey::subgroup, PART);

  ClusterKey() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the treatment concept code, rolled up to the clustering's depth} */
  public abstract Optional<String> treatment();

  /** {@return the MRI modality concept code, rolled up to the clustering's depth} */
  public abstract Optional<String> modality();

  /** {@return the label of the population subgroup} */
  public abstract Optional<String> subgroup();

  /** {@return the parts joined by {@code " × "}, or {@code "all"} for a key without facets} */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    treatment().ifPresent(parts::add);
    modality().ifPresent(parts::add);
    subgroup().ifPresent(parts::add);
    return parts.isEmpty() ? "all" : String.join(" × ", parts);
  }

  /**
   * Orders keys by treatment, then modality, then subgroup, an absent part first.
   *
   * @param other the other key
   * @return a negative number, zero or a positive number as this key sorts before, with or after
   *     the other
   */
  @Override
  public int compareTo(ClusterKey other) {
    return ORDER.compare(this, other);
  }

  /** Builds {@link ClusterKey} values. */
  public static final class Builder extends ImmutableClusterKey.Builder {
    Builder() {}
  }
}
