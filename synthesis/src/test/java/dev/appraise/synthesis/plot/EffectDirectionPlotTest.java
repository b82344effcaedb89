package dev.appraise.synthesis.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.synthesis.swim.DirectionData;
import dev.appraise.synthesis.swim.EffectDirection;
import dev.appraise.synthesis.swim.EffectDirectionCsv;
import dev.appraise.synthesis.swim.OutcomeDirection;
import dev.appraise.synthesis.swim.StudyCharacteristics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The effect-direction plot of Boon and Thomson (2021): arrows per study and domain, combined by
 * the 70 % rule, and under each column the vote count and the sign test; the housing-condition
 * column of their re-analysis (9 of 10 studies positive, 1 conflicting) gives P = 0.0039.
 */
class EffectDirectionPlotTest {

  @Test
  void arrowsCountsAndSignTestsAsText() throws Exception {
    List<OutcomeDirection> results = new ArrayList<>();
    List<StudyCharacteristics> studies = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      String study = "Study " + i;
      studies.add(
          StudyCharacteristics.builder()
              .study(study)
              .design(i <= 3 ? "RCT" : "CBA")
              .sampleSize(40 * i)
              .riskOfBias(i <= 3 ? RiskOfBiasLevel.LOW : RiskOfBiasLevel.HIGH)
              .build());
      results.add(
          OutcomeDirection.of(
              study,
              "Housing condition",
              i == 10 ? EffectDirection.CONFLICTING : EffectDirection.FAVOURS_INTERVENTION));
    }
    // two results of study 1 in another domain: one up, one down, 50 % under the 70 % rule:
    // conflicting
    results.add(
        OutcomeDirection.of("Study 1", "General health", EffectDirection.FAVOURS_INTERVENTION));
    results.add(
        OutcomeDirection.of("Study 1", "General health", EffectDirection.FAVOURS_COMPARATOR));
    Canvas canvas =
        EffectDirectionPlot.withDefaults().withTitle("Housing improvement").draw(results, studies);
    Document doc = SvgDocuments.parse(canvas.svg().toDocument());
    List<Element> arrows = SvgDocuments.select(doc, "//*[@class='direction']");
    assertThat(arrows).hasSize(11);
    assertThat(arrows.stream().filter(a -> a.getAttribute("data-direction").equals("up")))
        .hasSize(9);
    assertThat(
            SvgDocuments.text(
                doc,
                "//*[@class='direction'][@data-study='Study 1'][@data-domain='General health']"
                    + "/@data-direction"))
        .isEqualTo("mixed");
    assertThat(
            SvgDocuments.text(
                doc,
                "//*[@class='direction'][@data-study='Study 1'][@data-domain='General health']"
                    + "/*[local-name()='title']"))
        .isEqualTo(
            "Study 1, General health: conflicting results (2 results, 50.00%" + " agreeing)");
    Element housing =
        SvgDocuments.select(doc, "//*[@class='count'][@data-domain='Housing condition']").get(0);
    assertThat(
            SvgDocuments.select(
                doc,
                "//*[@class='count'][@data-domain='Housing condition']/*[local-name()='text']"))
        .extracting(Element::getTextContent)
        .containsExactly("9/9", "p = 0.0039");
    assertThat(housing.getElementsByTagName("title").item(0).getTextContent())
        .startsWith(
            "Housing condition: 9 of 9 studies with a direction favour the intervention (100.00%, 95% CI");
    assertThat(
            SvgDocuments.select(
                doc, "//*[@class='count'][@data-domain='General health']/*[local-name()='text']"))
        .extracting(Element::getTextContent)
        .containsExactly("–");
    assertThat(
            SvgDocuments.text(
                doc, "//*[@class='count'][@data-domain='General health']/*[local-name()='title']"))
        .isEqualTo(
            "General health: no study in General health has a direction of effect (0 with no change, 1"
                + " conflicting)");
    assertThat(SvgDocuments.texts(doc))
        .contains(
            "Study",
            "Design",
            "n",
            "RoB",
            "Housing condition",
            "General health",
            "Study 10",
            "400",
            "CBA",
            "Risk of bias: Low",
            "Risk of bias: High");
    assertThat(SvgDocuments.text(doc, "/*/*[local-name()='title']"))
        .isEqualTo("Housing improvement");
    PlotLayoutTest.assertClean(canvas);
  }

  @Test
  void arrowsAreSizedBySampleSize() throws Exception {
    DirectionData data =
        EffectDirectionCsv.read(
            """
        study,outcome,direction,n
        small,pain,up,20
        medium,pain,up,120
        large,pain,down,900
        unknown,pain,none,
        """,
            "sizes.csv");
    Document doc = SvgDocuments.parse(EffectDirectionPlot.withDefaults().render(data));
    assertThat(width(doc, "small")).isLessThan(width(doc, "medium"));
    assertThat(width(doc, "medium")).isLessThan(width(doc, "large"));
    assertThat(SvgDocuments.texts(doc)).anyMatch(t -> t.endsWith("medium where not reported"));
  }

  @Test
  void groupsGetTheirOwnCounts() throws Exception {
    List<OutcomeDirection> results =
        List.of(
            OutcomeDirection.of("a", "MRI", EffectDirection.FAVOURS_INTERVENTION),
            OutcomeDirection.of("b", "MRI", EffectDirection.FAVOURS_INTERVENTION),
            OutcomeDirection.of("c", "MRI", EffectDirection.FAVOURS_COMPARATOR));
    List<StudyCharacteristics> studies =
        List.of(
            StudyCharacteristics.builder().study("a").group("CBT").build(),
            StudyCharacteristics.builder().study("c").group("Exercise").build(),
            StudyCharacteristics.builder().study("b").group("CBT").build());
    Document doc =
        SvgDocuments.parse(
            EffectDirectionPlot.withDefaults().withTotals(false).render(results, studies));
    assertThat(SvgDocuments.select(doc, "//*[@class='group']"))
        .extracting(e -> e.getAttribute("data-group"))
        .containsExactly("CBT", "Exercise");
    assertThat(SvgDocuments.select(doc, "//*[@class='study']"))
        .extracting(e -> e.getAttribute("data-study"))
        .containsExactly("a", "b", "c");
    assertThat(SvgDocuments.select(doc, "//*[@class='vote-count']"))
        .extracting(e -> e.getAttribute("data-group"))
        .containsExactly("CBT", "Exercise");
    assertThat(
            SvgDocuments.select(
                doc, "//*[@class='vote-count'][@data-group='CBT']//*[local-name()='text']"))
        .extracting(Element::getTextContent)
        .containsExactly("Vote count (CBT)", "2/2", "p = 0.500");
  }

  private static double width(Document doc, String study) throws Exception {
    String points =
        SvgDocuments.text(
            doc,
            "//*[@class='direction'][@data-study='"
                + study
                + "']/*[local-name()='polygon'][1]/@points");
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (String point : points.split(" ")) {
      double x = Double.parseDouble(point.split(",")[0]);
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    return max - min;
  }
}
