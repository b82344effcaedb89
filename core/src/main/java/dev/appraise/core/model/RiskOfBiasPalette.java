package dev.appraise.core.model;

/**
 * The colours of risk-of-bias levels in figures, shared by every figure that shows a judgement
 * (traffic-light and summary plots, risk-of-bias columns beside a forest plot, the effect-direction
 * plot). Each level also has its robvis glyph, {@link RiskOfBiasLevel#robvisSymbol()}, so that no
 * reading depends on colour alone.
 */
public enum RiskOfBiasPalette {
  /**
   * robvis' colours (McGuinness and Higgins, Res Synth Methods 2021;12:55-61): low {@code #02C100},
   * some concerns, unclear and moderate {@code #E2DF07}, high and serious {@code #BF0000}, critical
   * {@code #820000}, no information {@code #4EA1F7}.
   */
  COCHRANE("#02C100", "#E2DF07", "#BF0000", "#820000", "#4EA1F7"),
  /**
   * A colour-blind-safe palette from Okabe and Ito (Color Universal Design, 2008): low bluish green
   * {@code #009E73}, some concerns, unclear and moderate yellow {@code #F0E442}, high and serious
   * vermillion {@code #D55E00}, critical reddish purple {@code #CC79A7}, no information sky blue
   * {@code #56B4E9}. The symbols in the cells carry the level as well, so no reading depends on
   * colour alone.
   */
  COLOURBLIND("#009E73", "#F0E442", "#D55E00", "#CC79A7", "#56B4E9");

  private final String low;
  private final String middle;
  private final String high;
  private final String critical;
  private final String noInformation;

  RiskOfBiasPalette(String low, String middle, String high, String critical, String noInformation) {
    this.low = low;
    this.middle = middle;
    this.high = high;
    this.critical = critical;
    this.noInformation = noInformation;
  }

  /**
   * The fill colour of a level.
   *
   * @param level the level
   * @return a CSS hex colour, e.g. {@code "#02C100"}
   */
  public String colour(RiskOfBiasLevel level) {
    switch (level) {
      case LOW:
        return low;
      case UNCLEAR:
      case SOME_CONCERNS:
      case MODERATE:
        return middle;
      case HIGH:
      case SERIOUS:
        return high;
      case CRITICAL:
        return critical;
      case NO_INFORMATION:
        return noInformation;
      default:
        throw new AssertionError(level);
    }
  }

  /**
   * The colour of text drawn on a level's fill: black on light fills, white on dark ones.
   *
   * @param level the level
   * @return {@code "#000000"} or {@code "#FFFFFF"}
   */
  public String textColour(RiskOfBiasLevel level) {
    String c = colour(level);
    int r = Integer.parseInt(c.substring(1, 3), 16);
    int g = Integer.parseInt(c.substring(3, 5), 16);
    int b = Integer.parseInt(c.substring(5, 7), 16);
    // relative luminance, ITU-R BT.709 weights on sRGB-linearised channels
    double l = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    return l > 0.25 ? "#000000" : "#FFFFFF";
  }

  private static double lin(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
