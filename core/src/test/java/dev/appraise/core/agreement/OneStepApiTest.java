package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a user reaches in one step: results, weights by irr's names, integer scales, rows with
 * missing ratings.
 */
class OneStepApiTest {

  private static final RatingTable<Integer> TABLE =
      RatingTable.of(
          CategorySet.integers(1, 4),
          List.of("a", "b", "c"),
          List.of(
              List.of(1, 1, 2),
              List.of(2, 2, 2),
              List.of(3, 4, 3),
              List.of(4, 4, 4),
              List.of(1, 2, 1),
              List.of(3, 3, 3)));

  @Test
  void standardErrorAndIntervalAreReadInOneStepOrSayWhyNot() {
    AgreementReport report = AgreementReport.of(TABLE, AgreementOptions.withDefaults());
    Estimate fleiss = report.coefficient(Coefficient.FLEISS_KAPPA).orElseThrow();
    Estimate light = report.coefficient(Coefficient.LIGHT_KAPPA).orElseThrow();

    assertThat(fleiss.standardErrorOrThrow()).isEqualTo(fleiss.standardError().getAsDouble());
    assertThat(fleiss.intervalOrThrow()).isEqualTo(fleiss.interval().orElseThrow());
    assertThatThrownBy(light::standardErrorOrThrow)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "light_kappa has no standard error: the literature gives none for it; ask for the bootstrap");
    Estimate undefined = Estimate.undefined(Coefficient.COHEN_KAPPA, "chance agreement is 1");
    assertThatThrownBy(undefined::intervalOrThrow)
        .hasMessage("cohen_kappa has no interval: it is undefined: chance agreement is 1");
  }

  @Test
  void irrsWeightNamesAreAliases() {
    assertThat(Weights.of("equal").name()).isEqualTo("linear");
    assertThat(Weights.of("Squared").name()).isEqualTo("quadratic");
    assertThat(Weights.of("unweighted").isIdentity()).isTrue();
    assertThat(Weights.of("equal").matrix(CategorySet.integers(1, 3))[0])
        .containsExactly(1, 0.5, 0);
  }

  @Test
  void integerCategoriesAreDeclaredInOneCall() {
    CategorySet<Integer> scale = CategorySet.integers(1, 5);

    assertThat(scale.categories()).containsExactly(1, 2, 3, 4, 5);
    assertThat(scale.isNumeric()).isTrue();
    assertThatThrownBy(() -> CategorySet.integers(3, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("integer categories need first <= last, were 3 and 1");
  }

  @Test
  void rowsWithMissingRatingsNeedNoListTricks() {
    RatingTableAccumulator<String> acc =
        RatingTableAccumulator.create(CategorySet.of("no", "yes"), List.of("A", "B"));
    acc.add("u1", "yes", null).add("u2", null, "no").add("u3", "yes", "yes");

    RatingTable<String> table = acc.snapshot();

    assertThat(table.rating(0, 1)).isEmpty();
    assertThat(table.rating(1, 1)).contains("no");
    assertThatThrownBy(() -> acc.add("u4", "yes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit 'u4' has 1 ratings, expected one per rater (2)");
  }
}
