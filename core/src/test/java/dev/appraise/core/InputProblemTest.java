package dev.appraise.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class InputProblemTest {

  @Test
  void lineAndColumnAreKeptBesideTheLocationAndLeftOutOfTheText() {
    InputProblem problem =
        InputProblem.builder()
            .location("/studies/0/id")
            .line(3)
            .column(11)
            .message("must not be blank")
            .build();
    assertThat(problem.line()).hasValue(3);
    assertThat(problem.column()).hasValue(11);
    assertThat(problem).hasToString("/studies/0/id: must not be blank");
    assertThat(InputProblem.of("/a", "b").line()).isEmpty();
  }

  @Test
  void lineAndColumnCountFromOneAndAColumnNeedsALine() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InputProblem.builder().location("").line(0).message("m").build())
        .withMessage("input problem line must be >= 1, was 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InputProblem.builder().location("").column(2).message("m").build())
        .withMessage(
            "input problem column must be >= 1 and come with a line, was column 2 without a line");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> InputProblem.builder().location("").line(1).column(0).message("m").build())
        .withMessage("input problem column must be >= 1 and come with a line, was column 0");
  }
}
