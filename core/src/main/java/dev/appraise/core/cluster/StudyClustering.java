package dev.appraise.core.cluster;

import dev.appraise.core.model.ImagingOutcome;
import dev.appraise.core.model.Intervention;
import dev.appraise.core.model.InterventionComponent;
import dev.appraise.core.model.Study;
import dev.appraise.core.model.Taxonomy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Groups studies and their imaging outcomes into clusters by facets: the treatment concept rolled
 * up to a depth, the MRI modality concept rolled up to a depth, and optionally population
 * subgroups.
 *
 * <p>Membership is by outcome. An imaging outcome lands in every cluster whose key combines one of
 * its treatment concepts, its modality and one of its study's subgroups; a study lands in every
 * cluster one of its outcomes lands in, so a study with a structural and a functional outcome falls
 * in both. An outcome's treatment concepts are those of the interventions given to the outcome's
 * arm, or of all the study's interventions when the outcome names no arm or its arm received none;
 * with {@linkplain #withComponents(boolean) components counted}, the concepts of the interventions'
 * components are added (a multidisciplinary programme with a CBT component also counts under CBT).
 * When the modality facet is off (depth 0) a study also lands under its treatments without any
 * imaging outcome. A study matching no subgroup is clustered without a subgroup part. Studies that
 * land nowhere are listed as {@linkplain ClusterResult#unclustered() unclustered}.
 *
 * <p>The result does not depend on the order of the input: clusters are ordered by key, studies by
 * id, outcomes by study id and index. Clusters at a shallower depth are the unions of the clusters
 * at a deeper depth whose keys roll up to them.
 *
 * <p>Configure in the style {@code
 * StudyClustering.withDefaults().withTreatmentDepth(1).withComponents(true)}; instances are
 * immutable.
 */
public final class StudyClustering {

  private static final StudyClustering DEFAULTS =
      new StudyClustering(Taxonomy.treatments(), Taxonomy.mriModalities(), 2, 2, false, List.of());

  private final Taxonomy treatments;
  private final Taxonomy modalities;
  private final int treatmentDepth;
  private final int modalityDepth;
  private final boolean components;
  private final List<PopulationSubgroup> subgroups;

  private StudyClustering(
      Taxonomy treatments,
      Taxonomy modalities,
      int treatmentDepth,
      int modalityDepth,
      boolean components,
      List<PopulationSubgroup> subgroups) {
    this.treatments = treatments;
    this.modalities = modalities;
    this.treatmentDepth = treatmentDepth;
    this.modalityDepth = modalityDepth;
    this.components = components;
    this.subgroups = List.copyOf(subgroups);
  }

  /**
   * {@return a clustering by treatment at depth 2 ({@code psychological/cbt}) and modality at depth
   * 2 ({@code mri/functional}) in the default taxonomies, components not counted, no subgroups}
   */
  public static StudyClustering withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that reads treatment concepts in another taxonomy.
   *
   * @param taxonomy the treatment taxonomy
   * @return the configured clustering
   */
  public StudyClustering withTreatments(Taxonomy taxonomy) {
    return new StudyClustering(
        taxonomy, modalities, treatmentDepth, modalityDepth, components, subgroups);
  }

  /**
   * Returns a copy that reads modality concepts in another taxonomy.
   *
   * @param taxonomy the MRI modality taxonomy
   * @return the configured clustering
   */
  public StudyClustering withModalities(Taxonomy taxonomy) {
    return new StudyClustering(
        treatments, taxonomy, treatmentDepth, modalityDepth, components, subgroups);
  }

  /**
   * Returns a copy that rolls treatment concepts up to a depth.
   *
   * @param depth the depth (1 for {@code psychological}, 2 for {@code psychological/cbt}, ...), or
   *     0 to leave treatment out of the keys
   * @return the configured clustering
   * @throws IllegalArgumentException if the depth is negative
   */
  public StudyClustering withTreatmentDepth(int depth) {
    return new StudyClustering(
        treatments,
        modalities,
        checkDepth("treatment", depth),
        modalityDepth,
        components,
        subgroups);
  }

  /**
   * Returns a copy that rolls modality concepts up to a depth.
   *
   * @param depth the depth (1 for {@code mri}, 2 for {@code mri/functional}, ...), or 0 to leave
   *     modality out of the keys
   * @return the configured clustering
   * @throws IllegalArgumentException if the depth is negative
   */
  public StudyClustering withModalityDepth(int depth) {
    return new StudyClustering(
        treatments,
        modalities,
        treatmentDepth,
        checkDepth("modality", depth),
        components,
        subgroups);
  }

  /**
   * Returns a copy that does or does not count the concepts of intervention components as
   * treatments.
   *
   * @param count whether components count
   * @return the configured clustering
   */
  public StudyClustering withComponents(boolean count) {
    return new StudyClustering(
        treatments, modalities, treatmentDepth, modalityDepth, count, subgroups);
  }

  /**
   * Returns a copy that also splits by population subgroups; a study may belong to several.
   *
   * @param groups the subgroups, in any order; labels must be distinct
   * @return the configured clustering
   * @throws IllegalArgumentException if two subgroups share a label
   */
  public StudyClustering withSubgroups(PopulationSubgroup... groups) {
    Set<String> labels = new HashSet<>();
    for (PopulationSubgroup group : groups) {
      if (!labels.add(group.label())) {
        throw new IllegalArgumentException(
            "population subgroup labels must be unique, '"
                + group.label()
                + "' appears more than once");
      }
    }
    return new StudyClustering(
        treatments, modalities, treatmentDepth, modalityDepth, components, List.of(groups));
  }

  private static int checkDepth(String facet, int depth) {
    if (depth < 0) {
      throw new IllegalArgumentException(
          facet + " depth must be >= 0 (0 leaves the facet out), was " + depth);
    }
    return depth;
  }

  /** {@return the treatment depth; 0 when treatment is not a facet} */
  public int treatmentDepth() {
    return treatmentDepth;
  }

  /** {@return the modality depth; 0 when modality is not a facet} */
  public int modalityDepth() {
    return modalityDepth;
  }

  /** {@return whether intervention components count as treatments} */
  public boolean countsComponents() {
    return components;
  }

  /**
   * Clusters studies.
   *
   * @param studies the studies, in any order; ids must be unique
   * @return the clusters and the unclustered studies
   * @throws IllegalArgumentException if two studies share an id, or a concept code is not in its
   *     taxonomy (the message names the study and lists the nearest known codes)
   */
  public ClusterResult cluster(Collection<Study> studies) {
    Map<String, Study> byId = new TreeMap<>();
    for (Study study : studies) {
      if (byId.putIfAbsent(study.id(), study) != null) {
        throw new IllegalArgumentException(
            "study ids must be unique, '" + study.id() + "' appears more than once");
      }
    }
    Map<ClusterKey, Map<String, Study>> members = new TreeMap<>();
    Map<ClusterKey, List<ClusteredOutcome>> outcomes = new TreeMap<>();
    List<String> unclustered = new ArrayList<>();
    for (Study study : byId.values()) {
      List<Optional<String>> groups = subgroupsOf(study);
      boolean placed = false;
      if (modalityDepth == 0) {
        for (ClusterKey key :
            keys(treatmentsOf(study, study.interventions()), Optional.empty(), groups)) {
          members.computeIfAbsent(key, k -> new TreeMap<>()).put(study.id(), study);
          placed = true;
        }
      }
      for (int i = 0; i < study.imagingOutcomes().size(); i++) {
        ImagingOutcome outcome = study.imagingOutcomes().get(i);
        Optional<String> modality =
            modalityDepth == 0
                ? Optional.empty()
                : Optional.of(
                    rollUp(
                        modalities,
                        outcome.modality(),
                        modalityDepth,
                        () ->
                            "study '"
                                + study.id()
                                + "' imaging outcome '"
                                + outcome.label()
                                + "'"));
        ClusteredOutcome member =
            ClusteredOutcome.builder().studyId(study.id()).index(i).outcome(outcome).build();
        for (ClusterKey key :
            keys(treatmentsOf(study, interventionsFor(study, outcome)), modality, groups)) {
          members.computeIfAbsent(key, k -> new TreeMap<>()).put(study.id(), study);
          outcomes.computeIfAbsent(key, k -> new ArrayList<>()).add(member);
          placed = true;
        }
      }
      if (!placed) {
        unclustered.add(study.id());
      }
    }
    ClusterResult.Builder result = ClusterResult.builder().unclustered(unclustered);
    members.forEach(
        (key, studyMap) ->
            result.addClusters(
                Cluster.builder()
                    .key(key)
                    .studies(studyMap.values())
                    .outcomes(outcomes.getOrDefault(key, List.of()))
                    .build()));
    return result.build();
  }

  private List<Optional<String>> subgroupsOf(Study study) {
    List<Optional<String>> labels = new ArrayList<>();
    subgroups.stream()
        .filter(g -> g.contains(study))
        .map(PopulationSubgroup::label)
        .sorted()
        .forEach(l -> labels.add(Optional.of(l)));
    if (labels.isEmpty()) {
      labels.add(Optional.empty());
    }
    return labels;
  }

  /**
   * The interventions given to the outcome's arm, or all the study's when it names none or its arm
   * got none.
   */
  private static List<Intervention> interventionsFor(Study study, ImagingOutcome outcome) {
    if (outcome.armId().isPresent()) {
      List<Intervention> own =
          study.interventions().stream().filter(i -> i.armId().equals(outcome.armId())).toList();
      if (!own.isEmpty()) {
        return own;
      }
    }
    return study.interventions();
  }

  /**
   * The treatment facet values: rolled-up concepts, or one absent value when treatment is not a
   * facet.
   */
  private Set<Optional<String>> treatmentsOf(Study study, List<Intervention> interventions) {
    Set<Optional<String>> concepts = new TreeSet<>(Comparator.comparing(o -> o.orElse("")));
    if (treatmentDepth == 0) {
      concepts.add(Optional.empty());
      return concepts;
    }
    for (Intervention intervention : interventions) {
      Supplier<String> where =
          () -> "study '" + study.id() + "' intervention '" + intervention.label() + "'";
      concepts.add(Optional.of(rollUp(treatments, intervention.concept(), treatmentDepth, where)));
      if (components) {
        for (InterventionComponent component : intervention.components()) {
          concepts.add(
              Optional.of(
                  rollUp(
                      treatments,
                      component.concept(),
                      treatmentDepth,
                      () -> where.get() + " component '" + component.label() + "'")));
        }
      }
    }
    return concepts;
  }

  private static List<ClusterKey> keys(
      Set<Optional<String>> treatmentValues,
      Optional<String> modality,
      List<Optional<String>> groups) {
    List<ClusterKey> keys = new ArrayList<>();
    for (Optional<String> treatment : treatmentValues) {
      for (Optional<String> group : groups) {
        keys.add(
            ClusterKey.builder().treatment(treatment).modality(modality).subgroup(group).build());
      }
    }
    return keys;
  }

  private static String rollUp(Taxonomy taxonomy, String code, int depth, Supplier<String> where) {
    try {
      return taxonomy.rollUp(code, depth);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where.get() + ": " + e.getMessage(), e);
    }
  }
}
