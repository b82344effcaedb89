package dev.appraise.grade.testing;

import dev.appraise.core.model.JudgementStage;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.core.model.StudyDesign;
import dev.appraise.core.stats.PooledEffect;
import dev.appraise.core.stats.StudyEstimate;
import dev.appraise.grade.AssumedRisk;
import dev.appraise.grade.Certainty;
import dev.appraise.grade.CertaintyAssessment;
import dev.appraise.grade.CertaintyDomain;
import dev.appraise.grade.Effect;
import dev.appraise.grade.EvidenceBody;
import dev.appraise.grade.EvidenceProfile;
import dev.appraise.grade.Grading;
import dev.appraise.grade.GradingPolicy;
import dev.appraise.grade.Rating;
import dev.appraise.grade.Start;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;

/**
 * Generators of valid grade values for jqwik properties: certainties, ratings (every domain, every
 * allowed level), sets of ratings with at most one per domain, starts (from designs, ROBINS-I and
 * overrides), grading policies (every combination of options), gradings, bodies of evidence,
 * assessments and evidence profiles; and the meta-analyses ({@link PooledEffect}) and assumed
 * comparator risks that suggestions and absolute effects read.
 *
 * <p>Every value produced passes the types' own checks, so a property sees only inputs the library
 * accepts.
 */
public final class GradeArbitraries {

  private GradeArbitraries() {}

  /** {@return every certainty level} */
  public static Arbitrary<Certainty> certainties() {
    return Arbitraries.of(Certainty.class);
  }

  /** {@return every domain} */
  public static Arbitrary<CertaintyDomain> domains() {
    return Arbitraries.of(CertaintyDomain.class);
  }

  /**
   * Ratings of one domain at every level it allows, each with a footnote.
   *
   * @param domain the domain
   * @return the ratings
   */
  public static Arbitrary<Rating> ratings(CertaintyDomain domain) {
    return Combinators.combine(
            Arbitraries.integers().between(domain.minLevels(), domain.maxLevels()), footnotes())
        .as(
            (levels, note) ->
                Rating.builder().domain(domain).levels(levels).footnote(note).build());
  }

  /** {@return ratings of every domain at every level it allows} */
  public static Arbitrary<Rating> ratings() {
    return domains().flatMap(GradeArbitraries::ratings);
  }

  /** {@return lists of ratings naming each domain at most once, in random order} */
  public static Arbitrary<List<Rating>> ratingSets() {
    List<Arbitrary<Optional<Rating>>> perDomain = new ArrayList<>();
    for (CertaintyDomain d : CertaintyDomain.values()) {
      perDomain.add(ratings(d).optional(0.6));
    }
    return Combinators.combine(perDomain)
        .as(
            options -> {
              List<Rating> list = new ArrayList<>();
              options.forEach(o -> o.ifPresent(list::add));
              return list;
            })
        .flatMap(list -> Arbitraries.shuffle(list));
  }

  /** {@return study designs, one of each kind} */
  public static Arbitrary<StudyDesign> designs() {
    return Arbitraries.of(StudyDesign.class);
  }

