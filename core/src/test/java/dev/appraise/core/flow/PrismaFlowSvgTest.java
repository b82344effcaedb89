package dev.appraise.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PrismaFlowSvgTest {

  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  /** Parses with a hardened parser: no DOCTYPE, no external entities or schemas. */
  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** {@return the lines of each box, keyed by the box id, in document order} */
  static Map<String, List<String>> boxes(Document doc) {
    Map<String, List<String>> boxes = new LinkedHashMap<>();
    NodeList groups = doc.getElementsByTagNameNS(SVG_NS, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (!g.getAttribute("class").equals("box")) {
        continue;
      }
      assertThat(g.getElementsByTagNameNS(SVG_NS, "rect").getLength()).isEqualTo(1);
      List<String> lines = new ArrayList<>();
      NodeList spans = g.getElementsByTagNameNS(SVG_NS, "tspan");
      for (int j = 0; j < spans.getLength(); j++) {
        lines.add(spans.item(j).getTextContent());
      }
      boxes.put(g.getAttribute("id"), lines);
    }
    return boxes;
  }

  static String text(List<String> lines) {
    return String.join(" ", lines);
  }

  @Test
  void drawsEveryBoxOfBothColumnsWithItsCounts() throws Exception {
    Document doc = parse(PrismaFlowSvg.render(PrismaFlowTest.fullFlow()));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo(SVG_NS);
    Map<String, List<String>> boxes = boxes(doc);
    assertThat(boxes.keySet())
        .containsExactlyInAnyOrder(
            "records-identified",
            "records-removed-before-screening",
            "records-screened",
            "records-excluded",
            "reports-sought",
            "reports-not-retrieved",
            "reports-assessed",
            "reports-excluded",
            "studies-included",
            "other-records-identified",
            "other-reports-sought",
            "other-reports-not-retrieved",
            "other-reports-assessed",
            "other-reports-excluded");
    assertThat(boxes.get("records-identified"))
        .containsExactly(
            "Records identified from:",
            "MEDLINE (n = 412)",
            "Embase (n = 388)",
            "PsycINFO (n = 150)",
            "Total (n = 950)");
    assertThat(text(boxes.get("records-removed-before-screening")))
        .contains("Duplicate records removed (n = 210)")
        .contains("automation tools (n = 0)")
        .contains("Records removed for other reasons (n = 5)");
    assertThat(boxes.get("records-screened")).containsExactly("Records screened (n = 735)");
    assertThat(boxes.get("records-excluded")).containsExactly("Records excluded (n = 690)");
    assertThat(boxes.get("reports-sought"))
        .containsExactly("Reports sought for retrieval (n = 45)");
    assertThat(boxes.get("reports-not-retrieved")).containsExactly("Reports not retrieved (n = 3)");
    assertThat(text(boxes.get("reports-assessed")))
        .isEqualTo("Reports assessed for eligibility (n = 42)");
    assertThat(boxes.get("reports-excluded"))
        .containsExactly(
            "Reports excluded (n = 31):",
            "wrong population (n = 12)",
            "no imaging outcome (n = 15)",
            "conference abstract (n = 4)");
    assertThat(boxes.get("studies-included"))
        .containsExactly(
            "Studies included in review (n = 12)", "Reports of included studies (n = 14)");
    assertThat(boxes.get("other-records-identified"))
        .containsExactly(
            "Records identified from:", "reference lists (n = 6)", "citation searching (n = 2)");
    assertThat(boxes.get("other-reports-sought"))
        .containsExactly("Reports sought for retrieval (n = 8)");
    assertThat(boxes.get("other-reports-not-retrieved"))
        .containsExactly("Reports not retrieved (n = 1)");
    assertThat(text(boxes.get("other-reports-excluded")))
        .isEqualTo("Reports excluded (n = 4): wrong population (n = 4)");
    assertThat(PrismaFlowSvg.render(PrismaFlowTest.fullFlow()))
        .contains("id=\"header-other-methods\"")
        .contains("id=\"phase-identification\"")
        .contains("id=\"phase-screening\"")
        .contains("id=\"phase-included\"");
  }

  @Test
  void writesNotReportedForEveryUnreportedCountAndLeavesOutTheOtherColumnWhenAbsent()
      throws Exception {
    PrismaFlow flow = PrismaFlow.builder().recordsIdentified(749).studiesIncluded(9).build();
    String svg = PrismaFlowSvg.render(flow);
    Map<String, List<String>> boxes = boxes(parse(svg));
    assertThat(boxes).hasSize(9).doesNotContainKey("other-records-identified");
    assertThat(svg).doesNotContain("header-other-methods").doesNotContain("arrow-label");
    assertThat(boxes.get("records-identified"))
        .containsExactly("Records identified from:", "Databases and registers (n = 749)");
    assertThat(boxes.get("records-screened")).containsExactly("Records screened (not reported)");
    assertThat(boxes.get("reports-excluded")).containsExactly("Reports excluded (not reported)");
    assertThat(boxes.get("studies-included"))
        .containsExactly(
            "Studies included in review (n = 9)", "Reports of included studies", "(not reported)");
  }

  @Test
  void drawsTheOtherColumnForAFlowLikeTheSmallReview() throws Exception {
    Map<String, List<String>> boxes =
        boxes(parse(PrismaFlowSvg.render(PrismaFlowTest.seedLikeFlow())));
    assertThat(boxes).containsKey("other-records-identified");
    assertThat(boxes.get("other-records-identified"))
        .containsExactly("Records identified from:", "Other methods (not reported)");
    String svg = PrismaFlowSvg.render(PrismaFlowTest.seedLikeFlow());
    assertThat(svg)
        .contains("id=\"included-from-databases\"", ">7 included</text>")
        .contains("id=\"included-from-other-methods\"", ">2 included</text>");
    assertThat(boxes.get("other-reports-assessed"))
        .containsExactly("Reports assessed for eligibility", "(not reported)");
  }

  @Test
  void escapesNamesAndReplacesCharactersXmlCannotCarry() throws Exception {
    PrismaFlow flow =
        PrismaFlow.builder()
            .putRecordsPerSource("<script>alert('x')</script> & \"Co\"", 3)
            .putReportsExcludedPerReason("bell\u0007 and \uD800 lone surrogate", 1)
            .build();
    String svg = PrismaFlowSvg.render(flow);
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").contains("&amp;");
    Map<String, List<String>> boxes = boxes(parse(svg));
    assertThat(text(boxes.get("records-identified")))
        .contains("<script>alert('x')</script> & \"Co\" (n = 3)");
    assertThat(text(boxes.get("reports-excluded")))
        .contains("bell\uFFFD and \uFFFD lone surrogate (n = 1)");
  }

  @Test
  void usesNoExternalResources() {
    String svg = PrismaFlowSvg.render(PrismaFlowTest.fullFlow());
    assertThat(svg)
        .doesNotContain("href")
        .doesNotContain("<image")
        .doesNotContain("@import")
        .doesNotContain("<!DOCTYPE")
        .doesNotContain("http://www.w3.org/1999/xlink");
  }

  @Test
  void wrapsLongLinesAtSpacesAndCutsOverLongWords() {
    assertThat(PrismaFlowSvg.wrap("Records marked as ineligible by automation tools (n = 0)"))
        .containsExactly("Records marked as ineligible by", "automation tools (n = 0)");
    assertThat(PrismaFlowSvg.wrap("Reports assessed for eligibility (not reported)"))
        .containsExactly("Reports assessed for eligibility", "(not reported)");
    assertThat(PrismaFlowSvg.wrap("x".repeat(90)))
        .containsExactly("x".repeat(41), "x".repeat(41), "x".repeat(8));
    assertThat(PrismaFlowSvg.wrap("")).containsExactly("");
  }

  @Property(tries = 200)
  void everyFlowRendersAsWellFormedSvgWithEveryCountShown(@ForAll("flows") PrismaFlow flow)
      throws Exception {
    String svg = PrismaFlowSvg.render(flow);
    Map<String, List<String>> boxes = boxes(parse(svg));
    assertThat(boxes).hasSize(flow.hasOtherMethods() ? 14 : 9);
    String all = String.join(" ", boxes.values().stream().map(PrismaFlowSvgTest::text).toList());
    flow.recordsScreened()
        .ifPresent(
            n -> assertThat(text(boxes.get("records-screened"))).contains("(n = " + n + ")"));
    flow.studiesIncluded()
        .ifPresent(n -> assertThat(all).contains("Studies included in review (n = " + n + ")"));
    for (Map.Entry<String, Integer> e : flow.recordsPerSource().entrySet()) {
      assertThat(text(boxes.get("records-identified"))).contains("(n = " + e.getValue() + ")");
    }
  }

  @Provide
  Arbitrary<PrismaFlow> flows() {
    Arbitrary<Integer> count = Arbitraries.integers().between(0, 100_000).injectNull(0.3);
    Arbitrary<String> name =
        Arbitraries.strings().ofMinLength(1).ofMaxLength(60).filter(s -> !s.isBlank());
    Arbitrary<Map<String, Integer>> parts =
        Arbitraries.maps(name, Arbitraries.integers().between(0, 5000)).ofMaxSize(4);
    return net.jqwik.api.Combinators.combine(count.list().ofSize(18), parts.list().ofSize(4))
        .as(
            (c, p) -> {
              PrismaFlow.Builder b = PrismaFlow.builder();
              if (c.get(0) != null) b.recordsIdentified(c.get(0));
              if (c.get(1) != null) b.duplicatesRemoved(c.get(1));
              if (c.get(2) != null) b.recordsRemovedByAutomation(c.get(2));
              if (c.get(3) != null) b.recordsRemovedOther(c.get(3));
              if (c.get(4) != null) b.recordsScreened(c.get(4));
              if (c.get(5) != null) b.recordsExcluded(c.get(5));
              if (c.get(6) != null) b.reportsSought(c.get(6));
              if (c.get(7) != null) b.reportsNotRetrieved(c.get(7));
              if (c.get(8) != null) b.reportsAssessed(c.get(8));
              if (c.get(9) != null) b.reportsExcluded(c.get(9));
              if (c.get(10) != null) b.includedFromDatabases(c.get(10));
              if (c.get(11) != null) b.otherReportsSought(c.get(11));
              if (c.get(12) != null) b.otherReportsNotRetrieved(c.get(12));
              if (c.get(13) != null) b.otherReportsAssessed(c.get(13));
              if (c.get(14) != null) b.otherReportsExcluded(c.get(14));
              if (c.get(15) != null) b.includedFromOtherMethods(c.get(15));
              if (c.get(16) != null) b.studiesIncluded(c.get(16));
              if (c.get(17) != null) b.reportsOfIncludedStudies(c.get(17));
              return b.putAllRecordsPerSource(p.get(0))
                  .putAllReportsExcludedPerReason(p.get(1))
                  .putAllRecordsPerOtherMethod(p.get(2))
                  .putAllOtherReportsExcludedPerReason(p.get(3))
                  .build();
            });
  }

  @Test
  void writesTheDiagramsForInspection() throws Exception {
    Path dir = Path.of("target", "prisma-svg");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("full.svg"), PrismaFlowSvg.render(PrismaFlowTest.fullFlow()));
    Files.writeString(
        dir.resolve("seed-like.svg"), PrismaFlowSvg.render(PrismaFlowTest.seedLikeFlow()));
    assertThat(dir.resolve("full.svg")).exists();
  }
}
