package dev.appraise.core.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class MarkupElementTest {

  @Test
  void escapesTextAndAttributesInOnePlace() throws Exception {
    XmlElement root = XmlElement.of("root").attribute("title", "Tom's \"<b>\" & Jerry\t\n\r");
    root.element("item", "<script>alert('x')</script> & \"co\"\r\n");
    String xml = root.toXml();
    assertThat(xml)
        .doesNotContain("<script>")
        .doesNotContain("<b>")
        .contains("title=\"Tom&#39;s &quot;&lt;b&gt;&quot; &amp; Jerry&#9;&#10;&#13;\"")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;&#13;\n");
    Element parsed = HardenedParser.parse(xml).getDocumentElement();
    assertThat(parsed.getAttribute("title")).isEqualTo("Tom's \"<b>\" & Jerry\t\n\r");
    assertThat(parsed.getElementsByTagName("item").item(0).getTextContent())
        .isEqualTo("<script>alert('x')</script> & \"co\"\r\n");
  }

  @Test
  void replacesCharactersXmlCannotCarry() throws Exception {
    String xml =
        XmlElement.of("t").attribute("a", "bell\u0007 \uD800").text("nul\u0000 \uFFFF").toXml();
    Element parsed = HardenedParser.parse(xml).getDocumentElement();
    assertThat(parsed.getAttribute("a")).isEqualTo("bell\uFFFD \uFFFD");
    assertThat(parsed.getTextContent()).isEqualTo("nul\uFFFD \uFFFD");
  }

  @Test
  void closesEveryElementAndBreaksLinesOnlyBetweenElements() {
    XmlElement review = XmlElement.of("REVIEW");
    XmlElement item = review.element("ITEM");
    item.element("NAME", "Random sequence generation");
    item.element("ENTRY").attribute("STUDY_ID", "Smith 2001");
    review.element("EMPTY");
    assertThat(review.toDocument())
        .isEqualTo(
            """
        <?xml version="1.0" encoding="UTF-8"?>
        <REVIEW>
        <ITEM>
        <NAME>Random sequence generation</NAME>
        <ENTRY STUDY_ID="Smith 2001"/>
        </ITEM>
        <EMPTY/>
        </REVIEW>
        """);
  }

  @Test
  void mixedContentGetsNoAddedWhiteSpace() {
    HtmlElement p = HtmlElement.of("p").text("one");
    p.element("br");
    p.text("two");
    p.element("b", "three");
    assertThat(p.toXml()).isEqualTo("<p>one<br/>two<b>three</b></p>");
  }

  @Test
  void settingAnAttributeAgainReplacesItInPlace() {
    assertThat(
            XmlElement.of("a").attribute("x", "1").attribute("y", "2").attribute("x", "3").toXml())
        .isEqualTo("<a x=\"3\" y=\"2\"/>");
  }

  @Test
  void refusesNamesThatAreNotXmlNames() {
    assertThatThrownBy(() -> XmlElement.of("1st"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("element name must be an XML name, was '1st'");
    assertThatThrownBy(() -> XmlElement.of("a").attribute("on click", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attribute name must be an XML name, was 'on click'");
    assertThatThrownBy(() -> XmlElement.of("a").element(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(
            XmlElement.of("svg:g").attribute("xml:lang", "en").attribute("data-x_1.y", "z").toXml())
        .isEqualTo("<svg:g xml:lang=\"en\" data-x_1.y=\"z\"/>");
  }

  @Test
  void refusesNumbersThatAreNotFinite() {
    SvgElement svg = SvgElement.document(10, 10);
    assertThatThrownBy(() -> svg.circle(Double.NaN, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attribute cx of <circle> must be a finite number, was NaN");
    assertThatThrownBy(() -> svg.attribute("opacity", Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attribute opacity of <svg> must be a finite number, was Infinity");
    assertThatThrownBy(() -> NumberText.format(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number must be finite, was -Infinity");
    assertThat(svg.toXml())
        .doesNotContain("NaN")
        .doesNotContain("Infinity")
        .doesNotContain("circle");
  }

  @Test
  void formatsNumbersTheSameInEveryDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      for (Locale locale :
          new Locale[] {
            Locale.forLanguageTag("tr-TR"),
            Locale.GERMANY,
            Locale.forLanguageTag("ar-EG"),
            Locale.forLanguageTag("hi-IN-u-nu-deva")
          }) {
        Locale.setDefault(locale);
        assertThat(NumberText.format(1234567.125)).as(locale.toString()).isEqualTo("1234567.13");
        assertThat(NumberText.format(-0.004)).isEqualTo("0");
        assertThat(NumberText.format(-0.0)).isEqualTo("0");
        assertThat(NumberText.format(100)).isEqualTo("100");
        assertThat(NumberText.format(1e20)).isEqualTo("100000000000000000000");
        assertThat(NumberText.format(1.0 / 3, 6)).isEqualTo("0.333333");
        assertThat(NumberText.format(2.5, 0)).isEqualTo("3");
        assertThat(
                XmlElement.of("a")
                    .attribute("x", 0.5)
                    .attribute("i", 1_000_000L)
                    .attribute("s", 1.0 / 7, 4)
                    .toXml())
            .isEqualTo("<a x=\"0.5\" i=\"1000000\" s=\"0.1429\"/>");
      }
    } finally {
      Locale.setDefault(before);
    }
    assertThat(Locale.getDefault().getLanguage())
        .as("surefire runs under a Turkish default locale")
        .isEqualTo("tr");
  }

  @Test
  void roundsAsFormatWithTwoDecimalsDoes() {
    for (double v :
        new double[] {0.125, 0.135, 2.675, 1.005, -1.005, 12.345, 0.994999, 0.995, 99.995}) {
      String expected =
          String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
      assertThat(NumberText.format(v))
          .as(Double.toString(v))
          .isEqualTo(expected.equals("-0") ? "0" : expected);
    }
    assertThatThrownBy(() -> NumberText.format(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxFractionDigits must be between 0 and 17, was -1");
  }

  @Test
  void fixedKeepsTrailingZerosAndRoundsAsFormatDoes() {
    for (double v :
        new double[] {
          0.125, 0.135, 2.675, 1.005, -1.005, 12.345, 0.994999, 0.995, 99.995, 0.5, 3
        }) {
      assertThat(NumberText.fixed(v, 2))
          .as(Double.toString(v))
          .isEqualTo(String.format(Locale.ROOT, "%.2f", v));
    }
    assertThat(NumberText.fixed(-0.001, 2)).isEqualTo("0.00");
    assertThat(NumberText.fixed(-0.0, 1)).isEqualTo("0.0");
    assertThat(NumberText.fixed(2.5, 0)).isEqualTo("3");
    assertThatThrownBy(() -> NumberText.fixed(Double.NaN, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("number must be finite, was NaN");
    assertThatThrownBy(() -> NumberText.fixed(1, 18))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fractionDigits must be between 0 and 17, was 18");
  }

  @Test
  void xhtmlElementsParseAlikeAsXmlAndAsHtml() throws Exception {
    HtmlElement page = HtmlElement.page("en");
    HtmlElement head = page.element("head");
    head.element("meta").attribute("charset", "utf-8");
    head.element("title", "a < b & \"c\"");
    head.element("style", "body{font-family:'Segoe UI',sans-serif}");
    HtmlElement body = page.element("body");
    body.element("p", "");
    body.element("img").attribute("src", "flow.svg").attribute("alt", "Flow");
    String html = page.toDocument();
    assertThat(html)
        .startsWith("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n")
        .contains("<meta charset=\"utf-8\"/>")
        .contains("<p></p>")
        .contains("<img src=\"flow.svg\" alt=\"Flow\"/>")
        .contains("<title>a &lt; b &amp; &quot;c&quot;</title>")
        .contains("<style>body{font-family:'Segoe UI',sans-serif}</style>")
        .endsWith("</html>\n");
    Document parsed = HardenedParser.parse(html);
    assertThat(parsed.getDocumentElement().getNamespaceURI()).isEqualTo(HtmlElement.NAMESPACE);
    assertThatThrownBy(() -> HtmlElement.of("br").text("x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("<br> is a void element and holds no content");
    assertThatThrownBy(() -> HtmlElement.of("style").text("a>b{} x</style><script>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not contain '<', '&' or ']]>'");
    assertThatThrownBy(() -> HtmlElement.of("script").text("a]]").text(">"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void htmlBreaksLinesOnlyInStructuralElements() {
    HtmlElement ul = HtmlElement.of("ul");
    ul.element("li", "one");
    HtmlElement span = ul.element("li").element("span");
    span.element("b", "x");
    span.element("i", "y");
    assertThat(ul.toXml())
        .isEqualTo("<ul>\n<li>one</li>\n<li><span><b>x</b><i>y</i></span></li>\n</ul>");
  }
}
