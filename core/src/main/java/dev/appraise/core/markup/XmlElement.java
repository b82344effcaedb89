package dev.appraise.core.markup;

/**
 * An element of a plain XML document (a data format such as RevMan's), where white space between
 * child elements is insignificant: an element whose content is elements only has each child on its
 * own line.
 */
public final class XmlElement extends MarkupElement<XmlElement> {

  private XmlElement(String name) {
    super(name);
  }

  /**
   * Starts an element, the root of a document or a fragment.
   *
   * @param name the element's name
   * @return the element
   * @throws IllegalArgumentException if the name is not an XML name
   */
  public static XmlElement of(String name) {
    return new XmlElement(name);
  }

  @Override
  XmlElement self() {
    return this;
  }

  @Override
  XmlElement create(String name) {
    return new XmlElement(name);
  }

  @Override
  boolean breaksLines() {
    return true;
  }
}
