package dev.appraise.grade;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The result of grading a body of evidence: the start, the ratings in domain order, the certainty
 * reached, whether the sum was clamped to the scale, and every step that led there.
 *
 * <p>Made by {@link GradingPolicy#grade}; the value is self-describing, so it can be stored as JSON
 * and read back.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableGrading.class)
@JsonDeserialize(as = ImmutableGrading.class)
public abstract class Grading {

  Grading() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return where grading started} */
  public abstract Start start();

  /** {@return the ratings given, one per domain at most, in domain order} */
  public abstract List<Rating> ratings();

  /** {@return the policy that applied the ratings} */
  public abstract GradingPolicy policy();

  /** {@return the certainty reached} */
  public abstract Certainty certainty();

  /** {@return whether the sum of start and applied ratings left the scale and was clamped to it} */
  public abstract boolean clamped();

  /** {@return the steps from the start to the certainty, in order} */
  public abstract List<Step> steps();

  /**
   * Returns the rating given for a domain.
   *
   * @param domain the domain
   * @return the rating, or empty if none was given
   */
  public Optional<Rating> rating(CertaintyDomain domain) {
    return ratings().stream().filter(r -> r.domain() == domain).findFirst();
  }

  /** {@return the explanation, one line per step, with GRADE's standard labels} */
  @JsonIgnore
  public String explanation() {
    return explanation(CertaintyLabels.standard());
  }

  /**
   * Returns the explanation, one line per step, ending with the certainty reached.
   *
   * @param labels the labels to name the certainty with
   * @return the explanation
   */
  public String explanation(CertaintyLabels labels) {
    return steps().stream().map(Step::text).collect(Collectors.joining("\n"))
        + "\nCertainty: "
        + labels.label(certainty())
        + " "
        + certainty().symbol();
  }

  @Value.Check
  void check() {
    long distinct = ratings().stream().map(Rating::domain).distinct().count();
    if (distinct != ratings().size()) {
      throw new IllegalArgumentException(
          "grading ratings must name each domain at most once, was " + ratings());
    }
    if (steps().isEmpty() || steps().get(0).kind() != Step.Kind.START) {
      throw new IllegalArgumentException("grading steps must begin with the start, was " + steps());
    }
    int last = steps().get(steps().size() - 1).level();
    if (last != certainty().level()) {
      throw new IllegalArgumentException(
          "grading certainty " + certainty() + " does not match the last step's level " + last);
    }
  }

  /** Builds {@link Grading} values. */
  public static final class Builder extends ImmutableGrading.Builder {
    Builder() {}
  }
}
