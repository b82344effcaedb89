package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CertaintyTest {

  @Test
  void symbolsHaveFourToOneFilledCircles() {
    assertThat(Certainty.HIGH.symbol()).isEqualTo("⊕⊕⊕⊕");
    assertThat(Certainty.MODERATE.symbol()).isEqualTo("⊕⊕⊕◯");
    assertThat(Certainty.LOW.symbol()).isEqualTo("⊕⊕◯◯");
    assertThat(Certainty.VERY_LOW.symbol()).isEqualTo("⊕◯◯◯");
  }

  /**
   * Codes of the FHIR R5 CodeSystem http://hl7.org/fhir/certainty-rating (EvidenceCertaintyRating).
   */
  @Test
  void fhirCodesAreThoseOfTheCertaintyRatingCodeSystem() {
    assertThat(Certainty.HIGH.fhirCode()).isEqualTo("high");
    assertThat(Certainty.MODERATE.fhirCode()).isEqualTo("moderate");
    assertThat(Certainty.LOW.fhirCode()).isEqualTo("low");
    assertThat(Certainty.VERY_LOW.fhirCode()).isEqualTo("very-low");
    for (Certainty c : Certainty.values()) {
      assertThat(Certainty.parse(c.fhirCode())).contains(c);
      assertThat(Certainty.parse(c.name())).contains(c);
    }
    assertThat(Certainty.parse("preliminary")).isEmpty();
  }

  @Test
  void levelsRunFromOneToFour() {
    for (Certainty c : Certainty.values()) {
      assertThat(Certainty.ofLevel(c.level())).isEqualTo(c);
    }
    assertThatThrownBy(() -> Certainty.ofLevel(5))
        .hasMessage("certainty level must be between 1 and 4, was 5");
  }

  @Test
  void labelsAreConfigurableAsTheSeedReviewWordsThem() {
    CertaintyLabels seed = CertaintyLabels.standard().with(Certainty.VERY_LOW, "Preliminary");
    assertThat(seed.label(Certainty.VERY_LOW)).isEqualTo("Preliminary");
    assertThat(seed.label(Certainty.LOW)).isEqualTo("Low");
    assertThat(CertaintyLabels.standard().label(Certainty.VERY_LOW)).isEqualTo("Very low");
    assertThatThrownBy(() -> seed.with(Certainty.HIGH, " "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
