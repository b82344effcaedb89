package dev.appraise.core.markup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An element of an XML, XHTML or SVG document under construction: a name, attributes in the order
 * they were first set, and content (text and child elements) in the order it was added. A document
 * is built by adding children to a root element and then written with {@link #toXml()} or {@link
 * #toDocument()}.
 *
 * <p>What is written is well-formed by construction: each element is opened and closed by the
 * writer, names are checked to be XML names, each attribute appears once, text and attribute values
 * are escaped by {@link XmlText} (and read back unchanged by an XML parser, line ends and tabs
 * included; characters XML cannot carry become U+FFFD), and numbers are formatted by {@link
 * NumberText}, independent of the default locale; a number that is NaN or infinite is refused with
 * an {@link IllegalArgumentException} naming the attribute and the element.
 *
 * <p>Line breaks are added only where they cannot change what is shown: between the children of an
 * element whose content is elements only (no text), and only for elements whose kind says white
 * space there is insignificant (see {@link XmlElement}, {@link HtmlElement}, {@link SvgElement}).
 * An element without content is written as an empty-element tag ({@code <rect/>}), except where the
 * kind says otherwise (XHTML elements that are not void).
 *
 * <p>Elements are mutable builders, not thread-safe; the methods that add return the element to add
 * to, so calls chain.
 *
 * @param <E> the kind of element, which adding methods return
 */
public abstract sealed class MarkupElement<E extends MarkupElement<E>>
    permits XmlElement, HtmlElement, SvgElement {

  /**
   * The XML Name production, restricted to ASCII, which every element and attribute name here fits.
   */
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._:-]*");

  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private final String name;
  private final Map<String, String> attributes = new LinkedHashMap<>();

  /** Each item is a {@code String} of text or a child {@code MarkupElement}. */
  private final List<Object> content = new ArrayList<>();

  MarkupElement(String name) {
    this.name = requireName("element", name);
  }

  /** {@return this element as its own kind} */
  abstract E self();

  /** {@return a new, detached element of the same kind} */
  abstract E create(String name);

  /**
   * {@return whether line breaks may go between the children of this element when they are all
   * elements}
   */
  abstract boolean breaksLines();

  /** {@return whether this element, when it has no content, is written as an empty-element tag} */
  boolean selfCloses() {
    return true;
  }

  /** Refuses content this element cannot hold. */
  void checkContent() {}

  /** Refuses text this element cannot hold, and returns the text as it is to be written. */
  String contentText(String text) {
    return XmlText.escapeContent(text);
  }

  /** {@return the element's name} */
  public final String name() {
    return name;
  }

  /**
   * Sets an attribute; setting one that is already set replaces its value and keeps its place.
   *
   * @param attribute the attribute's name, an XML name such as {@code stroke-width} or {@code
   *     xml:lang}
   * @param value the value, escaped when written
   * @return this element
   * @throws IllegalArgumentException if the name is not an XML name
   */
  public final E attribute(String attribute, String value) {
    attributes.put(requireName("attribute", attribute), value);
    return self();
  }

  /**
   * Sets an attribute to a whole number.
   *
   * @param attribute the attribute's name
   * @param value the value
   * @return this element
   * @throws IllegalArgumentException if the name is not an XML name
   */
  public final E attribute(String attribute, long value) {
    return attribute(attribute, Long.toString(value));
  }

  /**
   * Sets an attribute to a number with at most {@link NumberText#DEFAULT_FRACTION_DIGITS} fraction
   * digits, the precision of coordinates and lengths.
   *
   * @param attribute the attribute's name
   * @param value the value, finite
   * @return this element
   * @throws IllegalArgumentException if the name is not an XML name, or the value is NaN or
   *     infinite
   */
  public final E attribute(String attribute, double value) {
    return attribute(attribute, value, NumberText.DEFAULT_FRACTION_DIGITS);
  }

  /**
   * Sets an attribute to a number with at most the given number of fraction digits (see {@link
   * NumberText#format(double, int)}).
   *
   * @param attribute the attribute's name
   * @param value the value, finite
   * @param maxFractionDigits the most fraction digits to write
   * @return this element
   * @throws IllegalArgumentException if the name is not an XML name, or the value is NaN or
   *     infinite
   */
  public final E attribute(String attribute, double value, int maxFractionDigits) {
    return attribute(attribute, number(name, attribute, value, maxFractionDigits));
  }

  /**
   * Sets the {@code id} attribute.
   *
   * @param id the identifier
   * @return this element
   */
  public final E id(String id) {
    return attribute("id", id);
  }

  /**
   * Sets the {@code class} attribute.
   *
   * @param classes one class name, or several separated by spaces
   * @return this element
   */
  public final E cssClass(String classes) {
    return attribute("class", classes);
  }

  /**
   * Sets the {@code role} attribute (WAI-ARIA), e.g. {@code img} on a figure.
   *
   * @param role the role
   * @return this element
   */
  public final E role(String role) {
    return attribute("role", role);
  }

  /**
   * Sets a WAI-ARIA attribute, e.g. {@code aria("label", "Forest plot")} sets {@code aria-label}.
   *
   * @param property the property without its prefix: {@code label}, {@code labelledby}, {@code
   *     hidden}, ...
   * @param value the value
   * @return this element
   */
  public final E aria(String property, String value) {
    return attribute("aria-" + property, value);
  }

  /**
   * Sets a custom data attribute, e.g. {@code data("study", "Smith 2001")} sets {@code data-study}.
   *
   * @param key the key without its prefix
   * @param value the value
   * @return this element
   */
  public final E data(String key, String value) {
    return attribute("data-" + key, value);
  }

  /**
   * Adds text after the present content. Empty text adds nothing.
   *
   * @param text the text, escaped when written
   * @return this element
   * @throws IllegalArgumentException if this element cannot hold the text (an XHTML void element;
   *     markup characters in an XHTML {@code style} or {@code script} element)
   */
  public final E text(String text) {
    checkContent();
    if (!text.isEmpty()) {
      content.add(contentText(text));
    }
    return self();
  }

  /**
   * Adds a child element after the present content.
   *
   * @param child the child's name
   * @return the child
   * @throws IllegalArgumentException if the name is not an XML name or this element cannot hold
   *     content
   */
  public final E element(String child) {
    checkContent();
    E element = create(child);
    content.add(element);
    return element;
  }

  /**
   * Adds a child element holding text after the present content.
   *
   * @param child the child's name
   * @param text the child's text
   * @return the child
   * @throws IllegalArgumentException if the name is not an XML name or this element cannot hold
   *     content
   */
  public final E element(String child, String text) {
    return element(child).text(text);
  }

  /** {@return the element and its content as markup, without an XML declaration} */
  public final String toXml() {
    StringBuilder out = new StringBuilder(256);
    write(out);
    return out.toString();
  }

  /**
   * Writes the element as a standalone document: the XML declaration (UTF-8), the element, a final
   * line break.
   *
   * @return the document
   */
  public String toDocument() {
    return DECLARATION + toXml() + "\n";
  }

  /** {@return the markup, as {@link #toXml()}} */
  @Override
  public final String toString() {
    return toXml();
  }

  /** {@return the children as markup, each element followed by a line break} */
  final String contentXml() {
    StringBuilder out = new StringBuilder(256);
    for (Object item : content) {
      if (item instanceof MarkupElement<?> child) {
        child.write(out);
        out.append('\n');
      } else {
        out.append((String) item);
      }
    }
    return out.toString();
  }

  /** The content, for kinds that place a child at a fixed position (an SVG title first). */
  final List<Object> content() {
    return content;
  }

  private void write(StringBuilder out) {
    out.append('<').append(name);
    attributes.forEach(
        (key, value) ->
            out.append(' ')
                .append(key)
                .append("=\"")
                .append(XmlText.escapeAttribute(value))
                .append('"'));
    if (content.isEmpty() && selfCloses()) {
      out.append("/>");
      return;
    }
    out.append('>');
    boolean lines = breaksLines() && content.stream().allMatch(MarkupElement.class::isInstance);
    if (lines && !content.isEmpty()) {
      out.append('\n');
    }
    for (Object item : content) {
      if (item instanceof MarkupElement<?> child) {
        child.write(out);
        if (lines) {
          out.append('\n');
        }
      } else {
        out.append((String) item);
      }
    }
    out.append("</").append(name).append('>');
  }

  static String number(String element, String attribute, double value, int maxFractionDigits) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "attribute " + attribute + " of <" + element + "> must be a finite number, was " + value);
    }
    return NumberText.format(value, maxFractionDigits);
  }

  private static String requireName(String what, String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(what + " name must be an XML name, was '" + name + "'");
    }
    return name;
  }
}
