package dev.appraise.robtool;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A domain of a risk-of-bias tool: an identifier ({@code "D1"}), a name, a short name for figures,
 * its kind and its signalling questions (none for tools judged directly, such as Cochrane RoB 1).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableToolDomain.class)
@JsonDeserialize(as = ImmutableToolDomain.class)
public abstract class ToolDomain {

  ToolDomain() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the domain's identifier within its tool, e.g. {@code "D1"}} */
  public abstract String id();

  /** {@return the domain's name, e.g. {@code "Incomplete outcome data"}} */
  public abstract String name();

  /** {@return a short name for figure keys; the name when not given} */
  @Value.Default
  public String shortName() {
    return name();
  }

  /** {@return whether the domain judges risk of bias or applicability} */
  @Value.Default
  public DomainKind kind() {
    return DomainKind.RISK_OF_BIAS;
  }

  /**
   * {@return the signalling questions, in order; empty when the rater judges the domain directly}
   */
  public abstract List<SignallingQuestion> questions();

  /**
   * The question with an identifier.
   *
   * @param questionId the identifier, e.g. {@code "4.2"}
   * @return the question, or empty if the domain has none with that identifier
   */
  public Optional<SignallingQuestion> question(String questionId) {
    return questions().stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("domain id must not be blank, was '" + id() + "'");
    }
    if (name().isBlank()) {
      throw new IllegalArgumentException("domain " + id() + " name must not be blank");
    }
    Set<String> seen = new HashSet<>();
    for (SignallingQuestion q : questions()) {
      if (!seen.add(q.id())) {
        throw new IllegalArgumentException(
            "domain " + id() + " question ids must be unique, " + q.id() + " repeats");
      }
    }
  }

  /** Builds {@link ToolDomain} values. */
  public static final class Builder extends ImmutableToolDomain.Builder {
    Builder() {}
  }
}
