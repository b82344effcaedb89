package dev.appraise.synthesis.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.model.JudgementStage;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.core.model.RiskOfBiasPalette;
import dev.appraise.synthesis.MetaAnalysis;
import dev.appraise.synthesis.MetaAnalysisResult;
import dev.appraise.synthesis.SubgroupAnalysis;
import dev.appraise.synthesis.SubgroupDifferences;
import dev.appraise.synthesis.SubgroupResult;
import dev.appraise.synthesis.WeightedStudy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The forest plot of the BCG vaccine trials (Colditz et al. 1994), random effects by REML, whose
 * pooled risk ratio Viechtbauer (2010, J Stat Softw 36(3), section 3.3) prints as 0.49 [0.34, 0.70]
 * with prediction interval [0.15, 1.55], tau² 0.3132, I² 92.22 %, Q 152.2330 on 12 df (section
 * 3.2). The numbers are read back from the SVG text.
 */
class Colditz1994BcgForestPlotTest {

  private static final Pattern INTERVAL =
      Pattern.compile("(-?\\d+\\.\\d+) \\[(-?\\d+\\.\\d+), (-?\\d+\\.\\d+)\\]");

  private static final MetaAnalysisResult FIT =
      MetaAnalysis.withDefaults().fit(BcgTrials.logRiskRatios());

  @Test
  void everyNumberIsTheModelsReadBackFromTheText() throws Exception {
    Document doc =
        SvgDocuments.parse(
            ForestPlot.withDefaults().withLabels("Favours vaccine", "Favours control").render(FIT));
    List<Element> rows = SvgDocuments.select(doc, "//*[@class='study']");
    assertThat(rows).hasSize(13);
    double weights = 0;
    for (int i = 0; i < rows.size(); i++) {
      Element row = rows.get(i);
      WeightedStudy s = FIT.studies().get(i);
      assertThat(row.getAttribute("data-study")).isEqualTo(s.study());
      double[] numbers =
          numbers(
              SvgDocuments.text(doc, "//*[@class='study'][" + (i + 1) + "]/*[@class='estimate']"));
      double se = s.effect().sei();
      assertThat(numbers[0]).isCloseTo(Math.exp(s.effect().yi()), within(0.005));
      assertThat(numbers[1]).isCloseTo(Math.exp(s.effect().yi() - 1.959964 * se), within(0.005));
      assertThat(numbers[2]).isCloseTo(Math.exp(s.effect().yi() + 1.959964 * se), within(0.005));
      String weight =
          SvgDocuments.text(doc, "//*[@class='study'][" + (i + 1) + "]/*[@class='weight']");
      assertThat(Double.parseDouble(weight.replace("%", ""))).isCloseTo(s.weight(), within(0.05));
      weights += s.weight();
    }
    assertThat(weights).isCloseTo(100, within(1e-9));
    // Viechtbauer (2010), section 3.3: 0.49 [0.34, 0.70], prediction interval [0.15, 1.55]
    assertThat(SvgDocuments.text(doc, "//*[@class='pooled']/*[@class='estimate']"))
        .isEqualTo("0.49 [0.34, 0.70]");
    double[] pooled = numbers(SvgDocuments.text(doc, "//*[@class='pooled']/*[@class='estimate']"));
    assertThat(pooled[0]).isCloseTo(FIT.ratioScale().orElseThrow().estimate(), within(0.005));
    assertThat(SvgDocuments.text(doc, "//*[@class='prediction']/*[@class='estimate']"))
        .isEqualTo("[0.15, 1.55]");
    // section 3.2: tau^2 = 0.3132, I^2 = 92.22%, Q(df = 12) = 152.2330, p < .0001
    assertThat(SvgDocuments.text(doc, "//*[@class='heterogeneity']"))
        .isEqualTo("Heterogeneity: τ² = 0.3132, I² = 92.2%, Q = 152.23 (df = 12), p < 0.0001");
    assertThat(SvgDocuments.text(doc, "//*[@class='overall-test']"))
        .isEqualTo("Test for overall effect: z = -3.97, p < 0.0001");
  }

