package dev.appraise.robtool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Laws of the RoB 2 algorithms: every combination of answers yields a judgement, with a path. */
class Rob2AlgorithmPropertiesTest {

  private static final Set<RiskOfBiasLevel> ROB2_LEVELS =
      Set.of(RiskOfBiasLevel.LOW, RiskOfBiasLevel.SOME_CONCERNS, RiskOfBiasLevel.HIGH);

  /** Exhaustive: every combination of accepted answers, each question also left unanswered. */
  @Test
  void everyCombinationOfAnswersYieldsAJudgement() {
    int combinations = 0;
    for (Rob2Algorithm algorithm :
        List.of(
            Rob2Algorithm.withDefaults(),
            Rob2Algorithm.withDefaults().withEffect(Rob2Algorithm.Effect.ADHERING))) {
      for (ToolDomain domain : algorithm.tool().domains()) {
        for (Map<String, Answer> answers : allCombinations(domain.questions())) {
          Proposal p = algorithm.propose(domain.id(), answers);
          assertThat(ROB2_LEVELS).contains(p.level());
          assertThat(p.path()).isNotEmpty();
          combinations++;
        }
      }
    }
    assertThat(combinations).isGreaterThan(10_000);
  }

  private static List<Map<String, Answer>> allCombinations(List<SignallingQuestion> questions) {
    List<Map<String, Answer>> out = new ArrayList<>();
    out.add(new LinkedHashMap<>());
    for (SignallingQuestion q : questions) {
      List<Map<String, Answer>> next = new ArrayList<>();
      for (Map<String, Answer> partial : out) {
        next.add(partial);
        for (Answer a : q.answers()) {
          Map<String, Answer> m = new LinkedHashMap<>(partial);
          m.put(q.id(), a);
          next.add(m);
        }
      }
      out = next;
    }
    return out;
  }

  @Property
  void overallIsNeverBetterThanTheWorstDomainAndHighIffSomeDomainHigh(
      @ForAll("domainLevels") Map<String, RiskOfBiasLevel> levels) {
    Proposal p = Rob2Algorithm.withDefaults().proposeOverall(levels);
    int worst = levels.values().stream().mapToInt(l -> l.severity().getAsInt()).max().getAsInt();
    assertThat(p.level().severity().getAsInt()).isEqualTo(worst);
    long concerns =
        levels.values().stream().filter(l -> l == RiskOfBiasLevel.SOME_CONCERNS).count();
    assertThat(p.raterShouldConsiderHigher()).isEqualTo(worst == 1 && concerns > 1);
  }

  @Provide
  Arbitrary<Map<String, RiskOfBiasLevel>> domainLevels() {
    Arbitrary<RiskOfBiasLevel> level = Arbitraries.of(ROB2_LEVELS);
    return Combinators.combine(level, level, level, level, level)
        .as(
            (a, b, c, d, e) -> {
              Map<String, RiskOfBiasLevel> m = new LinkedHashMap<>();
              m.put("D1", a);
              m.put("D2", b);
              m.put("D3", c);
              m.put("D4", d);
              m.put("D5", e);
              return m;
            });
  }
}
