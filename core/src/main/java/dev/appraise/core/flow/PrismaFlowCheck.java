package dev.appraise.core.flow;

import dev.appraise.core.check.Finding;
import dev.appraise.core.check.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Checks the arithmetic of a {@link PrismaFlow}: every stage equation of the PRISMA 2020 flow
 * diagram is either evaluated (consistent or inconsistent with the reported numbers) or reported as
 * not evaluable, naming the unreported stages. Nothing is skipped and no unreported count is taken
 * as zero.
 *
 * <p>The findings come in diagram order:
 *
 * <ol>
 *   <li>records per database or register sum to the stated total identified;
 *   <li>records identified - duplicates removed - records marked ineligible by automation - records
 *       removed for other reasons = records screened;
 *   <li>records screened - records excluded = reports sought for retrieval;
 *   <li>reports sought - reports not retrieved = reports assessed for eligibility;
 *   <li>reports excluded per reason sum to the stated total excluded;
 *   <li>reports assessed - reports excluded = reports included from databases and registers;
 *   <li>records identified from other methods = reports sought for retrieval (other methods): the
 *       PRISMA 2020 template leads from the one box to the other without a screening step;
 *   <li>reports sought - reports not retrieved = reports assessed (other methods);
 *   <li>reports excluded per reason sum to the stated total excluded (other methods);
 *   <li>reports assessed - reports excluded = reports included from other methods;
 *   <li>reports included from databases and registers + reports included from other methods =
 *       reports of included studies;
 *   <li>studies included in review &lt;= reports of included studies (a study may have several
 *       reports).
 * </ol>
 *
 * <p>Reference: Page MJ, McKenzie JE, Bossuyt PM, et al. The PRISMA 2020 statement. BMJ
 * 2021;372:n71, figure 1; Page MJ, Moher D, Bossuyt PM, et al. PRISMA 2020 explanation and
 * elaboration. BMJ 2021;372:n160, item 16a.
 */
public final class PrismaFlowCheck {

  private PrismaFlowCheck() {}

  /**
   * Checks every stage equation of a flow.
   *
   * @param flow the flow as the review reports it
   * @return one finding per equation listed in the class description, in that order
   */
  public static List<Finding> check(PrismaFlow flow) {
    List<Finding> findings = new ArrayList<>();
    findings.add(
        partsSum(
            PrismaStage.RECORDS_IDENTIFIED,
            flow.recordsIdentified(),
            "records per database or register",
            flow.recordsPerSource()));
    findings.add(
        equation(
            List.of(
                plus(PrismaStage.RECORDS_IDENTIFIED, flow.recordsIdentifiedTotal()),
                minus(PrismaStage.DUPLICATES_REMOVED, flow.duplicatesRemoved()),
                minus(PrismaStage.RECORDS_REMOVED_BY_AUTOMATION, flow.recordsRemovedByAutomation()),
                minus(PrismaStage.RECORDS_REMOVED_OTHER, flow.recordsRemovedOther())),
            term(PrismaStage.RECORDS_SCREENED, flow.recordsScreened())));
    findings.add(
        equation(
            List.of(
                plus(PrismaStage.RECORDS_SCREENED, flow.recordsScreened()),
                minus(PrismaStage.RECORDS_EXCLUDED, flow.recordsExcluded())),
            term(PrismaStage.REPORTS_SOUGHT, flow.reportsSought())));
    findings.add(
        equation(
            List.of(
                plus(PrismaStage.REPORTS_SOUGHT, flow.reportsSought()),
                minus(PrismaStage.REPORTS_NOT_RETRIEVED, flow.reportsNotRetrieved())),
            term(PrismaStage.REPORTS_ASSESSED, flow.reportsAssessed())));
    findings.add(
        partsSum(
            PrismaStage.REPORTS_EXCLUDED,
            flow.reportsExcluded(),
            "reports excluded per reason",
            flow.reportsExcludedPerReason()));
    findings.add(
        equation(
            List.of(
                plus(PrismaStage.REPORTS_ASSESSED, flow.reportsAssessed()),
                minus(PrismaStage.REPORTS_EXCLUDED, flow.reportsExcludedTotal())),
            term(PrismaStage.INCLUDED_FROM_DATABASES, flow.includedFromDatabases())));
    findings.add(
        equation(
            List.of(plus(PrismaStage.OTHER_RECORDS_IDENTIFIED, flow.otherRecordsIdentifiedTotal())),
            term(PrismaStage.OTHER_REPORTS_SOUGHT, flow.otherReportsSought())));
    findings.add(
        equation(
            List.of(
                plus(PrismaStage.OTHER_REPORTS_SOUGHT, flow.otherReportsSought()),
                minus(PrismaStage.OTHER_REPORTS_NOT_RETRIEVED, flow.otherReportsNotRetrieved())),
            term(PrismaStage.OTHER_REPORTS_ASSESSED, flow.otherReportsAssessed())));
    findings.add(
        partsSum(
            PrismaStage.OTHER_REPORTS_EXCLUDED,
            flow.otherReportsExcluded(),
            "reports excluded per reason (other methods)",
            flow.otherReportsExcludedPerReason()));
    findings.add(
        equation(
            List.of(
                plus(PrismaStage.OTHER_REPORTS_ASSESSED, flow.otherReportsAssessed()),
                minus(PrismaStage.OTHER_REPORTS_EXCLUDED, flow.otherReportsExcludedTotal())),
            term(PrismaStage.INCLUDED_FROM_OTHER_METHODS, flow.includedFromOtherMethods())));
    findings.add(
        equation(
            List.of(
                plus(PrismaStage.INCLUDED_FROM_DATABASES, flow.includedFromDatabases()),
                plus(PrismaStage.INCLUDED_FROM_OTHER_METHODS, flow.includedFromOtherMethods())),
            term(PrismaStage.REPORTS_OF_INCLUDED_STUDIES, flow.reportsOfIncludedStudies())));
    findings.add(studiesAtMostReports(flow.studiesIncluded(), flow.reportsOfIncludedStudies()));
    return List.copyOf(findings);
  }

