package dev.appraise.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.appraise.core.model.AgeGroup;
import dev.appraise.core.model.Arm;
import dev.appraise.core.model.ChangeDirection;
import dev.appraise.core.model.Concept;
import dev.appraise.core.model.ImagingAnalysis;
import dev.appraise.core.model.ImagingContrast;
import dev.appraise.core.model.ImagingOutcome;
import dev.appraise.core.model.Intervention;
import dev.appraise.core.model.ModelFixtures;
import dev.appraise.core.model.Participants;
import dev.appraise.core.model.Study;
import dev.appraise.core.model.StudyDesign;
import dev.appraise.core.model.Taxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clustering the made-up fixture studies by treatment, modality and subgroup. */
class StudyClusteringTest {

  private static final List<Study> STUDIES =
      List.of(
          ModelFixtures.cbtFibromyalgiaTrial(),
          ModelFixtures.pediatricCrpsCohort(),
          ModelFixtures.exerciseBackPainCohort());

  private static List<String> keys(ClusterResult result) {
    return result.clusters().stream().map(c -> c.key().toString()).toList();
  }

  @Test
  void defaultsClusterByTreatmentAndModalityAtDepthTwoWithMultiMembership() {
    ClusterResult result = StudyClustering.withDefaults().cluster(STUDIES);
    assertThat(keys(result))
        .containsExactly(
            "exercise/aerobic × mri/functional",
            "exercise/aerobic × mri/structural",
            "multidisciplinary × mri/functional",
            "multidisciplinary × mri/structural",
            "psychological/cbt × mri/functional");
    assertThat(result.unclustered()).isEmpty();
    assertThat(result.clusters().get(2).studies())
        .extracting(Study::id)
        .containsExactly("Okafor2020");
    assertThat(result.clusters().get(2).outcomes()).hasToString("[Okafor2020#1]");
  }

