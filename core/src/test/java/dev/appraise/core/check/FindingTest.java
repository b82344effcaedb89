package dev.appraise.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.junit.jupiter.api.Test;

class FindingTest {

  private static Finding.Builder consistent() {
    return Finding.builder()
        .verdict(Verdict.CONSISTENT)
        .statement("72 = 9 × 8")
        .expected("72")
        .reported("72")
        .message("9 × 8 = 72, as reported");
  }

  @Test
  void aCheckedFindingCarriesBothValues() {
    Finding f = consistent().build();
    assertThat(f.isConsistent()).isTrue();
    assertThat(f.toString()).isEqualTo("CONSISTENT: 9 × 8 = 72, as reported");
  }

  @Test
  void rejectsACheckedFindingWithoutExpectedOrReportedValue() {
    assertThatThrownBy(
            () ->
                Finding.builder()
                    .verdict(Verdict.INCONSISTENT)
                    .statement("s")
                    .reported("72")
                    .message("m")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "finding with verdict INCONSISTENT must have expected and reported values, was"
                + " expected=Optional.empty, reported=Optional[72]");
  }

  @Test
  void rejectsACheckedFindingThatNamesUnreportedInputs() {
    assertThatThrownBy(() -> consistent().addUnreported("records screened").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "finding with verdict CONSISTENT must name no unreported inputs, was [records screened]");
  }

  @Test
  void rejectsBlankStatementOrMessage() {
    assertThatThrownBy(() -> consistent().statement("").build())
        .hasMessage("finding statement must not be blank, was \"\"");
    assertThatThrownBy(() -> consistent().message("  ").build())
        .hasMessage("finding message must not be blank, was \"  \"");
  }

  @Test
  void aNotEvaluableFindingNeedsNoValues() {
    Finding f =
        Finding.builder()
            .verdict(Verdict.NOT_EVALUABLE)
            .statement("a = b")
            .addUnreported("b")
            .message("b is unreported")
            .build();
    assertThat(f.isConsistent()).isFalse();
    assertThat(f.expected()).isEmpty();
  }

  @Test
  void roundTripsThroughJson() throws Exception {
    ObjectMapper mapper =
        new ObjectMapper().registerModule(new GuavaModule()).registerModule(new Jdk8Module());
    Finding f = ReportedNumbers.withDefaults().statement("90.3% (65 of 72 items)");
    assertThat(mapper.readValue(mapper.writeValueAsString(f), Finding.class)).isEqualTo(f);
  }
}