  /** One side of an equation: a stage, its count if reported, and its sign. */
  private static final class Term {
    final String label;
    final OptionalInt count;
    final boolean negative;

    Term(String label, OptionalInt count, boolean negative) {
      this.label = label;
      this.count = count;
      this.negative = negative;
    }
  }

  private static Term plus(PrismaStage stage, OptionalInt count) {
    return new Term(stage.label(), count, false);
  }

  private static Term minus(PrismaStage stage, OptionalInt count) {
    return new Term(stage.label(), count, true);
  }

  private static Term term(PrismaStage stage, OptionalInt count) {
    return plus(stage, count);
  }

  private static Finding equation(List<Term> left, Term right) {
    StringBuilder statement = new StringBuilder();
    StringBuilder arithmetic = new StringBuilder();
    long expected = 0;
    List<String> unreported = new ArrayList<>();
    for (int i = 0; i < left.size(); i++) {
      Term t = left.get(i);
      if (i > 0) {
        statement.append(t.negative ? " - " : " + ");
        arithmetic.append(t.negative ? " - " : " + ");
      }
      statement.append(t.label);
      if (t.count.isPresent()) {
        arithmetic.append(t.count.getAsInt());
        expected += t.negative ? -t.count.getAsInt() : t.count.getAsInt();
      } else {
        unreported.add(t.label);
      }
    }
    statement.append(" = ").append(right.label);
    if (right.count.isEmpty()) {
      unreported.add(right.label);
    }
    Finding.Builder finding = Finding.builder().statement(statement.toString());
    right.count.ifPresent(c -> finding.reported(Integer.toString(c)));
    if (left.stream().allMatch(t -> t.count.isPresent())) {
      finding.expected(Long.toString(expected));
    }
    if (!unreported.isEmpty()) {
      return finding
          .verdict(Verdict.NOT_EVALUABLE)
          .unreported(unreported)
          .message(
              right.label
                  + " cannot be checked against "
                  + describeLeft(left)
                  + ": "
                  + joinAnd(unreported)
                  + (unreported.size() == 1 ? " is" : " are")
                  + " unreported")
          .build();
    }
    int reported = right.count.getAsInt();
    boolean consistent = expected == reported;
    String sum =
        left.size() == 1 ? expected + " " + left.get(0).label : arithmetic + " = " + expected;
    return finding
        .verdict(consistent ? Verdict.CONSISTENT : Verdict.INCONSISTENT)
        .message(
            consistent
                ? right.label + ": " + sum + ", as reported"
                : right.label
                    + ": "
                    + sum
                    + (left.size() == 1 ? "" : " (" + describeLeft(left) + ")")
                    + ", but "
                    + reported
                    + " reported")
        .build();
  }