  /**
   * {@return starts from designs (listed, uniform or mixed, or unlisted), from ROBINS-I, and
   * overridden to any level}
   */
  public static Arbitrary<Start> starts() {
    Arbitrary<Start> fromDesigns =
        designs().list().ofMinSize(1).ofMaxSize(6).map(Start::fromDesigns);
    Arbitrary<Start> robins =
        Arbitraries.of(StudyDesign.class)
            .filter(d -> !d.isRandomised())
            .list()
            .ofMinSize(1)
            .ofMaxSize(6)
            .map(ds -> Start.robinsI(ds, "assessed with ROBINS-I"));
    Arbitrary<Start> overridden =
        Combinators.combine(fromDesigns, certainties())
            .as((s, c) -> s.overriddenTo(c, "overridden to " + c + " for testing"));
    Arbitrary<Start> unlisted =
        Arbitraries.of(Start.randomisedTrials(), Start.observationalStudies());
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, unlisted),
        net.jqwik.api.Tuple.of(5, fromDesigns),
        net.jqwik.api.Tuple.of(2, robins),
        net.jqwik.api.Tuple.of(2, overridden));
  }

  /** {@return grading policies: the handbook default with every combination of its options} */
  public static Arbitrary<GradingPolicy> policies() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as(
            (upOnlyWhenNothingDown, upRandomised) ->
                GradingPolicy.handbook()
                    .withRateUpOnlyWhenNothingRatedDown(upOnlyWhenNothingDown)
                    .withRatingUpRandomised(upRandomised));
  }

  /**
   * Gradings of random starts and rating sets under the given policies.
   *
   * @param policies the policies to grade with, e.g. {@link #policies()} or a project's own
   * @return the gradings
   */
  public static Arbitrary<Grading> gradings(Arbitrary<GradingPolicy> policies) {
    return Combinators.combine(policies, starts(), ratingSets()).as((p, s, r) -> p.grade(s, r));
  }

  /** {@return gradings under {@link #policies()}} */
  public static Arbitrary<Grading> gradings() {
    return gradings(policies());
  }

  /** {@return ratio and difference effects with valid intervals} */
  public static Arbitrary<Effect> effects() {
    Arbitrary<Double> logs = Arbitraries.doubles().between(-2.5, 2.5);
    Arbitrary<Double> halfWidths = Arbitraries.doubles().between(0.0, 1.5);
    Arbitrary<Effect> ratios =
        Combinators.combine(Arbitraries.of("RR", "OR", "HR"), logs, halfWidths)
            .as((m, l, w) -> Effect.of(m, Math.exp(l), Math.exp(l - w), Math.exp(l + w)));
    Arbitrary<Effect> differences =
        Combinators.combine(Arbitraries.of("MD", "SMD", "RD"), logs, halfWidths)
            .as((m, e, w) -> Effect.of(m, e, e - w, e + w));
    return Arbitraries.oneOf(ratios, differences);
  }

  /**
   * {@return bodies of evidence: 1 to 12 studies, with designs, participants, judgements, weights,
   * effects, I²}
   */
  public static Arbitrary<EvidenceBody> evidenceBodies() {
    return Arbitraries.integers()
        .between(1, 12)
        .flatMap(
            n ->
                Combinators.combine(
                        designs().list().ofSize(n).optional(0.8),
                        Arbitraries.integers().between(0, 5000).optional(0.8),
                        Arbitraries.of(RiskOfBiasLevel.class).list().ofSize(n).optional(0.8),
                        Arbitraries.doubles().between(0.1, 100).list().ofSize(n).optional(0.5),
                        effects().optional(0.8),
                        effects().list().ofMaxSize(n),
                        Arbitraries.doubles().between(0, 100).optional(0.7))
                    .as(
                        (ds, people, levels, ws, effect, studyEffects, i2) -> {
                          EvidenceBody.Builder b = EvidenceBody.builder().studies(n);
                          ds.ifPresent(b::designs);
                          people.ifPresent(b::participants);
                          levels.ifPresent(
                              ls -> {
                                for (int i = 0; i < ls.size(); i++) {
                                  b.addRiskOfBias(judgement("S" + (i + 1), ls.get(i)));
                                }
                              });
                          ws.ifPresent(
                              w -> {
                                for (int i = 0; i < w.size(); i++) {
                                  b.putWeights("S" + (i + 1), w.get(i));
                                }
                              });
                          effect.ifPresent(b::effect);
                          b.studyEffects(studyEffects);
                          i2.ifPresent(b::iSquared);
                          return b.build();
                        }));
  }

  /**
   * {@return assumed comparator risks strictly between 0 and 1, some labelled, from 1 in 100 000 to
   * 99 in 100}
   */
  public static Arbitrary<AssumedRisk> assumedRisks() {
    return Combinators.combine(
            Arbitraries.doubles().between(1e-5, 0.99).ofScale(6),
            Arbitraries.of("Study population", "Low risk", "Moderate risk", "High risk")
                .optional(0.7))
        .as((risk, label) -> AssumedRisk.builder().risk(risk).label(label).build());
  }

  /**
   * Meta-analyses of 1 to 15 studies as {@code appraise-synthesis} produces them: log ratios or
   * differences between -2 and 2 with variances from 0.001 to 1, pooled with inverse-variance
   * weights {@code 1/(v + tau²)} for a tau² from 0 to 2, the interval and (for most) the prediction
   * interval at 95 %, Q and I² consistent with the studies, and, at times, participants and
   * small-study test p-values.
   *
   * @return the pooled effects
   */
  public static Arbitrary<PooledEffect> pooledEffects() {
    Arbitrary<double[]> study =
        Combinators.combine(
                Arbitraries.doubles().between(-2, 2).ofScale(4),
                Arbitraries.doubles().between(0.001, 1).ofScale(4))
            .as((y, v) -> new double[] {y, v});
    return Combinators.combine(
            study.list().ofMinSize(1).ofMaxSize(15),
            Arbitraries.doubles().between(0, 2).withSpecialValue(0.0),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(10, 100_000).optional(0.5),
            Arbitraries.doubles().between(0, 1).optional(0.4),
            Arbitraries.doubles().between(0, 1).optional(0.4))
        .as(
            (studies, tau2, ratio, withPrediction, people, egger, rank) ->
                pooled(studies, tau2, ratio, withPrediction, people, egger, rank));
  }

  private static PooledEffect pooled(
      List<double[]> studies,
      double tau2,
      boolean ratio,
      boolean withPrediction,
      Optional<Integer> people,
      Optional<Double> egger,
      Optional<Double> rank) {
    double z = 1.959963984540054;
    double sumW = 0;
    double sumWy = 0;
    double sumFixed = 0;
    double sumFixedY = 0;
    for (double[] s : studies) {
      sumW += 1 / (s[1] + tau2);
      sumWy += s[0] / (s[1] + tau2);
      sumFixed += 1 / s[1];
      sumFixedY += s[0] / s[1];
    }
    double b = sumWy / sumW;
    double se = Math.sqrt(1 / sumW);
    double fixed = sumFixedY / sumFixed;
    double q = 0;
    for (double[] s : studies) {
      q += (s[0] - fixed) * (s[0] - fixed) / s[1];
    }
    int df = studies.size() - 1;
    double i2 = q > df && q > 0 ? Math.min(100, 100 * (q - df) / q) : 0;
    PooledEffect.Builder p =
        PooledEffect.builder()
            .measure(ratio ? "RR" : "MD")
            .ratio(ratio)
            .method(tau2 == 0 ? "FE" : "DL")
            .estimate(b)
            .standardError(se)
            .ciLower(b - z * se)
            .ciUpper(b + z * se)
            .level(0.95)
            .tau2(tau2)
            .i2(i2)
            .q(q)
            .qDf(df)
            .qPValue(
                df == 0 ? 1 : 1 - new ChiSquaredDistribution(null, df).cumulativeProbability(q));
    if (withPrediction) {
      double sd = Math.sqrt(se * se + tau2);
      p.piLower(b - z * sd).piUpper(b + z * sd);
    }
    for (int i = 0; i < studies.size(); i++) {
      double[] s = studies.get(i);
      p.addStudies(StudyEstimate.of("S" + (i + 1), s[0], s[1], 100 / (s[1] + tau2) / sumW));
    }
    people.ifPresent(p::participants);
    egger.ifPresent(p::eggerPValue);
    rank.ifPresent(p::rankCorrelationPValue);
    return p.build();
  }

  /** {@return assessments of random outcomes, bodies of evidence and gradings} */
  public static Arbitrary<CertaintyAssessment> assessments() {
    return Combinators.combine(
            Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars(" -|<>&\"")
                .ofMinLength(1)
                .ofMaxLength(30)
                .filter(s -> !s.isBlank()),
            evidenceBodies(),
            gradings(),
            Arbitraries.strings().ofMaxLength(40).optional(0.3))
        .as(
            (outcome, body, grading, comment) ->
                CertaintyAssessment.builder()
                    .outcome(outcome)
                    .evidence(body)
                    .grading(grading)
                    .comment(comment)
                    .build());
  }

  /** {@return evidence profiles of up to five assessments} */
  public static Arbitrary<EvidenceProfile> profiles() {
    return assessments()
        .list()
        .ofMaxSize(5)
        .map(as -> EvidenceProfile.builder().title("Profile").assessments(as).build());
  }

  private static Arbitrary<String> footnotes() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(60).filter(s -> !s.isBlank());
  }

  private static RiskOfBiasJudgement judgement(String study, RiskOfBiasLevel level) {
    return RiskOfBiasJudgement.builder()
        .studyId(study)
        .tool("rob1")
        .domain(RiskOfBiasJudgement.OVERALL)
        .level(level)
        .rater("consensus")
        .stage(JudgementStage.CONSENSUS)
        .build();
  }
}
