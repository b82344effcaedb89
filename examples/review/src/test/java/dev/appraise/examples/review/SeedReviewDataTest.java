package dev.appraise.examples.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.flow.PrismaFlow;
import dev.appraise.core.io.ReviewJson;
import dev.appraise.core.model.AgeGroup;
import dev.appraise.core.model.Review;
import dev.appraise.core.model.SexRestriction;
import dev.appraise.core.model.Study;
import dev.appraise.core.model.StudyDesign;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The seed review's data file, read through core's JSON reader, holds what the review's text
 * reports (Meeus et al., Pain Physician 2017;20:139-154; each expected value quoted from the
 * Results section).
 */
class SeedReviewDataTest {

  private final Review review = SeedReview.review();

  private List<String> ids(Predicate<Study> which) {
    return review.studies().stream().filter(which).map(Study::id).toList();
  }

  @Test
  void nineStudiesRefs28To36() {
    // "Of the 9 included studies (28-36)"
    assertThat(review.studies())
        .extracting(Study::id)
        .containsExactly(
            "Becerra28",
            "Shpaner29",
            "Flodin30",
            "Diers31",
            "Jensen32",
            "Micalos33",
            "Seminowicz34",
            "Erpelding35",
            "Simons36");
  }

  @Test
  void twoRandomisedTrialsAndSevenControlledCohorts() {
    // "2 studies were RCTs and 7 studies were controlled cohort studies"; "2 RCTs looked at
    // resting-state fMRI (29)
    // and pain-induced fMRI (32)"
    assertThat(ids(s -> s.design() == StudyDesign.RANDOMISED_CONTROLLED_TRIAL))
        .containsExactly("Shpaner29", "Jensen32");
    assertThat(ids(s -> s.design() == StudyDesign.CONTROLLED_COHORT)).hasSize(7);
  }

  @Test
  void pediatricAndWomenOnlyPopulations() {
    // "In 2 studies, only women were included (30,32) ... Another 3 studies included pediatric
    // patients (28,35,36)."
    assertThat(ids(s -> s.population().sexRestriction() == SexRestriction.WOMEN_ONLY))
        .containsExactly("Flodin30", "Jensen32");
    assertThat(ids(s -> s.population().ageGroup() == AgeGroup.PEDIATRIC))
        .containsExactly("Becerra28", "Erpelding35", "Simons36");
  }

  @Test
  void treatmentsAsTheReviewClustersThem() {
    // "A total of 4 studies reported brain changes following CBT" (29, 32, 34, and extinction
    // training in 31);
    // multidisciplinary treatment (28,35,36); "2 studies applied exercise therapy" (30, 33)
    assertThat(ids(s -> s.interventions().get(0).concept().equals("psychological/cbt")))
        .containsExactly("Shpaner29", "Jensen32", "Seminowicz34");
    assertThat(
            ids(
                s ->
                    s.interventions().get(0).concept().equals("psychological/extinction-training")))
        .containsExactly("Diers31");
    assertThat(ids(s -> s.interventions().get(0).concept().equals("multidisciplinary")))
        .containsExactly("Becerra28", "Erpelding35", "Simons36");
    assertThat(ids(s -> s.interventions().get(0).concept().startsWith("exercise")))
        .containsExactly("Flodin30", "Micalos33");
  }

  @Test
  void noStudyHasInventedParticipantCounts() {
    // "The number of patients in each study varied from 10 to 25 patients." - no per-study numbers
    // in the text
    assertThat(review.studies()).allSatisfy(s -> assertThat(s.arms()).isEmpty());
  }

  @Test
  void flowAsReportedWithTheRestUnreported() {
    // "A total of 749 records were identified ... 7 eligible studies remained ... 2 more eligible
    // articles ...
    // resulting in a total of 9 studies."
    PrismaFlow flow = review.prismaFlow().orElseThrow();
    assertThat(flow.recordsIdentified()).hasValue(749);
    assertThat(flow.includedFromDatabases()).hasValue(7);
    assertThat(flow.includedFromOtherMethods()).hasValue(2);
    assertThat(flow.studiesIncluded()).hasValue(9);
    assertThat(flow.recordsScreened()).isEmpty();
    assertThat(flow.recordsExcluded()).isEmpty();
    assertThat(flow.reportsAssessed()).isEmpty();
  }

  @Test
  void searchedThreeDatabasesInOctober2015() {
    // "An extensive search of the online databases PubMed ..., Web of Science ..., and Embase ...
    // was conducted in
    // October 2015."
    assertThat(review.searches())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.sources()).containsExactly("PubMed", "Web of Science", "Embase");
              assertThat(s.date().getYear()).isEqualTo(2015);
              assertThat(s.date().getMonthValue()).isEqualTo(10);
            });
  }

  @Test
  void roundTripsThroughCoreJson() {
    ReviewJson json = ReviewJson.withDefaults();
    assertThat(json.read(json.write(review))).isEqualTo(review);
  }
}
