package dev.appraise.synthesis.swim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of vote counting: invariance to names and order, symmetry of favouring and against, the
 * range of p.
 */
class VoteCountingPropertiesTest {

  @Provide
  Arbitrary<List<OutcomeDirection>> results() {
    Arbitrary<OutcomeDirection> one =
        Combinators.combine(
                Arbitraries.integers().between(1, 12),
                Arbitraries.of("pain", "function", "mood"),
                Arbitraries.of(EffectDirection.class))
            .as((study, domain, direction) -> OutcomeDirection.of("s" + study, domain, direction));
    return one.list().ofMinSize(1).ofMaxSize(60);
  }

  @Property
  void relabellingAndPermutingLeaveTheCountsUnchanged(
      @ForAll("results") List<OutcomeDirection> results, @ForAll long seed) {
    List<OutcomeDirection> shuffled = new ArrayList<>(results);
    Collections.shuffle(shuffled, new Random(seed));
    Map<String, String> names = new HashMap<>();
    List<OutcomeDirection> renamed = new ArrayList<>();
    for (OutcomeDirection o : shuffled) {
      String name =
          names.computeIfAbsent(
              o.study(), s -> "study " + (names.size() * 7919 % 1000) + "-" + s.length());
      renamed.add(OutcomeDirection.of(name, o.domain(), o.direction()));
    }
    VoteCountResult before = VoteCounting.withDefaults().count(results);
    VoteCountResult after = VoteCounting.withDefaults().count(renamed);
    assertThat(after.domains()).hasSameSizeAs(before.domains());
    for (DomainVoteCount d : before.domains()) {
      DomainVoteCount e = after.domain(d.domain());
      assertThat(List.of(e.favouring(), e.against(), e.noChange(), e.conflicting()))
          .isEqualTo(List.of(d.favouring(), d.against(), d.noChange(), d.conflicting()));
      assertThat(e.signTestP()).isEqualTo(d.signTestP());
      assertThat(e.interval()).isEqualTo(d.interval());
    }
  }

  @Property
  void swappingFavouringAndAgainstSwapsTheCountsAndKeepsP(
      @ForAll("results") List<OutcomeDirection> results) {
    VoteCountResult before = VoteCounting.withDefaults().count(results);
    VoteCountResult after =
        VoteCounting.withDefaults()
            .count(results.stream().map(OutcomeDirection::reversed).toList());
    for (DomainVoteCount d : before.domains()) {
      DomainVoteCount e = after.domain(d.domain());
      assertThat(e.favouring()).isEqualTo(d.against());
      assertThat(e.against()).isEqualTo(d.favouring());
      assertThat(e.unclear()).isEqualTo(d.unclear());
      assertThat(e.signTestP()).isEqualTo(d.signTestP());
    }
  }

  @Property
  void pIsAProbabilityAndOneForEqualCounts(
      @ForAll @IntRange(max = 400) int favouring, @ForAll @IntRange(max = 400) int against) {
    if (favouring + against == 0) {
      return;
    }
    double p = SignTest.twoSidedP(favouring, against);
    assertThat(p).isGreaterThan(0).isLessThanOrEqualTo(1);
    if (favouring == against) {
      assertThat(p).isEqualTo(1);
    }
    assertThat(SignTest.twoSidedP(against, favouring)).isEqualTo(p);
  }

  @Property
  void intervalContainsTheProportionAndIsUndefinedWithoutADirection(
      @ForAll("results") List<OutcomeDirection> results) {
    for (DomainVoteCount d : VoteCounting.withDefaults().count(results).domains()) {
      if (d.withDirection() == 0) {
        assertThat(d.proportion()).isEmpty();
        assertThat(d.interval()).isEmpty();
        assertThat(d.signTestP()).isEmpty();
        assertThat(d.undefinedReason()).isPresent();
      } else {
        assertThat(d.interval().orElseThrow().contains(d.proportion().getAsDouble())).isTrue();
        assertThat(d.undefinedReason()).isEmpty();
      }
      assertThat(d.favouring() + d.against() + d.noChange() + d.conflicting())
          .isEqualTo(d.studies().size());
    }
  }
}
