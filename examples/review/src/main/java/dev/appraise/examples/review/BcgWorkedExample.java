package dev.appraise.examples.review;

import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.core.model.StudyDesign;
import dev.appraise.core.stats.PooledEffect;
import dev.appraise.grade.AssumedRisk;
import dev.appraise.grade.Certainty;
import dev.appraise.grade.CertaintyAssessment;
import dev.appraise.grade.CertaintyDomain;
import dev.appraise.grade.Decision;
import dev.appraise.grade.EvidenceBody;
import dev.appraise.grade.GradingPolicy;
import dev.appraise.grade.OutcomeSummary;
import dev.appraise.grade.Rating;
import dev.appraise.grade.Start;
import dev.appraise.grade.Suggestion;
import dev.appraise.grade.Suggestions;
import dev.appraise.grade.SummaryOfFindings;
import dev.appraise.synthesis.EffectMeasure;
import dev.appraise.synthesis.EffectSize;
import dev.appraise.synthesis.EffectSizes;
import dev.appraise.synthesis.MetaAnalysis;
import dev.appraise.synthesis.MetaAnalysisResult;
import dev.appraise.synthesis.MetaRegressionResult;
import dev.appraise.synthesis.ModelMatrix;
import dev.appraise.synthesis.SmallStudyTests;
import dev.appraise.synthesis.TwoByTwo;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A worked example from pooled effect to summary of findings: the 13 trials of the BCG vaccine
 * against tuberculosis (Colditz GA et al., Efficacy of BCG vaccine in the prevention of
 * tuberculosis: meta-analysis of the published literature, JAMA 1994;271:698-702; the data as R's
 * {@code metadat::dat.bcg}, in {@code bcg-trials.csv}).
 *
 * <p>The steps: risk ratios and a random-effects meta-analysis (REML) with Egger's and the rank
 * correlation test in {@code appraise-synthesis}; the fit as core's {@link PooledEffect}; a body of
 * evidence with each trial's weight and an <b>illustrative</b> overall risk of bias taken from the
 * method of allocation alone (random allocation low, alternate or systematic allocation high),
 * since Colditz et al. did not judge risk of bias; GRADE's suggestions from the meta-analysis, each
 * accepted by the reviewer except the large effect, which is overridden with its reason; and the
 * summary-of-findings table with the absolute effects at the study population's risk (the events of
 * the 13 control arms over their participants) and at the risk in the control arm of the trial at
 * highest risk.
 */
public final class BcgWorkedExample {

  /** Who decides in the example. */
  static final String DECIDED_BY = "worked example";

  private final List<CSVRecord> trials;
  private final MetaAnalysisResult fit;
  private final PooledEffect pooled;

  private BcgWorkedExample() {
    this.trials = readTrials();
    this.fit = MetaAnalysis.withDefaults().fit(effects(trials));
    this.pooled =
        fit.toPooledEffect(SmallStudyTests.egger(fit), SmallStudyTests.rankCorrelation(fit));
  }

  /**
   * Runs the example.
   *
   * @return the example, fitted
   */
  public static BcgWorkedExample run() {
    return new BcgWorkedExample();
  }

  /**
   * {@return the trials' log risk ratios with their variances (metafor's {@code escalc(measure =
   * "RR")})}
   */
  public List<EffectSize> effects() {
    return effects(trials);
  }

  /**
   * {@return each trial's illustrative overall risk of bias, from the method of allocation alone:
   * random allocation low, alternate or systematic allocation high}
   */
  public List<RiskOfBiasJudgement> judgements() {
    List<RiskOfBiasJudgement> judgements = new ArrayList<>();
    for (CSVRecord t : trials) {
      boolean random = t.get("alloc").equals("random");
      judgements.add(
          RiskOfBiasJudgement.builder()
              .studyId(t.get("study"))
              .tool("rob1")
              .domain(RiskOfBiasJudgement.OVERALL)
              .level(random ? RiskOfBiasLevel.LOW : RiskOfBiasLevel.HIGH)
              .rater("illustrative, from the method of allocation")
              .support(t.get("alloc") + " allocation")
              .build());
    }
    return judgements;
  }

  /** {@return the random-effects meta-analysis of the log risk ratios, REML with z tests} */
  public MetaAnalysisResult fit() {
    return fit;
  }

  /**
   * {@return the fit as core's pooled effect, with the p-values of Egger's and the rank correlation
   * test}
   */
  public PooledEffect pooled() {
    return pooled;
  }

  /**
   * {@return the body of evidence: the pooled effect, each trial's weight, its design (random
   * allocation a randomised trial, alternate or systematic allocation a non-randomised one) and its
   * illustrative overall risk of bias}
   */
  public EvidenceBody evidence() {
    List<StudyDesign> designs = new ArrayList<>();
    for (CSVRecord t : trials) {
      boolean random = t.get("alloc").equals("random");
      designs.add(
          random
              ? StudyDesign.RANDOMISED_CONTROLLED_TRIAL
              : StudyDesign.NON_RANDOMISED_CONTROLLED_TRIAL);
    }
    return EvidenceBody.builder()
        .from(EvidenceBody.fromPooledEffect(pooled, judgements()))
        .designs(designs)
        .build();
  }

