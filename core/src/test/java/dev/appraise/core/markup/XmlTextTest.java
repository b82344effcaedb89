package dev.appraise.core.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class XmlTextTest {

  @Test
  void escapesMarkupAndReplacesWhatXmlCannotCarry() {
    assertThat(XmlText.escape("<a href=\"x\">Tom's & Jerry's</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/a&gt;");
    assertThat(XmlText.escape("bell\u0007 tab\t \uD800 \uFFFF"))
        .isEqualTo("bell\uFFFD tab\t \uFFFD \uFFFD");
    assertThat(XmlText.escape("grey matter \uD83E\uDDE0")).isEqualTo("grey matter \uD83E\uDDE0");
  }

  /**
   * Escaped text read back by an XML parser, as content and as an attribute, is the text (line ends
   * aside).
   */
  @Property
  void escapedTextParsesBackToItself(@ForAll String text) throws Exception {
    String legal = XmlText.escape(text).replace("\r", "");
    String expected =
        text.replace("\r", "")
            .codePoints()
            .map(
                c ->
                    c == 0x9
                            || c == 0xA
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000
                        ? c
                        : 0xFFFD)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    Element e =
        f.newDocumentBuilder()
            .parse(
                new InputSource(
                    new StringReader(
                        "<t a=\""
                            + legal.replace("\n", "&#10;").replace("\t", "&#9;")
                            + "\">"
                            + legal
                            + "</t>")))
            .getDocumentElement();
    assertThat(e.getTextContent()).isEqualTo(expected);
    assertThat(e.getAttribute("a")).isEqualTo(expected);
  }
}
