package dev.appraise.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values echoed in messages stay on one line and short; a long list of problems is cut in the
 * message only.
 */
class MessageTextTest {

  @Test
  void quotedValuesEscapeLineBreaksAndInvisibleCharacters() {
    assertThat(InputProblem.quote("Lw")).isEqualTo("'Lw'");
    assertThat(InputProblem.quote("a\nb\r\tc")).isEqualTo("'a\\nb\\r\\tc'");
    assertThat(InputProblem.quote("\uFEFFStudy")).isEqualTo("'\\uFEFFStudy'");
    assertThat(InputProblem.quote("x\u0000y\u2028z")).isEqualTo("'x\\u0000y\\u2028z'");
    assertThat(InputProblem.oneLine("one\ntwo")).isEqualTo("one\\ntwo");
  }

  @Test
  void longValuesAreCutAndSayHowLongTheyWere() {
    String quoted = InputProblem.quote("x".repeat(1_000_000));
    assertThat(quoted).hasSizeLessThan(100).endsWith("... (1000000 characters)'");
    assertThat(quoted).startsWith("'" + "x".repeat(InputProblem.MAX_QUOTED_LENGTH) + "...");
  }

  @Test
  void theMessageListsTwentyProblemsAndCountsTheRest() {
    List<InputProblem> problems = new ArrayList<>();
    for (int i = 1; i <= 100_000; i++) {
      problems.add(InputProblem.of("line " + i, "unknown level 'x'"));
    }
    InputFormatException e = new InputFormatException("big.csv", problems);
    assertThat(e.problems()).hasSize(100_000);
    assertThat(e.getMessage().lines()).hasSize(InputFormatException.MAX_LISTED + 2);
    assertThat(e.getMessage()).startsWith("big.csv: 100000 problems").endsWith("  and 99980 more");
  }
}
