package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Which category specific agreement and the prevalence and bias indices take as positive. A
 * two-rater table with header {@code yes,no}: a = 40 both yes, b = 10 first yes and second no, c =
 * 5, d = 45 both no.
 */
class PositiveCategoryTest {

  private static final ContingencyTable<String> YES_NO =
      ContingencyTable.of(CategorySet.of("yes", "no"), new long[][] {{40, 10}, {5, 45}});

  private static Estimate estimate(AgreementOptions options, Coefficient c) {
    return AgreementReport.of(YES_NO, options).coefficient(c).orElseThrow();
  }

  @Test
  void theSecondCategoryIsPositiveByDefaultAndTheResultSaysSo() {
    Estimate positive =
        estimate(AgreementOptions.withDefaults(), Coefficient.SPECIFIC_POSITIVE_AGREEMENT);

    // the agreement on "no": 2d / (2d + b + c) = 90 / 105
    assertThat(positive.positiveCategory()).contains("no");
    assertThat(positive.valueOrThrow()).isCloseTo(90 / 105.0, within(1e-12));
  }

  @Test
  void namingThePositiveCategorySwapsPositiveAndNegativeAgreementAndTheIndices() {
    AgreementOptions yes = AgreementOptions.withDefaults().withPositiveCategory("yes");

    Estimate positive = estimate(yes, Coefficient.SPECIFIC_POSITIVE_AGREEMENT);
    Estimate negative = estimate(yes, Coefficient.SPECIFIC_NEGATIVE_AGREEMENT);

    assertThat(positive.positiveCategory()).contains("yes");
    assertThat(negative.positiveCategory()).contains("yes");
    assertThat(positive.valueOrThrow()).isCloseTo(80 / 95.0, within(1e-12));
    assertThat(negative.valueOrThrow()).isCloseTo(90 / 105.0, within(1e-12));
    // prevalence (a - d) / n and bias (b - c) / n with "yes" positive
    assertThat(estimate(yes, Coefficient.PREVALENCE_INDEX).valueOrThrow())
        .isCloseTo(-0.05, within(1e-12));
    assertThat(estimate(yes, Coefficient.BIAS_INDEX).valueOrThrow()).isCloseTo(0.05, within(1e-12));
    assertThat(estimate(AgreementOptions.withDefaults(), Coefficient.BIAS_INDEX).valueOrThrow())
        .isCloseTo(-0.05, within(1e-12));
  }

  @Test
  void anUnknownPositiveCategoryOrMoreThanTwoCategoriesAreErrors() {
    assertThatThrownBy(
            () ->
                AgreementReport.of(
                    YES_NO, AgreementOptions.withDefaults().withPositiveCategory("maybe")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("positive category 'maybe' is not one of the categories [yes, no]");
    ContingencyTable<String> three =
        ContingencyTable.of(
            CategorySet.of("a", "b", "c"), new long[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
    assertThatThrownBy(
            () ->
                AgreementReport.of(
                    three, AgreementOptions.withDefaults().withPositiveCategory("a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a positive category needs two categories, there are 3: [a, b, c]");
  }
}
