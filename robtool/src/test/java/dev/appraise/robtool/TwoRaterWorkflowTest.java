package dev.appraise.robtool;

import static dev.appraise.core.model.RiskOfBiasLevel.HIGH;
import static dev.appraise.core.model.RiskOfBiasLevel.LOW;
import static dev.appraise.core.model.RiskOfBiasLevel.UNCLEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.model.JudgementStage;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two-rater workflow on the shape of the seed review: 9 studies, 72 items compared, 65 agreed
 * (its results section); 72 items over 9 studies means 8 items a study, here Cochrane RoB 1 with
 * the added item for selection bias in cohort studies.
 */
class TwoRaterWorkflowTest {

  static final List<String> STUDIES =
      List.of(
          "Shpaner2014",
          "Yoshino2018",
          "Lazaridou2017",
          "Erpelding2020",
          "Becerra2014",
          "Lebel2008",
          "Seminowicz2013",
          "Ceko2015",
          "Kim2022");

  /** 7 disagreements, at (study index, domain). */
  static final Map<Integer, String> DISAGREE =
      Map.of(0, "D3", 1, "D4", 2, "D5", 3, "D8", 4, "D1", 5, "D6", 6, "D7");

  static List<RiskOfBiasJudgement> rater(String name, boolean second) {
    List<RiskOfBiasJudgement> out = new ArrayList<>();
    List<String> domains = Tools.rob1(CohortSelectionItem.ADDED).domainIds();
    for (int s = 0; s < STUDIES.size(); s++) {
      for (String d : domains) {
        RiskOfBiasLevel level = (s + d.hashCode()) % 3 == 0 ? HIGH : (s % 2 == 0 ? LOW : UNCLEAR);
        if (second && d.equals(DISAGREE.get(s))) {
          level = level == LOW ? UNCLEAR : LOW;
        }
        out.add(
            RiskOfBiasJudgement.builder()
                .studyId(STUDIES.get(s))
                .tool("rob1")
                .domain(d)
                .level(level)
                .rater(name)
                .build());
      }
    }
    return out;
  }

  static TwoRaterWorkflow seedShaped() {
    return TwoRaterWorkflow.of(rater("AB", false), rater("CD", true));
  }

  @Test
  void countsAddUp() {
    TwoRaterWorkflow w = seedShaped();
    assertThat(w.items()).hasSize(72);
    assertThat(w.agreed()).hasSize(65);
    assertThat(w.disagreements()).hasSize(7);
    assertThat(w.unresolved()).hasSize(7);
    assertThat(w.disagreements().get(0).rater1().level())
        .isNotEqualTo(w.disagreements().get(0).rater2().level());
  }

  @Test
  void consensusThenAdjudicationThenFinalWithTrail() {
    TwoRaterWorkflow w = seedShaped();
    List<ItemDisagreement> open = w.disagreements();
    for (int i = 0; i < 5; i++) {
      w = w.consensus(open.get(i).item(), HIGH, "discussed, report p. 3");
    }
    assertThat(w.unresolved()).hasSize(2);
    for (int i = 5; i < 7; i++) {
      w = w.adjudicate(open.get(i).item(), LOW, "EF", "third reviewer read the protocol");
    }
    assertThat(w.unresolved()).isEmpty();
    FinalAssessment done = w.finish();
    assertThat(done.judgements()).hasSize(72);
    assertThat(done.trail()).hasSize(72 + 72 + 5 + 2);
    ItemKey adjudicated = open.get(6).item();
    assertThat(done.trail(adjudicated))
        .extracting(RiskOfBiasJudgement::stage)
        .containsExactly(
            JudgementStage.INDIVIDUAL, JudgementStage.INDIVIDUAL, JudgementStage.ADJUDICATED);
    RiskOfBiasJudgement last =
        done.judgements().stream()
            .filter(j -> ItemKey.of(j).equals(adjudicated))
            .findFirst()
            .orElseThrow();
    assertThat(last.rater()).isEqualTo("EF");
    assertThat(last.level()).isEqualTo(LOW);
    assertThat(last.support()).contains("third reviewer read the protocol");
    ItemKey agreed = w.agreed().get(0);
    RiskOfBiasJudgement agreedFinal =
        done.judgements().stream()
            .filter(j -> ItemKey.of(j).equals(agreed))
            .findFirst()
            .orElseThrow();
    assertThat(agreedFinal.rater()).isEqualTo("AB & CD");
    assertThat(agreedFinal.stage()).isEqualTo(JudgementStage.INDIVIDUAL);
    assertThat(done.toTable().rows()).hasSize(9);
    List<RiskOfBiasJudgement> overall = done.overall(OverallRule.WORST_DOMAIN);
    assertThat(overall).hasSize(9).allMatch(RiskOfBiasJudgement::isOverall);
    RiskOfBiasJudgement shpaner = overall.get(0);
    assertThat(shpaner.studyId()).isEqualTo("Shpaner2014");
    assertThat(shpaner.level())
        .isEqualTo(
            OverallRule.WORST_DOMAIN
                .apply(
                    done.judgements().stream()
                        .filter(j -> j.studyId().equals("Shpaner2014"))
                        .map(RiskOfBiasJudgement::level)
                        .toList())
                .orElseThrow());
  }

