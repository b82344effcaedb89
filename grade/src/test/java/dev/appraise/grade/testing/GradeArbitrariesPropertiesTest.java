package dev.appraise.grade.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.grade.CertaintyAssessment;
import dev.appraise.grade.CertaintyDomain;
import dev.appraise.grade.EvidenceBody;
import dev.appraise.grade.Grading;
import dev.appraise.grade.Rating;
import dev.appraise.grade.Start;
import dev.appraise.grade.Step;
import dev.appraise.grade.Suggestions;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The published generators produce only values the library accepts, and cover what they promise.
 */
class GradeArbitrariesPropertiesTest {

  @Provide
  Arbitrary<CertaintyAssessment> assessments() {
    return GradeArbitraries.assessments();
  }

  @Provide
  Arbitrary<Rating> ratings() {
    return GradeArbitraries.ratings();
  }

  @Provide
  Arbitrary<List<Rating>> ratingSets() {
    return GradeArbitraries.ratingSets();
  }

  @Provide
  Arbitrary<Start> starts() {
    return GradeArbitraries.starts();
  }

  @Provide
  Arbitrary<EvidenceBody> bodies() {
    return GradeArbitraries.evidenceBodies();
  }

  @Property
  void ratingsLieInTheirDomainsRange(@ForAll("ratings") Rating r) {
    assertThat(r.levels()).isBetween(r.domain().minLevels(), r.domain().maxLevels());
    assertThat(Rating.builder().from(r).build()).isEqualTo(r);
  }

  @Property
  void ratingSetsNameEachDomainAtMostOnce(@ForAll("ratingSets") List<Rating> rs) {
    assertThat(rs.stream().map(Rating::domain).distinct().count()).isEqualTo(rs.size());
  }

  @Property
  void startsAreValid(@ForAll("starts") Start s) {
    assertThat(Start.builder().from(s).build()).isEqualTo(s);
  }

  @Property(tries = 300)
  void assessmentsAreValidAndConsistent(@ForAll("assessments") CertaintyAssessment a) {
    assertThat(CertaintyAssessment.builder().from(a).build()).isEqualTo(a);
    Grading g = a.grading();
    assertThat(g.certainty().level()).isBetween(1, 4);
    assertThat(g.steps().get(0).kind()).isEqualTo(Step.Kind.START);
    assertThat(g.steps().get(g.steps().size() - 1).level()).isEqualTo(g.certainty().level());
    assertThat(g.policy().grade(g.start(), g.ratings())).isEqualTo(g);
  }

  @Property(tries = 300)
  void suggestionsOnGeneratedBodiesAreValidRatings(@ForAll("bodies") EvidenceBody e) {
    Suggestions.withDefaults()
        .suggest(e)
        .forEach(
            s -> {
              assertThat(s.rating().levels())
                  .isBetween(s.domain().minLevels(), s.domain().maxLevels());
              assertThat(s.rationale()).isNotBlank();
              assertThat(s.domain()).isIn((Object[]) CertaintyDomain.values());
            });
  }
}
