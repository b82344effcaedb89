package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * irr 0.84 {@code kappa2(anxiety[, 2:3], weight)} (Gamer et al.), values as recorded in
 * statsmodels' stats/tests/test_inter_rater.py (test_cohens_kappa_irr); data in {@code
 * agreement/irr-anxiety.csv}. irr uses the levels present in the data (1, 2, 3, 4, 6) by position,
 * so the categories are read as text here; its z is the kappa over the Fleiss-Cohen-Everitt
 * standard error under the null hypothesis.
 */
class IrrKappa2AnxietyTest {

  private final RatingTable<String> all =
      TestData.table("irr-anxiety.csv", CategorySet.of("1", "2", "3", "4", "5", "6"));

  private Context context(Weights weights) {
    RatingTableAccumulator<String> acc =
        RatingTableAccumulator.create(
            CategorySet.of("1", "2", "3", "4", "6"), java.util.List.of("r2", "r3"));
    for (int u = 0; u < all.units(); u++) {
      acc.add(
          java.util.Arrays.asList(all.rating(u, 1).orElse(null), all.rating(u, 2).orElse(null)));
    }
    RatingTable<String> t = acc.snapshot();
    AgreementStats<String> s =
        AgreementStatsAccumulator.create(t.categories(), t.raters()).addAll(t).snapshot();
    return Context.of(
        s, AgreementOptions.withDefaults().withWeights(weights), weights.flat(s.categories()));
  }

  private void check(Weights weights, double kappa, double z) {
    Context x = context(weights);
    Point p = Coefficient.COHEN_KAPPA.estimator().estimate(x);
    assertThat(p.value()).isCloseTo(kappa, within(5e-8));
    assertThat(p.value() / KappaFamily.fleissCohenEveritt(x, p, true).value())
        .isCloseTo(z, within(5e-6));
  }

  @Test
  void unweighted() {
    check(Weights.identity(), -0.006289308, -0.0604067); // irr: kappa2(anxiety[,2:3])
  }

  @Test
  void equalSpacing() {
    check(Weights.linear(), 0.1459075, 1.282472); // irr: kappa2(anxiety[,2:3], "equal")
  }

  @Test
  void squared() {
    check(Weights.quadratic(), 0.2520325, 1.437451); // irr: kappa2(anxiety[,2:3], "squared")
  }
}
