package dev.appraise.grade;

import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Proposes a risk-of-bias rating from the per-study overall judgements: the share of studies (or of
 * the synthesis weight) at high or worse risk, and at some concerns or worse.
 *
 * <p>GRADE summarises risk of bias across studies by how much of the information comes from studies
 * at high or unclear risk: "most information from studies at low risk" raises no serious concern; a
 * proportion from studies at high risk "sufficient to affect the interpretation of results" is a
 * serious or very serious limitation (Cochrane Handbook version 5.1, Table 12.2.d; Guyatt et al.,
 * GRADE guidelines 4, J Clin Epidemiol 2011;64:407-415). The numeric thresholds that make this
 * operational are parameters; the defaults are:
 *
 * <ul>
 *   <li>share at high or worse risk &gt; {@link #withVerySeriousShare(double) 0.5}: -2 (very
 *       serious);
 *   <li>otherwise share at high or worse risk &gt; {@link #withSeriousShare(double) 0}, i.e. any:
 *       -1 (serious);
 *   <li>otherwise share at some concerns, unclear, moderate or no information &gt; {@link
 *       #withConcernsShare(double) 0.5}, i.e. most: -1 (serious);
 *   <li>otherwise 0.
 * </ul>
 *
 * <p>With {@link Share#WEIGHT} the shares are of the studies' synthesis weights ({@link
 * EvidenceBody#weights()}), which follows GRADE's "proportion of information" more closely than
 * counting studies.
 */
public final class RiskOfBiasPolicy implements SuggestionPolicy {

  /** What a share is a share of. */
  public enum Share {
    /** Of the studies judged. */
    STUDIES,
    /** Of the synthesis weight of the studies judged. */
    WEIGHT
  }

  private static final String BASIS =
      "Cochrane Handbook 5.1, Table 12.2.d; Guyatt et al., GRADE guidelines 4, J Clin Epidemiol 2011;64:407-415";

  private final Share share;
  private final double verySeriousShare;
  private final double seriousShare;
  private final double concernsShare;

  private RiskOfBiasPolicy(
      Share share, double verySeriousShare, double seriousShare, double concernsShare) {
    this.share = share;
    this.verySeriousShare = fraction("verySeriousShare", verySeriousShare);
    this.seriousShare = fraction("seriousShare", seriousShare);
    this.concernsShare = fraction("concernsShare", concernsShare);
  }

  /** {@return the policy with the default thresholds, counting studies} */
  public static RiskOfBiasPolicy withDefaults() {
    return new RiskOfBiasPolicy(Share.STUDIES, 0.5, 0.0, 0.5);
  }

  /**
   * Returns a copy that counts shares of studies or of weight.
   *
   * @param value what a share is a share of
   * @return the new policy
   */
  public RiskOfBiasPolicy with(Share value) {
    return new RiskOfBiasPolicy(value, verySeriousShare, seriousShare, concernsShare);
  }

  /**
   * Returns a copy with another threshold for rating down two levels.
   *
   * @param value the share at high or worse risk above which -2 is proposed, in [0, 1]
   * @return the new policy
   */
  public RiskOfBiasPolicy withVerySeriousShare(double value) {
    return new RiskOfBiasPolicy(share, value, seriousShare, concernsShare);
  }

  /**
   * Returns a copy with another threshold for rating down one level for studies at high risk.
   *
   * @param value the share at high or worse risk above which -1 is proposed, in [0, 1]
   * @return the new policy
   */
  public RiskOfBiasPolicy withSeriousShare(double value) {
    return new RiskOfBiasPolicy(share, verySeriousShare, value, concernsShare);
  }

  /**
   * Returns a copy with another threshold for rating down one level for studies with some concerns.
   *
   * @param value the share at some concerns or worse above which -1 is proposed, in [0, 1]
   * @return the new policy
   */
  public RiskOfBiasPolicy withConcernsShare(double value) {
    return new RiskOfBiasPolicy(share, verySeriousShare, seriousShare, value);
  }

  @Override
  public String name() {
    return "risk-of-bias summary";
  }

  @Override
  public CertaintyDomain domain() {
    return CertaintyDomain.RISK_OF_BIAS;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when shares are of weight and a judged study has no weight
   */
  @Override
  public Optional<Suggestion> suggest(EvidenceBody evidence) {
    List<RiskOfBiasJudgement> judgements = evidence.riskOfBias();
    if (judgements.isEmpty()) {
      return Optional.empty();
    }
    double total = 0;
    double high = 0;
    double concerns = 0;
    for (RiskOfBiasJudgement j : judgements) {
      double w = weight(evidence, j.studyId());
      total += w;
      if (j.level().isHighOrWorse()) {
        high += w;
      } else if (j.level() != RiskOfBiasLevel.LOW) {
        concerns += w;
      }
    }
    if (total <= 0) {
      return Optional.empty();
    }
    double highShare = high / total;
    double concernShare = (high + concerns) / total;
    String unit = share == Share.STUDIES ? "of studies" : "of weight";
    String data =
        String.format(
            Locale.ROOT,
            "%s judged: %s %s at high or worse risk of bias, %s at some concerns or worse",
            count(judgements.size()),
            percent(highShare),
            unit,
            percent(concernShare));
    int levels;
    String why;
    if (highShare > verySeriousShare) {
      levels = -2;
      why = "more than " + percent(verySeriousShare) + " at high risk: very serious";
    } else if (highShare > seriousShare) {
      levels = -1;
      why = "more than " + percent(seriousShare) + " at high risk: serious";
    } else if (concernShare > concernsShare) {
      levels = -1;
      why = "more than " + percent(concernsShare) + " with concerns: serious";
    } else {
      levels = 0;
      why = "most information from studies at low risk: not serious";
    }
    return Optional.of(
        Suggestion.builder()
            .rating(
                Rating.builder()
                    .domain(domain())
                    .levels(levels)
                    .footnote(data + "; " + why)
                    .build())
            .policy(name())
            .basis(BASIS)
            .build());
  }

  private double weight(EvidenceBody evidence, String studyId) {
    if (share == Share.STUDIES) {
      return 1;
    }
    Double w = evidence.weights().get(studyId);
    if (w == null) {
      throw new IllegalArgumentException(
          "risk-of-bias share of weight needs a weight for study " + studyId);
    }
    return w;
  }

  private static String count(int n) {
    return n == 1 ? "1 study" : n + " studies";
  }

  static String percent(double x) {
    return String.format(Locale.ROOT, "%.0f %%", x * 100);
  }

  static double fraction(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must lie between 0 and 1, was " + value);
    }
    return value;
  }
}
