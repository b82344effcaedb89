package dev.appraise.synthesis.swim;

import dev.appraise.core.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Vote counting based on the direction of effect, the synthesis without meta-analysis the Cochrane
 * Handbook accepts when effect estimates cannot be pooled (ch. 12.2.2.3) and the SWiM guideline
 * reports (Campbell et al. 2020). An immutable, reusable algorithm:
 *
 * <pre>{@code
 * VoteCountResult r = VoteCounting.withDefaults()    // the 70 % rule of Boon and Thomson 2021, level 0.95
 *     .withThreshold(1.0)                              // or: all of a study's results must agree
 *     .count(results);                                 // one OutcomeDirection per result
 * DomainVoteCount pain = r.domain("pain");
 * pain.favouring();  pain.against();  pain.interval();  pain.signTestP();
 * }</pre>
 *
 * <h2>Within a study</h2>
 *
 * <p>A study with several results in one domain gets one direction there (Boon and Thomson 2021,
 * Box 1): among its results, the most common of favouring the intervention, favouring the
 * comparator and no change is taken when at least the threshold share of the results ({@value
 * #DEFAULT_THRESHOLD} by default, "a clear majority") points that way; otherwise the study's
 * results are conflicting. A conflicting result counts in the share's denominator only. A single
 * result is its own direction. The threshold must be above 1/2, so that the direction taken is
 * unique; 1 asks every result to agree.
 *
 * <h2>Across studies</h2>
 *
 * <p>Per domain, the studies favouring the intervention ({@code f}) and the comparator ({@code a})
 * are counted, and the studies with no change or conflicting results are reported and left out;
 * then the proportion {@code f / (f + a)} with its Wilson interval and the exact two-sided sign
 * test ({@link DomainVoteCount}). Significance plays no part anywhere: vote counting by statistical
 * significance is unacceptable (Handbook, ch. 12.2.2.1).
 *
 * <p>The counts do not depend on the order of the input or on the studies' names; domains and
 * studies are reported in the order they first appear.
 *
 * <p>References: McKenzie JE, Brennan SE (2019), Cochrane Handbook for Systematic Reviews of
 * Interventions, ch. 12. Boon MH, Thomson H (2021), Res Synth Methods 12:29-33. Campbell M et al.
 * (2020), Synthesis without meta-analysis (SWiM) in systematic reviews: reporting guideline, BMJ
 * 368:l6890.
 */
public final class VoteCounting {

  /**
   * The within-study threshold of Boon and Thomson (2021): 70 % of a study's results must agree.
   */
  public static final double DEFAULT_THRESHOLD = 0.7;

  /** The default confidence level of the Wilson interval. */
  public static final double DEFAULT_LEVEL = 0.95;

  private static final VoteCounting DEFAULTS = new VoteCounting(DEFAULT_THRESHOLD, DEFAULT_LEVEL);

  private final double threshold;
  private final double level;

  private VoteCounting(double threshold, double level) {
    this.threshold = threshold;
    this.level = level;
  }

  /** {@return the 70 % within-study rule and 95 % Wilson intervals} */
  public static VoteCounting withDefaults() {
    return DEFAULTS;
  }

  /**
   * A copy with another within-study threshold.
   *
   * @param threshold the share of a study's results in a domain that must agree, {@code > 0.5} and
   *     {@code <= 1}
   * @return the configured algorithm
   * @throws IllegalArgumentException if the threshold is out of range
   */
  public VoteCounting withThreshold(double threshold) {
    if (!(threshold > 0.5 && threshold <= 1)) {
      throw new IllegalArgumentException("threshold must be > 0.5 and <= 1, was " + threshold);
    }
    return new VoteCounting(threshold, level);
  }

  /**
   * A copy with another confidence level.
   *
   * @param level the level, strictly between 0 and 1
   * @return the configured algorithm
   * @throws IllegalArgumentException if the level is outside (0, 1)
   */
  public VoteCounting withLevel(double level) {
    return new VoteCounting(threshold, ConfidenceInterval.checkLevel(level));
  }

  /** {@return the within-study threshold} */
  public double threshold() {
    return threshold;
  }

  /** {@return the confidence level of the intervals} */
  public double level() {
    return level;
  }

  /**
   * Combines one study's results in one domain by the within-study rule.
   *
   * @param outcomes the results, all of one study and one domain
   * @return the study's direction in the domain
   * @throws IllegalArgumentException if the list is empty or mixes studies or domains
   */
  public StudyDirection combine(List<OutcomeDirection> outcomes) {
    if (outcomes.isEmpty()) {
      throw new IllegalArgumentException("a study's direction needs at least one result, had none");
    }
    OutcomeDirection first = outcomes.get(0);
    Map<EffectDirection, Integer> counts = new EnumMap<>(EffectDirection.class);
    outcomes.forEach(o -> counts.merge(o.direction(), 1, Integer::sum));
    EffectDirection modal = EffectDirection.CONFLICTING;
    int most = 0;
    for (EffectDirection d :
        List.of(
            EffectDirection.FAVOURS_INTERVENTION,
            EffectDirection.FAVOURS_COMPARATOR,
            EffectDirection.NO_CHANGE)) {
      int c = counts.getOrDefault(d, 0);
      if (c > most) {
        most = c;
        modal = d;
      }
    }
    double agreement = (double) most / outcomes.size();
    EffectDirection direction =
        outcomes.size() == 1
            ? first.direction()
            : agreement >= threshold ? modal : EffectDirection.CONFLICTING;
    return StudyDirection.builder()
        .study(first.study())
        .domain(first.domain())
        .direction(direction)
        .outcomes(outcomes)
        .agreement(outcomes.size() == 1 ? 1 : agreement)
        .build();
  }

  /**
   * Counts one domain's studies.
   *
   * @param domain the domain's name
   * @param outcomes the domain's results, any number per study
   * @return the vote count
   * @throws IllegalArgumentException if a result belongs to another domain
   */
  public DomainVoteCount count(String domain, List<OutcomeDirection> outcomes) {
    Map<String, List<OutcomeDirection>> byStudy = new LinkedHashMap<>();
    for (OutcomeDirection o : outcomes) {
      if (!o.domain().equals(domain)) {
        throw new IllegalArgumentException(
            "vote count of "
                + domain
                + " was given a result of study "
                + o.study()
                + " in "
                + o.domain());
      }
      byStudy.computeIfAbsent(o.study(), s -> new ArrayList<>()).add(o);
    }
    DomainVoteCount.Builder count = DomainVoteCount.builder().domain(domain).level(level);
    byStudy.values().forEach(results -> count.addStudies(combine(results)));
    return count.build();
  }

  /**
   * Counts every domain's studies.
   *
   * @param outcomes the results, any number per study and domain, in any order
   * @return one vote count per domain, in the order the domains first appear
   */
  public VoteCountResult count(List<OutcomeDirection> outcomes) {
    Map<String, List<OutcomeDirection>> byDomain = new LinkedHashMap<>();
    outcomes.forEach(o -> byDomain.computeIfAbsent(o.domain(), d -> new ArrayList<>()).add(o));
    VoteCountResult.Builder result = VoteCountResult.builder().threshold(threshold).level(level);
    byDomain.forEach((domain, results) -> result.addDomains(count(domain, results)));
    return result.build();
  }

  /**
   * Two configurations are equal when their settings are.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a {@code VoteCounting} with the same threshold and level
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof VoteCounting v
        && Double.compare(threshold, v.threshold) == 0
        && Double.compare(level, v.level) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(threshold, level);
  }

  @Override
  public String toString() {
    return "VoteCounting[threshold=" + threshold + ", level=" + level + "]";
  }
}
