package dev.appraise.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.check.Finding;
import dev.appraise.core.check.Verdict;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PrismaFlowCheckTest {

  @Test
  void aConsistentFlowHasEveryEquationConsistent() {
    List<Finding> findings = PrismaFlowTest.fullFlow().check();
    assertThat(findings).hasSize(12);
    assertThat(findings).extracting(Finding::verdict).containsOnly(Verdict.CONSISTENT);
    assertThat(findings).allSatisfy(f -> assertThat(f.unreported()).isEmpty());
    assertThat(findings.get(1).message())
        .isEqualTo("records screened: 950 - 210 - 0 - 5 = 735, as reported");
    assertThat(findings.get(0).message())
        .isEqualTo(
            "records identified from databases and registers: 412 MEDLINE + 388 Embase + 150 PsycINFO = 950,"
                + " as reported");
    assertThat(findings.get(6).message())
        .isEqualTo(
            "reports sought for retrieval (other methods): 8 records identified from other methods,"
                + " as reported");
    assertThat(findings.get(10).message())
        .isEqualTo("reports of included studies: 11 + 3 = 14, as reported");
    assertThat(findings.get(11).message())
        .isEqualTo("12 studies included from 14 reports, as a study has one report or more");
    assertThat(PrismaFlowCheck.check(PrismaFlowTest.fullFlow())).isEqualTo(findings);
  }

  @Test
  void aFlowLikeTheSmallReviewSaysWhatIsUnreported() {
    List<Finding> findings = PrismaFlowTest.seedLikeFlow().check();
    assertThat(findings).hasSize(12);
    assertThat(findings).extracting(Finding::verdict).containsOnly(Verdict.NOT_EVALUABLE);
    assertThat(findings).allSatisfy(f -> assertThat(f.unreported()).isNotEmpty());
    assertThat(findings.get(0).unreported()).containsExactly("records per database or register");
    Finding screened = findings.get(1);
    assertThat(screened.statement())
        .isEqualTo(
            "records identified from databases and registers - duplicate records removed"
                + " - records marked as ineligible by automation tools - records removed for other reasons"
                + " = records screened");
    assertThat(screened.unreported())
        .containsExactly(
            "duplicate records removed",
            "records marked as ineligible by automation tools",
            "records removed for other reasons",
            "records screened");
    assertThat(screened.message())
        .endsWith(
            ": duplicate records removed, records marked as ineligible by automation"
                + " tools, records removed for other reasons and records screened are unreported");
    Finding total = findings.get(10);
    assertThat(total.unreported()).containsExactly("reports of included studies");
    assertThat(total.expected()).hasValue("9");
    assertThat(total.reported()).isEmpty();
    assertThat(total.message())
        .isEqualTo(
            "reports of included studies cannot be checked against reports included from databases and registers"
                + " + reports included from other methods: reports of included studies is unreported");
    assertThat(findings.get(11).unreported()).containsExactly("reports of included studies");
    assertThat(findings.get(11).reported()).hasValue("9");
    assertThat(findings.get(11).message())
        .isEqualTo(
            "studies included in review cannot be compared with reports"
                + " of included studies: reports of included studies is unreported");
  }

  @Test
  void anEmptyFlowNamesEveryStageOfEveryEquation() {
    List<Finding> findings = PrismaFlow.builder().build().check();
    assertThat(findings).extracting(Finding::verdict).containsOnly(Verdict.NOT_EVALUABLE);
    assertThat(findings.get(0).unreported())
        .containsExactly(
            "records per database or register",
            "records identified from databases and registers (stated total)");
    assertThat(findings.get(6).unreported())
        .containsExactly(
            "records identified from other methods",
            "reports sought for retrieval (other methods)");
    assertThat(findings.get(11).unreported())
        .containsExactly("studies included in review", "reports of included studies");
    assertThat(findings).allSatisfy(f -> assertThat(f.expected()).isEmpty());
  }

  @Test
  void reportsReasonsThatDoNotSumToTheStatedTotal() {
    PrismaFlow flow =
        PrismaFlow.builder()
            .reportsExcluded(30)
            .putReportsExcludedPerReason("wrong population", 12)
            .putReportsExcludedPerReason("no imaging outcome", 15)
            .otherReportsExcluded(2)
            .build();
    Finding reasons = flow.check().get(4);
    assertThat(reasons.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(reasons.statement())
        .isEqualTo("reports excluded per reason sum to reports excluded");
    assertThat(reasons.message())
        .isEqualTo(
            "reports excluded: 12 wrong population + 15 no imaging outcome = 27, but 30 reported");
    Finding otherReasons = flow.check().get(8);
    assertThat(otherReasons.verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
    assertThat(otherReasons.unreported())
        .containsExactly("reports excluded per reason (other methods)");
    assertThat(otherReasons.reported()).hasValue("2");
  }

  @Test
  void theStatedTotalIsWhatTheChainUsesWhenReasonsDisagree() {
    PrismaFlow flow =
        PrismaFlow.builder()
            .reportsAssessed(40)
            .reportsExcluded(30)
            .putReportsExcludedPerReason("wrong design", 20)
            .includedFromDatabases(10)
            .build();
    assertThat(flow.check().get(5).verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(flow.check().get(4).verdict()).isEqualTo(Verdict.INCONSISTENT);
  }

  @Test
  void otherMethodRecordsThatAreNotAllSoughtAreReported() {
    Finding f =
        PrismaFlow.builder()
            .putRecordsPerOtherMethod("reference lists", 5)
            .putRecordsPerOtherMethod("websites", 2)
            .otherReportsSought(6)
            .build()
            .check()
            .get(6);
    assertThat(f.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(f.statement())
        .isEqualTo(
            "records identified from other methods = reports sought for retrieval (other methods)");
    assertThat(f.message())
        .isEqualTo(
            "reports sought for retrieval (other methods): 7 records identified from other methods, but 6 reported");
  }

  @Test
  void moreStudiesThanReportsIsInconsistent() {
    Finding f =
        PrismaFlow.builder().studiesIncluded(9).reportsOfIncludedStudies(8).build().check().get(11);
    assertThat(f.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(f.expected()).hasValue("at most 8");
    assertThat(f.reported()).hasValue("9");
    assertThat(f.message())
        .isEqualTo(
            "9 studies included but only 8 reports of included studies; each study needs a report");
  }

  @Test
  void anExclusionLargerThanItsStageGivesANegativeExpectedCount() {
    Finding f =
        PrismaFlow.builder()
            .recordsScreened(10)
            .recordsExcluded(12)
            .reportsSought(0)
            .build()
            .check()
            .get(2);
    assertThat(f.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(f.expected()).hasValue("-2");
    assertThat(f.message())
        .isEqualTo(
            "reports sought for retrieval: 10 - 12 = -2 (records screened - records"
                + " excluded), but 0 reported");
  }

  /**
   * Generates a flow whose every stage follows from the one before, from free choices at each
   * stage.
   */
  @Provide
  Arbitrary<PrismaFlow> consistentFlows() {
    Arbitrary<Integer> small = Arbitraries.integers().between(0, 400);
    return Combinators.combine(
            small.list().ofSize(8), small.list().ofSize(6), Arbitraries.integers().between(0, 5))
        .as(
            (a, b, extra) -> {
              int p1 = a.get(0);
              int p2 = a.get(1);
              int screened = a.get(2) + a.get(3) + a.get(4) + 1;
              int excludedReports = a.get(5) % 50;
              int included = a.get(6) % 30 + 1;
              int assessed = included + excludedReports;
              int notRetrieved = a.get(7) % 20;
              int sought = assessed + notRetrieved;
              int excludedRecords = screened;
              int screenedTotal = sought + excludedRecords;
              int dup = b.get(0);
              int auto = b.get(1) % 10;
              int other = b.get(2) % 10;
              int identified = screenedTotal + dup + auto + other;
              int otherIncluded = b.get(3) % 5;
              int otherExcluded = b.get(4) % 5;
              int otherNotRetrieved = b.get(5) % 3;
              int otherAssessed = otherIncluded + otherExcluded;
              int otherSought = otherAssessed + otherNotRetrieved;
              int first =
                  Math.min(identified, p1 + p2 > 0 ? identified * p1 / (p1 + p2) : identified);
              return PrismaFlow.builder()
                  .putRecordsPerSource("MEDLINE", first)
                  .putRecordsPerSource("Embase", identified - first)
                  .recordsIdentified(identified)
                  .duplicatesRemoved(dup)
                  .recordsRemovedByAutomation(auto)
                  .recordsRemovedOther(other)
                  .recordsScreened(screenedTotal)
                  .recordsExcluded(excludedRecords)
                  .reportsSought(sought)
                  .reportsNotRetrieved(notRetrieved)
                  .reportsAssessed(assessed)
                  .reportsExcluded(excludedReports)
                  .putReportsExcludedPerReason("wrong population", excludedReports)
                  .includedFromDatabases(included)
                  .putRecordsPerOtherMethod("reference lists", otherSought)
                  .otherReportsSought(otherSought)
                  .otherReportsNotRetrieved(otherNotRetrieved)
                  .otherReportsAssessed(otherAssessed)
                  .otherReportsExcluded(otherExcluded)
                  .putOtherReportsExcludedPerReason("no MRI outcome", otherExcluded)
                  .includedFromOtherMethods(otherIncluded)
                  .studiesIncluded(Math.max(1, included + otherIncluded - extra))
                  .reportsOfIncludedStudies(included + otherIncluded)
                  .build();
            });
  }

  @Property
  void aFlowBuiltStageByStageIsConsistentEverywhere(@ForAll("consistentFlows") PrismaFlow flow) {
    assertThat(flow.check()).extracting(Finding::verdict).containsOnly(Verdict.CONSISTENT);
  }

  @Property
  void changingTheScreenedCountBreaksExactlyTheTwoEquationsThatUseIt(
      @ForAll("consistentFlows") PrismaFlow flow, @ForAll @IntRange(min = 1, max = 50) int delta) {
    PrismaFlow changed =
        PrismaFlow.builder()
            .from(flow)
            .recordsScreened(flow.recordsScreened().getAsInt() + delta)
            .build();
    List<Finding> findings = changed.check();
    for (int i = 0; i < findings.size(); i++) {
      assertThat(findings.get(i).verdict())
          .as(findings.get(i).statement())
          .isEqualTo(Set.of(1, 2).contains(i) ? Verdict.INCONSISTENT : Verdict.CONSISTENT);
    }
  }

  @Property
  void leavingOutTheAssessedCountMakesExactlyItsEquationsNotEvaluable(
      @ForAll("consistentFlows") PrismaFlow flow) {
    PrismaFlow withoutAssessed =
        PrismaFlow.builder().from(flow).reportsAssessed(OptionalInt.empty()).build();
    List<Finding> findings = withoutAssessed.check();
    for (int i = 0; i < findings.size(); i++) {
      boolean usesAssessed = i == 3 || i == 5;
      assertThat(findings.get(i).verdict())
          .isEqualTo(usesAssessed ? Verdict.NOT_EVALUABLE : Verdict.CONSISTENT);
      if (usesAssessed) {
        assertThat(findings.get(i).unreported())
            .containsExactly("reports assessed for eligibility");
      }
    }
  }
}
