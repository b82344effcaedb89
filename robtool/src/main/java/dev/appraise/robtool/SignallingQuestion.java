package dev.appraise.robtool;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * A signalling question of a risk-of-bias domain: an identifier such as {@code "1.2"}, a short
 * paraphrase, and the answers it accepts.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSignallingQuestion.class)
@JsonDeserialize(as = ImmutableSignallingQuestion.class)
public abstract class SignallingQuestion {

  SignallingQuestion() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the question's identifier within its tool, e.g. {@code "4.2"}} */
  public abstract String id();

  /** {@return a short paraphrase of what the question asks} */
  public abstract String text();

  /** {@return the answers the question accepts, in display order} */
  public abstract List<Answer> answers();

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException(
          "signalling question id must not be blank, was '" + id() + "'");
    }
    if (answers().isEmpty()) {
      throw new IllegalArgumentException(
          "signalling question " + id() + " answers must not be empty");
    }
  }

  /** Builds {@link SignallingQuestion} values. */
  public static final class Builder extends ImmutableSignallingQuestion.Builder {
    Builder() {}
  }
}
