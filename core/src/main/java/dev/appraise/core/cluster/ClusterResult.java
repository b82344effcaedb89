package dev.appraise.core.cluster;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The clusters a {@link StudyClustering} found, ordered by key, and the studies that fell in none.
 */
@Value.Immutable
public abstract class ClusterResult {

  ClusterResult() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the clusters, ordered by key} */
  public abstract List<Cluster> clusters();

  /**
   * {@return the ids (ordered) of studies in no cluster: without an intervention when clustering by
   * treatment, or without an imaging outcome when clustering by modality}
   */
  public abstract List<String> unclustered();

  /**
   * Finds a cluster by its key.
   *
   * @param key the key
   * @return the cluster, or empty if no study falls under the key
   */
  public Optional<Cluster> cluster(ClusterKey key) {
    return clusters().stream().filter(c -> c.key().equals(key)).findFirst();
  }

  /**
   * {@return one {@linkplain Cluster#summary() summary} line per cluster, then the unclustered
   * studies, if any}
   */
  public String summary() {
    String lines = clusters().stream().map(Cluster::summary).collect(Collectors.joining("\n"));
    return unclustered().isEmpty()
        ? lines
        : lines
            + (lines.isEmpty() ? "" : "\n")
            + "unclustered: "
            + String.join(", ", unclustered());
  }

  /** Builds {@link ClusterResult} values. */
  public static final class Builder extends ImmutableClusterResult.Builder {
    Builder() {}
  }
}
