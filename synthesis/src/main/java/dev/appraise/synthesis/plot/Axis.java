package dev.appraise.synthesis.plot;

import dev.appraise.core.markup.NumberText;
import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal axis of effect sizes on the analysis scale, with ticks at round numbers: on the
 * ratio scale for ratio measures (ticks at 0.1, 0.2, 0.5, 1, 2, 5, ..., placed at their logarithms)
 * and on the measure's own scale otherwise. The range is widened to the outermost ticks, so every
 * tick is inside it.
 *
 * @param lower the lowest value shown, on the analysis scale
 * @param upper the highest value shown
 * @param ticks the tick values on the analysis scale, ascending
 * @param labels the tick labels, on the reported scale
 */
record Axis(double lower, double upper, List<Double> ticks, List<String> labels) {

  private static final double[] RATIO_STEPS = {1, 2, 5};
  private static final double[] LINEAR_STEPS = {1, 2, 2.5, 5, 10};
  private static final int MOST_TICKS = 8;

  /**
   * An axis covering the values.
   *
   * @param min the smallest value to show, on the analysis scale
   * @param max the largest value to show
   * @param ratio whether the values are log ratios, labelled on the ratio scale
   * @return the axis
   */
  static Axis covering(double min, double max, boolean ratio) {
    double lo = Math.min(min, 0);
    double hi = Math.max(max, 0);
    return ratio ? ratio(lo, hi) : linear(lo, hi);
  }

  /**
   * {@return the position of a value between the ends, 0 at {@link #lower()} and 1 at {@link
   * #upper()}}
   */
  double fraction(double value) {
    return (value - lower) / (upper - lower);
  }

  private static Axis linear(double lo, double hi) {
    double span = hi - lo;
    if (span == 0) {
      return linear(lo - 1, hi + 1);
    }
    double magnitude = Math.pow(10, Math.floor(Math.log10(span / MOST_TICKS)));
    double step = magnitude;
    for (double s : LINEAR_STEPS) {
      step = s * magnitude;
      if (span / step <= MOST_TICKS - 1) {
        break;
      }
    }
    double first = Math.floor(lo / step + 1e-9) * step;
    double last = Math.ceil(hi / step - 1e-9) * step;
    int digits =
        Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9) + (step / magnitude == 2.5 ? 1 : 0));
    List<Double> ticks = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (long i = Math.round(first / step); i <= Math.round(last / step); i++) {
      double t = i * step;
      ticks.add(t);
      labels.add(NumberText.fixed(t, digits));
    }
    return new Axis(first, last, ticks, labels);
  }

  private static Axis ratio(double lo, double hi) {
    // candidate ticks 1-2-5 per decade; thin to whole decades when there would be too many
    List<Double> candidates = new ArrayList<>();
    int fromDecade = (int) Math.floor(lo / Math.log(10));
    int toDecade = (int) Math.ceil(hi / Math.log(10));
    for (int d = fromDecade - 1; d <= toDecade; d++) {
      for (double s : RATIO_STEPS) {
        candidates.add(s * Math.pow(10, d));
      }
    }
    List<Double> chosen = within(candidates, lo, hi);
    if (chosen.size() > MOST_TICKS) {
      List<Double> decades = new ArrayList<>();
      for (double c : candidates) {
        if (Math.abs(Math.log10(c) - Math.rint(Math.log10(c))) < 1e-9) {
          decades.add(c);
        }
      }
      chosen = within(decades, lo, hi);
    }
    List<Double> ticks = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (double c : chosen) {
      ticks.add(Math.log(c));
      labels.add(ratioLabel(c));
    }
    return new Axis(ticks.get(0), ticks.get(ticks.size() - 1), ticks, labels);
  }

  /**
   * The candidates from the largest one at or below {@code lo} to the smallest one at or above
   * {@code hi}.
   */
  private static List<Double> within(List<Double> candidates, double lo, double hi) {
    int first = 0;
    int last = candidates.size() - 1;
    for (int i = 0; i < candidates.size(); i++) {
      if (Math.log(candidates.get(i)) <= lo + 1e-12) {
        first = i;
      }
    }
    for (int i = candidates.size() - 1; i >= 0; i--) {
      if (Math.log(candidates.get(i)) >= hi - 1e-12) {
        last = i;
      }
    }
    return new ArrayList<>(candidates.subList(first, last + 1));
  }

  private static String ratioLabel(double ratio) {
    int digits = Math.max(0, (int) -Math.floor(Math.log10(ratio) + 1e-9));
    return NumberText.fixed(ratio, digits);
  }
}
