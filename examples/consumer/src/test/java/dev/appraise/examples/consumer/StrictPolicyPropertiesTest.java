package dev.appraise.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.grade.Grading;
import dev.appraise.grade.GradingPolicy;
import dev.appraise.grade.Rating;
import dev.appraise.grade.Start;
import dev.appraise.grade.testing.GradeArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A project's own grading policy, checked with the generators appraise publishes for its users: a lab that rates
 * up only evidence with no reason to rate down never ends above the GRADE handbook's certainty.
 */
class StrictPolicyPropertiesTest {

  /** The lab's policy: the handbook, but ratings up apply only when nothing was rated down. */
  static final GradingPolicy LAB =
      GradingPolicy.handbook().withName("lab policy").withRateUpOnlyWhenNothingRatedDown(true);

  @Provide
  Arbitrary<Start> starts() {
    return GradeArbitraries.starts();
  }

  @Provide
  Arbitrary<List<Rating>> ratingSets() {
    return GradeArbitraries.ratingSets();
  }

  @Property
  void theLabPolicyIsNeverMoreCertainThanTheHandbook(
      @ForAll("starts") Start start, @ForAll("ratingSets") List<Rating> ratings) {
    Grading lab = LAB.grade(start, ratings);
    Grading handbook = GradingPolicy.handbook().grade(start, ratings);
    assertThat(lab.certainty().level()).isLessThanOrEqualTo(handbook.certainty().level());
    assertThat(lab.policy().name()).isEqualTo("lab policy");
  }

  @Property
  void withNothingRatedDownTheLabPolicyAgreesWithTheHandbook(
      @ForAll("starts") Start start, @ForAll("ratingSets") List<Rating> ratings) {
    List<Rating> noDowngrades = ratings.stream().filter(r -> r.levels() >= 0).toList();
    assertThat(LAB.grade(start, noDowngrades).certainty())
        .isEqualTo(GradingPolicy.handbook().grade(start, noDowngrades).certainty());
  }

  @Property
  void theOrderOfRatingsDoesNotMatter(@ForAll("starts") Start start, @ForAll("ratingSets") List<Rating> ratings) {
    List<Rating> reversed = new java.util.ArrayList<>(ratings);
    java.util.Collections.reverse(reversed);
    assertThat(LAB.grade(start, reversed).certainty()).isEqualTo(LAB.grade(start, ratings).certainty());
  }
}
