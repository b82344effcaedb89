package dev.appraise.synthesis.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.synthesis.FunnelSide;
import dev.appraise.synthesis.MetaAnalysis;
import dev.appraise.synthesis.MetaAnalysisResult;
import dev.appraise.synthesis.TrimAndFill;
import dev.appraise.synthesis.TrimAndFillResult;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Funnel plots of the BCG vaccine trials (Colditz et al. 1994), random effects by REML: every trial
 * at its estimate and standard error, the contour-enhanced regions, and trim-and-fill's filled
 * trials.
 */
class Colditz1994BcgFunnelPlotTest {

  private static final MetaAnalysisResult FIT =
      MetaAnalysis.withDefaults().fit(BcgTrials.logRiskRatios());

  @Test
  void everyTrialIsAPointWithItsNumbers() throws Exception {
    Canvas canvas = FunnelPlot.withDefaults().draw(FIT, Optional.empty());
    Document doc = SvgDocuments.parse(canvas.svg().toDocument());
    List<Element> points = SvgDocuments.select(doc, "//*[@class='study']");
    assertThat(points).hasSize(13);
    assertThat(points)
        .extracting(e -> e.getAttribute("data-study"))
        .containsExactlyElementsOf(FIT.studies().stream().map(s -> s.study()).toList());
    assertThat(SvgDocuments.text(doc, "//*[@data-study='Aronson 1948']/*[local-name()='title']"))
        .isEqualTo(
            "Aronson 1948: "
                + Numbers.two(Math.exp(FIT.studies().get(0).effect().yi()))
                + ", SE "
                + Numbers.two(FIT.studies().get(0).effect().sei()));
    // points with a smaller standard error lie higher
    double topSe =
        Double.parseDouble(SvgDocuments.text(doc, "//*[@data-study='TPT Madras 1980']/@cy"));
    double bottomSe =
        Double.parseDouble(SvgDocuments.text(doc, "//*[@data-study='Rosenthal et al 1960']/@cy"));
    assertThat(topSe).isLessThan(bottomSe);
    assertThat(SvgDocuments.texts(doc))
        .contains(
            "Standard error",
            "Risk Ratio (log scale)",
            "Pooled estimate 0.49 [0.34, 0.70]",
            "Pseudo 95% confidence region");
    assertThat(SvgDocuments.text(doc, "/*/*[local-name()='title']"))
        .isEqualTo("Funnel plot: Risk Ratio, 13 studies");
    PlotLayoutTest.assertClean(canvas);
  }

  @Test
  void contourEnhancedRegions() throws Exception {
    Canvas canvas = FunnelPlot.withDefaults().withContours(true).draw(FIT, Optional.empty());
    Document doc = SvgDocuments.parse(canvas.svg().toDocument());
    assertThat(SvgDocuments.select(doc, "//*[@class='contour']"))
        .extracting(e -> e.getAttribute("data-p"))
        .containsExactly("0.01", "0.05", "0.1");
    assertThat(SvgDocuments.texts(doc))
        .contains("p < 0.01", "0.01 ≤ p < 0.05", "0.05 ≤ p < 0.10", "p ≥ 0.10");
    PlotLayoutTest.assertClean(canvas);
  }

  @Test
  void trimAndFillAddsOpenCircles() throws Exception {
    TrimAndFillResult filled = TrimAndFill.withDefaults().withSide(FunnelSide.RIGHT).fill(FIT);
    assertThat(filled.missing()).isPositive();
    Canvas canvas = FunnelPlot.withDefaults().draw(filled.model(), Optional.of(filled));
    Document doc = SvgDocuments.parse(canvas.svg().toDocument());
    assertThat(SvgDocuments.select(doc, "//*[@class='study']")).hasSize(13);
    assertThat(SvgDocuments.select(doc, "//*[@class='filled']")).hasSize(filled.missing());
    assertThat(SvgDocuments.texts(doc)).anyMatch(t -> t.startsWith("Estimate after filling "));
    PlotLayoutTest.assertClean(canvas);
  }
}
