package dev.appraise.synthesis;

import org.immutables.value.Value;

/**
 * What was added to each cell of a 2x2 table before its effect size was computed ({@code ai} and
 * {@code bi}: events and non-events in group 1; {@code ci} and {@code di}: in group 2). With
 * metafor's defaults half a count is added to every cell of a table with a zero cell.
 */
@Value.Immutable
public abstract class ContinuityCorrection {

  ContinuityCorrection() {}

  /**
   * The same amount added to all four cells.
   *
   * @param add the amount added to each cell, finite and {@code >= 0}
   * @return the correction
   * @throws IllegalArgumentException if {@code add} is negative or not finite
   */
  public static ContinuityCorrection ofEach(double add) {
    return ImmutableContinuityCorrection.builder().ai(add).bi(add).ci(add).di(add).build();
  }

  /** {@return the amount added to cell {@code ai} (events in group 1)} */
  public abstract double ai();

  /** {@return the amount added to cell {@code bi} (non-events in group 1)} */
  public abstract double bi();

  /** {@return the amount added to cell {@code ci} (events in group 2)} */
  public abstract double ci();

  /** {@return the amount added to cell {@code di} (non-events in group 2)} */
  public abstract double di();

  /** {@return whether anything was added to any cell} */
  public boolean isApplied() {
    return ai() != 0 || bi() != 0 || ci() != 0 || di() != 0;
  }

  @Value.Check
  void check() {
    double[] cells = {ai(), bi(), ci(), di()};
    String[] names = {"ai", "bi", "ci", "di"};
    for (int i = 0; i < 4; i++) {
      if (!(cells[i] >= 0) || Double.isInfinite(cells[i])) {
        throw new IllegalArgumentException(
            "continuity correction " + names[i] + " must be finite and >= 0, was " + cells[i]);
      }
    }
  }
}
