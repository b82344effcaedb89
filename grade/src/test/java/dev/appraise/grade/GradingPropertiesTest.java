package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.model.StudyDesign;
import dev.appraise.grade.testing.GradeArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GradingPropertiesTest {

  @Provide
  Arbitrary<GradingPolicy> policies() {
    return GradeArbitraries.policies();
  }

  @Provide
  Arbitrary<Start> starts() {
    return GradeArbitraries.starts();
  }

  @Provide
  Arbitrary<List<Rating>> ratingSets() {
    return GradeArbitraries.ratingSets();
  }

  @Provide
  Arbitrary<Rating> ratings() {
    return GradeArbitraries.ratings();
  }

  @Property
  void theLevelStaysOnTheScale(
      @ForAll("policies") GradingPolicy p,
      @ForAll("starts") Start s,
      @ForAll("ratingSets") List<Rating> r) {
    int level = p.grade(s, r).certainty().level();
    assertThat(level).isBetween(1, 4);
  }

  @Property
  void addingAReasonToRateDownNeverRaisesCertainty(
      @ForAll("policies") GradingPolicy p,
      @ForAll("starts") Start s,
      @ForAll("ratingSets") List<Rating> r,
      @ForAll("ratings") Rating extra) {
    if (extra.levels() > 0) {
      extra = Rating.none(extra.domain(), "");
    }
    Grading before = p.grade(s, without(r, extra.domain()));
    Grading after = p.grade(s, with(r, extra));
    assertThat(after.certainty().level()).isLessThanOrEqualTo(before.certainty().level());
  }

  @Property
  void addingAReasonToRateUpNeverLowersCertainty(
      @ForAll("policies") GradingPolicy p,
      @ForAll("starts") Start s,
      @ForAll("ratingSets") List<Rating> r,
      @ForAll("ratings") Rating extra) {
    if (extra.domain().ratesDown()) {
      extra = Rating.none(extra.domain(), "");
    }
    Grading before = p.grade(s, without(r, extra.domain()));
    Grading after = p.grade(s, with(r, extra));
    assertThat(after.certainty().level()).isGreaterThanOrEqualTo(before.certainty().level());
  }

  @Property
  void theOrderOfRatingsDoesNotMatter(
      @ForAll("policies") GradingPolicy p,
      @ForAll("starts") Start s,
      @ForAll("ratingSets") List<Rating> r,
      @ForAll long seed) {
    List<Rating> shuffled = new ArrayList<>(r);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(p.grade(s, shuffled)).isEqualTo(p.grade(s, r));
  }

  @Property
  void trialsWithNoConcernsAreHigh(
      @ForAll("policies") GradingPolicy p, @ForAll("ratingSets") List<Rating> r) {
    List<Rating> noConcerns = new ArrayList<>();
    for (Rating x : r) {
      noConcerns.add(x.domain().ratesDown() ? Rating.none(x.domain(), "no serious concerns") : x);
    }
    Start rct = Start.fromDesign(StudyDesign.RANDOMISED_CONTROLLED_TRIAL);
    assertThat(p.grade(rct, noConcerns).certainty()).isEqualTo(Certainty.HIGH);
  }

  @Property
  void observationalStudiesWithNothingEitherWayAreLow(
      @ForAll("policies") GradingPolicy p, @ForAll("ratingSets") List<Rating> r) {
    List<Rating> nothing = new ArrayList<>();
    for (Rating x : r) {
      nothing.add(Rating.none(x.domain(), ""));
    }
    for (StudyDesign d : StudyDesign.values()) {
      if (!d.isRandomised()) {
        assertThat(p.grade(Start.fromDesign(d), nothing).certainty()).isEqualTo(Certainty.LOW);
      }
    }
  }

  @Property
  void aClampIsRecordedExactlyWhenTheSumLeavesTheScale(
      @ForAll("policies") GradingPolicy p,
      @ForAll("starts") Start s,
      @ForAll("ratingSets") List<Rating> r) {
    Grading g = p.grade(s, r);
    int sum =
        s.certainty().level()
            + g.steps().stream()
                .filter(x -> x.kind() == Step.Kind.RATING)
                .mapToInt(Step::change)
                .sum();
    boolean outside = sum < 1 || sum > 4;
    assertThat(g.clamped()).isEqualTo(outside);
    assertThat(g.steps().stream().anyMatch(x -> x.kind() == Step.Kind.CLAMP)).isEqualTo(outside);
    assertThat(g.certainty().level()).isEqualTo(Math.max(1, Math.min(4, sum)));
  }

  @Property
  void withoutBlockingRulesTheLevelIsTheClampedSumOfStartAndRatings(
      @ForAll("starts") Start s, @ForAll("ratingSets") List<Rating> r) {
    GradingPolicy open = GradingPolicy.handbook().withRatingUpRandomised(true);
    int sum = s.certainty().level() + r.stream().mapToInt(Rating::levels).sum();
    assertThat(open.grade(s, r).certainty().level()).isEqualTo(Math.max(1, Math.min(4, sum)));
  }

  @Property
  void everyRatingAppearsAsAStepWithItsFootnote(
      @ForAll("policies") GradingPolicy p,
      @ForAll("starts") Start s,
      @ForAll("ratingSets") List<Rating> r) {
    Grading g = p.grade(s, r);
    for (Rating x : r) {
      assertThat(g.steps())
          .anySatisfy(
              step -> {
                assertThat(step.domain()).contains(x.domain());
                assertThat(step.text()).contains(x.footnote());
              });
    }
  }

  private static List<Rating> without(List<Rating> ratings, CertaintyDomain d) {
    List<Rating> out = new ArrayList<>();
    for (Rating x : ratings) {
      if (x.domain() != d) {
        out.add(x);
      }
    }
    return out;
  }

  private static List<Rating> with(List<Rating> ratings, Rating extra) {
    List<Rating> out = without(ratings, extra.domain());
    out.add(extra);
    return out;
  }
}
