package dev.appraise.grade;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A summary-of-findings table for one comparison, in the layout of GRADEpro and Cochrane reviews
 * (Cochrane Handbook version 6.4, chapter 14; Guyatt et al., GRADE guidelines 12 and 13, J Clin
 * Epidemiol 2013;66:158-183): the question (population, setting, intervention, comparison) and one
 * {@link OutcomeSummary} per outcome. Written by {@link SummaryOfFindingsWriter}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSummaryOfFindings.class)
@JsonDeserialize(as = ImmutableSummaryOfFindings.class)
public abstract class SummaryOfFindings {

  SummaryOfFindings() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the intervention, e.g. {@code "BCG vaccine"}} */
  public abstract String intervention();

  /** {@return the comparison, e.g. {@code "no vaccine"}} */
  public abstract String comparison();

  /** {@return the patients or population} */
  public abstract Optional<String> population();

  /** {@return the setting} */
  public abstract Optional<String> setting();

  /** {@return the title; by default "intervention compared with comparison for population"} */
  @Value.Default
  public String title() {
    return intervention()
        + " compared with "
        + comparison()
        + population().map(p -> " for " + p).orElse("");
  }

  /** {@return the outcomes, one row each, in order} */
  public abstract List<OutcomeSummary> outcomes();

  /**
   * The plain-language statement of a row: the row's own statement if it has one, else the
   * informative statement ({@link InformativeStatements}) for the row's certainty, size of effect
   * (moderate when not given) and direction, with this table's intervention and the row's outcome,
   * its first letter in lower case as in running text (unless it starts an acronym).
   *
   * @param row a row
   * @return the statement
   */
  public String statement(OutcomeSummary row) {
    if (row.statement().isPresent()) {
      return row.statement().get();
    }
    String subject = intervention().strip();
    return InformativeStatements.of(
        row.assessment().certainty(),
        row.magnitude().orElse(EffectMagnitude.MODERATE),
        row.increase(),
        subject,
        lowerFirst(row.outcome()));
  }

  /**
   * The text with its first letter in lower case, as in running text, unless it starts an acronym.
   */
  static String lowerFirst(String s) {
    String t = s.strip();
    if (t.length() > 1
        && Character.isUpperCase(t.charAt(0))
        && !Character.isUpperCase(t.charAt(1))) {
      return t.substring(0, 1).toLowerCase(Locale.ROOT) + t.substring(1);
    }
    return t;
  }

  @Value.Check
  void check() {
    if (intervention().isBlank() || comparison().isBlank()) {
      throw new IllegalArgumentException(
          "summary of findings needs an intervention and a comparison, was '"
              + intervention()
              + "' and '"
              + comparison()
              + "'");
    }
    if (title().isBlank()) {
      throw new IllegalArgumentException("summary of findings title must not be blank");
    }
  }

  /** Builds {@link SummaryOfFindings} values. */
  public static final class Builder extends ImmutableSummaryOfFindings.Builder {
    Builder() {}
  }
}
