package dev.appraise.core.markup;

import java.util.List;
import java.util.Set;

/**
 * An element of an XHTML page or fragment, written so that it parses the same as XML and as HTML:
 * void elements ({@code br}, {@code img}, {@code meta}, ...) are empty-element tags and hold
 * nothing; every other element is written with a start and an end tag even when empty ({@code
 * <td></td>}, never {@code <td/>}, which HTML would read as an unclosed start tag); the text of
 * {@code style} and {@code script}, raw text in HTML, may not contain {@code <}, {@code &} or
 * {@code ]]>}, so that it needs no escaping in either reading.
 *
 * <p>Line breaks go only between the children of structural elements ({@code html}, {@code head},
 * {@code body}, tables and their rows, lists, {@code figure}, sections) whose content is elements
 * only, where HTML ignores white space; never inside a paragraph, heading, cell or other phrasing
 * context.
 */
public final class HtmlElement extends MarkupElement<HtmlElement> {

  /** The namespace of XHTML. */
  public static final String NAMESPACE = "http://www.w3.org/1999/xhtml";

  private static final Set<String> VOID =
      Set.of(
          "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
          "track", "wbr");

  private static final Set<String> RAW_TEXT = Set.of("style", "script");

  private static final Set<String> STRUCTURAL =
      Set.of(
          "html",
          "head",
          "body",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "colgroup",
          "ul",
          "ol",
          "dl",
          "figure",
          "section",
          "article",
          "nav",
          "header",
          "footer",
          "main",
          "aside",
          "blockquote",
          "details",
          "fieldset",
          "form",
          "select",
          "optgroup",
          "hgroup",
          "menu");

  private HtmlElement(String name) {
    super(name);
  }

  /**
   * Starts a page: {@code <html xmlns="http://www.w3.org/1999/xhtml" lang="..">}. Write it with
   * {@link #toDocument()}.
   *
   * @param lang the language of the page, a BCP 47 tag such as {@code en}
   * @return the {@code html} element
   */
  public static HtmlElement page(String lang) {
    return new HtmlElement("html").attribute("xmlns", NAMESPACE).attribute("lang", lang);
  }

  /**
   * Starts an element outside a page, the root of a fragment (e.g. a {@code div} or a {@code
   * table}).
   *
   * @param name the element's name
   * @return the element
   * @throws IllegalArgumentException if the name is not an XML name
   */
  public static HtmlElement of(String name) {
    return new HtmlElement(name);
  }

  /**
   * Writes the element as a page: the HTML5 doctype {@code <!DOCTYPE html>} (which names no DTD) in
   * place of the XML declaration, the element, a final line break.
   *
   * @return the page
   */
  @Override
  public String toDocument() {
    return "<!DOCTYPE html>\n" + toXml() + "\n";
  }

  @Override
  HtmlElement self() {
    return this;
  }

  @Override
  HtmlElement create(String name) {
    return new HtmlElement(name);
  }

  @Override
  boolean breaksLines() {
    return STRUCTURAL.contains(name());
  }

  @Override
  boolean selfCloses() {
    return VOID.contains(name());
  }

  @Override
  void checkContent() {
    if (VOID.contains(name())) {
      throw new IllegalArgumentException("<" + name() + "> is a void element and holds no content");
    }
  }

  @Override
  String contentText(String text) {
    if (!RAW_TEXT.contains(name())) {
      return super.contentText(text);
    }
    List<Object> content = content();
    String before =
        !content.isEmpty() && content.get(content.size() - 1) instanceof String s ? s : "";
    if (text.indexOf('<') >= 0 || text.indexOf('&') >= 0 || (before + text).contains("]]>")) {
      throw new IllegalArgumentException(
          "text of <"
              + name()
              + "> must not contain '<', '&' or ']]>' (it is raw"
              + " text in HTML and parsed text in XML), was '"
              + text
              + "'");
    }
    return XmlText.replaceIllegal(text);
  }
}
