package dev.appraise.core.model;

import dev.appraise.core.flow.PrismaFlow;
import java.time.LocalDate;

/**
 * Small, made-up but realistic studies and a review holding them, for tests across packages. They
 * are not the studies of any published review.
 */
public final class ModelFixtures {

  private ModelFixtures() {}

  /**
   * A waiting-list controlled trial of group CBT in women with fibromyalgia, with a resting-state
   * finding.
   */
  public static Study cbtFibromyalgiaTrial() {
    return Study.builder()
        .id("Hartmann2017")
        .citation(
            Citation.builder()
                .addAuthors("Hartmann L", "Bauer K", "Novak P")
                .year(2017)
                .title(
                    "Group cognitive-behavioural therapy and resting-state connectivity in fibromyalgia")
                .journal("Journal of Pain Research")
                .doi("10.0000/jpr.2017.0001")
                .build())
        .design(StudyDesign.RANDOMISED_CONTROLLED_TRIAL)
        .population(
            Population.builder()
                .condition("fibromyalgia")
                .setting("university pain clinic")
                .ageGroup(AgeGroup.ADULT)
                .sexRestriction(SexRestriction.WOMEN_ONLY)
                .build())
        .addArms(
            Arm.builder()
                .id("cbt")
                .label("group CBT")
                .participants(
                    Participants.builder()
                        .n(24)
                        .femaleShare(1)
                        .meanAge(47.2)
                        .ageSd(8.1)
                        .minAge(25)
                        .maxAge(64)
                        .build())
                .build())
        .addArms(
            Arm.builder()
                .id("waitlist")
                .label("waiting list")
                .participants(Participants.builder().n(22).femaleShare(1).meanAge(45.9).build())
                .build())
        .addInterventions(
            Intervention.builder()
                .label("group CBT for pain")
                .concept("psychological/cbt")
                .dose(Dose.builder().sessions(10).weeks(10).minutesPerSession(90).build())
                .armId("cbt")
                .build())
        .addComparators(
            ComparatorCondition.builder()
                .kind(ComparatorKind.WAITING_LIST)
                .armId("waitlist")
                .build())
        .addImagingOutcomes(
            ImagingOutcome.builder()
                .label("default mode network to insula connectivity")
                .modality("mri/functional/resting-state")
                .analysis(ImagingAnalysis.SEED_BASED_FC)
                .contrast(ImagingContrast.GROUP_BY_TIME)
                .addRegions(
                    BrainRegion.builder()
                        .label("anterior insula")
                        .hemisphere(Hemisphere.LEFT)
                        .atlasLabel("AAL: Insula_L")
                        .coordinates(Coordinates.of(-34, 18, 4, CoordinateSpace.MNI))
                        .build())
                .direction(ChangeDirection.DECREASE)
                .addStatistics(
                    ReportedStatistic.builder()
                        .kind(StatisticKind.T)
                        .value(4.12)
                        .p(0.001)
                        .correction(CorrectionMethod.CLUSTER_FWE)
                        .threshold(0.05)
                        .region("anterior insula")
                        .build())
                .addAssociations(
                    ClinicalAssociation.builder()
                        .measure("pain intensity")
                        .instrument("VAS")
                        .direction(CorrelationDirection.POSITIVE)
                        .r(0.48)
                        .p(0.02)
                        .build())
                .armId("cbt")
                .source(SourceLocation.builder().page("412").table("Table 3").build())
                .build())
        .addClinicalOutcomes(
            ClinicalOutcome.builder()
                .measure("fibromyalgia impact")
                .instrument("FIQ")
                .direction(ChangeDirection.DECREASE)
                .finding("FIQ fell by 11 points more than on the waiting list")
                .build())
        .putSources(
            "/arms/0/participants", SourceLocation.builder().page("409").table("Table 1").build())
        .build();
  }

