package dev.appraise.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every invariant of the model's value types, each with the exact message it fails with. */
class ModelInvariantsTest {

  private static Participants.Builder participants() {
    return Participants.builder().n(10);
  }

  private static Arm arm(String id) {
    return Arm.builder().id(id).label(id).participants(participants().build()).build();
  }

  private static Study.Builder study() {
    Study s = ModelFixtures.exerciseBackPainCohort();
    return Study.builder().from(s);
  }

  private static ImagingOutcome.Builder outcome() {
    return ImagingOutcome.builder()
        .label("thickness")
        .modality("mri/structural/cortical-thickness")
        .analysis(ImagingAnalysis.SURFACE_BASED)
        .contrast(ImagingContrast.PRE_POST_WITHIN_GROUP)
        .direction(ChangeDirection.NO_CHANGE);
  }

  private static ReportedStatistic.Builder statistic(StatisticKind kind, double value) {
    return ReportedStatistic.builder().kind(kind).value(value);
  }

  private static ClinicalAssociation.Builder association(CorrelationDirection direction) {
    return ClinicalAssociation.builder().measure("pain").direction(direction);
  }

  private static PicoQuestion.Builder pico() {
    return PicoQuestion.builder().population("p").intervention("i").outcome("o");
  }

  private static Search.Builder search() {
    return Search.builder().date(LocalDate.of(2020, 1, 31));
  }

  private static DynamicTest rejects(String message, Supplier<?> build) {
    return dynamicTest(
        message,
        () -> assertThatIllegalArgumentException().isThrownBy(build::get).withMessage(message));
  }

  @TestFactory
  Stream<DynamicTest> participants_invariants() {
    return Stream.of(
        rejects("participants n must be >= 0, was -3", () -> Participants.builder().n(-3).build()),
        rejects(
            "participants female share must be between 0 and 1, was 1.2",
            () -> participants().femaleShare(1.2).build()),
        rejects(
            "participants female share must be between 0 and 1, was NaN",
            () -> participants().femaleShare(Double.NaN).build()),
        rejects(
            "participants mean age must be finite and >= 0, was -1.0",
            () -> participants().meanAge(-1).build()),
        rejects(
            "participants mean age must be finite and >= 0, was Infinity",
            () -> participants().meanAge(Double.POSITIVE_INFINITY).build()),
        rejects(
            "participants age sd must be finite and >= 0, was -0.5",
            () -> participants().ageSd(-0.5).build()),
        rejects(
            "participants min age must be finite and >= 0, was -2.0",
            () -> participants().minAge(-2).build()),
        rejects(
            "participants max age must be finite and >= 0, was -2.0",
            () -> participants().maxAge(-2).build()),
        rejects(
            "participants min age must be <= max age 30.0, was 40.0",
            () -> participants().minAge(40).maxAge(30).build()),
        rejects(
            "participants mean age must lie within the age range [18.0, 30.0], was 35.0",
            () -> participants().minAge(18).maxAge(30).meanAge(35).build()),
        rejects(
            "participants mean age must lie within the age range [18.0, ], was 12.0",
            () -> participants().minAge(18).meanAge(12).build()));
  }

  @TestFactory
  Stream<DynamicTest> population_arm_dose_invariants() {
    return Stream.of(
        rejects(
            "population condition must not be blank, was ' '",
            () -> Population.builder().condition(" ").ageGroup(AgeGroup.ADULT).build()),
        rejects(
            "population setting must not be blank, was ''",
            () ->
                Population.builder()
                    .condition("CRPS")
                    .setting("")
                    .ageGroup(AgeGroup.ADULT)
                    .build()),
        rejects(
            "arm id must start with a letter or digit and hold only letters, digits, '.', '_' and '-', was 'my arm'",
            () ->
                Arm.builder().id("my arm").label("x").participants(participants().build()).build()),
        rejects(
            "arm label must not be blank, was ''",
            () -> Arm.builder().id("a").label("").participants(participants().build()).build()),
        rejects(
            "dose must give sessions, weeks, minutes per session or a description, was empty",
            () -> Dose.builder().build()),
        rejects("dose sessions must be >= 1, was 0", () -> Dose.builder().sessions(0).build()),
        rejects(
            "dose weeks must be finite and > 0, was 0.0", () -> Dose.builder().weeks(0).build()),
        rejects(
            "dose minutes per session must be >= 1, was 0",
            () -> Dose.builder().minutesPerSession(0).build()),
        rejects(
            "dose description must not be blank, was ' '",
            () -> Dose.builder().description(" ").build()));
  }

