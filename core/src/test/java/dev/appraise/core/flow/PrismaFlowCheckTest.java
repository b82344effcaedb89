package dev.appraise.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.check.Finding;
import dev.appraise.core.check.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrismaFlowCheckTest {

  @Test
  void aConsistentFlowHasEveryEquationConsistent() {
    List<Finding> findings = PrismaFlowTest.fullFlow().check();
    assertThat(findings).hasSize(12);
    assertThat(findings).extracting(Finding::verdict).containsOnly(Verdict.CONSISTENT);
    assertThat(findings.get(1).message())
        .isEqualTo("records screened: 950 - 210 - 0 - 5 = 735, as reported");
    assertThat(findings.get(0).message())
        .isEqualTo("records identified from databases and registers: 412 MEDLINE + 388 Embase + 150 PsycINFO = 950,"
            + " as reported");
  }

  @Test
  void aFlowLikeTheSmallReviewSaysWhatIsUnreported() {
    List<Finding> findings = PrismaFlowTest.seedLikeFlow().check();
    assertThat(findings).hasSize(12);
    assertThat(findings).extracting(Finding::verdict).containsOnly(Verdict.NOT_EVALUABLE);
    Finding screened = findings.get(1);
    assertThat(screened.statement()).isEqualTo(
        "records identified from databases and registers - duplicate records removed"
            + " - records marked as ineligible by automation tools - records removed for other reasons"
            + " = records screened");
    assertThat(screened.unreported()).containsExactly(
        "duplicate records removed",
        "records marked as ineligible by automation tools",
        "records removed for other reasons",
        "records screened");
    Finding total = findings.get(10);
    assertThat(total.unreported()).containsExactly("reports of included studies");
    assertThat(total.expected()).hasValue("9");
    assertThat(total.message()).isEqualTo(
        "reports of included studies cannot be checked against reports included from databases and registers"
            + " + reports included from other methods: reports of included studies is unreported");
  }
}
