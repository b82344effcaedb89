package dev.appraise.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.model.ImagingOutcome;
import dev.appraise.core.model.Intervention;
import dev.appraise.core.model.InterventionComponent;
import dev.appraise.core.model.ModelArbitraries;
import dev.appraise.core.model.Study;
import dev.appraise.core.model.Taxonomy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The laws of clustering: exact membership, independence of input order, and merging under roll-up.
 */
class StudyClusteringPropertiesTest {

  private static final Taxonomy TREATMENTS = Taxonomy.treatments();
  private static final Taxonomy MODALITIES = Taxonomy.mriModalities();

  @Provide
  Arbitrary<List<Study>> studies() {
    return ModelArbitraries.studies().list().ofMaxSize(5).uniqueElements(Study::id);
  }

  /**
   * The keys an outcome must land under, computed from its concepts independently of the
   * implementation.
   */
  private static Set<String> expectedKeys(
      Study study,
      ImagingOutcome outcome,
      int treatmentDepth,
      int modalityDepth,
      boolean components) {
    List<Intervention> given =
        study.interventions().stream()
            .filter(i -> outcome.armId().isPresent() && i.armId().equals(outcome.armId()))
            .toList();
    List<Intervention> interventions = given.isEmpty() ? study.interventions() : given;
    Set<String> treatments = new HashSet<>();
    for (Intervention i : interventions) {
      treatments.add(i.concept());
      if (components) {
        i.components().stream().map(InterventionComponent::concept).forEach(treatments::add);
      }
    }
    Set<String> keys = new HashSet<>();
    List<String> treatmentParts = new ArrayList<>();
    if (treatmentDepth == 0) {
      treatmentParts.add(null);
    } else {
      treatments.forEach(t -> treatmentParts.add(TREATMENTS.rollUp(t, treatmentDepth)));
    }
    for (String t : treatmentParts) {
      List<String> parts = new ArrayList<>();
      if (t != null) {
        parts.add(t);
      }
      if (modalityDepth > 0) {
        parts.add(MODALITIES.rollUp(outcome.modality(), modalityDepth));
      }
      keys.add(parts.isEmpty() ? "all" : String.join(" × ", parts));
    }
    return keys;
  }

  @Property(tries = 100)
  void eachOutcomeLandsExactlyInTheClustersItsConceptsImply(
      @ForAll("studies") List<Study> studies,
      @ForAll @IntRange(min = 0, max = 3) int treatmentDepth,
      @ForAll @IntRange(min = 0, max = 4) int modalityDepth,
      @ForAll boolean components) {
    ClusterResult result =
        StudyClustering.withDefaults()
            .withTreatmentDepth(treatmentDepth)
            .withModalityDepth(modalityDepth)
            .withComponents(components)
            .cluster(studies);
    Map<String, Set<String>> actual = new HashMap<>();
    for (Cluster cluster : result.clusters()) {
      for (ClusteredOutcome o : cluster.outcomes()) {
        actual.computeIfAbsent(o.toString(), k -> new HashSet<>()).add(cluster.key().toString());
      }
      for (Study s : cluster.studies()) {
        assertThat(
                cluster.outcomes().stream().anyMatch(o -> o.studyId().equals(s.id()))
                    || modalityDepth == 0)
            .as("study %s in %s has an outcome there", s.id(), cluster.key())
            .isTrue();
      }
    }
    for (Study study : studies) {
      for (int i = 0; i < study.imagingOutcomes().size(); i++) {
        assertThat(actual.getOrDefault(study.id() + "#" + i, Set.of()))
            .isEqualTo(
                expectedKeys(
                    study,
                    study.imagingOutcomes().get(i),
                    treatmentDepth,
                    modalityDepth,
                    components));
      }
    }
  }

