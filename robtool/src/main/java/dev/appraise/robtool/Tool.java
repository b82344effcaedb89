package dev.appraise.robtool;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A risk-of-bias tool as data: its domains with their signalling questions, the levels a domain may
 * take, the rule for a study's overall judgement and, where the tool publishes one, the algorithm
 * that proposes domain judgements from answers.
 *
 * <p>The shipped tools are loaded with {@link Tools#load(String)}; a user-defined tool is read from
 * JSON with {@link Tools#read(java.io.InputStream, String)}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTool.class)
@JsonDeserialize(as = ImmutableTool.class)
public abstract class Tool {

  Tool() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the tool's identifier, e.g. {@code "rob2"}; the {@code tool} of its judgements} */
  public abstract String id();

  /** {@return the tool's name} */
  public abstract String name();

  /** {@return the publication defining the tool} */
  public abstract Optional<String> reference();

  /** {@return the levels a domain may take, from most to least favourable} */
  public abstract List<RiskOfBiasLevel> levels();

  /** {@return the domains, in order} */
  public abstract List<ToolDomain> domains();

  /** {@return the tool's own rule for a study's overall judgement} */
  @Value.Default
  public OverallRule overallRule() {
    return OverallRule.WORST_DOMAIN;
  }

  /**
   * {@return the identifier of the algorithm that proposes domain judgements ({@code
   * "rob2-assignment"} or {@code "rob2-adhering"}), empty when the rater judges every domain
   * directly}
   */
  public abstract Optional<String> algorithm();

  /**
   * The domain with an identifier.
   *
   * @param domainId the identifier, e.g. {@code "D3"}
   * @return the domain
   * @throws IllegalArgumentException naming the tool and the identifier if the tool has no such
   *     domain
   */
  public ToolDomain domain(String domainId) {
    return domains().stream()
        .filter(d -> d.id().equals(domainId))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "tool "
                        + id()
                        + " has no domain '"
                        + domainId
                        + "'; its domains are "
                        + domainIds()));
  }

  /** {@return the domain identifiers, in order} */
  public List<String> domainIds() {
    return domains().stream().map(ToolDomain::id).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Checks that a level is one this tool uses.
   *
   * @param domainId the domain judged, for the message
   * @param level the level
   * @throws IllegalArgumentException naming the tool, domain and level otherwise
   */
  public void checkLevel(String domainId, RiskOfBiasLevel level) {
    if (!levels().contains(level)) {
      throw new IllegalArgumentException(
          "tool "
              + id()
              + " domain "
              + domainId
              + ": level '"
              + level.label()
              + "' is not one of "
              + levels().stream().map(RiskOfBiasLevel::label).collect(Collectors.toList()));
    }
  }

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("tool id must not be blank, was '" + id() + "'");
    }
    if (levels().isEmpty()) {
      throw new IllegalArgumentException("tool " + id() + " levels must not be empty");
    }
    if (domains().isEmpty()) {
      throw new IllegalArgumentException("tool " + id() + " domains must not be empty");
    }
    Set<String> seen = new HashSet<>();
    for (ToolDomain d : domains()) {
      if (!seen.add(d.id())) {
        throw new IllegalArgumentException(
            "tool " + id() + " domain ids must be unique, " + d.id() + " repeats");
      }
    }
    if (algorithm().isPresent() && !Rob2Algorithm.ALGORITHM_IDS.contains(algorithm().get())) {
      throw new IllegalArgumentException(
          "tool "
              + id()
              + " algorithm must be one of "
              + Rob2Algorithm.ALGORITHM_IDS
              + ", was '"
              + algorithm().get()
              + "'");
    }
  }

  /** Builds {@link Tool} values. */
  public static final class Builder extends ImmutableTool.Builder {
    Builder() {}
  }
}
