package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A concept of a {@link Taxonomy}: a code that is its path from the root ({@code
 * psychological/cbt}), a label, and an optional description. The parent is the code without its
 * last segment, so a code says where the concept sits.
 *
 * <p>Build with {@link #builder()} or {@link #of(String, String)}; the code must be lower-case
 * segments of letters, digits and inner hyphens separated by {@code /}, and the label must not be
 * blank.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableConcept.class)
@JsonDeserialize(as = ImmutableConcept.class)
public abstract class Concept {

  Concept() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a concept.
   *
   * @param code the code, e.g. {@code "exercise/aerobic"}
   * @param label the label, e.g. {@code "Aerobic exercise"}
   * @return the concept
   * @throws IllegalArgumentException if the code is malformed or the label blank
   */
  public static Concept of(String code, String label) {
    return builder().code(code).label(label).build();
  }

  /** {@return the code: the concept's path from its root, segments separated by {@code /}} */
  public abstract String code();

  /** {@return the human-readable name} */
  public abstract String label();

  /** {@return a longer description of what the concept covers} */
  public abstract Optional<String> description();

  /** {@return the parent's code: the code without its last segment; empty for a root concept} */
  public Optional<String> parent() {
    return parentOf(code());
  }

  /** {@return the depth: 1 for a root concept, 2 for its children, and so on} */
  public int depth() {
    return depthOf(code());
  }

  static Optional<String> parentOf(String code) {
    int slash = code.lastIndexOf('/');
    return slash < 0 ? Optional.empty() : Optional.of(code.substring(0, slash));
  }

  static int depthOf(String code) {
    return (int) code.chars().filter(c -> c == '/').count() + 1;
  }

  @Value.Check
  void check() {
    Checks.conceptCode("concept code", code());
    Checks.nonBlank("concept label", label());
    Checks.nonBlank("concept description", description());
  }

  /** Builds {@link Concept} values. */
  public static final class Builder extends ImmutableConcept.Builder {
    Builder() {}
  }
}