  /**
   * A pediatric CRPS cohort: an intensive multidisciplinary programme with physical and CBT
   * components, patients against pain-free controls, with a structural and a functional finding.
   */
  public static Study pediatricCrpsCohort() {
    return Study.builder()
        .id("Okafor2020")
        .citation(
            Citation.builder()
                .addAuthors("Okafor N", "Lindqvist E")
                .year(2020)
                .title(
                    "Brain changes after intensive interdisciplinary treatment of pediatric CRPS")
                .journal("Pain Reports")
                .pmid("30000001")
                .build())
        .design(StudyDesign.CONTROLLED_COHORT)
        .population(
            Population.builder()
                .condition("complex regional pain syndrome")
                .setting("pediatric pain rehabilitation centre")
                .ageGroup(AgeGroup.PEDIATRIC)
                .build())
        .addArms(
            Arm.builder()
                .id("patients")
                .label("CRPS patients")
                .participants(
                    Participants.builder()
                        .n(12)
                        .femaleShare(0.83)
                        .meanAge(14.1)
                        .minAge(10)
                        .maxAge(17)
                        .build())
                .build())
        .addArms(
            Arm.builder()
                .id("controls")
                .label("pain-free controls")
                .participants(Participants.builder().n(12).femaleShare(0.83).meanAge(14.3).build())
                .build())
        .addInterventions(
            Intervention.builder()
                .label("intensive interdisciplinary pain treatment")
                .concept("multidisciplinary")
                .addComponents(
                    InterventionComponent.builder()
                        .label("physical therapy")
                        .concept("physical")
                        .build())
                .addComponents(
                    InterventionComponent.builder()
                        .label("occupational therapy")
                        .concept("physical")
                        .build())
                .addComponents(
                    InterventionComponent.builder()
                        .label("CBT")
                        .concept("psychological/cbt")
                        .build())
                .dose(Dose.builder().weeks(3).description("daily, 8 h a day, inpatient").build())
                .armId("patients")
                .build())
        .addComparators(
            ComparatorCondition.builder()
                .kind(ComparatorKind.HEALTHY_CONTROLS)
                .label("age- and sex-matched")
                .armId("controls")
                .build())
        .addImagingOutcomes(
            ImagingOutcome.builder()
                .label("grey matter volume")
                .modality("mri/structural/grey-matter-volume")
                .analysis(ImagingAnalysis.VBM)
                .contrast(ImagingContrast.PRE_POST_WITHIN_GROUP)
                .addRegions(
                    BrainRegion.builder()
                        .label("dorsolateral prefrontal cortex")
                        .hemisphere(Hemisphere.BILATERAL)
                        .build())
                .direction(ChangeDirection.NORMALISATION_TOWARD_CONTROLS)
                .addStatistics(
                    ReportedStatistic.builder()
                        .kind(StatisticKind.Z)
                        .value(3.6)
                        .correction(CorrectionMethod.FWE)
                        .threshold(0.05)
                        .build())
                .armId("patients")
                .build())
        .addImagingOutcomes(
            ImagingOutcome.builder()
                .label("evoked response to brush")
                .modality("mri/functional/task/pain-evoked")
                .analysis(ImagingAnalysis.WHOLE_BRAIN_GLM)
                .contrast(ImagingContrast.PRE_POST_WITHIN_GROUP)
                .addRegions(
                    BrainRegion.builder()
                        .label("primary somatosensory cortex")
                        .hemisphere(Hemisphere.CONTRALATERAL)
                        .coordinates(Coordinates.of(38, -30, 58, CoordinateSpace.TALAIRACH))
                        .build())
                .direction(ChangeDirection.DECREASE)
                .armId("patients")
                .source(SourceLocation.builder().figure("Figure 2").build())
                .build())
        .addClinicalOutcomes(
            ClinicalOutcome.builder()
                .measure("pain intensity")
                .instrument("NRS")
                .direction(ChangeDirection.DECREASE)
                .armId("patients")
                .build())
        .build();
  }

