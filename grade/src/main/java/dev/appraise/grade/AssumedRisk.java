package dev.appraise.grade;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The risk of the outcome assumed for people given the comparator, from which a relative effect
 * becomes an absolute one: a study-based risk (the risk in the control arms of the studies pooled)
 * or a risk the reviewer gives for a population at low, moderate or high risk, as GRADE guidance
 * recommends (Guyatt et al., GRADE guidelines 12, J Clin Epidemiol 2013;66:158-172; Cochrane
 * Handbook version 5.1, section 11.5.5, and version 6.4, chapter 14).
 *
 * <p>A label names the population ({@code "Study population"}, {@code "Low risk"}); a source says
 * where the risk comes from and becomes a footnote of the summary-of-findings table.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssumedRisk.class)
@JsonDeserialize(as = ImmutableAssumedRisk.class)
public abstract class AssumedRisk {

  /** The label of the study-based risk, as GRADEpro names it. */
  public static final String STUDY_POPULATION = "Study population";

  AssumedRisk() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A risk without a label.
   *
   * @param risk the risk, strictly between 0 and 1
   * @return the assumed risk
   * @throws IllegalArgumentException if the risk lies outside (0, 1)
   */
  public static AssumedRisk of(double risk) {
    return builder().risk(risk).build();
  }

  /**
   * A risk for a labelled population, e.g. {@code of("High risk", 0.03)}.
   *
   * @param label the population, not blank
   * @param risk the risk, strictly between 0 and 1
   * @return the assumed risk
   * @throws IllegalArgumentException if the label is blank or the risk lies outside (0, 1)
   */
  public static AssumedRisk of(String label, double risk) {
    return builder().label(label).risk(risk).build();
  }

  /**
   * The study-based risk: the events in the control arms of the studies over their participants,
   * labelled {@value #STUDY_POPULATION}, with the counts as its source. GRADEpro takes this pooled
   * control-arm risk; the Cochrane Handbook also allows the median of the control arms' risks,
   * which {@link #of(String, double)} takes.
   *
   * @param events the events in the control arms, &gt; 0
   * @param participants the participants of the control arms, more than the events
   * @return the assumed risk
   * @throws IllegalArgumentException unless {@code 0 < events < participants}
   */
  public static AssumedRisk studyPopulation(long events, long participants) {
    if (!(events > 0 && events < participants)) {
      throw new IllegalArgumentException(
          "study population risk needs 0 < events < participants, was "
              + events
              + " events in "
              + participants);
    }
    return builder()
        .label(STUDY_POPULATION)
        .risk((double) events / participants)
        .source(events + " events in " + participants + " participants of the control arms")
        .build();
  }

  /** {@return the population the risk is for, e.g. {@code "Low risk"}} */
  public abstract Optional<String> label();

  /** {@return the risk, strictly between 0 and 1} */
  public abstract double risk();

  /** {@return where the risk comes from, e.g. a cohort study or the control arms of the trials} */
  public abstract Optional<String> source();

  @Value.Check
  void check() {
    if (!(risk() > 0 && risk() < 1)) {
      throw new IllegalArgumentException(
          "assumed risk must lie strictly between 0 and 1, was " + risk());
    }
    if (label().isPresent() && label().get().isBlank()) {
      throw new IllegalArgumentException(
          "assumed risk label must not be blank, was '" + label().get() + "'");
    }
    if (source().isPresent() && source().get().isBlank()) {
      throw new IllegalArgumentException(
          "assumed risk source must not be blank, was '" + source().get() + "'");
    }
  }

  /** Builds {@link AssumedRisk} values. */
  public static final class Builder extends ImmutableAssumedRisk.Builder {
    Builder() {}
  }
}
