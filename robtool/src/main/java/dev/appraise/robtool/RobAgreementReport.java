package dev.appraise.robtool;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.agreement.AgreementOptions;
import dev.appraise.core.agreement.AgreementReport;
import dev.appraise.core.agreement.CategorySet;
import dev.appraise.core.agreement.Coefficient;
import dev.appraise.core.agreement.ContingencyTable;
import dev.appraise.core.agreement.Estimate;
import dev.appraise.core.agreement.proportion.ProportionOfAgreement;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The agreement of two raters' independent risk-of-bias judgements: items compared and agreed,
 * percent agreement with its Wilson interval, Cohen's kappa over all items and per domain, and
 * every disagreement with both judgements.
 *
 * <p>The statistics come from the core agreement engine ({@code dev.appraise.core.agreement}):
 * percent agreement {@code p = agreed / compared} with the Wilson score interval (Wilson, JASA
 * 1927;22:209-212) from {@link ProportionOfAgreement}, and Cohen's kappa {@code (p_o - p_e) / (1 -
 * p_e)} (Cohen, Educ Psychol Meas 1960;20:37-46) from {@link AgreementReport} over the two-rater
 * contingency table of levels. Kappa is undefined, with the reason, when chance agreement is 1
 * (every judgement at one level).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRobAgreementReport.class)
@JsonDeserialize(as = ImmutableRobAgreementReport.class)
public abstract class RobAgreementReport {

  RobAgreementReport() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the number of items compared} */
  public abstract int compared();

  /** {@return the number of items on which the raters agreed} */
  public abstract int agreed();

  /** {@return the number of items on which they disagreed: {@code compared - agreed}} */
  @Value.Derived
  public int disagreed() {
    return compared() - agreed();
  }

  /** {@return percent agreement as a proportion, with its Wilson interval} */
  public abstract Estimate percentAgreement();

  /** {@return Cohen's kappa over all items} */
  public abstract Estimate cohenKappa();

  /** {@return Cohen's kappa over each domain's items, by domain in first-seen order} */
  public abstract Map<String, Estimate> cohenKappaByDomain();

  /** {@return the disagreements, with both judgements} */
  public abstract List<ItemDisagreement> disagreements();

  /**
   * Computes the report for two raters' judgements of the same items, paired by study, outcome and
   * domain.
   *
   * @param rater1 the first rater's judgements
   * @param rater2 the second rater's judgements, same items
   * @param confidence the confidence level of the interval, e.g. 0.95
   * @return the report
   * @throws IllegalArgumentException naming study and domain if the items differ, or if there are
   *     none
   */
  public static RobAgreementReport of(
      List<RiskOfBiasJudgement> rater1, List<RiskOfBiasJudgement> rater2, double confidence) {
    Map<ItemKey, RiskOfBiasJudgement> second = new LinkedHashMap<>();
    for (RiskOfBiasJudgement j : rater2) {
      second.put(ItemKey.of(j), j);
    }
    if (rater1.isEmpty()) {
      throw new IllegalArgumentException("no items to compare");
    }
    if (rater1.size() != second.size()) {
      throw new IllegalArgumentException(
          "the raters judged different numbers of items: "
              + rater1.size()
              + " and "
              + second.size());
    }
    List<RiskOfBiasLevel[]> pairs = new ArrayList<>();
    Map<String, List<RiskOfBiasLevel[]>> byDomain = new LinkedHashMap<>();
    List<ItemDisagreement> disagreements = new ArrayList<>();
    int agreed = 0;
    for (RiskOfBiasJudgement a : rater1) {
      RiskOfBiasJudgement b = second.get(ItemKey.of(a));
      if (b == null) {
        throw new IllegalArgumentException(ItemKey.of(a) + " is judged by the first rater only");
      }
      RiskOfBiasLevel[] pair = {a.level(), b.level()};
      pairs.add(pair);
      byDomain.computeIfAbsent(a.domain(), d -> new ArrayList<>()).add(pair);
      if (a.level() == b.level()) {
        agreed++;
      } else {
        disagreements.add(ItemDisagreement.of(a, b));
      }
    }
    Map<String, Estimate> kappaByDomain = new LinkedHashMap<>();
    byDomain.forEach((d, p) -> kappaByDomain.put(d, kappa(p, confidence)));
    return builder()
        .compared(pairs.size())
        .agreed(agreed)
        .percentAgreement(ProportionOfAgreement.of(agreed, pairs.size(), confidence).estimate())
        .cohenKappa(kappa(pairs, confidence))
        .cohenKappaByDomain(kappaByDomain)
        .disagreements(disagreements)
        .build();
  }

  private static Estimate kappa(List<RiskOfBiasLevel[]> pairs, double confidence) {
    Set<RiskOfBiasLevel> used = EnumSet.noneOf(RiskOfBiasLevel.class);
    for (RiskOfBiasLevel[] p : pairs) {
      used.add(p[0]);
      used.add(p[1]);
    }
    List<RiskOfBiasLevel> levels = new ArrayList<>(used);
    long[][] counts = new long[levels.size()][levels.size()];
    for (RiskOfBiasLevel[] p : pairs) {
      counts[levels.indexOf(p[0])][levels.indexOf(p[1])]++;
    }
    AgreementReport report =
        AgreementReport.of(
            ContingencyTable.of(CategorySet.of(levels), counts),
            AgreementOptions.withDefaults()
                .withConfidence(confidence)
                .withCoefficients(Coefficient.COHEN_KAPPA));
    return report
        .coefficient(Coefficient.COHEN_KAPPA)
        .orElseThrow(
            () -> new IllegalStateException("the agreement engine reported no Cohen's kappa"));
  }

  @Value.Check
  void check() {
    if (agreed() < 0 || agreed() > compared()) {
      throw new IllegalArgumentException(
          "agreed must be between 0 and compared = " + compared() + ", was " + agreed());
    }
    if (disagreements().size() != compared() - agreed()) {
      throw new IllegalArgumentException(
          "disagreements must number compared - agreed = "
              + (compared() - agreed())
              + ", were "
              + disagreements().size());
    }
  }

  /** Builds {@link RobAgreementReport} values. */
  public static final class Builder extends ImmutableRobAgreementReport.Builder {
    Builder() {}
  }
}
