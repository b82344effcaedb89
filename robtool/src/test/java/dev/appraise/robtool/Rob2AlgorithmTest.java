package dev.appraise.robtool;

import static dev.appraise.core.model.RiskOfBiasLevel.HIGH;
import static dev.appraise.core.model.RiskOfBiasLevel.LOW;
import static dev.appraise.core.model.RiskOfBiasLevel.SOME_CONCERNS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every path of the RoB 2 domain algorithms, after the algorithm figures of the RoB 2 full guidance
 * (Higgins JPT et al., 22 August 2019) and Sterne et al., BMJ 2019;366:l4898. Each row: answers as
 * {@code q=A} pairs separated by spaces, then the expected level.
 */
class Rob2AlgorithmTest {

  private static final Rob2Algorithm ASSIGNMENT = Rob2Algorithm.withDefaults();
  private static final Rob2Algorithm ADHERING =
      Rob2Algorithm.withDefaults().withEffect(Rob2Algorithm.Effect.ADHERING);

  static Map<String, Answer> answers(String spec) {
    Map<String, Answer> m = new LinkedHashMap<>();
    for (String pair : spec.trim().split("\\s+")) {
      String[] kv = pair.split("=");
      m.put(kv[0], Answer.valueOf(kv[1]));
    }
    return m;
  }

