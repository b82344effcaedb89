package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Malformed input is an IllegalArgumentException saying what and where; undefined results are never
 * thrown.
 */
class AgreementInputTest {

  private static final CategorySet<String> ABC = CategorySet.of("a", "b", "c");

  @Test
  void fewerThanTwoRaters() {
    assertThatThrownBy(() -> RatingTableAccumulator.create(ABC, List.of("only")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two raters");
    assertThatThrownBy(() -> AgreementStatsAccumulator.create(ABC, List.of("only")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two raters");
  }

  @Test
  void valueOutsideTheDeclaredCategoriesNamesUnitRaterAndValue() {
    RatingTableAccumulator<String> acc = RatingTableAccumulator.create(ABC, List.of("Ann", "Bob"));
    acc.add("u1", List.of("a", "b"));
    assertThatThrownBy(() -> acc.add("u2", List.of("a", "z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unit 'u2', rater 'Bob': value 'z' is not one of the declared categories [a, b, c]");
  }

  @Test
  void rowOfTheWrongLength() {
    RatingTableAccumulator<String> acc = RatingTableAccumulator.create(ABC, List.of("Ann", "Bob"));
    assertThatThrownBy(() -> acc.add("u7", List.of("a", "b", "c")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unit 'u7' has 3 ratings");
  }

  @Test
  void negativeCountsAndNonSquareTables() {
    assertThatThrownBy(
            () -> CategoryCounts.of(ABC, List.of("p1", "p2"), new int[][] {{1, 2, 0}, {0, -1, 3}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit 'p2', category 'b': count must be >= 0, was -1");
    assertThatThrownBy(() -> ContingencyTable.of(ABC, new long[][] {{1, 2, 3}, {1, 2}, {1, 2, 3}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 2 ('b') has 2 columns");
    assertThatThrownBy(() -> ContingencyTable.of(ABC, new long[][] {{1, 2, 3}, {1, 2, 3}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one row per category (3), had 2");
    assertThatThrownBy(
            () -> ContingencyTable.of(ABC, new long[][] {{1, 2, 3}, {1, -2, 3}, {0, 0, 0}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("row 2 ('b'), column 2 ('b') must be >= 0, was -2");
  }

  @Test
  void customWeightsOfTheWrongSize() {
    RatingTable<String> t =
        RatingTable.of(ABC, List.of("x", "y"), List.of(List.of("a", "b"), List.of("c", "c")));
    AgreementOptions o =
        AgreementOptions.withDefaults()
            .withWeights(Weights.custom(new double[][] {{1, 0}, {0, 1}}));
    assertThatThrownBy(() -> AgreementReport.of(t, o))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 x 2 but there are 3 categories");
    assertThatThrownBy(() -> Weights.custom(new double[][] {{1, 0}, {0}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("square");
  }

  @Test
  void duplicateCategoriesAndBadOptions() {
    assertThatThrownBy(() -> CategorySet.of("a", "b", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a' twice");
    assertThatThrownBy(() -> AgreementOptions.withDefaults().withConfidence(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidence level");
    assertThatThrownBy(() -> AgreementOptions.withDefaults().withBootstrap(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("replicates must be >= 0");
    assertThatThrownBy(() -> Level.of("cardinal")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyRatingInOneCategoryIsUndefinedNotAnException() {
    RatingTable<String> t =
        RatingTable.of(
            ABC,
            List.of("x", "y", "z"),
            List.of(List.of("a", "a", "a"), List.of("a", "a", "a"), Arrays.asList("a", null, "a")));
    AgreementReport r = AgreementReport.of(t, AgreementOptions.withDefaults().withBootstrap(20, 1));
    for (Coefficient c :
        List.of(
            Coefficient.FLEISS_KAPPA,
            Coefficient.CONGER_KAPPA,
            Coefficient.LIGHT_KAPPA,
            Coefficient.KRIPPENDORFF_ALPHA)) {
      Estimate e = TestData.estimate(r, c);
      assertThat(e.isDefined()).as(c.id()).isFalse();
      assertThat(e.undefinedReason()).as(c.id()).isPresent();
      assertThat(e.standardError()).isEmpty();
    }
    assertThat(TestData.estimate(r, Coefficient.KRIPPENDORFF_ALPHA).undefinedReason().orElseThrow())
        .contains("expected disagreement is 0");
    assertThat(TestData.estimate(r, Coefficient.FLEISS_KAPPA).undefinedReason().orElseThrow())
        .contains("chance agreement is 1");
    // percent agreement, AC1 and Brennan-Prediger stay defined: chance agreement is below 1 with 3
    // categories
    assertThat(TestData.value(r, Coefficient.PERCENT_AGREEMENT)).isEqualTo(1.0);
    assertThat(TestData.value(r, Coefficient.GWET_AC1)).isEqualTo(1.0);
    assertThat(TestData.value(r, Coefficient.BRENNAN_PREDIGER)).isEqualTo(1.0);
  }

  @Test
  void noPairableValuesIsUndefined() {
    RatingTable<String> t =
        RatingTable.of(
            ABC, List.of("x", "y"), List.of(Arrays.asList("a", null), Arrays.asList(null, "b")));
    AgreementReport r = AgreementReport.of(t, AgreementOptions.withDefaults());
    assertThat(TestData.estimate(r, Coefficient.KRIPPENDORFF_ALPHA).undefinedReason().orElseThrow())
        .contains("no pairable values");
    assertThat(TestData.estimate(r, Coefficient.COHEN_KAPPA).undefinedReason().orElseThrow())
        .contains("no unit was rated by both raters");
    assertThat(TestData.estimate(r, Coefficient.PERCENT_AGREEMENT).isDefined()).isFalse();
  }

  @Test
  void intervalAlphaNeedsNumericCategories() {
    RatingTable<String> t =
        RatingTable.of(ABC, List.of("x", "y"), List.of(List.of("a", "b"), List.of("c", "c")));
    Estimate e =
        TestData.estimate(
            AgreementReport.of(t, AgreementOptions.withDefaults().withLevel(Level.INTERVAL)),
            Coefficient.KRIPPENDORFF_ALPHA);
    assertThat(e.undefinedReason().orElseThrow()).contains("numeric category values");
  }

  @Test
  void undeclaredCategoriesAreCollectedAndSorted() {
    RatingTable<String> t = RatingTable.of(List.of(List.of("b", "a"), Arrays.asList("c", null)));
    assertThat(t.categories().categories()).containsExactly("a", "b", "c");
    assertThat(t.rating(0, 0)).contains("b");
    assertThat(t.rating(1, 1)).isEmpty();
    assertThat(t.raters()).containsExactly("rater1", "rater2");
  }

  @Test
  void confusionMatrixAndDisagreements() {
    RatingTable<String> t =
        RatingTable.of(
            ABC,
            List.of("Ann", "Bob"),
            List.of(
                List.of("a", "a"), List.of("a", "b"), Arrays.asList("c", null), List.of("c", "b")));
    ContingencyTable<String> m = t.confusionMatrix(0, 1);
    assertThat(m.total()).isEqualTo(3);
    assertThat(m.count(0, 0)).isEqualTo(1);
    assertThat(m.count(0, 1)).isEqualTo(1);
    assertThat(m.count(2, 1)).isEqualTo(1);
    List<UnitDisagreement<String>> d = t.disagreements();
    assertThat(d).extracting(UnitDisagreement::unitId).containsExactly("2", "4");
    assertThat(d.get(1).values())
        .containsExactly(java.util.Optional.of("c"), java.util.Optional.of("b"));
  }
}
