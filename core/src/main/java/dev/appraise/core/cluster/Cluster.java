package dev.appraise.core.cluster;

import dev.appraise.core.model.ChangeDirection;
import dev.appraise.core.model.Study;
import dev.appraise.core.model.StudyDesign;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One cluster: its key, the studies in it (by id) and the imaging outcomes in it (by study id, then
 * index), with a summary of designs, participants and directions of change.
 */
@Value.Immutable
public abstract class Cluster {

  Cluster() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the facets that define the cluster} */
  public abstract ClusterKey key();

  /** {@return the studies in the cluster, ordered by id} */
  public abstract List<Study> studies();

  /** {@return the imaging outcomes in the cluster, ordered by study id and index} */
  public abstract List<ClusteredOutcome> outcomes();

  /** {@return the number of studies of each design, in the order of {@link StudyDesign}} */
  public Map<StudyDesign, Integer> designs() {
    Map<StudyDesign, Integer> counts = new EnumMap<>(StudyDesign.class);
    studies().forEach(s -> counts.merge(s.design(), 1, Integer::sum));
    return counts;
  }

  /** {@return the participants of all the cluster's studies, each study counted once} */
  public int totalParticipants() {
    return studies().stream().mapToInt(Study::totalParticipants).sum();
  }

  /**
   * {@return the number of outcomes with each direction of change, in the order of {@link
   * ChangeDirection}}
   */
  public Map<ChangeDirection, Integer> directions() {
    Map<ChangeDirection, Integer> counts = new EnumMap<>(ChangeDirection.class);
    outcomes().forEach(o -> counts.merge(o.outcome().direction(), 1, Integer::sum));
    return counts;
  }

  /**
   * {@return a one-line summary, e.g. {@code psychological/cbt × mri/functional: 2 studies (1
   * RANDOMISED_CONTROLLED_TRIAL, 1 CONTROLLED_COHORT), 70 participants, 3 outcomes (2 DECREASE, 1
   * NO_CHANGE)}}
   */
  public String summary() {
    return key()
        + ": "
        + studies().size()
        + (studies().size() == 1 ? " study (" : " studies (")
        + counts(designs())
        + "), "
        + totalParticipants()
        + " participants, "
        + outcomes().size()
        + (outcomes().size() == 1 ? " outcome" : " outcomes")
        + (outcomes().isEmpty() ? "" : " (" + counts(directions()) + ")");
  }

  private static String counts(Map<? extends Enum<?>, Integer> counts) {
    return counts.entrySet().stream()
        .map(e -> e.getValue() + " " + e.getKey().name())
        .collect(Collectors.joining(", "));
  }

  /** Builds {@link Cluster} values. */
  public static final class Builder extends ImmutableCluster.Builder {
    Builder() {}
  }
}