  @Test
  void countingComponentsPutsAMultidisciplinaryProgrammeUnderItsCbtComponentToo() {
    ClusterResult result = StudyClustering.withDefaults().withComponents(true).cluster(STUDIES);
    assertThat(keys(result))
        .containsExactly(
            "exercise/aerobic × mri/functional",
            "exercise/aerobic × mri/structural",
            "multidisciplinary × mri/functional",
            "multidisciplinary × mri/structural",
            "physical × mri/functional",
            "physical × mri/structural",
            "psychological/cbt × mri/functional",
            "psychological/cbt × mri/structural");
    Cluster cbtFunctional =
        result
            .cluster(
                ClusterKey.builder()
                    .treatment("psychological/cbt")
                    .modality("mri/functional")
                    .build())
            .orElseThrow();
    assertThat(cbtFunctional.studies())
        .extracting(Study::id)
        .containsExactly("Hartmann2017", "Okafor2020");
    assertThat(cbtFunctional.totalParticipants()).isEqualTo(46 + 24);
    assertThat(cbtFunctional.designs())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(StudyDesign.RANDOMISED_CONTROLLED_TRIAL, 1),
            org.assertj.core.api.Assertions.entry(StudyDesign.CONTROLLED_COHORT, 1));
    assertThat(cbtFunctional.directions())
        .containsExactly(org.assertj.core.api.Assertions.entry(ChangeDirection.DECREASE, 2));
    assertThat(cbtFunctional.summary())
        .isEqualTo(
            "psychological/cbt × mri/functional: 2 studies "
                + "(1 RANDOMISED_CONTROLLED_TRIAL, 1 CONTROLLED_COHORT), 70 participants, 2 outcomes (2 DECREASE)");
  }

  @Test
  void depthsAndFacetsAreConfigurable() {
    ClusterResult coarse =
        StudyClustering.withDefaults().withTreatmentDepth(1).withModalityDepth(1).cluster(STUDIES);
    assertThat(keys(coarse))
        .containsExactly("exercise × mri", "multidisciplinary × mri", "psychological × mri");
    ClusterResult fine =
        StudyClustering.withDefaults().withTreatmentDepth(0).withModalityDepth(4).cluster(STUDIES);
    assertThat(keys(fine))
        .containsExactly(
            "mri/functional/resting-state",
            "mri/functional/task/pain-evoked",
            "mri/functional/task/pressure-evoked",
            "mri/structural/cortical-thickness",
            "mri/structural/grey-matter-volume");
    ClusterResult byTreatment =
        StudyClustering.withDefaults().withModalityDepth(0).cluster(STUDIES);
    assertThat(keys(byTreatment))
        .containsExactly("exercise/aerobic", "multidisciplinary", "psychological/cbt");
    ClusterResult all =
        StudyClustering.withDefaults().withModalityDepth(0).withTreatmentDepth(0).cluster(STUDIES);
    assertThat(all.summary())
        .isEqualTo(
            "all: 3 studies (1 RANDOMISED_CONTROLLED_TRIAL, 1 CONTROLLED_COHORT, "
                + "1 UNCONTROLLED_COHORT), 86 participants, 5 outcomes (3 DECREASE, 1 NORMALISATION_TOWARD_CONTROLS, "
                + "1 NO_CHANGE)");
    StudyClustering c =
        StudyClustering.withDefaults()
            .withTreatmentDepth(3)
            .withModalityDepth(0)
            .withComponents(true);
    assertThat(List.of(c.treatmentDepth(), c.modalityDepth())).containsExactly(3, 0);
    assertThat(c.countsComponents()).isTrue();
  }

  @Test
  void aPopulationSubgroupSplitsItsStudiesOff() {
    PopulationSubgroup pediatricCrps =
        PopulationSubgroup.of(
            "pediatric CRPS",
            s ->
                s.population().ageGroup() == AgeGroup.PEDIATRIC
                    && s.population().condition().contains("regional pain"));
    ClusterResult result =
        StudyClustering.withDefaults()
            .withTreatmentDepth(1)
            .withModalityDepth(0)
            .withSubgroups(pediatricCrps)
            .cluster(STUDIES);
    assertThat(keys(result))
        .containsExactly("exercise", "multidisciplinary × pediatric CRPS", "psychological");
    assertThat(pediatricCrps).hasToString("pediatric CRPS");
    assertThat(pediatricCrps.label()).isEqualTo("pediatric CRPS");
  }

  @Test
  void anOutcomeCountsOnlyTheTreatmentOfItsOwnArm() {
    Participants ten = Participants.builder().n(10).build();
    Study twoArms =
        Study.builder()
            .from(ModelFixtures.exerciseBackPainCohort())
            .id("Sato2022")
            .arms(
                List.of(
                    Arm.builder().id("walk").label("walking").participants(ten).build(),
                    Arm.builder().id("cbt").label("CBT").participants(ten).build()))
            .interventions(
                List.of(
                    Intervention.builder()
                        .label("walking")
                        .concept("exercise/aerobic")
                        .armId("walk")
                        .build(),
                    Intervention.builder()
                        .label("CBT")
                        .concept("psychological/cbt")
                        .armId("cbt")
                        .build()))
            .imagingOutcomes(
                List.of(
                    outcome("thickness", "mri/structural/cortical-thickness", "cbt"),
                    outcome("resting", "mri/functional/resting-state", null)))
            .build();
    ClusterResult result = StudyClustering.withDefaults().cluster(List.of(twoArms));
    assertThat(keys(result))
        .containsExactly(
            "exercise/aerobic × mri/functional",
            "psychological/cbt × mri/functional",
            "psychological/cbt × mri/structural");
  }

  private static ImagingOutcome outcome(String label, String modality, String arm) {
    return ImagingOutcome.builder()
        .label(label)
        .modality(modality)
        .analysis(ImagingAnalysis.OTHER)
        .contrast(ImagingContrast.PRE_POST_WITHIN_GROUP)
        .direction(ChangeDirection.INCREASE)
        .armId(java.util.Optional.ofNullable(arm))
        .build();
  }

  @Test
  void studiesWithNothingToClusterByAreListedAsUnclustered() {
    Study bare =
        Study.builder()
            .from(ModelFixtures.exerciseBackPainCohort())
            .id("Bare2010")
            .interventions(List.of())
            .build();
    Study noImaging =
        Study.builder()
            .from(ModelFixtures.exerciseBackPainCohort())
            .id("Clinical2011")
            .imagingOutcomes(List.of())
            .build();
    ClusterResult result = StudyClustering.withDefaults().cluster(List.of(bare, noImaging));
    assertThat(result.clusters()).isEmpty();
    assertThat(result.unclustered()).containsExactly("Bare2010", "Clinical2011");
    assertThat(result.summary()).isEqualTo("unclustered: Bare2010, Clinical2011");
    ClusterResult byTreatment =
        StudyClustering.withDefaults().withModalityDepth(0).cluster(List.of(bare, noImaging));
    assertThat(keys(byTreatment)).containsExactly("exercise/aerobic");
    assertThat(byTreatment.clusters().get(0).outcomes()).isEmpty();
    assertThat(byTreatment.summary())
        .isEqualTo(
            "exercise/aerobic: 1 study (1 UNCONTROLLED_COHORT), 16 participants, "
                + "0 outcomes\nunclustered: Bare2010");
  }

  @Test
  void userTaxonomiesAreUsedForRollUp() {
    Taxonomy extended =
        Taxonomy.treatments().extend(Concept.of("exercise/aerobic/treadmill", "Treadmill walking"));
    Study treadmill =
        Study.builder()
            .from(ModelFixtures.exerciseBackPainCohort())
            .interventions(
                List.of(
                    Intervention.builder()
                        .label("treadmill")
                        .concept("exercise/aerobic/treadmill")
                        .build()))
            .build();
    assertThat(
            keys(
                StudyClustering.withDefaults()
                    .withTreatments(extended)
                    .withModalities(Taxonomy.mriModalities())
                    .withTreatmentDepth(3)
                    .withModalityDepth(1)
                    .cluster(List.of(treadmill))))
        .containsExactly("exercise/aerobic/treadmill × mri");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StudyClustering.withDefaults().cluster(List.of(treadmill)))
        .withMessage(
            "study 'Varga2016' intervention 'treadmill': taxonomy 'treatments' has no concept "
                + "'exercise/aerobic/treadmill'; nearest known codes: exercise/aerobic, exercise/resistance, exercise/other");
  }

  @Test
  void badConfigurationAndInputAreRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StudyClustering.withDefaults().withTreatmentDepth(-1))
        .withMessage("treatment depth must be >= 0 (0 leaves the facet out), was -1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StudyClustering.withDefaults().withModalityDepth(-2))
        .withMessage("modality depth must be >= 0 (0 leaves the facet out), was -2");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                StudyClustering.withDefaults()
                    .withSubgroups(
                        PopulationSubgroup.of("kids", s -> true),
                        PopulationSubgroup.of("kids", s -> false)))
        .withMessage("population subgroup labels must be unique, 'kids' appears more than once");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PopulationSubgroup.of(" ", s -> true))
        .withMessage("population subgroup label must not be blank, was ' '");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                StudyClustering.withDefaults()
                    .cluster(
                        List.of(
                            ModelFixtures.cbtFibromyalgiaTrial(),
                            ModelFixtures.cbtFibromyalgiaTrial())))
        .withMessage("study ids must be unique, 'Hartmann2017' appears more than once");
    Study badModality =
        Study.builder()
            .from(ModelFixtures.exerciseBackPainCohort())
            .imagingOutcomes(List.of(outcome("fmri", "mri/functional/rest", null)))
            .build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StudyClustering.withDefaults().cluster(List.of(badModality)))
        .withMessageStartingWith(
            "study 'Varga2016' imaging outcome 'fmri': taxonomy 'MRI modalities' has no concept "
                + "'mri/functional/rest'; nearest known codes: mri/functional/resting-state");
  }

  @Test
  void keysPrintAndSortByTreatmentModalitySubgroup() {
    ClusterKey a = ClusterKey.builder().treatment("exercise").modality("mri").build();
    ClusterKey b =
        ClusterKey.builder().treatment("exercise").modality("mri").subgroup("kids").build();
    ClusterKey c = ClusterKey.builder().treatment("education").build();
    assertThat(ClusterKey.builder().build()).hasToString("all");
    assertThat(b).hasToString("exercise × mri × kids");
    assertThat(java.util.stream.Stream.of(b, a, c).sorted().toList()).containsExactly(c, a, b);
  }
}