  @TestFactory
  Stream<DynamicTest> intervention_and_comparator_invariants() {
    return Stream.of(
        rejects(
            "intervention component label must not be blank, was ''",
            () -> InterventionComponent.builder().label("").concept("physical").build()),
        rejects(
            "intervention component concept must be lower-case segments separated by '/' (e.g. "
                + "'psychological/cbt'), was 'Physical'",
            () -> InterventionComponent.builder().label("PT").concept("Physical").build()),
        rejects(
            "intervention label must not be blank, was ''",
            () -> Intervention.builder().label("").concept("exercise").build()),
        rejects(
            "intervention concept must be lower-case segments separated by '/' (e.g. 'psychological/cbt'), "
                + "was 'psychological//cbt'",
            () -> Intervention.builder().label("CBT").concept("psychological//cbt").build()),
        rejects(
            "intervention arm id must start with a letter or digit and hold only letters, digits, '.', '_' and "
                + "'-', was '-x'",
            () -> Intervention.builder().label("CBT").concept("psychological").armId("-x").build()),
        rejects(
            "comparator label must be given when kind is OTHER, was empty",
            () -> ComparatorCondition.builder().kind(ComparatorKind.OTHER).build()),
        rejects(
            "comparator label must not be blank, was ' '",
            () -> ComparatorCondition.builder().kind(ComparatorKind.USUAL_CARE).label(" ").build()),
        rejects(
            "comparator arm id must start with a letter or digit and hold only letters, digits, '.', '_' and "
                + "'-', was ''",
            () ->
                ComparatorCondition.builder().kind(ComparatorKind.NO_TREATMENT).armId("").build()));
  }

  @TestFactory
  Stream<DynamicTest> imaging_invariants() {
    return Stream.of(
        rejects(
            "coordinates x must be between -200 and 200, was 312.0",
            () -> Coordinates.of(312, 0, 0, CoordinateSpace.MNI)),
        rejects(
            "coordinates y must be between -200 and 200, was -201.0",
            () -> Coordinates.of(0, -201, 0, CoordinateSpace.MNI)),
        rejects(
            "coordinates z must be between -200 and 200, was NaN",
            () -> Coordinates.of(0, 0, Double.NaN, CoordinateSpace.TALAIRACH)),
        rejects(
            "brain region label must not be blank, was ''",
            () -> BrainRegion.builder().label("").build()),
        rejects(
            "brain region atlas label must not be blank, was ''",
            () -> BrainRegion.builder().label("insula").atlasLabel("").build()),
        rejects(
            "reported statistic value must be finite, was Infinity",
            () -> statistic(StatisticKind.T, Double.POSITIVE_INFINITY).build()),
        rejects(
            "reported statistic r must be between -1 and 1, was 1.5",
            () -> statistic(StatisticKind.R, 1.5).build()),
        rejects(
            "reported statistic F must be >= 0, was -2.0",
            () -> statistic(StatisticKind.F, -2).build()),
        rejects(
            "reported statistic p must be between 0 and 1, was 1.01",
            () -> statistic(StatisticKind.T, 2).p(1.01).build()),
        rejects(
            "reported statistic threshold must be > 0 and <= 1, was 0.0",
            () -> statistic(StatisticKind.T, 2).threshold(0).build()),
        rejects(
            "reported statistic region must not be blank, was ''",
            () -> statistic(StatisticKind.T, 2).region("").build()),
        rejects(
            "clinical association measure must not be blank, was ''",
            () -> association(CorrelationDirection.NONE).measure("").build()),
        rejects(
            "clinical association instrument must not be blank, was ''",
            () -> association(CorrelationDirection.NONE).instrument("").build()),
        rejects(
            "clinical association r must be between -1 and 1, was -1.5",
            () -> association(CorrelationDirection.NEGATIVE).r(-1.5).build()),
        rejects(
            "clinical association r must agree with direction POSITIVE, was -0.3",
            () -> association(CorrelationDirection.POSITIVE).r(-0.3).build()),
        rejects(
            "clinical association r must agree with direction NEGATIVE, was 0.0",
            () -> association(CorrelationDirection.NEGATIVE).r(0).build()),
        rejects(
            "clinical association p must be between 0 and 1, was -0.1",
            () -> association(CorrelationDirection.NONE).p(-0.1).build()),
        rejects(
            "imaging outcome label must not be blank, was ''", () -> outcome().label("").build()),
        rejects(
            "imaging outcome modality must be lower-case segments separated by '/' (e.g. 'psychological/cbt'), "
                + "was 'mri/Functional'",
            () -> outcome().modality("mri/Functional").build()),
        rejects(
            "imaging outcome arm id must start with a letter or digit and hold only letters, digits, '.', '_' "
                + "and '-', was 'a b'",
            () -> outcome().armId("a b").build()),
        rejects(
            "imaging outcome 'thickness' statistic region must name one of its regions [insula], was 'amygdala'",
            () ->
                outcome()
                    .addRegions(BrainRegion.builder().label("insula").build())
                    .addStatistics(statistic(StatisticKind.T, 3).region("amygdala").build())
                    .build()));
  }

