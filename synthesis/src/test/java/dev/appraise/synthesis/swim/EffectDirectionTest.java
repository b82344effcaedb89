package dev.appraise.synthesis.swim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.model.ChangeDirection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Codes, reversal and the reading of core's directions of change. */
class EffectDirectionTest {

  @Test
  void codesReadInAnyCase() {
    assertThat(EffectDirection.of(" UP ")).isEqualTo(EffectDirection.FAVOURS_INTERVENTION);
    assertThat(EffectDirection.of("down")).isEqualTo(EffectDirection.FAVOURS_COMPARATOR);
    assertThat(EffectDirection.of("None")).isEqualTo(EffectDirection.NO_CHANGE);
    assertThat(EffectDirection.of("mixed")).isEqualTo(EffectDirection.CONFLICTING);
    assertThat(EffectDirection.parse("sideways")).isEmpty();
    assertThatThrownBy(() -> EffectDirection.of("better"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("direction must be one of up, down, none, mixed, was 'better'");
  }

  @Test
  void changesReadAgainstTheImprovement() {
    assertThat(EffectDirection.fromChange(ChangeDirection.DECREASE, ChangeDirection.DECREASE))
        .isEqualTo(EffectDirection.FAVOURS_INTERVENTION);
    assertThat(EffectDirection.fromChange(ChangeDirection.INCREASE, ChangeDirection.DECREASE))
        .isEqualTo(EffectDirection.FAVOURS_COMPARATOR);
    assertThat(
            EffectDirection.fromChange(
                ChangeDirection.NORMALISATION_TOWARD_CONTROLS, ChangeDirection.INCREASE))
        .isEqualTo(EffectDirection.FAVOURS_INTERVENTION);
    assertThat(EffectDirection.fromChange(ChangeDirection.NO_CHANGE, ChangeDirection.INCREASE))
        .isEqualTo(EffectDirection.NO_CHANGE);
    for (ChangeDirection c : List.of(ChangeDirection.SHIFT, ChangeDirection.MIXED)) {
      assertThat(EffectDirection.fromChange(c, ChangeDirection.INCREASE))
          .isEqualTo(EffectDirection.CONFLICTING);
    }
    assertThatThrownBy(
            () -> EffectDirection.fromChange(ChangeDirection.INCREASE, ChangeDirection.SHIFT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("improvement must be INCREASE or DECREASE, was SHIFT");
  }

  @Test
  void reversalSwapsTheSidesOnly() {
    for (EffectDirection d : EffectDirection.values()) {
      assertThat(d.reversed().reversed()).isEqualTo(d);
      assertThat(d.reversed().hasDirection()).isEqualTo(d.hasDirection());
    }
    assertThat(EffectDirection.NO_CHANGE.reversed()).isEqualTo(EffectDirection.NO_CHANGE);
  }

  @Test
  void undefinedCountSaysWhy() {
    DomainVoteCount count =
        VoteCounting.withDefaults()
            .count(
                List.of(
                    OutcomeDirection.of("a", "pain", EffectDirection.NO_CHANGE),
                    OutcomeDirection.of("b", "pain", EffectDirection.CONFLICTING)))
            .domain("pain");
    assertThat(count.signTestP()).isEmpty();
    assertThat(count.undefinedReason())
        .contains("no study in pain has a direction of effect (1 with no change, 1 conflicting)");
  }
}
