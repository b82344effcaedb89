package dev.appraise.robtool;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The distribution of one domain's levels across studies: counts, and shares of the total (study)
 * weight, as the summary bar chart draws them.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDomainDistribution.class)
@JsonDeserialize(as = ImmutableDomainDistribution.class)
public abstract class DomainDistribution {

  DomainDistribution() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the domain identifier, or {@code "overall"}} */
  public abstract String domain();

  /** {@return the number of studies judged at each level (levels with no study absent)} */
  public abstract Map<RiskOfBiasLevel, Integer> counts();

  /**
   * {@return each level's share of the judged studies' total weight, summing to 1 when any study is
   * judged}
   */
  public abstract Map<RiskOfBiasLevel, Double> shares();

  /** {@return the number of studies judged in this domain} */
  @Value.Derived
  public int judged() {
    return counts().values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Builds {@link DomainDistribution} values. */
  public static final class Builder extends ImmutableDomainDistribution.Builder {
    Builder() {}
  }
}
