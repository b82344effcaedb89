package dev.appraise.grade;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A rating proposed by a {@link SuggestionPolicy} from data, with its rationale; never applied by
 * itself. A reviewer turns it into a {@link Decision} by accepting or overriding it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSuggestion.class)
@JsonDeserialize(as = ImmutableSuggestion.class)
public abstract class Suggestion {

  Suggestion() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the rating proposed; its footnote is the rationale, stating the data and the
   * thresholds used}
   */
  public abstract Rating rating();

  /** {@return the name of the policy that proposed it} */
  public abstract String policy();

  /** {@return the literature the policy's rule rests on} */
  public abstract String basis();

  /** {@return the domain of the proposed rating} */
  public CertaintyDomain domain() {
    return rating().domain();
  }

  /** {@return the rationale: the proposed rating's footnote} */
  public String rationale() {
    return rating().footnote();
  }

  @Value.Check
  void check() {
    if (policy().isBlank()) {
      throw new IllegalArgumentException(
          "suggestion policy must not be blank, was '" + policy() + "'");
    }
    if (rating().footnote().isBlank()) {
      throw new IllegalArgumentException(
          "suggestion for " + rating().domain().label() + " needs a rationale");
    }
  }

  /** Builds {@link Suggestion} values. */
  public static final class Builder extends ImmutableSuggestion.Builder {
    Builder() {}
  }
}
