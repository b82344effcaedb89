package dev.appraise.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * robvis' colours and glyphs (McGuinness and Higgins, Res Synth Methods 2021;12:55-61) and the
 * Okabe-Ito palette.
 */
class RiskOfBiasPaletteTest {

  @Test
  void robvisColoursAndGlyphs() {
    assertThat(RiskOfBiasPalette.COCHRANE.colour(RiskOfBiasLevel.LOW)).isEqualTo("#02C100");
    assertThat(RiskOfBiasPalette.COCHRANE.colour(RiskOfBiasLevel.SOME_CONCERNS))
        .isEqualTo("#E2DF07");
    assertThat(RiskOfBiasPalette.COCHRANE.colour(RiskOfBiasLevel.HIGH)).isEqualTo("#BF0000");
    assertThat(RiskOfBiasPalette.COLOURBLIND.colour(RiskOfBiasLevel.HIGH)).isEqualTo("#D55E00");
    assertThat(RiskOfBiasLevel.LOW.robvisSymbol()).isEqualTo("+");
    assertThat(RiskOfBiasLevel.UNCLEAR.robvisSymbol()).isEqualTo("-");
    assertThat(RiskOfBiasLevel.SOME_CONCERNS.robvisSymbol()).isEqualTo("-");
    assertThat(RiskOfBiasLevel.SERIOUS.robvisSymbol()).isEqualTo("X");
    assertThat(RiskOfBiasLevel.HIGH.robvisSymbol()).isEqualTo("X");
    assertThat(RiskOfBiasLevel.CRITICAL.robvisSymbol()).isEqualTo("!");
    assertThat(RiskOfBiasLevel.NO_INFORMATION.robvisSymbol()).isEqualTo("?");
  }

  @Test
  void textOnAFillIsBlackOrWhiteByLuminance() {
    assertThat(RiskOfBiasPalette.COCHRANE.textColour(RiskOfBiasLevel.SOME_CONCERNS))
        .isEqualTo("#000000");
    assertThat(RiskOfBiasPalette.COCHRANE.textColour(RiskOfBiasLevel.CRITICAL))
        .isEqualTo("#FFFFFF");
  }
}
