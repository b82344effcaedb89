package dev.appraise.core.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class SvgElementTest {

  @Test
  void drawsEveryShapeIntoAWellFormedDocument() throws Exception {
    SvgElement svg =
        SvgElement.document(400.5, 120).role("img").aria("labelledby", "t").desc("Three studies");
    svg.title("Forest plot");
    SvgElement row = svg.group().cssClass("study").data("study", "Smith & Jones 2001");
    row.text(8, 20, "Smith & Jones 2001").attribute("text-anchor", "start");
    row.line(150, 16, 260, 16).attribute("stroke", "#333333");
    row.rect(200.004, 12, 8, 8).attribute("fill", "#333333").title("weight 31.2 %");
    row.circle(10, 10, 2.5);
    row.polygon(100, 50, 110, 45, 120, 50, 110, 55).cssClass("diamond");
    row.polyline(0, 0, 1.25, 2.5);
    row.path(SvgPath.moveTo(0, 0).lineTo(10, 5.125).lineTo(0, 10).close().moveToNext(1, 1))
        .cssClass("arrow");
    String xml = svg.toDocument();
    assertThat(xml)
        .startsWith(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " width=\"400.5\" height=\"120\" viewBox=\"0 0 400.5 120\" role=\"img\" aria-labelledby=\"t\">\n"
                + "<title>Forest plot</title>\n<desc>Three studies</desc>\n<g class=\"study\"")
        .contains("<text x=\"8\" y=\"20\" text-anchor=\"start\">Smith &amp; Jones 2001</text>")
        .contains(
            "<rect x=\"200\" y=\"12\" width=\"8\" height=\"8\" fill=\"#333333\">\n<title>weight 31.2 %</title>\n"
                + "</rect>")
        .contains("<circle cx=\"10\" cy=\"10\" r=\"2.5\"/>")
        .contains("<polygon points=\"100,50 110,45 120,50 110,55\" class=\"diamond\"/>")
        .contains("<polyline points=\"0,0 1.25,2.5\"/>")
        .contains("<path d=\"M0,0 L10,5.13 L0,10 Z M1,1\" class=\"arrow\"/>")
        .endsWith("</g>\n</svg>\n");
    Document doc = HardenedParser.parse(xml);
    Element root = doc.getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(SvgElement.NAMESPACE);
    assertThat(root.getElementsByTagNameNS(SvgElement.NAMESPACE, "title").item(0).getTextContent())
        .isEqualTo("Forest plot");
    assertThat(
            ((Element) root.getElementsByTagNameNS(SvgElement.NAMESPACE, "g").item(0))
                .getAttribute("data-study"))
        .isEqualTo("Smith & Jones 2001");
  }

  @Test
  void titleComesFirstAndDescriptionSecondAndEachIsReplaced() {
    SvgElement svg = SvgElement.document(1, 1);
    svg.group();
    svg.desc("old description").title("old").title("new").desc("new description");
    assertThat(svg.toXml())
        .isEqualTo(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\""
                + " viewBox=\"0 0 1 1\">\n<title>new</title>\n<desc>new description</desc>\n<g/>\n</svg>");
  }

  @Test
  void keepsWhiteSpaceOutOfText() {
    SvgElement text = SvgElement.of("text");
    text.element("tspan", "one").attribute("dy", 14);
    text.element("tspan", "two").attribute("dy", 14);
    assertThat(text.toXml())
        .isEqualTo("<text><tspan dy=\"14\">one</tspan><tspan dy=\"14\">two</tspan></text>");
  }

  @Test
  void refusesNegativeSizesAndUnpairedPoints() {
    SvgElement svg = SvgElement.document(10, 10);
    assertThatThrownBy(() -> svg.rect(0, 0, -1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attribute width of <rect> must not be negative, was -1.0");
    assertThatThrownBy(() -> svg.circle(0, 0, -0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attribute r of <circle> must not be negative, was -0.5");
    assertThatThrownBy(() -> SvgElement.document(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attribute width of <svg> must be a finite number, was NaN");
    assertThatThrownBy(() -> svg.polygon(1, 2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("points of <polygon> must come as x, y pairs, was 3 numbers");
    assertThatThrownBy(() -> svg.polyline(1, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attribute points of <polyline> must be a finite number, was NaN");
    assertThatThrownBy(() -> SvgPath.moveTo(0, 0).lineTo(Double.POSITIVE_INFINITY, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attribute d of <path> must be a finite number, was Infinity");
    assertThat(svg.toXml())
        .doesNotContain("<rect")
        .doesNotContain("<circle")
        .doesNotContain("<poly");
  }

  @Test
  void estimatesTextWidthByCharacters() {
    assertThat(SvgElement.estimatedTextWidth("Study", 10)).isEqualTo(29.0, offset(1e-9));
    assertThat(SvgElement.estimatedTextWidth("\uD83E\uDDE0", 10)).isEqualTo(5.8, offset(1e-9));
  }
}
