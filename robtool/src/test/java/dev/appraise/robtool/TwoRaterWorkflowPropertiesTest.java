package dev.appraise.robtool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.model.JudgementStage;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of the two-rater workflow over random pairs of assessments and random decisions. */
class TwoRaterWorkflowPropertiesTest {

  private static final List<RiskOfBiasLevel> LEVELS =
      List.of(RiskOfBiasLevel.LOW, RiskOfBiasLevel.UNCLEAR, RiskOfBiasLevel.HIGH);

  @Provide
  Arbitrary<List<RiskOfBiasLevel[]>> pairs() {
    Arbitrary<RiskOfBiasLevel> level = Arbitraries.of(LEVELS);
    return level.array(RiskOfBiasLevel[].class).ofSize(2).list().ofMinSize(1).ofMaxSize(40);
  }

  private static TwoRaterWorkflow workflow(List<RiskOfBiasLevel[]> pairs) {
    List<RiskOfBiasJudgement> a = new ArrayList<>();
    List<RiskOfBiasJudgement> b = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      String study = "S" + (i / 7);
      String domain = "D" + (i % 7 + 1);
      a.add(j(study, domain, pairs.get(i)[0], "R1"));
      b.add(j(study, domain, pairs.get(i)[1], "R2"));
    }
    return TwoRaterWorkflow.of(a, b);
  }

  private static RiskOfBiasJudgement j(
      String study, String domain, RiskOfBiasLevel level, String rater) {
    return RiskOfBiasJudgement.builder()
        .studyId(study)
        .tool("rob1")
        .domain(domain)
        .level(level)
        .rater(rater)
        .build();
  }

  @Property
  void agreedPlusDisagreedIsCompared(@ForAll("pairs") List<RiskOfBiasLevel[]> pairs) {
    TwoRaterWorkflow w = workflow(pairs);
    assertThat(w.agreed().size() + w.disagreements().size()).isEqualTo(w.items().size());
    assertThat(w.items()).hasSize(pairs.size());
    RobAgreementReport report = w.agreement();
    assertThat(report.agreed() + report.disagreed()).isEqualTo(report.compared());
    assertThat(report.compared()).isEqualTo(pairs.size());
    assertThat(report.disagreements()).hasSize(w.disagreements().size());
    assertThat(
            report
                .percentAgreement()
                .interval()
                .orElseThrow()
                .contains(report.percentAgreement().valueOrThrow()))
        .isTrue();
  }

  @Property
  void consensusNeverChangesAgreedItemsAndAdjudicationOnlyTouchesTheRest(
      @ForAll("pairs") List<RiskOfBiasLevel[]> pairs,
      @ForAll @IntRange(min = 0, max = 40) int consensusCount) {
    TwoRaterWorkflow w = workflow(pairs);
    List<ItemDisagreement> disagreements = w.disagreements();
    int c = Math.min(consensusCount, disagreements.size());
    for (int i = 0; i < c; i++) {
      w = w.consensus(disagreements.get(i).item(), RiskOfBiasLevel.HIGH, "discussed");
    }
    for (ItemKey open : w.unresolved()) {
      w = w.adjudicate(open, RiskOfBiasLevel.LOW, "R3", "decided");
    }
    FinalAssessment done = w.finish();
    Map<ItemKey, RiskOfBiasJudgement> finals =
        done.judgements().stream().collect(Collectors.toMap(ItemKey::of, Function.identity()));
    TwoRaterWorkflow start = workflow(pairs);
    for (ItemKey agreed : start.agreed()) {
      RiskOfBiasJudgement f = finals.get(agreed);
      assertThat(f.stage()).isEqualTo(JudgementStage.INDIVIDUAL);
      assertThat(done.trail(agreed)).hasSize(2);
      assertThat(done.trail(agreed)).allMatch(t -> t.level() == f.level());
    }
    assertThat(done.trail()).filteredOn(t -> t.stage() == JudgementStage.CONSENSUS).hasSize(c);
    assertThat(done.trail())
        .filteredOn(t -> t.stage() == JudgementStage.ADJUDICATED)
        .hasSize(disagreements.size() - c);
    for (int i = 0; i < c; i++) {
      ItemKey k = disagreements.get(i).item();
      TwoRaterWorkflow settled = w;
      assertThatThrownBy(() -> settled.adjudicate(k, RiskOfBiasLevel.LOW, "R3", "again"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(k.toString());
    }
    for (ItemKey agreed : start.agreed()) {
      TwoRaterWorkflow settled = w;
      assertThatThrownBy(() -> settled.consensus(agreed, RiskOfBiasLevel.LOW, "n"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(agreed.toString());
    }
  }
}