  /**
   * {@return GRADE's suggestions from the meta-analysis, risk of bias weighed by the trials'
   * weights}
   */
  public List<Suggestion> suggestions() {
    return Suggestions.forMetaAnalysis().suggest(evidence());
  }

  /**
   * {@return the reviewer's decisions: every suggestion accepted, except a suggestion to rate up
   * for a large effect, overridden to none because the evidence comes from trials}
   */
  public List<Decision> decisions() {
    List<Decision> out = new ArrayList<>();
    for (Suggestion s : suggestions()) {
      if (s.domain() == CertaintyDomain.LARGE_EFFECT && s.rating().levels() > 0) {
        out.add(
            Decision.override(
                s,
                Rating.none(
                    CertaintyDomain.LARGE_EFFECT, s.rationale() + "; not applied to" + " trials"),
                DECIDED_BY,
                "GRADE rates up for a large effect in observational studies; these trials start high"));
      } else {
        out.add(Decision.accept(s, DECIDED_BY));
      }
    }
    return out;
  }

  /**
   * {@return the starting level: high, the reviewer's override of the weaker design's low start,
   * because the quasi-randomised trials' allocation is judged as risk of bias instead}
   */
  public Start start() {
    return Start.fromDesigns(evidence().designs())
        .overriddenTo(
            Certainty.HIGH,
            "controlled trials start high; the alternate and systematic allocation of 6 of them is rated as risk of bias");
  }

  /** {@return the certainty assessment of tuberculosis} */
  public CertaintyAssessment assessment() {
    return CertaintyAssessment.of(
        "Tuberculosis", evidence(), start(), decisions(), GradingPolicy.handbook());
  }

  /**
   * {@return the meta-regression on absolute latitude, which explains most of the heterogeneity}
   */
  public MetaRegressionResult latitude() {
    double[] ablat = trials.stream().mapToDouble(t -> Double.parseDouble(t.get("ablat"))).toArray();
    return MetaAnalysis.withDefaults()
        .fit(
            effects(trials), ModelMatrix.builder(trials.size()).continuous("ablat", ablat).build());
  }

  /**
   * {@return the summary of findings: tuberculosis at the study population's risk and at the risk
   * of the control arm of Stein and Aronson 1953, the trial at highest risk, with a comment on
   * latitude}
   */
  public SummaryOfFindings summaryOfFindings() {
    long events = 0;
    long participants = 0;
    CSVRecord highest = trials.get(0);
    for (CSVRecord t : trials) {
      events += count(t, "cpos");
      participants += count(t, "cpos") + count(t, "cneg");
      if (controlRisk(t) > controlRisk(highest)) {
        highest = t;
      }
    }
    AssumedRisk high =
        AssumedRisk.builder()
            .label("High risk")
            .risk(controlRisk(highest))
            .source(
                "the control arm of "
                    + highest.get("study")
                    + ", the trial at highest risk ("
                    + count(highest, "cpos")
                    + " of "
                    + (count(highest, "cpos") + count(highest, "cneg"))
                    + ")")
            .build();
    MetaRegressionResult latitude = latitude();
    String comment =
        String.format(
            Locale.ROOT,
            "Absolute latitude explains most of the heterogeneity: with it as a moderator tau\u00b2 falls from %.3f to"
                + " %.3f (R\u00b2 %.0f %%); the vaccine protects more the farther a trial lies from the equator.",
            pooled.tau2(),
            latitude.heterogeneity().tau2(),
            latitude.r2().orElse(0));
    return SummaryOfFindings.builder()
        .intervention("BCG vaccine")
        .comparison("no vaccine")
        .population("people at risk of tuberculosis")
        .setting("13 trials, 1948 to 1980, at latitudes from 13 to 55 degrees")
        .addOutcomes(
            OutcomeSummary.builder()
                .from(
                    OutcomeSummary.of(
                        assessment(),
                        List.of(AssumedRisk.studyPopulation(events, participants), high)))
                .comment(comment)
                .build())
        .build();
  }

  private static double controlRisk(CSVRecord t) {
    return (double) count(t, "cpos") / (double) (count(t, "cpos") + count(t, "cneg"));
  }

  private static long count(CSVRecord t, String column) {
    return Long.parseLong(t.get(column));
  }

  private static List<EffectSize> effects(List<CSVRecord> trials) {
    List<TwoByTwo> tables = new ArrayList<>();
    for (CSVRecord t : trials) {
      tables.add(
          TwoByTwo.of(
              t.get("study"),
              (double) count(t, "tpos"),
              (double) count(t, "tneg"),
              (double) count(t, "cpos"),
              (double) count(t, "cneg")));
    }
    return EffectSizes.withDefaults().twoByTwo(EffectMeasure.RR, tables);
  }

  private static List<CSVRecord> readTrials() {
    try (InputStream in = BcgWorkedExample.class.getResourceAsStream("bcg-trials.csv")) {
      if (in == null) {
        throw new IllegalStateException("bcg-trials.csv is missing from the classpath");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(r)
            .getRecords();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
