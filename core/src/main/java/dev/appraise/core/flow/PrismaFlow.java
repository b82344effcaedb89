package dev.appraise.core.flow;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.check.Finding;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The flow of records and reports through a systematic review, as a PRISMA 2020 flow diagram
 * reports it.
 *
 * <p>Every count is optional: a stage the review did not report stays empty and is never filled in
 * by arithmetic. {@link #check()} tells which stage equations hold, which do not, and which cannot
 * be evaluated because a stage is unreported; {@link PrismaFlowSvg#render(PrismaFlow)} draws the
 * diagram.
 *
 * <p>The databases-and-registers column runs: records identified, minus records removed before
 * screening (duplicates, automation, other reasons), gives records screened; minus records excluded
 * gives reports sought for retrieval; minus reports not retrieved gives reports assessed for
 * eligibility; minus reports excluded gives the reports included from databases and registers. The
 * other-methods column (reference lists, websites, citation searching, ...) runs from records
 * identified to reports sought, assessed and included the same way. Both columns end in the shared
 * "included" box: studies included in the review and reports of included studies. A review that
 * says none were removed or excluded at a stage records {@code 0}, which is a reported count.
 *
 * <p>Invariants checked on build: every count is {@code >= 0}; source, method and reason names are
 * not blank.
 *
 * <p>Reference: Page MJ, McKenzie JE, Bossuyt PM, et al. The PRISMA 2020 statement: an updated
 * guideline for reporting systematic reviews. BMJ 2021;372:n71, figure 1.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePrismaFlow.class)
@JsonDeserialize(as = ImmutablePrismaFlow.class)
public abstract class PrismaFlow {

  PrismaFlow() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  // identification: databases and registers

  /**
   * {@return the records identified per database or register, keyed by its name (e.g. {@code
   * "PubMed"}), in the order the review lists them; empty when the review gives no per-source
   * counts}
   */
  public abstract Map<String, Integer> recordsPerSource();

  /**
   * {@return the total number of records identified from databases and registers as the review
   * states it; {@link #recordsIdentifiedTotal()} falls back to the sum of {@link
   * #recordsPerSource()} when this is absent}
   */
  public abstract OptionalInt recordsIdentified();

  /** {@return the number of duplicate records removed before screening} */
  public abstract OptionalInt duplicatesRemoved();

  /** {@return the number of records marked as ineligible by automation tools before screening} */
  public abstract OptionalInt recordsRemovedByAutomation();

  /** {@return the number of records removed before screening for other reasons} */
  public abstract OptionalInt recordsRemovedOther();

  // screening: databases and registers

  /** {@return the number of records screened (titles and abstracts)} */
  public abstract OptionalInt recordsScreened();

  /** {@return the number of records excluded at screening} */
  public abstract OptionalInt recordsExcluded();

  /** {@return the number of reports sought for retrieval} */
  public abstract OptionalInt reportsSought();

  /** {@return the number of reports not retrieved} */
  public abstract OptionalInt reportsNotRetrieved();

  /** {@return the number of reports assessed for eligibility (full text)} */
  public abstract OptionalInt reportsAssessed();

  /**
   * {@return the total number of reports excluded after assessment as the review states it; {@link
   * #reportsExcludedTotal()} falls back to the sum of {@link #reportsExcludedPerReason()}}
   */
  public abstract OptionalInt reportsExcluded();

  /**
   * {@return the reports excluded after assessment per reason (e.g. {@code "wrong population"}), in
   * order}
   */
  public abstract Map<String, Integer> reportsExcludedPerReason();

  /**
   * {@return the number of reports found eligible through databases and registers (reports assessed
   * minus reports excluded)}
   *
   * <p>PRISMA counts reports along each column. A review that says only how many studies each route
   * gave (for example "7 eligible studies remained; reference lists gave 2 more") records those
   * numbers here and in {@link #includedFromOtherMethods()} when each study has one report.
   */
  public abstract OptionalInt includedFromDatabases();

  // other methods

  /**
   * {@return the records identified per other method, keyed by the method (e.g. {@code "reference
   * lists"}, {@code "websites"}, {@code "citation searching"}), in order; empty when no count is
   * reported}
   */
  public abstract Map<String, Integer> recordsPerOtherMethod();

  /** {@return the number of reports from other methods sought for retrieval} */
  public abstract OptionalInt otherReportsSought();

  /** {@return the number of reports from other methods not retrieved} */
  public abstract OptionalInt otherReportsNotRetrieved();

  /** {@return the number of reports from other methods assessed for eligibility} */
  public abstract OptionalInt otherReportsAssessed();

  /**
   * {@return the total number of reports from other methods excluded after assessment as the review
   * states it; {@link #otherReportsExcludedTotal()} falls back to the sum of {@link
   * #otherReportsExcludedPerReason()}}
   */
  public abstract OptionalInt otherReportsExcluded();

  /** {@return the reports from other methods excluded after assessment per reason, in order} */
  public abstract Map<String, Integer> otherReportsExcludedPerReason();

  /** {@return the number of reports found eligible through other methods} */
  public abstract OptionalInt includedFromOtherMethods();

  // included

  /** {@return the number of studies included in the review} */
  public abstract OptionalInt studiesIncluded();

  /** {@return the number of reports of the included studies} */
  public abstract OptionalInt reportsOfIncludedStudies();

  // derived

  /**
   * {@return the records identified from databases and registers: {@link #recordsIdentified()} when
   * stated, else the sum of {@link #recordsPerSource()} when any source count is given, else empty}
   */
  public OptionalInt recordsIdentifiedTotal() {
    return statedOrSum(recordsIdentified(), recordsPerSource());
  }

  /**
   * {@return the reports excluded after assessment: {@link #reportsExcluded()} when stated, else
   * the sum of {@link #reportsExcludedPerReason()} when any reason is given, else empty}
   */
  public OptionalInt reportsExcludedTotal() {
    return statedOrSum(reportsExcluded(), reportsExcludedPerReason());
  }

  /**
   * {@return the records identified by other methods: the sum of {@link #recordsPerOtherMethod()},
   * or empty}
   */
  public OptionalInt otherRecordsIdentifiedTotal() {
    return statedOrSum(OptionalInt.empty(), recordsPerOtherMethod());
  }

  /**
   * {@return the reports from other methods excluded after assessment: {@link
   * #otherReportsExcluded()} when stated, else the sum of {@link #otherReportsExcludedPerReason()}
   * when any reason is given, else empty}
   */
  public OptionalInt otherReportsExcludedTotal() {
    return statedOrSum(otherReportsExcluded(), otherReportsExcludedPerReason());
  }

  /**
   * {@return whether the flow has an other-methods column, i.e. any count of that column is
   * reported}
   */
  public boolean hasOtherMethods() {
    return !recordsPerOtherMethod().isEmpty()
        || otherReportsSought().isPresent()
        || otherReportsNotRetrieved().isPresent()
        || otherReportsAssessed().isPresent()
        || otherReportsExcludedTotal().isPresent()
        || includedFromOtherMethods().isPresent();
  }

  /**
   * Checks the arithmetic between the stages of this flow.
   *
   * @return one finding per stage equation, in diagram order; see {@link
   *     PrismaFlowCheck#check(PrismaFlow)}
   */
  public List<Finding> check() {
    return PrismaFlowCheck.check(this);
  }

  private static OptionalInt statedOrSum(OptionalInt stated, Map<String, Integer> parts) {
    if (stated.isPresent() || parts.isEmpty()) {
      return stated;
    }
    long sum = parts.values().stream().mapToLong(Integer::longValue).sum();
    return OptionalInt.of(Math.toIntExact(sum));
  }

  @Value.Check
  void validate() {
    nonNegative("recordsIdentified", recordsIdentified());
    nonNegative("duplicatesRemoved", duplicatesRemoved());
    nonNegative("recordsRemovedByAutomation", recordsRemovedByAutomation());
    nonNegative("recordsRemovedOther", recordsRemovedOther());
    nonNegative("recordsScreened", recordsScreened());
    nonNegative("recordsExcluded", recordsExcluded());
    nonNegative("reportsSought", reportsSought());
    nonNegative("reportsNotRetrieved", reportsNotRetrieved());
    nonNegative("reportsAssessed", reportsAssessed());
    nonNegative("reportsExcluded", reportsExcluded());
    nonNegative("includedFromDatabases", includedFromDatabases());
    nonNegative("otherReportsSought", otherReportsSought());
    nonNegative("otherReportsNotRetrieved", otherReportsNotRetrieved());
    nonNegative("otherReportsAssessed", otherReportsAssessed());
    nonNegative("otherReportsExcluded", otherReportsExcluded());
    nonNegative("includedFromOtherMethods", includedFromOtherMethods());
    nonNegative("studiesIncluded", studiesIncluded());
    nonNegative("reportsOfIncludedStudies", reportsOfIncludedStudies());
    entries("recordsPerSource", "source", recordsPerSource());
    entries("reportsExcludedPerReason", "reason", reportsExcludedPerReason());
    entries("recordsPerOtherMethod", "method", recordsPerOtherMethod());
    entries("otherReportsExcludedPerReason", "reason", otherReportsExcludedPerReason());
  }

  private static void nonNegative(String field, OptionalInt count) {
    if (count.isPresent() && count.getAsInt() < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, was " + count.getAsInt());
    }
  }

  private static void entries(String field, String keyName, Map<String, Integer> counts) {
    long sum = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getKey().isBlank()) {
        throw new IllegalArgumentException(
            field + " " + keyName + " must not be blank, was \"" + e.getKey() + "\"");
      }
      if (e.getValue() < 0) {
        throw new IllegalArgumentException(
            field + " count for \"" + e.getKey() + "\" must be >= 0, was " + e.getValue());
      }
      sum += e.getValue();
    }
    if (sum > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          field + " counts must sum to at most " + Integer.MAX_VALUE + ", was " + sum);
    }
  }

  /** Builds {@link PrismaFlow} values. */
  public static final class Builder extends ImmutablePrismaFlow.Builder {
    Builder() {}
  }
}
