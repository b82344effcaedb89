package dev.appraise.synthesis.swim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Boon MH, Thomson H (2021), The effect direction plot revisited: application of the 2019 Cochrane
 * Handbook guidance on alternative synthesis methods, Res Synth Methods 12:29-33, re-analysing the
 * Cochrane review of housing improvements: the sign test leaves studies with conflicting findings
 * out and is two-sided; housing condition, positive in 9 of 10 studies with 1 conflicting, P =
 * 0.0039; general health and respiratory health, 5 positive and 1 negative, P = 0.2188 (Results).
 * Their within-study rule (Box 1): a study's outcomes in a domain take the direction that all or at
 * least 70 % of them share ("a clear majority"), otherwise they are conflicting.
 */
class BoonThomson2021HousingTest {

  private static List<OutcomeDirection> studies(String domain, int up, int down, int conflicting) {
    List<OutcomeDirection> results = new ArrayList<>();
    for (int i = 0; i < up + down + conflicting; i++) {
      EffectDirection d =
          i < up
              ? EffectDirection.FAVOURS_INTERVENTION
              : i < up + down ? EffectDirection.FAVOURS_COMPARATOR : EffectDirection.CONFLICTING;
      results.add(OutcomeDirection.of("study " + (i + 1), domain, d));
    }
    return results;
  }

  @Test
  void housingCondition() {
    DomainVoteCount count =
        VoteCounting.withDefaults()
            .count(studies("housing condition", 9, 0, 1))
            .domain("housing condition");
    assertThat(count.studies()).hasSize(10);
    assertThat(count.withDirection()).isEqualTo(9);
    // published: P = 0.0039; exactly 2 / 512
    assertThat(count.signTestP().getAsDouble())
        .isEqualTo(2.0 / 512)
        .isCloseTo(0.0039, within(0.00005));
  }

  @Test
  void generalAndRespiratoryHealth() {
    List<OutcomeDirection> results = new ArrayList<>(studies("general health", 5, 1, 0));
    results.addAll(studies("respiratory health", 5, 1, 0));
    VoteCountResult r = VoteCounting.withDefaults().count(results);
    for (String domain : List.of("general health", "respiratory health")) {
      // published: P = 0.2188; exactly 2 (1 + 6) / 64
      assertThat(r.domain(domain).signTestP().getAsDouble())
          .isEqualTo(14.0 / 64)
          .isCloseTo(0.2188, within(0.00005));
    }
  }

  @Test
  void seventyPercentRuleWithinAStudy() {
    VoteCounting rule = VoteCounting.withDefaults();
    assertThat(rule.combine(outcomes(7, 3, 0)).direction())
        .isEqualTo(EffectDirection.FAVOURS_INTERVENTION);
    assertThat(rule.combine(outcomes(6, 4, 0)).direction()).isEqualTo(EffectDirection.CONFLICTING);
    assertThat(rule.combine(outcomes(2, 0, 1)).direction()).isEqualTo(EffectDirection.CONFLICTING);
    assertThat(rule.combine(outcomes(1, 7, 2)).direction())
        .isEqualTo(EffectDirection.FAVOURS_COMPARATOR);
    assertThat(rule.combine(outcomes(0, 1, 3)).direction()).isEqualTo(EffectDirection.NO_CHANGE);
    assertThat(rule.combine(outcomes(3, 0, 0)).direction())
        .isEqualTo(EffectDirection.FAVOURS_INTERVENTION);
    assertThat(rule.combine(outcomes(6, 4, 0)).agreement()).isEqualTo(0.6);
    // every result must agree
    assertThat(rule.withThreshold(1).combine(outcomes(7, 3, 0)).direction())
        .isEqualTo(EffectDirection.CONFLICTING);
    assertThat(rule.withThreshold(1).combine(outcomes(4, 0, 0)).direction())
        .isEqualTo(EffectDirection.FAVOURS_INTERVENTION);
  }

  /** One study's results in one domain: up, down, then no change. */
  private static List<OutcomeDirection> outcomes(int up, int down, int none) {
    List<OutcomeDirection> results = new ArrayList<>();
    results.addAll(
        Collections.nCopies(
            up, OutcomeDirection.of("s", "d", EffectDirection.FAVOURS_INTERVENTION)));
    results.addAll(
        Collections.nCopies(
            down, OutcomeDirection.of("s", "d", EffectDirection.FAVOURS_COMPARATOR)));
    results.addAll(
        Collections.nCopies(none, OutcomeDirection.of("s", "d", EffectDirection.NO_CHANGE)));
    return results;
  }
}
