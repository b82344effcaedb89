package dev.appraise.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * Proposes an imprecision rating from the pooled effect's confidence interval, the total number of
 * participants against the optimal information size, and the size of a single study.
 *
 * <p>GRADE's primary criterion is whether the confidence interval crosses a decision threshold
 * (Guyatt et al., GRADE guidelines 6, J Clin Epidemiol 2011;64:1283-1293); when it crosses
 * appreciably, or crosses several thresholds, rating down two or three levels should be considered,
 * and when it does not cross but the sample is smaller than the optimal information size, one or
 * more levels (Zeng et al., GRADE guidance 34, J Clin Epidemiol 2022;150:216-224). The rule:
 *
 * <ul>
 *   <li>thresholds crossed by the interval (default: the null value only): one crossed -1, two or
 *       more -2;
 *   <li>participants below the {@linkplain #withOptimalInformationSize(int) OIS}: -1 when no
 *       threshold is crossed, -2 when below {@linkplain #withFarBelowFraction(double) half} the
 *       OIS; one more level when a threshold is also crossed;
 *   <li>a single study with fewer participants than {@linkplain #withSmallStudy(int) 400} and
 *       nothing else: -1;
 *   <li>never beyond -3.
 * </ul>
 *
 * The default small-study size of 400 is the number of participants often used as a rule of thumb
 * for continuous outcomes (about the OIS for a standardised difference of 0.28 at α 0.05 and power
 * 0.80); set it to the OIS of the outcome at hand where one is known.
 */
public final class ImprecisionPolicy implements SuggestionPolicy {

  private static final String BASIS =
      "Guyatt et al., GRADE guidelines 6, J Clin Epidemiol 2011;64:1283-1293; "
          + "Zeng et al., GRADE guidance 34, J Clin Epidemiol 2022;150:216-224";

  private final List<Double> thresholds;
  private final Optional<AssumedRisk> absoluteAt;
  private final OptionalInt ois;
  private final double farBelowFraction;
  private final int smallStudy;

  private ImprecisionPolicy(
      List<Double> thresholds,
      Optional<AssumedRisk> absoluteAt,
      OptionalInt ois,
      double farBelowFraction,
      int smallStudy) {
    for (double t : thresholds) {
      if (!Double.isFinite(t)) {
        throw new IllegalArgumentException(
            "imprecision thresholds must be finite, was " + thresholds);
      }
    }
    if (ois.isPresent() && ois.getAsInt() < 1) {
      throw new IllegalArgumentException(
          "optimal information size must be >= 1, was " + ois.getAsInt());
    }
    if (smallStudy < 0) {
      throw new IllegalArgumentException("small study size must be >= 0, was " + smallStudy);
    }
    this.thresholds = List.copyOf(thresholds);
    this.absoluteAt = absoluteAt;
    this.ois = ois;
    this.farBelowFraction = RiskOfBiasPolicy.fraction("farBelowFraction", farBelowFraction);
    this.smallStudy = smallStudy;
  }

  /**
   * {@return the policy with the null value as the only threshold, no OIS, and a small study below
   * 400}
   */
  public static ImprecisionPolicy withDefaults() {
    return new ImprecisionPolicy(List.of(), Optional.empty(), OptionalInt.empty(), 0.5, 400);
  }

  /**
   * Returns a copy with decision thresholds on the effect's scale (e.g. an RR of 0.75 and 1.25 for
   * appreciable benefit and harm, GRADE guidelines 6); with none given, the null value is the
   * threshold.
   *
   * @param values the thresholds
   * @return the new policy
   */
  public ImprecisionPolicy withThresholds(double... values) {
    List<Double> list = new ArrayList<>();
    for (double v : values) {
      list.add(v);
    }
    return new ImprecisionPolicy(list, Optional.empty(), ois, farBelowFraction, smallStudy);
  }

  /**
   * Returns a copy with decision thresholds on the absolute scale, as GRADE sets them (Zeng et al.,
   * GRADE guidance 34): risk differences at an assumed comparator risk, e.g. {@code
   * withAbsoluteThresholds(AssumedRisk.of(0.1), -0.02)} for 20 fewer events per 1000 at a risk of
   * 100 per 1000. When suggesting, each becomes a threshold on the pooled effect's scale with
   * {@link AbsoluteEffect#relativeEffect(String, AssumedRisk, double)} (an RR of 0.8 here), so the
   * effect must be an RR, OR, HR or RD. Replaces thresholds given on the effect's scale.
   *
   * @param risk the assumed comparator risk
   * @param differences the risk differences, intervention less comparator, as proportions
   * @return the new policy
   */
  public ImprecisionPolicy withAbsoluteThresholds(AssumedRisk risk, double... differences) {
    List<Double> list = new ArrayList<>();
    for (double d : differences) {
      list.add(d);
    }
    return new ImprecisionPolicy(list, Optional.of(risk), ois, farBelowFraction, smallStudy);
  }

  /**
   * Returns a copy with an optimal information size, e.g. from {@link OptimalInformationSize}.
   *
   * @param participants the OIS in participants
   * @return the new policy
   */
  public ImprecisionPolicy withOptimalInformationSize(int participants) {
    return new ImprecisionPolicy(
        thresholds, absoluteAt, OptionalInt.of(participants), farBelowFraction, smallStudy);
  }

  /**
   * Returns a copy with another fraction of the OIS below which the sample is "far less" than it.
   *
   * @param value the fraction, in [0, 1]
   * @return the new policy
   */
  public ImprecisionPolicy withFarBelowFraction(double value) {
    return new ImprecisionPolicy(thresholds, absoluteAt, ois, value, smallStudy);
  }

  /**
   * Returns a copy with another size below which a single study is small.
   *
   * @param participants the size
   * @return the new policy
   */
  public ImprecisionPolicy withSmallStudy(int participants) {
    return new ImprecisionPolicy(thresholds, absoluteAt, ois, farBelowFraction, participants);
  }

  @Override
  public String name() {
    return "imprecision (interval, optimal information size, single small study)";
  }

  @Override
  public CertaintyDomain domain() {
    return CertaintyDomain.IMPRECISION;
  }

  @Override
  public Optional<Suggestion> suggest(EvidenceBody evidence) {
    if (evidence.effect().isEmpty()) {
      return Optional.empty();
    }
    Effect effect = evidence.effect().get();
    List<Double> ts = thresholds.isEmpty() ? List.of(effect.nullValue()) : onEffectScale(effect);
    List<Double> crossed = ts.stream().filter(effect::crosses).collect(Collectors.toList());
    List<String> reasons = new ArrayList<>();
    int levels = 0;
    if (!crossed.isEmpty()) {
      levels = crossed.size() == 1 ? -1 : -2;
      reasons.add(
          "the interval of " + effect.format() + " crosses " + numbers(crossed) + absoluteNote());
    }
    OptionalInt n = evidence.participants();
    if (ois.isPresent() && n.isPresent() && n.getAsInt() < ois.getAsInt()) {
      boolean far = n.getAsInt() < farBelowFraction * ois.getAsInt();
      reasons.add(
          String.format(
              Locale.ROOT,
              "%d participants, %s the optimal information size of %d",
              n.getAsInt(),
              far ? "far below" : "below",
              ois.getAsInt()));
      levels -= crossed.isEmpty() ? (far ? 2 : 1) : 1;
    }
    if (levels == 0 && evidence.studies() == 1 && n.isPresent() && n.getAsInt() < smallStudy) {
      levels = -1;
      reasons.add(
          "a single small study of "
              + n.getAsInt()
              + " participants (fewer than "
              + smallStudy
              + ")");
    }
    levels = Math.max(levels, CertaintyDomain.IMPRECISION.minLevels());
    if (reasons.isEmpty()) {
      reasons.add(
          "the interval of "
              + effect.format()
              + " crosses no threshold ("
              + numbers(ts)
              + absoluteNote()
              + ")");
    }
    String verdict =
        levels == 0
            ? "not serious"
            : levels == -1 ? "serious" : levels == -2 ? "very serious" : "extremely serious";
    return Optional.of(
        Suggestion.builder()
            .rating(
                Rating.builder()
                    .domain(domain())
                    .levels(levels)
                    .footnote(String.join("; ", reasons) + ": " + verdict)
                    .build())
            .policy(name())
            .basis(BASIS)
            .build());
  }

  private List<Double> onEffectScale(Effect effect) {
    if (absoluteAt.isEmpty()) {
      return thresholds;
    }
    List<Double> out = new ArrayList<>();
    for (double d : thresholds) {
      out.add(AbsoluteEffect.relativeEffect(effect.measure(), absoluteAt.get(), d));
    }
    return out;
  }

  /**
   * Names the absolute thresholds behind thresholds on the effect's scale, e.g. " (20 fewer per
   * 1000 at 100)".
   */
  private String absoluteNote() {
    if (absoluteAt.isEmpty()) {
      return "";
    }
    List<String> each = new ArrayList<>();
    for (double d : thresholds) {
      each.add(SummaryOfFindingsWriter.differencePer(d, 1000));
    }
    return " ("
        + String.join(" and ", each)
        + " at an assumed risk of "
        + SummaryOfFindingsWriter.riskPer(absoluteAt.get().risk(), 1000)
        + ")";
  }

  private static String numbers(List<Double> values) {
    return values.stream()
        .map(
            v ->
                new java.math.BigDecimal(v)
                    .round(new java.math.MathContext(3))
                    .stripTrailingZeros()
                    .toPlainString())
        .collect(Collectors.joining(" and "));
  }
}