  @Test
  void consensusOnAnAgreedItemIsRejectedNamingStudyAndDomain() {
    TwoRaterWorkflow w = seedShaped();
    ItemKey agreed = ItemKey.of("Shpaner2014", "D1");
    assertThat(w.agreed()).contains(agreed);
    assertThatThrownBy(() -> w.consensus(agreed, HIGH, "note"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("study Shpaner2014, domain D1")
        .hasMessageContaining("agreed");
  }

  @Test
  void adjudicatingAResolvedItemIsRejectedNamingStudyAndDomain() {
    ItemKey item = ItemKey.of("Shpaner2014", "D3");
    TwoRaterWorkflow w = seedShaped().consensus(item, LOW, "agreed on reading the methods");
    assertThatThrownBy(() -> w.adjudicate(item, HIGH, "EF", "note"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("study Shpaner2014, domain D3")
        .hasMessageContaining("consensus");
    assertThatThrownBy(() -> w.consensus(item, HIGH, "again"))
        .hasMessageContaining("already resolved");
    assertThatThrownBy(() -> w.adjudicate(ItemKey.of("Yoshino2018", "D1"), HIGH, "EF", "n"))
        .hasMessageContaining("study Yoshino2018, domain D1");
    assertThatThrownBy(() -> w.adjudicate(ItemKey.of("Yoshino2018", "D4"), HIGH, "AB", "n"))
        .hasMessageContaining("third reviewer");
    assertThatThrownBy(() -> w.consensus(ItemKey.of("Nobody2000", "D4"), HIGH, "n"))
        .hasMessageContaining("study Nobody2000, domain D4");
  }

  @Test
  void finishingWithOpenDisagreementsNamesThem() {
    assertThatThrownBy(() -> seedShaped().finish())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("7 disagreements")
        .hasMessageContaining("study Seminowicz2013, domain D7");
  }

  @Test
  void inputsMustCoverTheSameItemsByTwoRaters() {
    List<RiskOfBiasJudgement> short2 = new ArrayList<>(rater("CD", true));
    short2.remove(short2.size() - 1);
    assertThatThrownBy(() -> TwoRaterWorkflow.of(rater("AB", false), short2))
        .hasMessageContaining("study Kim2022, domain D8")
        .hasMessageContaining("not by CD");
    assertThatThrownBy(() -> TwoRaterWorkflow.of(rater("AB", false), rater("AB", true)))
        .hasMessageContaining("two raters");
    List<RiskOfBiasJudgement> twice = new ArrayList<>(rater("AB", false));
    twice.add(twice.get(0));
    assertThatThrownBy(() -> TwoRaterWorkflow.of(twice, rater("CD", true)))
        .hasMessageContaining("study Shpaner2014, domain D1 is judged twice");
  }

  @Test
  void assessmentsPerOutcomeKeepOutcomesApart() {
    Rob2Algorithm rob2 = Rob2Algorithm.withDefaults();
    Map<String, dev.appraise.robtool.Answer> d4 = Rob2AlgorithmTest.answers("4.1=N 4.2=NI 4.3=N");
    DomainJudgement proposed = DomainJudgement.accept("D4", d4, rob2.propose("D4", d4));
    RaterAssessment pain =
        RaterAssessment.builder()
            .tool("rob2")
            .studyId("S1")
            .outcome("pain")
            .rater("AB")
            .addDomains(proposed)
            .build();
    RaterAssessment fmri = RaterAssessment.builder().from(pain).outcome("fMRI").build();
    RaterAssessment pain2 =
        RaterAssessment.builder()
            .from(pain)
            .rater("CD")
            .domains(List.of(proposed.override(LOW, "identical schedules in both arms")))
            .build();
    RaterAssessment fmri2 = RaterAssessment.builder().from(fmri).rater("CD").build();
    TwoRaterWorkflow w = TwoRaterWorkflow.ofAssessments(List.of(pain, fmri), List.of(pain2, fmri2));
    assertThat(w.items()).hasSize(2);
    assertThat(w.disagreements())
        .singleElement()
        .satisfies(d -> assertThat(d.item().outcome()).contains("pain"))
        .satisfies(
            d ->
                assertThat(d.rater2().support().orElseThrow())
                    .contains("override of proposed Some concerns"));
  }
}