  /**
   * An uncontrolled aerobic-exercise cohort in chronic low back pain, with a pressure-evoked and a
   * thickness finding.
   */
  public static Study exerciseBackPainCohort() {
    return Study.builder()
        .id("Varga2016")
        .citation(
            Citation.builder()
                .addAuthors("Varga T")
                .year(2016)
                .title(
                    "Aerobic exercise and pressure-evoked brain responses in chronic low back pain")
                .build())
        .design(StudyDesign.UNCONTROLLED_COHORT)
        .population(
            Population.builder()
                .condition("chronic low back pain")
                .ageGroup(AgeGroup.ADULT)
                .build())
        .addArms(
            Arm.builder()
                .id("exercise")
                .label("aerobic exercise")
                .participants(
                    Participants.builder()
                        .n(16)
                        .femaleShare(0.5)
                        .meanAge(41)
                        .minAge(22)
                        .maxAge(60)
                        .build())
                .build())
        .addInterventions(
            Intervention.builder()
                .label("supervised treadmill walking")
                .concept("exercise/aerobic")
                .dose(Dose.builder().sessions(36).weeks(12).minutesPerSession(40).build())
                .armId("exercise")
                .build())
        .addImagingOutcomes(
            ImagingOutcome.builder()
                .label("pressure-evoked activation")
                .modality("mri/functional/task/pressure-evoked")
                .analysis(ImagingAnalysis.WHOLE_BRAIN_GLM)
                .contrast(ImagingContrast.PRE_POST_WITHIN_GROUP)
                .direction(ChangeDirection.DECREASE)
                .addStatistics(
                    ReportedStatistic.builder()
                        .kind(StatisticKind.F)
                        .value(9.4)
                        .p(0.004)
                        .correction(CorrectionMethod.UNCORRECTED)
                        .build())
                .build())
        .addImagingOutcomes(
            ImagingOutcome.builder()
                .label("cortical thickness")
                .modality("mri/structural/cortical-thickness")
                .analysis(ImagingAnalysis.SURFACE_BASED)
                .contrast(ImagingContrast.PRE_POST_WITHIN_GROUP)
                .direction(ChangeDirection.NO_CHANGE)
                .build())
        .addClinicalOutcomes(
            ClinicalOutcome.builder().measure("disability").instrument("ODI").build())
        .build();
  }

  /** A review of the three made-up studies with one rater's overall judgement of each. */
  public static Review review() {
    Review.Builder review =
        Review.builder()
            .title(
                "Brain changes after non-pharmacological treatment of chronic pain: a made-up review")
            .question(
                PicoQuestion.builder()
                    .population("children or adults with chronic musculoskeletal pain")
                    .intervention("non-pharmacological treatment")
                    .comparison("any comparator, or none")
                    .outcome("structural or functional brain changes on MRI")
                    .build())
            .addSearches(
                Search.builder()
                    .addSources("PubMed", "Embase", "PsycINFO")
                    .date(LocalDate.of(2021, 3, 1))
                    .strategy("(chronic pain) AND (MRI) AND (therapy)")
                    .build())
            .prismaFlow(
                PrismaFlow.builder()
                    .putRecordsPerSource("PubMed", 212)
                    .putRecordsPerSource("Embase", 301)
                    .putRecordsPerSource("PsycINFO", 57)
                    .duplicatesRemoved(170)
                    .recordsScreened(400)
                    .recordsExcluded(371)
                    .reportsSought(29)
                    .reportsNotRetrieved(0)
                    .reportsAssessed(29)
                    .putReportsExcludedPerReason("no MRI outcome", 18)
                    .putReportsExcludedPerReason("acute pain", 9)
                    .includedFromDatabases(2)
                    .putRecordsPerOtherMethod("reference lists", 4)
                    .otherReportsSought(1)
                    .otherReportsAssessed(1)
                    .includedFromOtherMethods(1)
                    .studiesIncluded(3)
                    .reportsOfIncludedStudies(3)
                    .build())
            .addStudies(cbtFibromyalgiaTrial(), pediatricCrpsCohort(), exerciseBackPainCohort());
    for (String id : new String[] {"Hartmann2017", "Okafor2020", "Varga2016"}) {
      review.addRiskOfBias(
          RiskOfBiasJudgement.builder()
              .studyId(id)
              .tool("rob1")
              .domain(RiskOfBiasJudgement.OVERALL)
              .level(id.startsWith("H") ? RiskOfBiasLevel.UNCLEAR : RiskOfBiasLevel.HIGH)
              .rater("AB")
              .build());
    }
    return review.build();
  }
}
