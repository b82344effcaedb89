package dev.appraise.core.check;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result of checking one reported number, or one equation between reported numbers, with a
 * message a reviewer can read.
 *
 * <p>Invariants checked on build: {@code statement} and {@code message} are not blank; a {@link
 * Verdict#CONSISTENT} or {@link Verdict#INCONSISTENT} finding has both an expected and a reported
 * value and names no unreported input.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFinding.class)
@JsonDeserialize(as = ImmutableFinding.class)
public abstract class Finding {

  Finding() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether the reported number is consistent, inconsistent, or cannot be checked} */
  public abstract Verdict verdict();

  /**
   * {@return what was checked: the statement as the review wrote it (e.g. {@code "90.3% (65 of
   * 72)"}) or the equation between stages (e.g. {@code "records screened - records excluded =
   * reports sought for retrieval"})}
   */
  public abstract String statement();

  /**
   * {@return the value the other numbers imply, as it would be written (e.g. {@code "63"}, {@code
   * "90.3%"})}
   */
  public abstract Optional<String> expected();

  /** {@return the value the review reports, as written} */
  public abstract Optional<String> reported();

  /**
   * {@return the inputs the check needed but the review did not report, in order; empty unless not
   * evaluable}
   */
  public abstract List<String> unreported();

  /** {@return a sentence that says what was compared and how it came out} */
  public abstract String message();

  /** {@return whether the verdict is {@link Verdict#CONSISTENT}} */
  @JsonIgnore
  public boolean isConsistent() {
    return verdict() == Verdict.CONSISTENT;
  }

  @Value.Check
  void validate() {
    if (statement().isBlank()) {
      throw new IllegalArgumentException(
          "finding statement must not be blank, was \"" + statement() + "\"");
    }
    if (message().isBlank()) {
      throw new IllegalArgumentException(
          "finding message must not be blank, was \"" + message() + "\"");
    }
    if (verdict() != Verdict.NOT_EVALUABLE) {
      if (expected().isEmpty() || reported().isEmpty()) {
        throw new IllegalArgumentException(
            "finding with verdict "
                + verdict()
                + " must have expected and reported values, was expected="
                + expected()
                + ", reported="
                + reported());
      }
      if (!unreported().isEmpty()) {
        throw new IllegalArgumentException(
            "finding with verdict "
                + verdict()
                + " must name no unreported inputs, was "
                + unreported());
      }
    }
  }

  @Override
  public String toString() {
    return verdict() + ": " + message();
  }

  /** Builds {@link Finding} values. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
