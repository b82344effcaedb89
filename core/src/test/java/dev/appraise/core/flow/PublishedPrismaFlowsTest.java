package dev.appraise.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.check.Finding;
import dev.appraise.core.check.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Flow diagrams as published, checked stage by stage. The PRISMA 2020 statement's own figure 1
 * (Page et al., BMJ 2021;372:n71) is a template without numbers, so the reference flows are
 * filled-in PRISMA 2020 diagrams from published and shared reviews; the source is written next to
 * each.
 */
class PublishedPrismaFlowsTest {

  /**
   * Source: "PRISMA 2020 flow diagram of study selection", figure AEDS-09-2025-0494001 as described
   * at http://ftp.nowpublishers.com/view-large/figure/112918370/AEDS-09-2025-0494001.tif :
   * databases 162, registers 0, duplicates 23, screened 139, excluded 25, sought 114, not retrieved
   * 4, assessed 110, excluded 88 (abstract content), 22 studies included.
   */
  @Test
  void aedsReviewAddsUpAtEveryReportedStage() {
    PrismaFlow flow =
        PrismaFlow.builder()
            .putRecordsPerSource("Databases", 162)
            .putRecordsPerSource("Registers", 0)
            .duplicatesRemoved(23)
            .recordsScreened(139)
            .recordsExcluded(25)
            .reportsSought(114)
            .reportsNotRetrieved(4)
            .reportsAssessed(110)
            .putReportsExcludedPerReason("abstract content", 88)
            .studiesIncluded(22)
            .build();
    List<Finding> findings = flow.check();
    // duplicates only: automation and other removals are unreported, so the first step cannot be
    // evaluated
    assertThat(findings.get(1).verdict()).isEqualTo(Verdict.NOT_EVALUABLE);
    assertThat(findings.get(1).expected()).isEmpty();
    assertThat(findings.get(1).unreported())
        .containsExactly(
            "records marked as ineligible by automation tools",
            "records removed for other reasons");
    assertThat(findings.get(2).verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(findings.get(2).message())
        .isEqualTo("reports sought for retrieval: 139 - 25 = 114, as reported");
    assertThat(findings.get(3).verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(findings.get(3).message())
        .isEqualTo("reports assessed for eligibility: 114 - 4 = 110, as reported");

    // the review states that nothing else was removed: recorded as zeros, the first step adds up
    // too
    PrismaFlow stated =
        PrismaFlow.builder()
            .from(flow)
            .recordsRemovedByAutomation(0)
            .recordsRemovedOther(0)
            .includedFromDatabases(22)
            .build();
    List<Finding> all = stated.check();
    assertThat(all.get(1).verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(all.get(1).message())
        .isEqualTo("records screened: 162 - 23 - 0 - 0 = 139, as reported");
    assertThat(all.get(5).message())
        .isEqualTo("reports included from databases and registers: 110 - 88 = 22, as reported");
  }

  /**
   * Source: a filled-in "PRISMA 2020 flow diagram for new systematic reviews which included
   * searches of databases and registers only", shared at
   * https://www.scribd.com/document/535717125/PRISMA-NAUFAL : databases 2, registers 3888,
   * duplicates 400, automation 50, other reasons 673, screened 2765, excluded 1840, sought 925, not
   * retrieved 885, assessed 40, excluded 25 wrong outcomes + 5 wrong intervention + 5 wrong study
   * design, 5 studies and 5 reports included. Identification does not add up: 3890 - 400 - 50 - 673
   * = 2767, not 2765.
   */
  @Test
  void naufalDiagramLosesTwoRecordsBeforeScreening() {
    PrismaFlow flow =
        PrismaFlow.builder()
            .putRecordsPerSource("Databases", 2)
            .putRecordsPerSource("Registers", 3888)
            .duplicatesRemoved(400)
            .recordsRemovedByAutomation(50)
            .recordsRemovedOther(673)
            .recordsScreened(2765)
            .recordsExcluded(1840)
            .reportsSought(925)
            .reportsNotRetrieved(885)
            .reportsAssessed(40)
            .putReportsExcludedPerReason("wrong outcomes", 25)
            .putReportsExcludedPerReason("wrong intervention", 5)
            .putReportsExcludedPerReason("wrong study design", 5)
            .includedFromDatabases(5)
            .includedFromOtherMethods(0)
            .studiesIncluded(5)
            .reportsOfIncludedStudies(5)
            .build();
    List<Finding> findings = flow.check();
    Finding identification = findings.get(1);
    assertThat(identification.verdict()).isEqualTo(Verdict.INCONSISTENT);
    assertThat(identification.expected()).hasValue("2767");
    assertThat(identification.reported()).hasValue("2765");
    assertThat(identification.message())
        .isEqualTo(
            "records screened: 3890 - 400 - 50 - 673 = 2767 (records identified from databases and registers"
                + " - duplicate records removed - records marked as ineligible by automation tools"
                + " - records removed for other reasons), but 2765 reported");
    assertThat(findings.subList(2, 4))
        .extracting(Finding::verdict)
        .containsOnly(Verdict.CONSISTENT);
    assertThat(findings.get(5).verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(findings.get(10).verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(findings.get(11).verdict()).isEqualTo(Verdict.CONSISTENT);
    assertThat(findings).filteredOn(f -> f.verdict() == Verdict.INCONSISTENT).hasSize(1);
  }

  /**
   * Source: PRISMA flow diagram, figure HE-08-2025-0134002 as described at
   * http://ftp.nowpublishers.com/view-large/figure/108889566/HE-08-2025-0134002.tif : 678 records
   * from databases and 22 from other sources (700), 167 duplicates removed, 533 screened, 398
   * excluded, 135 sought, 0 not retrieved, 135 assessed, 93 excluded as outside scope, 42 reports
   * included. The other sources go through the same screening, so they are counted with the
   * databases here.
   */
  @Test
  void heReviewAddsUpWithOtherSourcesScreenedAlongside() {
    PrismaFlow flow =
        PrismaFlow.builder()
            .recordsIdentified(700)
            .putRecordsPerSource("database searching", 678)
            .putRecordsPerSource("other sources", 22)
            .duplicatesRemoved(167)
            .recordsRemovedByAutomation(0)
            .recordsRemovedOther(0)
            .recordsScreened(533)
            .recordsExcluded(398)
            .reportsSought(135)
            .reportsNotRetrieved(0)
            .reportsAssessed(135)
            .putReportsExcludedPerReason("deemed outside scope", 93)
            .includedFromDatabases(42)
            .includedFromOtherMethods(0)
            .reportsOfIncludedStudies(42)
            .build();
    List<Finding> findings = flow.check();
    assertThat(findings.get(0).message())
        .isEqualTo(
            "records identified from databases and registers: 678 database searching + 22 other sources = 700, as reported");
    for (int i : new int[] {0, 1, 2, 3, 5, 10}) {
      assertThat(findings.get(i).verdict())
          .as(findings.get(i).toString())
          .isEqualTo(Verdict.CONSISTENT);
    }
  }
}
