package dev.appraise.robtool;

import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.Collection;
import java.util.Optional;

/** How a study's overall judgement follows from its domain judgements. */
public enum OverallRule {
  /**
   * The least favourable domain judgement, by {@linkplain RiskOfBiasLevel#severity() severity}. No
   * information is the result only when no domain is high, serious or critical and at least one
   * domain has no information, as the ROBINS-I guidance puts it (Sterne et al., BMJ 2016;355:i4919,
   * Table 2). This is the overall rule of Cochrane RoB 1 (Higgins et al., Cochrane Handbook 5.1,
   * Table 8.7.a), ROBINS-I and, numerically, RoB 2.
   */
  WORST_DOMAIN,
  /**
   * RoB 2's overall rule (Sterne et al., BMJ 2019;366:l4898, Table 3): low if every domain is low;
   * high if any domain is high; otherwise some concerns. Some concerns in several domains may, in
   * the rater's judgement, lower confidence enough for high: the rule proposes some concerns and
   * says so (see {@link Rob2Algorithm}).
   */
  ROB2,
  /**
   * The tool publishes no overall rule (QUADAS-2): the rater judges, or the user picks another
   * rule.
   */
  NONE;

  /**
   * Applies the rule.
   *
   * @param domainLevels the domain judgements of one study
   * @return the overall level, or empty for {@link #NONE} or no domains
   */
  public Optional<RiskOfBiasLevel> apply(Collection<RiskOfBiasLevel> domainLevels) {
    if (this == NONE || domainLevels.isEmpty()) {
      return Optional.empty();
    }
    RiskOfBiasLevel worst = null;
    boolean noInformation = false;
    for (RiskOfBiasLevel level : domainLevels) {
      if (level.severity().isEmpty()) {
        noInformation = true;
      } else if (worst == null || level.severity().getAsInt() > worst.severity().getAsInt()) {
        worst = level;
      }
    }
    if (worst == null || (noInformation && !worst.isHighOrWorse())) {
      return Optional.of(RiskOfBiasLevel.NO_INFORMATION);
    }
    return Optional.of(worst);
  }
}