  @Test
  void aScreenReaderAndATextSearchFindTheStudiesAndTheResult() throws Exception {
    Document doc =
        SvgDocuments.parse(
            ForestPlot.withDefaults().withTitle("BCG vaccine and tuberculosis").render(FIT));
    Element svg = doc.getDocumentElement();
    assertThat(svg.getAttribute("role")).isEqualTo("img");
    assertThat(SvgDocuments.text(doc, "/*/*[local-name()='title']"))
        .isEqualTo("BCG vaccine and tuberculosis");
    assertThat(SvgDocuments.text(doc, "/*/*[local-name()='desc']"))
        .startsWith(
            "13 studies. Pooled risk ratio 0.49 [0.34, 0.70] (Random-effects model (REML, k = 13))");
    List<String> texts = SvgDocuments.texts(doc);
    for (Object[] trial : BcgTrials.TRIALS) {
      assertThat(texts).contains((String) trial[0]);
    }
    assertThat(texts)
        .contains("Risk Ratio [95% CI]", "Risk Ratio (log scale)", "Weight", "Study", "1");
    assertThat(SvgDocuments.select(doc, "//*[@class='study']/*[local-name()='title']")).hasSize(13);
  }

  @Test
  void subgroupBlocksWithTheTestForSubgroupDifferences() throws Exception {
    SubgroupResult groups =
        SubgroupAnalysis.of(MetaAnalysis.withDefaults())
            .fit(BcgTrials.logRiskRatios(), BcgTrials.allocations());
    Canvas canvas = ForestPlot.withDefaults().draw(FIT, Optional.of(groups));
    Document doc = SvgDocuments.parse(canvas.svg().toDocument());
    assertThat(SvgDocuments.select(doc, "//*[@class='subgroup']"))
        .extracting(e -> e.getAttribute("data-group"))
        .containsExactly("random", "alternate", "systematic");
    assertThat(SvgDocuments.select(doc, "//*[@class='study']")).hasSize(13);
    List<Element> subtotals = SvgDocuments.select(doc, "//*[@class='subgroup-pooled']");
    assertThat(subtotals).hasSize(3);
    for (int i = 0; i < 3; i++) {
      MetaAnalysisResult g = groups.subgroups().get(i).fit();
      double[] n =
          numbers(
              SvgDocuments.text(
                  doc, "//*[@class='subgroup-pooled'][" + (i + 1) + "]/*[@class='estimate']"));
      assertThat(n[0]).isCloseTo(Math.exp(g.estimate()), within(0.005));
      assertThat(n[1]).isCloseTo(Math.exp(g.ciLower()), within(0.005));
    }
    SubgroupDifferences d = groups.differences().orElseThrow();
    assertThat(SvgDocuments.text(doc, "//*[@class='subgroup-test']"))
        .isEqualTo(
            "Test for subgroup differences: Q = "
                + Numbers.two(d.q())
                + " (df = 2), "
                + Numbers.p(d.pValue()));
    assertThat(Canvas.overlaps(canvas.boxes())).isEmpty();
  }

