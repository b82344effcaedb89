package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where in a study report a fact comes from: page, table, figure, and the quoted text.
 *
 * <p>Build with {@link #builder()}; at least one part must be given and none may be blank.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSourceLocation.class)
@JsonDeserialize(as = ImmutableSourceLocation.class)
public abstract class SourceLocation {

  SourceLocation() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the page or page range (e.g. {@code "1642"}, {@code "e45-e47"})} */
  public abstract Optional<String> page();

  /** {@return the table (e.g. {@code "Table 2"})} */
  public abstract Optional<String> table();

  /** {@return the figure (e.g. {@code "Figure 3B"})} */
  public abstract Optional<String> figure();

  /** {@return the text quoted from the report} */
  public abstract Optional<String> quote();

  @Value.Check
  void check() {
    if (page().isEmpty() && table().isEmpty() && figure().isEmpty() && quote().isEmpty()) {
      throw new IllegalArgumentException(
          "source location must give a page, table, figure or quote, was empty");
    }
    Checks.nonBlank("source location page", page());
    Checks.nonBlank("source location table", table());
    Checks.nonBlank("source location figure", figure());
    Checks.nonBlank("source location quote", quote());
  }

  /** Builds {@link SourceLocation} values. */
  public static final class Builder extends ImmutableSourceLocation.Builder {
    Builder() {}
  }
}