  private static String describeLeft(List<Term> left) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < left.size(); i++) {
      Term t = left.get(i);
      if (i > 0) {
        s.append(t.negative ? " - " : " + ");
      }
      s.append(t.label);
    }
    return s.toString();
  }

  private static Finding partsSum(
      PrismaStage total, OptionalInt stated, String partsName, Map<String, Integer> parts) {
    String statement = partsName + " sum to " + total.label();
    Finding.Builder finding = Finding.builder().statement(statement);
    stated.ifPresent(c -> finding.reported(Integer.toString(c)));
    long sum = parts.values().stream().mapToLong(Integer::longValue).sum();
    if (!parts.isEmpty()) {
      finding.expected(Long.toString(sum));
    }
    List<String> unreported = new ArrayList<>();
    if (parts.isEmpty()) {
      unreported.add(partsName);
    }
    if (stated.isEmpty()) {
      unreported.add(total.label() + " (stated total)");
    }
    if (!unreported.isEmpty()) {
      return finding
          .verdict(Verdict.NOT_EVALUABLE)
          .unreported(unreported)
          .message(
              total.label()
                  + " cannot be checked against "
                  + partsName
                  + ": "
                  + joinAnd(unreported)
                  + (unreported.size() == 1 ? " is" : " are")
                  + " unreported")
          .build();
    }
    String arithmetic =
        parts.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey())
            .collect(Collectors.joining(" + "));
    boolean consistent = sum == stated.getAsInt();
    return finding
        .verdict(consistent ? Verdict.CONSISTENT : Verdict.INCONSISTENT)
        .message(
            consistent
                ? total.label() + ": " + arithmetic + " = " + sum + ", as reported"
                : total.label()
                    + ": "
                    + arithmetic
                    + " = "
                    + sum
                    + ", but "
                    + stated.getAsInt()
                    + " reported")
        .build();
  }

  private static Finding studiesAtMostReports(OptionalInt studies, OptionalInt reports) {
    String statement =
        PrismaStage.STUDIES_INCLUDED.label()
            + " <= "
            + PrismaStage.REPORTS_OF_INCLUDED_STUDIES.label();
    Finding.Builder finding = Finding.builder().statement(statement);
    studies.ifPresent(c -> finding.reported(Integer.toString(c)));
    reports.ifPresent(c -> finding.expected("at most " + c));
    List<String> unreported = new ArrayList<>();
    if (studies.isEmpty()) {
      unreported.add(PrismaStage.STUDIES_INCLUDED.label());
    }
    if (reports.isEmpty()) {
      unreported.add(PrismaStage.REPORTS_OF_INCLUDED_STUDIES.label());
    }
    if (!unreported.isEmpty()) {
      return finding
          .verdict(Verdict.NOT_EVALUABLE)
          .unreported(unreported)
          .message(
              PrismaStage.STUDIES_INCLUDED.label()
                  + " cannot be compared with "
                  + PrismaStage.REPORTS_OF_INCLUDED_STUDIES.label()
                  + ": "
                  + joinAnd(unreported)
                  + (unreported.size() == 1 ? " is" : " are")
                  + " unreported")
          .build();
    }
    int s = studies.getAsInt();
    int r = reports.getAsInt();
    return finding
        .verdict(s <= r ? Verdict.CONSISTENT : Verdict.INCONSISTENT)
        .message(
            s <= r
                ? s + " studies included from " + r + " reports, as a study has one report or more"
                : s
                    + " studies included but only "
                    + r
                    + " reports of included studies; each study needs a report")
        .build();
  }

  private static String joinAnd(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }
}
