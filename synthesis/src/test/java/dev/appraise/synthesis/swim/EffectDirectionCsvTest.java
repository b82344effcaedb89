package dev.appraise.synthesis.swim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import org.junit.jupiter.api.Test;

/** Reading directions of effect from CSV, and every problem reported at once with its line. */
class EffectDirectionCsvTest {

  @Test
  void readsResultsAndStudies() {
    DirectionData data =
        EffectDirectionCsv.read(
            """
        Study, Outcome, Direction, n, design
        Smith 2001,pain,up,120,RCT
        Smith 2001,function,none,,RCT

        Jones 2004,pain,DOWN,45,cohort
        """,
            "in.csv");
    assertThat(data.outcomes()).hasSize(3);
    assertThat(data.outcomes().get(2).direction()).isEqualTo(EffectDirection.FAVOURS_COMPARATOR);
    assertThat(data.studies()).hasSize(2);
    assertThat(data.studies().get(0).sampleSize().getAsInt()).isEqualTo(120);
    assertThat(data.studies().get(1).design()).contains("cohort");
    assertThat(data.studies().get(0).group()).isEmpty();
  }

  @Test
  void aCellOfUnicodeWhiteSpaceIsEmpty() {
    assertThatThrownBy(
            () ->
                EffectDirectionCsv.read(
                    "study,outcome,direction\nA,\u2003,up\n\u2002 ,pain,up\n", "blank.csv"))
        .isInstanceOf(InputFormatException.class)
        .satisfies(
            e ->
                assertThat(((InputFormatException) e).problems())
                    .extracting(InputProblem::toString)
                    .containsExactly(
                        "line 2, column outcome: empty outcome",
                        "line 3, column study: empty study"));
  }

  @Test
  void aProblemIsReportedOnTheLineItsRecordStartsOn() {
    assertThatThrownBy(
            () ->
                EffectDirectionCsv.read(
                    "\uFEFFstudy,outcome,direction\r\n"
                        + "A,\"pain\r\nat rest\",better\r\n"
                        + "\r\n"
                        + "B,mood,sideways\r\n",
                    "quoted.csv"))
        .isInstanceOf(InputFormatException.class)
        .satisfies(
            e ->
                assertThat(((InputFormatException) e).problems())
                    .extracting(InputProblem::toString)
                    .containsExactly(
                        "line 2, column direction: direction must be one of up, down, none, mixed, was 'better'",
                        "line 5, column direction: direction must be one of up, down, none, mixed, was 'sideways'"));
  }

  @Test
  void collectsEveryProblemWithItsLine() {
    assertThatThrownBy(
            () ->
                EffectDirectionCsv.read(
                    """
        study,outcome,direction,n
        A,pain,better,10
        A,pain,up,12
        ,pain,up,3
        B,mood,down,0
        C,pain
        """,
                    "bad.csv"))
        .isInstanceOf(InputFormatException.class)
        .satisfies(
            e ->
                assertThat(((InputFormatException) e).problems())
                    .extracting(InputProblem::toString)
                    .containsExactly(
                        "line 2, column direction: direction must be one of up, down, none, mixed, was 'better'",
                        "line 3, column n: study 'A' has n '12' here but '10' on line 2",
                        "line 4, column study: empty study",
                        "line 5, column n: n must be a whole number >= 1, was '0'",
                        "line 6: expected 4 values as in the header, found 2"));
  }

  @Test
  void refusesAHeaderWithoutTheRequiredColumns() {
    assertThatThrownBy(() -> EffectDirectionCsv.read("study,effect,direction\nA,up,up\n", "h.csv"))
        .isInstanceOf(InputFormatException.class)
        .hasMessage(
            "h.csv: 2 problems\n"
                + "  line 1, column 2: unknown column 'effect'; expected study, outcome, direction and optionally n,"
                + " design, group\n"
                + "  line 1: missing column 'outcome'");
    assertThatThrownBy(() -> EffectDirectionCsv.read("", "e.csv"))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("empty file");
    assertThatThrownBy(() -> EffectDirectionCsv.read("study,outcome,direction\n", "e.csv"))
        .isInstanceOf(InputFormatException.class)
        .hasMessage("e.csv: line 2: no results: expected one row per" + " result after the header");
  }
}
