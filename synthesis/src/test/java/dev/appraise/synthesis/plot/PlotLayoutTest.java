package dev.appraise.synthesis.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.synthesis.EffectMeasure;
import dev.appraise.synthesis.EffectSize;
import dev.appraise.synthesis.FunnelSide;
import dev.appraise.synthesis.MetaAnalysis;
import dev.appraise.synthesis.MetaAnalysisResult;
import dev.appraise.synthesis.SubgroupAnalysis;
import dev.appraise.synthesis.Tau2Method;
import dev.appraise.synthesis.TrimAndFill;
import dev.appraise.synthesis.TrimAndFillResult;
import dev.appraise.synthesis.swim.EffectDirection;
import dev.appraise.synthesis.swim.OutcomeDirection;
import dev.appraise.synthesis.swim.StudyCharacteristics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Figures of 1, 2, 13 and 150 studies lay their labels out without overlap and inside the figure,
 * checked on the boxes the layout computed; the documents parse as XML.
 */
class PlotLayoutTest {

  private static final List<RiskOfBiasLevel> LEVELS =
      List.of(
          RiskOfBiasLevel.LOW,
          RiskOfBiasLevel.SOME_CONCERNS,
          RiskOfBiasLevel.HIGH,
          RiskOfBiasLevel.CRITICAL);

  static void assertClean(Canvas canvas) throws Exception {
    assertThat(Canvas.overlaps(canvas.boxes())).isEmpty();
    for (Canvas.Box b : canvas.boxes()) {
      assertThat(b.x()).as(b.text()).isGreaterThanOrEqualTo(0);
      assertThat(b.y()).as(b.text()).isGreaterThanOrEqualTo(0);
      assertThat(b.right()).as(b.text()).isLessThanOrEqualTo(canvas.width());
      assertThat(b.bottom()).as(b.text()).isLessThanOrEqualTo(canvas.height());
    }
    SvgDocuments.parse(canvas.svg().toDocument());
  }

  /**
   * Studies with spread estimates and precisions, some with long names; ratio or mean differences.
   */
  static List<EffectSize> studies(int k, EffectMeasure measure) {
    List<EffectSize> out = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      double yi = -0.4 + 0.9 * Math.sin(1.7 * i + 0.3) * (measure.isRatio() ? 1 : 2);
      double vi = 0.01 + 0.3 * Math.abs(Math.cos(2.3 * i));
      String name =
          i % 7 == 3
              ? "Study of a considerably longer name than the others " + (i + 1)
              : "Study " + (i + 1);
      out.add(
          EffectSize.builder()
              .study(name)
              .measure(measure)
              .yi(yi)
              .vi(vi)
              .sampleSize(20 + 37 * (i % 11))
              .build());
    }
    return out;
  }

  private static MetaAnalysisResult fit(List<EffectSize> studies) {
    MetaAnalysis model =
        studies.size() == 1
            ? MetaAnalysis.withDefaults().withMethod(Tau2Method.FE)
            : MetaAnalysis.withDefaults();
    return model.fit(studies);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 13, 150})
  void forestPlots(int k) throws Exception {
    for (EffectMeasure measure : List.of(EffectMeasure.OR, EffectMeasure.SMD)) {
      List<EffectSize> studies = studies(k, measure);
      MetaAnalysisResult fit = fit(studies);
      List<RiskOfBiasJudgement> judgements = new ArrayList<>();
      for (int i = 0; i < k; i++) {
        for (String domain : List.of("D1", "D2", "D3", "D4", "D5", RiskOfBiasJudgement.OVERALL)) {
          judgements.add(
              RiskOfBiasJudgement.builder()
                  .studyId(studies.get(i).study())
                  .tool("rob2")
                  .domain(domain)
                  .level(LEVELS.get((i + domain.length()) % LEVELS.size()))
                  .rater("R")
                  .build());
        }
      }
      ForestPlot plot =
          ForestPlot.withDefaults()
              .withTitle("Forest plot of " + k + " studies")
              .withLabels("Favours treatment", "Favours control")
              .withRiskOfBias(judgements);
      assertClean(plot.draw(fit, Optional.empty()));
      if (k >= 2) {
        List<String> groups = new ArrayList<>();
        for (int i = 0; i < k; i++) {
          groups.add(i % 2 == 0 ? "first subgroup" : "second");
        }
        assertClean(
            plot.draw(
                fit,
                Optional.of(
                    SubgroupAnalysis.of(
                            MetaAnalysis.withDefaults()
                                .withMethod(k <= 3 ? Tau2Method.FE : Tau2Method.REML))
                        .fit(studies, groups))));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 13, 150})
  void funnelPlots(int k) throws Exception {
    MetaAnalysisResult fit = fit(studies(k, EffectMeasure.RR));
    assertClean(FunnelPlot.withDefaults().withTitle("Funnel").draw(fit, Optional.empty()));
    assertClean(FunnelPlot.withDefaults().withContours(true).draw(fit, Optional.empty()));
    if (k >= 2) {
      // two studies are too few to estimate the side (metafor's regression on the standard errors):
      // give it
      TrimAndFillResult filled = TrimAndFill.withDefaults().withSide(FunnelSide.LEFT).fill(fit);
      assertClean(FunnelPlot.withDefaults().draw(filled.model(), Optional.of(filled)));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 13, 150})
  void effectDirectionPlots(int k) throws Exception {
    List<OutcomeDirection> results = new ArrayList<>();
    List<StudyCharacteristics> studies = new ArrayList<>();
    EffectDirection[] cycle = EffectDirection.values();
    for (int i = 0; i < k; i++) {
      String study =
          i % 5 == 2 ? "A study with a rather longer name " + (i + 1) : "Study " + (i + 1);
      studies.add(
          StudyCharacteristics.builder()
              .study(study)
              .group(i % 3 == 0 ? "Exercise therapy" : "CBT")
              .design(i % 2 == 0 ? "RCT" : "Controlled cohort")
              .sampleSize(15 + 60 * (i % 7))
              .riskOfBias(LEVELS.get(i % LEVELS.size()))
              .build());
      results.add(OutcomeDirection.of(study, "Functional MRI", cycle[i % 4]));
      results.add(OutcomeDirection.of(study, "Functional MRI", cycle[(i + 1) % 4]));
      if (i % 2 == 0) {
        results.add(OutcomeDirection.of(study, "Pain intensity", cycle[(3 * i) % 4]));
      }
    }
    assertClean(
        EffectDirectionPlot.withDefaults().withTitle("Effect direction").draw(results, studies));
    assertClean(EffectDirectionPlot.withDefaults().draw(results, List.of()));
  }
}