  @ParameterizedTest(name = "D1 {0} -> {1}")
  @CsvSource({
    "1.1=Y 1.2=Y 1.3=N, LOW",
    "1.1=NI 1.2=PY 1.3=NI, LOW",
    "1.1=N 1.2=Y 1.3=N, SOME_CONCERNS",
    "1.1=Y 1.2=Y 1.3=PY, SOME_CONCERNS",
    "1.1=PN 1.2=Y 1.3=Y, SOME_CONCERNS",
    "1.1=Y 1.2=NI 1.3=N, SOME_CONCERNS",
    "1.1=Y 1.2=NI 1.3=NI, SOME_CONCERNS",
    "1.1=NI 1.2=NI 1.3=NI, SOME_CONCERNS",
    "1.1=Y 1.2=NI 1.3=Y, HIGH",
    "1.1=Y 1.2=N 1.3=N, HIGH",
    "1.1=Y 1.2=PN 1.3=NI, HIGH",
  })
  void domain1(String spec, RiskOfBiasLevel expected) {
    assertThat(ASSIGNMENT.propose("D1", answers(spec)).level()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "D2 assignment {0} -> {1}")
  @CsvSource({
    "2.1=N 2.2=PN 2.3=NA 2.4=NA 2.5=NA 2.6=Y 2.7=NA, LOW",
    "2.1=Y 2.2=Y 2.3=N 2.4=NA 2.5=NA 2.6=PY 2.7=NA, LOW",
    "2.1=NI 2.2=N 2.3=NI 2.4=NA 2.5=NA 2.6=Y 2.7=NA, SOME_CONCERNS",
    "2.1=Y 2.2=N 2.3=Y 2.4=N 2.5=NA 2.6=Y 2.7=NA, SOME_CONCERNS",
    "2.1=Y 2.2=N 2.3=Y 2.4=Y 2.5=Y 2.6=Y 2.7=NA, SOME_CONCERNS",
    "2.1=Y 2.2=N 2.3=Y 2.4=NI 2.5=N 2.6=Y 2.7=NA, HIGH",
    "2.1=Y 2.2=N 2.3=PY 2.4=PY 2.5=NI 2.6=Y 2.7=NA, HIGH",
    "2.1=N 2.2=N 2.3=NA 2.4=NA 2.5=NA 2.6=N 2.7=N, SOME_CONCERNS",
    "2.1=N 2.2=N 2.3=NA 2.4=NA 2.5=NA 2.6=NI 2.7=PN, SOME_CONCERNS",
    "2.1=N 2.2=N 2.3=NA 2.4=NA 2.5=NA 2.6=N 2.7=Y, HIGH",
    "2.1=N 2.2=N 2.3=NA 2.4=NA 2.5=NA 2.6=PN 2.7=NI, HIGH",
    "2.1=Y 2.2=Y 2.3=NI 2.4=NA 2.5=NA 2.6=N 2.7=N, SOME_CONCERNS",
    "2.1=Y 2.2=Y 2.3=Y 2.4=Y 2.5=N 2.6=N 2.7=N, HIGH",
  })
  void domain2Assignment(String spec, RiskOfBiasLevel expected) {
    assertThat(ASSIGNMENT.propose("D2", answers(spec)).level()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "D2 adhering {0} -> {1}")
  @CsvSource({
    "2.1=N 2.2=N 2.3=NA 2.4=N 2.5=PN 2.6=NA, LOW",
    "2.1=N 2.2=N 2.3=NA 2.4=NA 2.5=NA 2.6=NA, LOW",
    "2.1=Y 2.2=N 2.3=Y 2.4=N 2.5=N 2.6=NA, LOW",
    "2.1=Y 2.2=N 2.3=NA 2.4=N 2.5=N 2.6=NA, LOW",
    "2.1=Y 2.2=N 2.3=N 2.4=N 2.5=N 2.6=Y, SOME_CONCERNS",
    "2.1=Y 2.2=N 2.3=NI 2.4=N 2.5=N 2.6=N, HIGH",
    "2.1=N 2.2=N 2.3=NA 2.4=Y 2.5=N 2.6=PY, SOME_CONCERNS",
    "2.1=N 2.2=N 2.3=NA 2.4=N 2.5=NI 2.6=NI, HIGH",
    "2.1=N 2.2=N 2.3=NA 2.4=N 2.5=Y 2.6=PN, HIGH",
  })
  void domain2Adhering(String spec, RiskOfBiasLevel expected) {
    assertThat(ADHERING.propose("D2", answers(spec)).level()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "D3 {0} -> {1}")
  @CsvSource({
    "3.1=Y 3.2=NA 3.3=NA 3.4=NA, LOW",
    "3.1=N 3.2=PY 3.3=NA 3.4=NA, LOW",
    "3.1=NI 3.2=N 3.3=N 3.4=NA, LOW",
    "3.1=N 3.2=N 3.3=Y 3.4=N, SOME_CONCERNS",
    "3.1=N 3.2=PN 3.3=NI 3.4=PN, SOME_CONCERNS",
    "3.1=N 3.2=N 3.3=PY 3.4=Y, HIGH",
    "3.1=PN 3.2=N 3.3=Y 3.4=NI, HIGH",
  })
  void domain3(String spec, RiskOfBiasLevel expected) {
    assertThat(ASSIGNMENT.propose("D3", answers(spec)).level()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "D4 {0} -> {1}")
  @CsvSource({
    "4.1=Y 4.2=N 4.3=NA 4.4=NA 4.5=NA, HIGH",
    "4.1=N 4.2=PY 4.3=NA 4.4=NA 4.5=NA, HIGH",
    "4.1=NI 4.2=Y 4.3=NA 4.4=NA 4.5=NA, HIGH",
    "4.1=N 4.2=N 4.3=N 4.4=NA 4.5=NA, LOW",
    "4.1=N 4.2=N 4.3=Y 4.4=PN 4.5=NA, LOW",
    "4.1=N 4.2=N 4.3=NI 4.4=Y 4.5=N, SOME_CONCERNS",
    "4.1=N 4.2=N 4.3=Y 4.4=Y 4.5=PY, HIGH",
    "4.1=N 4.2=N 4.3=Y 4.4=NI 4.5=NI, HIGH",
    "4.1=N 4.2=NI 4.3=N 4.4=NA 4.5=NA, SOME_CONCERNS",
    "4.1=N 4.2=NI 4.3=Y 4.4=N 4.5=NA, SOME_CONCERNS",
    "4.1=N 4.2=NI 4.3=Y 4.4=Y 4.5=N, SOME_CONCERNS",
    "4.1=N 4.2=NI 4.3=Y 4.4=Y 4.5=Y, HIGH",
  })
  void domain4(String spec, RiskOfBiasLevel expected) {
    assertThat(ASSIGNMENT.propose("D4", answers(spec)).level()).isEqualTo(expected);
  }

  @Test
  void domain4TrapNoInformationOnDifferentialMeasurementIsNotLow() {
    // RoB 2 full guidance, domain 4 algorithm: 4.1 N, 4.2 NI, 4.3 N -> Some concerns (the branch
    // for 4.2 = NI
    // never reaches Low).
    Proposal p = ASSIGNMENT.propose("D4", answers("4.1=N 4.2=NI 4.3=N"));
    assertThat(p.level()).isEqualTo(SOME_CONCERNS);
    assertThat(p.path()).startsWith("4.1 = N", "4.2 = NI", "4.3 = N");
  }

  @ParameterizedTest(name = "D5 {0} -> {1}")
  @CsvSource({
    "5.1=Y 5.2=N 5.3=PN, LOW",
    "5.1=N 5.2=N 5.3=N, SOME_CONCERNS",
    "5.1=NI 5.2=PN 5.3=N, SOME_CONCERNS",
    "5.1=Y 5.2=NI 5.3=N, SOME_CONCERNS",
    "5.1=Y 5.2=N 5.3=NI, SOME_CONCERNS",
    "5.1=Y 5.2=Y 5.3=N, HIGH",
    "5.1=Y 5.2=NI 5.3=PY, HIGH",
  })
  void domain5(String spec, RiskOfBiasLevel expected) {
    assertThat(ASSIGNMENT.propose("D5", answers(spec)).level()).isEqualTo(expected);
  }

  @Test
  void overallRule() {
    assertThat(ASSIGNMENT.proposeOverall(levels(LOW, LOW, LOW, LOW, LOW)).level()).isEqualTo(LOW);
    Proposal one = ASSIGNMENT.proposeOverall(levels(LOW, SOME_CONCERNS, LOW, LOW, LOW));
    assertThat(one.level()).isEqualTo(SOME_CONCERNS);
    assertThat(one.raterShouldConsiderHigher()).isFalse();
    Proposal several =
        ASSIGNMENT.proposeOverall(levels(SOME_CONCERNS, SOME_CONCERNS, LOW, SOME_CONCERNS, LOW));
    assertThat(several.level()).isEqualTo(SOME_CONCERNS);
    assertThat(several.raterShouldConsiderHigher()).isTrue();
    assertThat(several.path()).last().asString().contains("D1, D2, D4");
    assertThat(ASSIGNMENT.proposeOverall(levels(LOW, LOW, HIGH, SOME_CONCERNS, LOW)).level())
        .isEqualTo(HIGH);
  }

  @Test
  void overallNeedsEveryDomainAtARob2Level() {
    Map<String, RiskOfBiasLevel> four = levels(LOW, LOW, LOW, LOW, LOW);
    four.remove("D5");
    assertThatThrownBy(() -> ASSIGNMENT.proposeOverall(four)).hasMessageContaining("D5");
    assertThatThrownBy(
            () -> ASSIGNMENT.proposeOverall(levels(LOW, RiskOfBiasLevel.UNCLEAR, LOW, LOW, LOW)))
        .hasMessageContaining("D2")
        .hasMessageContaining("Unclear");
  }

  @Test
  void rejectsUnknownQuestionsAndAnswersTheQuestionDoesNotAccept() {
    assertThatThrownBy(() -> ASSIGNMENT.propose("D1", answers("1.4=Y")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.4");
    assertThatThrownBy(() -> ASSIGNMENT.propose("D3", answers("3.1=N 3.2=NI")))
        .hasMessageContaining("3.2")
        .hasMessageContaining("NI");
    assertThatThrownBy(() -> ASSIGNMENT.propose("D6", Map.of())).hasMessageContaining("D6");
  }

  @Test
  void unansweredQuestionsOnThePathReadAsNoInformation() {
    Proposal p = ASSIGNMENT.propose("D1", Map.of());
    assertThat(p.level()).isEqualTo(SOME_CONCERNS);
    assertThat(p.path()).contains("1.2 not answered, read as NI");
  }

  @Test
  void overrideKeepsProposalAndReason() {
    Proposal p = ASSIGNMENT.propose("D4", answers("4.1=N 4.2=NI 4.3=N"));
    DomainJudgement accepted = DomainJudgement.accept("D4", answers("4.1=N 4.2=NI 4.3=N"), p);
    assertThat(accepted.isOverride()).isFalse();
    DomainJudgement overridden =
        accepted.override(LOW, "trial report confirms identical assessment schedule");
    assertThat(overridden.isOverride()).isTrue();
    assertThat(overridden.proposal()).contains(p);
    assertThat(overridden.overrideReason())
        .contains("trial report confirms identical assessment schedule");
    assertThatThrownBy(() -> DomainJudgement.builder().from(accepted).level(HIGH).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("override reason");
  }

  @Test
  void assessProposesEveryDomainAndTheOverall() {
    Map<String, Map<String, Answer>> answers =
        Map.of(
            "D1", answers("1.1=Y 1.2=Y 1.3=N"),
            "D2", answers("2.1=N 2.2=N 2.6=Y"),
            "D3", answers("3.1=Y"),
            "D4", answers("4.1=N 4.2=NI 4.3=N"),
            "D5", answers("5.1=N 5.2=N 5.3=N"));
    RaterAssessment a = ASSIGNMENT.assess("Jensen2012", "pain-evoked fMRI", "AB", answers);
    assertThat(a.tool()).isEqualTo("rob2");
    assertThat(a.domains())
        .extracting(DomainJudgement::level)
        .containsExactly(LOW, LOW, LOW, SOME_CONCERNS, SOME_CONCERNS);
    Proposal overall = a.overall().orElseThrow().proposal().orElseThrow();
    assertThat(overall.level()).isEqualTo(SOME_CONCERNS);
    assertThat(overall.raterShouldConsiderHigher()).isTrue();
    assertThat(a.checkAgainst(Tools.load("rob2"))).isSameAs(a);
    assertThat(a.toJudgements())
        .hasSize(6)
        .allMatch(j -> j.outcome().orElseThrow().equals("pain-evoked fMRI"));
    assertThatThrownBy(() -> a.checkAgainst(Tools.load("rob1"))).hasMessageContaining("Jensen2012");
    RaterAssessment wrongLevel =
        RaterAssessment.builder()
            .from(a)
            .domains(
                List.of(
                    DomainJudgement.builder().domain("D1").level(RiskOfBiasLevel.UNCLEAR).build()))
            .build();
    assertThatThrownBy(() -> wrongLevel.checkAgainst(Tools.load("rob2")))
        .hasMessageContaining("study Jensen2012")
        .hasMessageContaining("D1")
        .hasMessageContaining("Unclear");
  }

  private static Map<String, RiskOfBiasLevel> levels(RiskOfBiasLevel... l) {
    Map<String, RiskOfBiasLevel> m = new LinkedHashMap<>();
    for (int i = 0; i < l.length; i++) {
      m.put("D" + (i + 1), l[i]);
    }
    return m;
  }
}
