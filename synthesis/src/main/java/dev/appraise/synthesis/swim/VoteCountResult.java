package dev.appraise.synthesis.swim;

import java.util.List;
import java.util.NoSuchElementException;
import org.immutables.value.Value;

/**
 * Vote counting by direction of effect across outcome domains, with the settings that produced it.
 * Built by {@link VoteCounting#count(List)}.
 */
@Value.Immutable
public abstract class VoteCountResult {

  VoteCountResult() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the share of a study's results in a domain that must agree for the study to have that
   * direction}
   */
  public abstract double threshold();

  /** {@return the confidence level of the intervals} */
  public abstract double level();

  /** {@return one vote count per domain, in the order the domains first appear in the input} */
  public abstract List<DomainVoteCount> domains();

  /**
   * The vote count of one domain.
   *
   * @param domain the domain's name
   * @return its vote count
   * @throws NoSuchElementException naming the domains there are, if none is {@code domain}
   */
  public DomainVoteCount domain(String domain) {
    return domains().stream()
        .filter(d -> d.domain().equals(domain))
        .findFirst()
        .orElseThrow(
            () ->
                new NoSuchElementException(
                    "no domain "
                        + domain
                        + "; the domains are "
                        + domains().stream().map(DomainVoteCount::domain).toList()));
  }

  /** Builds {@link VoteCountResult} values. */
  public static final class Builder extends ImmutableVoteCountResult.Builder {
    Builder() {}
  }
}