  @Property(tries = 50)
  void inputOrderDoesNotChangeTheResult(
      @ForAll("studies") List<Study> studies, @ForAll long seed, @ForAll boolean components) {
    List<Study> shuffled = new ArrayList<>(studies);
    Collections.shuffle(shuffled, new Random(seed));
    StudyClustering clustering = StudyClustering.withDefaults().withComponents(components);
    assertThat(clustering.cluster(shuffled)).isEqualTo(clustering.cluster(studies));
  }

  @Property(tries = 60)
  void clustersAtAShallowerTreatmentDepthAreUnionsOfDeeperOnes(
      @ForAll("studies") List<Study> studies,
      @ForAll @IntRange(min = 1, max = 2) int depth,
      @ForAll @IntRange(min = 0, max = 3) int modalityDepth) {
    StudyClustering base = StudyClustering.withDefaults().withModalityDepth(modalityDepth);
    ClusterResult shallow = base.withTreatmentDepth(depth).cluster(studies);
    ClusterResult deep = base.withTreatmentDepth(depth + 1).cluster(studies);
    assertUnions(
        shallow,
        deep,
        k ->
            ClusterKey.builder()
                .from(k)
                .treatment(k.treatment().map(t -> TREATMENTS.rollUp(t, depth)))
                .build());
  }

  @Property(tries = 60)
  void clustersAtAShallowerModalityDepthAreUnionsOfDeeperOnes(
      @ForAll("studies") List<Study> studies,
      @ForAll @IntRange(min = 1, max = 3) int depth,
      @ForAll @IntRange(min = 0, max = 2) int treatmentDepth) {
    StudyClustering base = StudyClustering.withDefaults().withTreatmentDepth(treatmentDepth);
    ClusterResult shallow = base.withModalityDepth(depth).cluster(studies);
    ClusterResult deep = base.withModalityDepth(depth + 1).cluster(studies);
    assertUnions(
        shallow,
        deep,
        k ->
            ClusterKey.builder()
                .from(k)
                .modality(k.modality().map(m -> MODALITIES.rollUp(m, depth)))
                .build());
  }

  private static void assertUnions(
      ClusterResult shallow,
      ClusterResult deep,
      java.util.function.UnaryOperator<ClusterKey> rollUp) {
    Map<ClusterKey, Set<String>> studies = new HashMap<>();
    Map<ClusterKey, Set<String>> outcomes = new HashMap<>();
    for (Cluster c : deep.clusters()) {
      ClusterKey up = rollUp.apply(c.key());
      c.studies().forEach(s -> studies.computeIfAbsent(up, k -> new HashSet<>()).add(s.id()));
      c.outcomes()
          .forEach(o -> outcomes.computeIfAbsent(up, k -> new HashSet<>()).add(o.toString()));
    }
    assertThat(shallow.clusters())
        .extracting(Cluster::key)
        .containsExactlyInAnyOrderElementsOf(studies.keySet());
    for (Cluster c : shallow.clusters()) {
      assertThat(c.studies().stream().map(Study::id).toList())
          .containsExactlyInAnyOrderElementsOf(studies.get(c.key()));
      assertThat(c.outcomes().stream().map(Object::toString).toList())
          .containsExactlyInAnyOrderElementsOf(outcomes.getOrDefault(c.key(), Set.of()));
    }
    assertThat(shallow.unclustered()).isEqualTo(deep.unclustered());
  }

  @Property(tries = 50)
  void summariesCountWhatTheClusterHolds(@ForAll("studies") List<Study> studies) {
    for (Cluster c :
        StudyClustering.withDefaults().withComponents(true).cluster(studies).clusters()) {
      assertThat(c.designs().values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(c.studies().size());
      assertThat(c.directions().values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(c.outcomes().size());
      assertThat(c.totalParticipants())
          .isEqualTo(c.studies().stream().mapToInt(Study::totalParticipants).sum());
      assertThat(c.studies()).isSortedAccordingTo(java.util.Comparator.comparing(Study::id));
      assertThat(c.outcomes()).doesNotHaveDuplicates();
    }
  }
}
