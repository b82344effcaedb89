package dev.appraise.synthesis.swim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.agreement.proportion.ProportionInterval;
import dev.appraise.core.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked example of vote counting based on the direction of effect in the Cochrane Handbook for
 * Systematic Reviews of Interventions, ch. 12 (McKenzie JE, Brennan SE, "Synthesizing and
 * presenting findings using other methods", section 12.4.2.3): of 15 studies, the direction of
 * effect could not be determined for 3, which are left out; 10 of the remaining 12 favour the
 * intervention, 83 % (95 % CI 55 % to 95 %), sign test P = 0.039. The Handbook names the Wilson
 * interval for the proportion (section 12.2.2.3).
 */
class CochraneHandbook12VoteCountingTest {

  private static DomainVoteCount handbookExample() {
    List<OutcomeDirection> results = new ArrayList<>();
    for (int i = 1; i <= 15; i++) {
      EffectDirection d =
          i <= 10
              ? EffectDirection.FAVOURS_INTERVENTION
              : i <= 12 ? EffectDirection.FAVOURS_COMPARATOR : EffectDirection.CONFLICTING;
      results.add(OutcomeDirection.of("study " + i, "outcome", d));
    }
    return VoteCounting.withDefaults().count(results).domain("outcome");
  }

  @Test
  void tenOfTwelveWithThreeLeftOut() {
    DomainVoteCount count = handbookExample();
    assertThat(count.studies()).hasSize(15);
    assertThat(count.favouring()).isEqualTo(10);
    assertThat(count.against()).isEqualTo(2);
    assertThat(count.unclear()).isEqualTo(3);
    assertThat(count.withDirection()).isEqualTo(12);
    // published: 83 %
    assertThat(100 * count.proportion().getAsDouble()).isCloseTo(83, within(0.5));
  }

  @Test
  void wilsonIntervalAsPublished() {
    ConfidenceInterval ci = handbookExample().interval().orElseThrow();
    // published: 95 % CI 55 % to 95 %
    assertThat(100 * ci.lower()).isCloseTo(55, within(0.5));
    assertThat(100 * ci.upper()).isCloseTo(95, within(0.5));
    assertThat(ci.method()).isEqualTo("wilson");
    assertThat(ci).isEqualTo(ProportionInterval.WILSON.interval(10, 12, 0.95));
  }

  @Test
  void signTestAsPublished() {
    // published: P = 0.039; exactly 2 (1 + 12 + 66) / 4096 = 158/4096
    assertThat(handbookExample().signTestP().getAsDouble())
        .isEqualTo(158.0 / 4096)
        .isCloseTo(0.039, within(0.0005));
  }
}
