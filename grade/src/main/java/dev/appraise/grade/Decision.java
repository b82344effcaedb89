package dev.appraise.grade;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reviewer's decision on one domain: the rating that counts, who decided, and, when it departs
 * from a suggestion, why. Suggestions never become ratings without a decision.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
public abstract class Decision {

  /** How a decision relates to the suggestion it answers. */
  public enum Kind {
    /** The suggested rating was accepted. */
    ACCEPTED,
    /** Another rating was chosen instead of the suggested one, with a reason. */
    OVERRIDDEN,
    /** A rating given without a suggestion. */
    MANUAL
  }

  Decision() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Accepts a suggestion.
   *
   * @param suggestion the suggestion
   * @param decidedBy who accepted it
   * @return the decision
   */
  public static Decision accept(Suggestion suggestion, String decidedBy) {
    return builder()
        .suggestion(suggestion)
        .rating(suggestion.rating())
        .decidedBy(decidedBy)
        .build();
  }

  /**
   * Overrides a suggestion with another rating.
   *
   * @param suggestion the suggestion
   * @param rating the rating chosen instead, for the same domain
   * @param decidedBy who overrode it
   * @param reason why, not blank
   * @return the decision
   */
  public static Decision override(
      Suggestion suggestion, Rating rating, String decidedBy, String reason) {
    return builder()
        .suggestion(suggestion)
        .rating(rating)
        .decidedBy(decidedBy)
        .reason(reason)
        .build();
  }

  /**
   * Records a rating given without a suggestion.
   *
   * @param rating the rating
   * @param decidedBy who gave it
   * @return the decision
   */
  public static Decision manual(Rating rating, String decidedBy) {
    return builder().rating(rating).decidedBy(decidedBy).build();
  }

  /** {@return the suggestion this decision answers, if any} */
  public abstract Optional<Suggestion> suggestion();

  /** {@return the rating that counts} */
  public abstract Rating rating();

  /** {@return who decided} */
  public abstract String decidedBy();

  /** {@return why, required when a suggestion is overridden} */
  public abstract Optional<String> reason();

  /** {@return whether the decision accepted, overrode or had no suggestion} */
  @Value.Lazy
  public Kind kind() {
    if (suggestion().isEmpty()) {
      return Kind.MANUAL;
    }
    return suggestion().get().rating().equals(rating()) ? Kind.ACCEPTED : Kind.OVERRIDDEN;
  }

  @Value.Check
  void check() {
    if (decidedBy().isBlank()) {
      throw new IllegalArgumentException(
          "decision decidedBy must not be blank, was '" + decidedBy() + "'");
    }
    if (suggestion().isPresent() && suggestion().get().domain() != rating().domain()) {
      throw new IllegalArgumentException(
          "decision rating domain "
              + rating().domain()
              + " must match the suggestion's domain "
              + suggestion().get().domain());
    }
    if (kind() == Kind.OVERRIDDEN && reason().map(String::isBlank).orElse(true)) {
      throw new IllegalArgumentException(
          "overriding the "
              + rating().domain().label()
              + " suggestion needs a reason, was "
              + reason());
    }
  }

  /** Builds {@link Decision} values. */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }
}