  @Test
  void coordinatesWithoutASpaceCannotBeBuilt() {
    assertThatIllegalStateException()
        .isThrownBy(() -> Coordinates.builder().x(1).y(2).z(3).build())
        .withMessageContaining("space");
  }

  @TestFactory
  Stream<DynamicTest> clinical_source_question_search_invariants() {
    return Stream.of(
        rejects(
            "clinical outcome measure must not be blank, was ''",
            () -> ClinicalOutcome.builder().measure("").build()),
        rejects(
            "clinical outcome instrument must not be blank, was ''",
            () -> ClinicalOutcome.builder().measure("pain").instrument("").build()),
        rejects(
            "clinical outcome finding must not be blank, was ''",
            () -> ClinicalOutcome.builder().measure("pain").finding("").build()),
        rejects(
            "clinical outcome arm id must start with a letter or digit and hold only letters, digits, '.', '_' "
                + "and '-', was '?'",
            () -> ClinicalOutcome.builder().measure("pain").armId("?").build()),
        rejects(
            "source location must give a page, table, figure or quote, was empty",
            () -> SourceLocation.builder().build()),
        rejects(
            "source location page must not be blank, was ''",
            () -> SourceLocation.builder().page("").build()),
        rejects(
            "source location table must not be blank, was ''",
            () -> SourceLocation.builder().table("").build()),
        rejects(
            "source location figure must not be blank, was ''",
            () -> SourceLocation.builder().figure("").build()),
        rejects(
            "source location quote must not be blank, was ''",
            () -> SourceLocation.builder().quote("").build()),
        rejects("PICO population must not be blank, was ''", () -> pico().population("").build()),
        rejects(
            "PICO intervention must not be blank, was ''", () -> pico().intervention("").build()),
        rejects("PICO comparison must not be blank, was ''", () -> pico().comparison("").build()),
        rejects("PICO outcome must not be blank, was ''", () -> pico().outcome("").build()),
        rejects("search sources must name at least one source, was []", () -> search().build()),
        rejects("search source must not be blank, was ''", () -> search().addSources("").build()),
        rejects(
            "search sources must be unique, 'PubMed' appears more than once",
            () -> search().addSources("PubMed", "Embase", "PubMed").build()),
        rejects(
            "search strategy must not be blank, was ''",
            () -> search().addSources("PubMed").strategy("").build()),
        rejects(
            "citation year must be between 1600 and 2200, was 1500",
            () -> Citation.builder().title("t").year(1500).build()));
  }

