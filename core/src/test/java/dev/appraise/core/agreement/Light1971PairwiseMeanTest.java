package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Light RJ (1971). Measures of response agreement for qualitative data. Psychological Bulletin
 * 76:365-377: Light's kappa is the mean of Cohen's kappa over all pairs of raters, checked here on
 * Fleiss' (1971) diagnoses and on Gwet's (2014) four raters with missing ratings, each pair's kappa
 * computed from that pair's own two-rater table.
 */
class Light1971PairwiseMeanTest {

  private static double meanOfPairwiseCohen(RatingTable<String> t, AgreementOptions o) {
    double sum = 0;
    int pairs = 0;
    for (int g = 0; g < t.raters().size(); g++) {
      for (int h = g + 1; h < t.raters().size(); h++) {
        RatingTableAccumulator<String> acc =
            RatingTableAccumulator.create(t.categories(), List.of("g", "h"));
        for (int u = 0; u < t.units(); u++) {
          List<String> row = new ArrayList<>();
          row.add(t.rating(u, g).orElse(null));
          row.add(t.rating(u, h).orElse(null));
          acc.add(row);
        }
        sum += TestData.value(AgreementReport.of(acc.snapshot(), o), Coefficient.COHEN_KAPPA);
        pairs++;
      }
    }
    return sum / pairs;
  }

  @Test
  void meanOfThePairwiseKappas() {
    for (String data :
        List.of("fleiss1971-diagnoses.csv", "krippendorff2011-reliability-data.csv")) {
      RatingTable<String> t = TestData.table(data);
      for (Weights w : List.of(Weights.identity(), Weights.quadratic())) {
        AgreementOptions o = AgreementOptions.withDefaults().withWeights(w);
        assertThat(TestData.value(AgreementReport.of(t, o), Coefficient.LIGHT_KAPPA))
            .as(data + " " + w)
            .isCloseTo(meanOfPairwiseCohen(t, o), within(1e-12));
      }
    }
  }

  @Test
  void lightKappaHasOnlyABootstrapInterval() {
    RatingTable<String> t = TestData.table("fleiss1971-diagnoses.csv");
    Estimate plain =
        TestData.estimate(
            AgreementReport.of(t, AgreementOptions.withDefaults()), Coefficient.LIGHT_KAPPA);
    assertThat(plain.standardError()).isEmpty();
    Estimate boot =
        TestData.estimate(
            AgreementReport.of(t, AgreementOptions.withDefaults().withBootstrap(300, 5)),
            Coefficient.LIGHT_KAPPA);
    assertThat(boot.standardErrorMethod()).contains("bootstrap");
    assertThat(boot.interval().orElseThrow().method()).isEqualTo("bootstrap-bca");
  }
}