  @Test
  void riskOfBiasColumnsInEitherPalette() throws Exception {
    List<RiskOfBiasJudgement> judgements = new ArrayList<>();
    RiskOfBiasLevel[] cycle = {
      RiskOfBiasLevel.LOW, RiskOfBiasLevel.SOME_CONCERNS, RiskOfBiasLevel.HIGH
    };
    for (int i = 0; i < BcgTrials.TRIALS.length; i++) {
      String study = (String) BcgTrials.TRIALS[i][0];
      judgements.add(judgement(study, "D1", cycle[i % 3], JudgementStage.CONSENSUS));
      judgements.add(judgement(study, "D2", cycle[(i + 1) % 3], JudgementStage.CONSENSUS));
      judgements.add(
          judgement(
              study,
              RiskOfBiasJudgement.OVERALL,
              cycle[Math.max(i % 3, (i + 1) % 3)],
              JudgementStage.CONSENSUS));
    }
    // an earlier individual judgement is superseded by the consensus
    judgements.add(
        judgement("Aronson 1948", "D1", RiskOfBiasLevel.HIGH, JudgementStage.INDIVIDUAL));
    ForestPlot plot =
        ForestPlot.withDefaults()
            .withRiskOfBias(judgements)
            .withDomainNames(Map.of("D1", "Randomisation", "D2", "Missing outcome data"));
    Canvas canvas = plot.draw(FIT, Optional.empty());
    Document doc = SvgDocuments.parse(canvas.svg().toDocument());
    assertThat(SvgDocuments.select(doc, "//*[@class='rob-header']"))
        .extracting(Element::getTextContent)
        .containsExactly("D1", "D2", "Overall");
    List<Element> aronson =
        SvgDocuments.select(doc, "//*[@data-study='Aronson 1948']/*[@class='judgement']");
    assertThat(aronson)
        .extracting(e -> e.getAttribute("data-level"))
        .containsExactly("Low", "Some concerns", "Some concerns");
    assertThat(
            SvgDocuments.text(
                doc,
                "//*[@data-study='Aronson 1948']/*[@class='judgement'][1]"
                    + "/*[local-name()='circle']/@fill"))
        .isEqualTo(RiskOfBiasPalette.COCHRANE.colour(RiskOfBiasLevel.LOW));
    assertThat(SvgDocuments.texts(doc))
        .contains("D1: Randomisation", "D2: Missing outcome data", "Some concerns");
    assertThat(Canvas.overlaps(canvas.boxes())).isEmpty();

    Document blind =
        SvgDocuments.parse(plot.withPalette(RiskOfBiasPalette.COLOURBLIND).render(FIT));
    assertThat(
            SvgDocuments.text(
                blind,
                "//*[@data-study='Aronson 1948']/*[@class='judgement'][1]"
                    + "/*[local-name()='circle']/@fill"))
        .isEqualTo(RiskOfBiasPalette.COLOURBLIND.colour(RiskOfBiasLevel.LOW));
    assertThat(
            SvgDocuments.text(
                blind,
                "//*[@data-study='Aronson 1948']/*[@class='judgement'][1]"
                    + "/*[local-name()='text']"))
        .isEqualTo("+");
  }

  @Test
  void disagreeingJudgementsWithoutConsensusAreRefused() {
    List<RiskOfBiasJudgement> judgements =
        List.of(
            RiskOfBiasJudgement.builder()
                .studyId("Aronson 1948")
                .tool("rob2")
                .domain("D1")
                .level(RiskOfBiasLevel.LOW)
                .rater("A")
                .build(),
            RiskOfBiasJudgement.builder()
                .studyId("Aronson 1948")
                .tool("rob2")
                .domain("D1")
                .level(RiskOfBiasLevel.HIGH)
                .rater("B")
                .build());
    assertThatThrownBy(() -> ForestPlot.withDefaults().withRiskOfBias(judgements).render(FIT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "forest plot: study Aronson 1948 has 2 INDIVIDUAL risk-of-bias judgements of D1 that disagree"
                + " (A: Low, B: High); give the consensus");
  }

  @Test
  void labelsDoNotOverlapAndStayInTheFigure() throws Exception {
    Canvas canvas =
        ForestPlot.withDefaults()
            .withTitle("BCG")
            .withLabels("Favours vaccine", "Favours control")
            .draw(FIT, Optional.empty());
    PlotLayoutTest.assertClean(canvas);
  }

  private static RiskOfBiasJudgement judgement(
      String study, String domain, RiskOfBiasLevel level, JudgementStage stage) {
    return RiskOfBiasJudgement.builder()
        .studyId(study)
        .tool("rob2")
        .domain(domain)
        .level(level)
        .rater("JK")
        .stage(stage)
        .build();
  }

  private static double[] numbers(String text) {
    Matcher m = INTERVAL.matcher(text);
    assertThat(m.matches()).as(text).isTrue();
    return new double[] {
      Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))
    };
  }
}
