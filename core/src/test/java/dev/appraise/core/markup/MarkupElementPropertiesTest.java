package dev.appraise.core.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.data.Offset;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class MarkupElementPropertiesTest {

  /**
   * The text as an XML parser must read it back: characters XML 1.0 cannot carry replaced by
   * U+FFFD.
   */
  static String legal(String text) {
    return text.codePoints()
        .map(
            c ->
                c == 0x9
                        || c == 0xA
                        || c == 0xD
                        || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD)
                        || c >= 0x10000
                    ? c
                    : 0xFFFD)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  @Property(tries = 500)
  void anyTextParsesBackAsTheSameText(@ForAll String text, @ForAll String value) throws Exception {
    for (MarkupElement<?> e :
        List.of(XmlElement.of("t"), SvgElement.of("text"), HtmlElement.of("td"))) {
      e.attribute("a", value).text(text);
      Element parsed = HardenedParser.parse(e.toXml()).getDocumentElement();
      assertThat(parsed.getTextContent()).isEqualTo(legal(text));
      assertThat(parsed.getAttribute("a")).isEqualTo(legal(value));
    }
  }

  @Property(tries = 300)
  void markupAndWhiteSpaceCharactersParseBackExactly(@ForAll("markupHeavy") String text)
      throws Exception {
    Element parsed =
        HardenedParser.parse(HtmlElement.of("p").attribute("title", text).text(text).toXml())
            .getDocumentElement();
    assertThat(parsed.getTextContent()).isEqualTo(text);
    assertThat(parsed.getAttribute("title")).isEqualTo(text);
  }

  @Provide
  Arbitrary<String> markupHeavy() {
    return Arbitraries.strings().withChars("<>&\"' \t\r\n]a;#x").ofMaxLength(40);
  }

  /**
   * Any sequence of adding text and elements at any depth writes a well-formed document with the
   * same content.
   */
  @Property(tries = 300)
  void everyTreeIsWellFormedAndKeepsItsText(
      @ForAll("steps") List<Integer> steps, @ForAll("words") List<String> words) throws Exception {
    SvgElement root = SvgElement.document(100, 50).title("t");
    StringBuilder expectedText = new StringBuilder("t");
    List<SvgElement> open = new ArrayList<>(List.of(root));
    for (int i = 0; i < steps.size(); i++) {
      String word = words.get(i % words.size());
      switch (steps.get(i)) {
        case 0 -> {
          SvgElement g = open.get(open.size() - 1).group().cssClass(word);
          open.add(g);
        }
        case 1 -> {
          if (open.size() > 1) {
            open.remove(open.size() - 1);
          }
        }
        case 2 -> {
          open.get(open.size() - 1).text(3, 4, word);
          expectedText.append(word);
        }
        default -> open.get(open.size() - 1).rect(0, 0, 1.5, 2).aria("label", word);
      }
    }
    Element parsed = HardenedParser.parse(root.toDocument()).getDocumentElement();
    assertThat(parsed.getNamespaceURI()).isEqualTo(SvgElement.NAMESPACE);
    assertThat(textOf(parsed)).isEqualTo(expectedText.toString());
  }

  @Provide
  Arbitrary<List<Integer>> steps() {
    return Arbitraries.integers().between(0, 3).list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<List<String>> words() {
    return Arbitraries.strings()
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(s -> s.equals(legal(s)) && !s.contains("\r"))
        .list()
        .ofMinSize(1)
        .ofMaxSize(5);
  }

  /** The text of the elements without the line breaks the writer adds between elements. */
  private static String textOf(Node node) {
    StringBuilder out = new StringBuilder();
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE) {
        out.append(textOf(child));
      } else if (node.getLocalName().equals("text") || node.getLocalName().equals("title")) {
        out.append(child.getNodeValue());
      }
    }
    return out.toString();
  }

  @Property(tries = 200)
  void numbersReadBackWithinHalfTheLastDigit(
      @ForAll double value, @ForAll @IntRange(min = 0, max = 10) int digits) {
    if (!Double.isFinite(value) || Math.abs(value) > 1e15) {
      return;
    }
    String text = NumberText.format(value, digits);
    assertThat(text).matches("-?[0-9]+(\\.[0-9]*[1-9])?");
    assertThat(Double.parseDouble(text))
        .isCloseTo(value, Offset.offset(0.5 * Math.pow(10, -digits) + Math.ulp(value) * 4));
  }
}