  @TestFactory
  Stream<DynamicTest> study_invariants() {
    return Stream.of(
        rejects(
            "study id must start with a letter or digit and hold only letters, digits, '.', '_' and '-', was "
                + "'Varga 2016'",
            () -> study().id("Varga 2016").build()),
        rejects(
            "study 'Varga2016' arm ids must be unique, 'exercise' appears more than once",
            () -> study().addArms(arm("exercise")).build()),
        rejects(
            "study 'Varga2016' intervention 'yoga' arm id must name one of the study's arms [exercise], was 'yoga'",
            () ->
                study()
                    .addInterventions(
                        Intervention.builder()
                            .label("yoga")
                            .concept("exercise")
                            .armId("yoga")
                            .build())
                    .build()),
        rejects(
            "study 'Varga2016' comparator NO_TREATMENT arm id must name one of the study's arms [exercise], was "
                + "'none'",
            () ->
                study()
                    .addComparators(
                        ComparatorCondition.builder()
                            .kind(ComparatorKind.NO_TREATMENT)
                            .armId("none")
                            .build())
                    .build()),
        rejects(
            "study 'Varga2016' imaging outcome 'thickness' arm id must name one of the study's arms [exercise], "
                + "was 'controls'",
            () -> study().addImagingOutcomes(outcome().armId("controls").build()).build()),
        rejects(
            "study 'Varga2016' clinical outcome 'pain' arm id must name one of the study's arms [exercise], was "
                + "'controls'",
            () ->
                study()
                    .addClinicalOutcomes(
                        ClinicalOutcome.builder().measure("pain").armId("controls").build())
                    .build()),
        rejects(
            "study 'Varga2016' arm 'exercise' female share must be 1 in a WOMEN_ONLY population, was 0.5",
            () ->
                study()
                    .population(
                        Population.builder()
                            .condition("CLBP")
                            .ageGroup(AgeGroup.ADULT)
                            .sexRestriction(SexRestriction.WOMEN_ONLY)
                            .build())
                    .build()),
        rejects(
            "study 'Varga2016' arm 'exercise' female share must be 0 in a MEN_ONLY population, was 0.5",
            () ->
                study()
                    .population(
                        Population.builder()
                            .condition("CLBP")
                            .ageGroup(AgeGroup.ADULT)
                            .sexRestriction(SexRestriction.MEN_ONLY)
                            .build())
                    .build()),
        rejects(
            "study 'Varga2016' source key must not be blank, was ' '",
            () -> study().putSources(" ", SourceLocation.builder().page("3").build()).build()));
  }

  @TestFactory
  Stream<DynamicTest> review_invariants() {
    Review review = ModelFixtures.review();
    return Stream.of(
        rejects(
            "review schemaVersion must be 1, was 2",
            () -> Review.builder().from(review).schemaVersion(2).build()),
        rejects(
            "review title must not be blank, was ''",
            () -> Review.builder().from(review).title("").build()),
        rejects(
            "review study ids must be unique, 'Varga2016' appears more than once",
            () ->
                Review.builder()
                    .from(review)
                    .addStudies(ModelFixtures.exerciseBackPainCohort())
                    .build()),
        rejects(
            "review risk-of-bias judgement study id must name one of the review's studies [Hartmann2017, "
                + "Okafor2020, Varga2016], was 'Nobody2000'",
            () ->
                Review.builder()
                    .from(review)
                    .addRiskOfBias(
                        RiskOfBiasJudgement.builder()
                            .studyId("Nobody2000")
                            .tool("rob1")
                            .domain("D1")
                            .level(RiskOfBiasLevel.LOW)
                            .rater("AB")
                            .build())
                    .build()));
  }

  @Test
  void fixturesBuildAndAnswerLookups() {
    Review review = ModelFixtures.review();
    assertThat(review.schemaVersion()).isEqualTo(Review.SCHEMA_VERSION);
    assertThat(review.study("Okafor2020")).map(Study::totalParticipants).contains(24);
    assertThat(review.study("Nobody")).isEmpty();
    Study okafor = review.study("Okafor2020").orElseThrow();
    assertThat(okafor.arm("controls")).map(Arm::label).contains("pain-free controls");
    assertThat(okafor.arm("nobody")).isEmpty();
    assertThat(okafor.population().sexRestriction()).isEqualTo(SexRestriction.NONE);
  }

  @Test
  void womenOnlyPopulationAcceptsShareOneAndUnreportedShare() {
    Study trial = ModelFixtures.cbtFibromyalgiaTrial();
    Study withUnknownShare =
        Study.builder()
            .from(trial)
            .addArms(
                Arm.builder()
                    .id("extra")
                    .label("extra")
                    .participants(participants().build())
                    .build())
            .build();
    assertThat(withUnknownShare.arms()).hasSize(3);
  }
}
