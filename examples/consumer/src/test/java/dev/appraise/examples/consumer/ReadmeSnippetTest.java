package dev.appraise.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.agreement.proportion.ProportionOfAgreement;
import dev.appraise.core.check.Finding;
import dev.appraise.core.check.ReportedNumbers;
import dev.appraise.core.check.Verdict;
import dev.appraise.core.stats.ConfidenceInterval;
import dev.appraise.robtool.Tools;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's "Use it in your project" code, line for line, with what its comments say. */
class ReadmeSnippetTest {

  @Test
  void theReadmeSnippetComputesWhatItsCommentsSay() {
    ProportionOfAgreement pa = ProportionOfAgreement.of(65, 72);           // two raters agreed on 65 of 72 items
    System.out.printf(Locale.ROOT, "%.1f%%%n", 100 * pa.proportion());     // 90.3%
    ConfidenceInterval wilson = pa.wilson();                               // [0.813, 0.952]
    ConfidenceInterval exact = pa.clopperPearson();                        // [0.810, 0.960]
    Finding f = ReportedNumbers.withDefaults().statement("90.3% (65 of 72 items)");   // CONSISTENT
    Finding g = ReportedNumbers.withDefaults().product(72, 9, Tools.load("rob1").domains().size());
                                                                           // INCONSISTENT: 9 × 7 = 63, not 72

    assertThat(String.format(Locale.ROOT, "%.1f", 100 * pa.proportion())).isEqualTo("90.3");
    assertThat(wilson.lower()).isCloseTo(0.813, within(5e-4));
    assertThat(wilson.upper()).isCloseTo(0.952, within(5e-4));
    assertThat(exact.lower()).isCloseTo(0.810, within(5e-4));
    assertThat(exact.upper()).isCloseTo(0.960, within(5e-4));
    assertThat(f.verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(g.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(g.toString()).contains("9 × 7 = 63, not 72");
  }
}
