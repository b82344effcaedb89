package dev.appraise.examples.consumer;

import dev.appraise.core.agreement.proportion.ProportionOfAgreement;
import dev.appraise.core.check.Finding;
import dev.appraise.core.check.ReportedNumbers;
import dev.appraise.core.stats.ConfidenceInterval;
import dev.appraise.robtool.Tool;
import dev.appraise.robtool.Tools;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two raters assessed risk of bias and agreed on 65 of 72 items: how much did they agree, how sure is that, and
 * do the numbers a report gives for it add up?
 */
public final class RaterAgreement {

  private RaterAgreement() {}

  /**
   * Prints the agreement of two raters who agreed on 65 of 72 items, its 95 % intervals, and checks of the
   * numbers a report would give for it.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    report(65, 72, 9).forEach(System.out::println);
  }

  /**
   * The lines the example prints.
   *
   * @param agreed the items on which the raters agreed
   * @param items the items rated
   * @param studies the studies rated, each on every domain of the Cochrane risk-of-bias tool
   * @return the lines of the report
   */
  static List<String> report(int agreed, int items, int studies) {
    List<String> lines = new ArrayList<>();
    ProportionOfAgreement pa = ProportionOfAgreement.of(agreed, items);
    lines.add(String.format(Locale.ROOT, "Two raters agreed on %d of %d items: %.1f%%", agreed, items,
        100 * pa.proportion()));
    lines.add("  95% Wilson interval:         " + percent(pa.wilson()));
    lines.add("  95% Clopper-Pearson interval: " + percent(pa.clopperPearson()));

    ReportedNumbers check = ReportedNumbers.withDefaults();
    Finding percentage = check.statement(String.format(Locale.ROOT, "%.1f%% (%d of %d items)",
        100 * pa.proportion(), agreed, items));
    lines.add("Reported percentage: " + percentage);

    Tool rob1 = Tools.load("rob1");
    Finding total = check.product(items + " items for " + studies + " studies rated on the " + rob1.domains().size()
        + " domains of " + rob1.name(), items, studies, rob1.domains().size());
    lines.add("Reported item count: " + total);
    return lines;
  }

  private static String percent(ConfidenceInterval ci) {
    return String.format(Locale.ROOT, "%.1f%% to %.1f%%", 100 * ci.lower(), 100 * ci.upper());
  }
}
