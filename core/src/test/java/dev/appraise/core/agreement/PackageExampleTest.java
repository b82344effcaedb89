package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example of the package documentation, as written there. */
class PackageExampleTest {

  @Test
  void packageExampleRuns() {
    CategorySet<String> levels = CategorySet.of("low", "some concerns", "high");
    RatingTableAccumulator<String> ratings =
        RatingTableAccumulator.create(levels, List.of("Ann", "Ben"));
    ratings.add("Smith 2014, D1", List.of("low", "low"));
    ratings.add("Smith 2014, D2", Arrays.asList("high", null)); // Ben's rating is missing
    AgreementReport report =
        AgreementReport.of(
            ratings.snapshot(),
            AgreementOptions.withDefaults().withWeights(Weights.linear()).withBootstrap(2000, 42L));
    Estimate kappa = report.coefficient(Coefficient.COHEN_KAPPA).orElseThrow();
    // one complete unit in one category: kappa is 0/0, reported as undefined with the reason
    assertThat(kappa.isDefined()).isFalse();
    assertThat(kappa.undefinedReason().orElseThrow()).contains("chance agreement is 1");
    assertThat(report.weights()).isEqualTo("linear");
    assertThat(report.units()).isEqualTo(2);
  }
}
