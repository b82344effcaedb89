package dev.appraise.robtool.plot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.core.model.RiskOfBiasPalette;
import dev.appraise.robtool.RobRow;
import dev.appraise.robtool.RobTable;
import dev.appraise.robtool.Tools;
import dev.appraise.robtool.io.SafeXml;
import dev.appraise.robtool.io.SymbolConvention;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PlotsTest {

  static RobTable table(int studies, boolean weights) {
    List<RiskOfBiasLevel> levels =
        List.of(RiskOfBiasLevel.LOW, RiskOfBiasLevel.UNCLEAR, RiskOfBiasLevel.HIGH);
    RobTable.Builder t =
        RobTable.builder().domains(List.of("D1", "D2", "D3", "D4", "D5", "D6", "D7"));
    for (int s = 0; s < studies; s++) {
      Map<String, RiskOfBiasLevel> row = new LinkedHashMap<>();
      for (int d = 1; d <= 7; d++) {
        if ((s + d) % 11 != 0) {
          row.put("D" + d, levels.get((s * 7 + d * 3) % 3));
        }
      }
      RobRow.Builder r =
          RobRow.builder().study("Study " + (s + 1)).levels(row).overall(levels.get((s * 5) % 3));
      if (weights) {
        r.weight(1 + s % 4);
      }
      t.addRows(r.build());
    }
    return t.build().withNamesOf(Tools.load("rob1"));
  }

  static Document parse(String svg) throws Exception {
    return SafeXml.newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> byClass(Document doc, String tag, String cls) {
    List<Element> out = new ArrayList<>();
    NodeList all = doc.getElementsByTagName(tag);
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("class").equals(cls)) {
        out.add(e);
      }
    }
    return out;
  }

  static int filledCells(RobTable t) {
    return t.rows().stream()
        .mapToInt(r -> r.levels().size() + (r.overall().isPresent() ? 1 : 0))
        .sum();
  }

  @Property(tries = 30)
  void trafficLightHasOneElementPerJudgementAndScales(
      @ForAll @IntRange(min = 1, max = 200) int studies) throws Exception {
    RobTable t = table(studies, false);
    Document doc = parse(TrafficLightPlot.withDefaults().render(t));
    List<Element> judgements = byClass(doc, "g", "judgement");
    assertThat(judgements).hasSize(filledCells(t));
    for (Element j : judgements) {
      RobRow row =
          t.rows().stream()
              .filter(r -> r.study().equals(j.getAttribute("data-study")))
              .findFirst()
              .orElseThrow();
      String domain = j.getAttribute("data-domain");
      RiskOfBiasLevel level =
          domain.equals("overall") ? row.overall().orElseThrow() : row.levels().get(domain);
      assertThat(j.getAttribute("data-level")).isEqualTo(level.label());
      Element circle = (Element) j.getElementsByTagName("circle").item(0);
      assertThat(circle.getAttribute("fill")).isEqualTo(RiskOfBiasPalette.COCHRANE.colour(level));
      assertThat(j.getElementsByTagName("text").item(0).getTextContent())
          .isEqualTo(SymbolConvention.ROBVIS.symbol(level).orElseThrow());
    }
    long distinct = judgements.stream().map(j -> j.getAttribute("data-level")).distinct().count();
    assertThat(byClass(doc, "g", "legend-item")).hasSize((int) distinct);
    double height = Double.parseDouble(doc.getDocumentElement().getAttribute("height"));
    assertThat(height).isGreaterThan(studies * 16.0);
  }

  @Test
  void nineAndTwoHundredStudiesKeepReadableRows() throws Exception {
    Document nine = parse(TrafficLightPlot.withDefaults().render(table(9, false)));
    Document many = parse(TrafficLightPlot.withDefaults().render(table(200, false)));
    double r9 =
        Double.parseDouble(
            ((Element) nine.getElementsByTagName("circle").item(0)).getAttribute("r"));
    double r200 =
        Double.parseDouble(
            ((Element) many.getElementsByTagName("circle").item(0)).getAttribute("r"));
    assertThat(r9).isGreaterThan(r200);
    assertThat(r200).isGreaterThanOrEqualTo(6);
    assertThat(byClass(many, "g", "study")).hasSize(200);
    assertThat(byClass(nine, "g", "domain-key").get(0).getTextContent())
        .contains("D5: Incomplete outcome data");
  }

  @Test
  void textIsEscaped() throws Exception {
    RobTable t =
        RobTable.builder()
            .domains(List.of("D<1>"))
            .addRows(
                RobRow.builder()
                    .study("<script>alert('x')</script> & \"co\"\u0001")
                    .putLevels("D<1>", RiskOfBiasLevel.HIGH)
                    .build())
            .build();
    String svg = TrafficLightPlot.withDefaults().withTitle("A & B").render(t);
    assertThat(svg).doesNotContain("<script>");
    Document doc = parse(svg);
    Element j = byClass(doc, "g", "judgement").get(0);
    assertThat(j.getAttribute("data-study"))
        .isEqualTo("<script>alert('x')</script> & \"co\"\uFFFD");
    assertThat(j.getAttribute("data-domain")).isEqualTo("D<1>");
    assertThat(
            parse(SummaryPlot.withDefaults().render(t)).getDocumentElement().getAttribute("class"))
        .isEqualTo("summary");
  }

  @Test
  void colourBlindPaletteAndSeedSymbols() throws Exception {
    RobTable t = table(9, false);
    Document doc =
        parse(
            TrafficLightPlot.withDefaults()
                .withPalette(RiskOfBiasPalette.COLOURBLIND)
                .withSymbols(SymbolConvention.SEED_FIG2_REVERSED)
                .render(t));
    Element high =
        byClass(doc, "g", "judgement").stream()
            .filter(e -> e.getAttribute("data-level").equals("High"))
            .findFirst()
            .orElseThrow();
    assertThat(((Element) high.getElementsByTagName("circle").item(0)).getAttribute("fill"))
        .isEqualTo("#D55E00");
    assertThat(high.getElementsByTagName("text").item(0).getTextContent()).isEqualTo("+");
  }

  @Test
  void summarySegmentsAreTheWeightedShares() throws Exception {
    RobTable t = table(9, true);
    Document doc = parse(SummaryPlot.withDefaults().render(t));
    List<Element> segments = byClass(doc, "rect", "segment");
    Map<String, Double> sums = new LinkedHashMap<>();
    for (Element s : segments) {
      sums.merge(
          s.getAttribute("data-domain"),
          Double.parseDouble(s.getAttribute("data-share")),
          Double::sum);
    }
    assertThat(sums).containsOnlyKeys("D1", "D2", "D3", "D4", "D5", "D6", "D7", "overall");
    sums.values().forEach(v -> assertThat(v).isBetween(0.999999, 1.000001));
    // weights 1,2,3,4,1,2,3,4,1 (sum 21); overall High for studies 2, 5, 8 (weights 2, 1, 4)
    Element overallHigh =
        segments.stream()
            .filter(
                s ->
                    s.getAttribute("data-domain").equals("overall")
                        && s.getAttribute("data-level").equals("High"))
            .findFirst()
            .orElseThrow();
    assertThat(Double.parseDouble(overallHigh.getAttribute("data-share")))
        .isCloseTo(7 / 21.0, org.assertj.core.api.Assertions.within(1e-6));
  }
}
