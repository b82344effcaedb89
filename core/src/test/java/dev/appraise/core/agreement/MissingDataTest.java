package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The missing-data rule of each coefficient, as documented on {@link AgreementReport}. */
class MissingDataTest {

  private static final CategorySet<Integer> CATS = CategorySet.of(1, 2, 3);

  private static final List<List<Integer>> ROWS =
      List.of(
          List.of(1, 1),
          List.of(2, 2),
          List.of(3, 3),
          List.of(1, 2),
          List.of(2, 3),
          List.of(3, 3),
          List.of(1, 1));

  private static List<List<Integer>> withIncompleteUnits() {
    List<List<Integer>> rows = new ArrayList<>(ROWS);
    rows.add(Arrays.asList(3, null));
    rows.add(Arrays.asList(null, 1));
    rows.add(Arrays.asList(null, null));
    return rows;
  }

  private static AgreementReport report(List<List<Integer>> rows) {
    return AgreementReport.of(
        RatingTable.of(CATS, List.of("x", "y"), rows), AgreementOptions.withDefaults());
  }

  @Test
  void cohenScottAndAlphaDropUnitsWithAMissingRating() {
    AgreementReport complete = report(ROWS);
    AgreementReport incomplete = report(withIncompleteUnits());
    for (Coefficient c :
        List.of(
            Coefficient.COHEN_KAPPA,
            Coefficient.SCOTT_PI,
            Coefficient.KRIPPENDORFF_ALPHA,
            Coefficient.PERCENT_AGREEMENT)) {
      assertThat(TestData.value(incomplete, c))
          .as(c.id())
          .isCloseTo(TestData.value(complete, c), within(1e-12));
    }
    assertThat(incomplete.units()).isEqualTo(9); // the unit without any rating is not counted
  }

  @Test
  void fleissAndGwetUseSingleRatingsForChanceAgreement() {
    AgreementReport complete = report(ROWS);
    AgreementReport incomplete = report(withIncompleteUnits());
    // observed agreement over units with two ratings is unchanged, chance agreement uses every
    // rated unit
    // (Gwet 2014, chapter 5): the two extra single ratings move pi_k, hence kappa and AC1
    for (Coefficient c : List.of(Coefficient.FLEISS_KAPPA, Coefficient.GWET_AC1)) {
      assertThat(TestData.value(incomplete, c))
          .as(c.id())
          .isNotCloseTo(TestData.value(complete, c), within(1e-6));
    }
    // Brennan-Prediger's chance agreement 1/q does not depend on the ratings
    assertThat(TestData.value(incomplete, Coefficient.BRENNAN_PREDIGER))
        .isCloseTo(TestData.value(complete, Coefficient.BRENNAN_PREDIGER), within(1e-12));
    // pi_k = mean over the nine rated units of r_ik / r_i: category 1 gets 1 + 1/2 + 1 + 1 (units
    // 1, 4, 7, 9)
    double[] pi = {3.5 / 9, 2.0 / 9, 3.5 / 9};
    double pe = pi[0] * pi[0] + pi[1] * pi[1] + pi[2] * pi[2];
    double pa = 5 / 7.0;
    assertThat(TestData.value(incomplete, Coefficient.FLEISS_KAPPA))
        .isCloseTo((pa - pe) / (1 - pe), within(1e-12));
  }
}
