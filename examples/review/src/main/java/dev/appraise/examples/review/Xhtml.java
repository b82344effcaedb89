package dev.appraise.examples.review;

import dev.appraise.core.io.XmlText;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small writer of well-formed XHTML: every element it opens it closes, and every piece of text and every attribute
 * value is escaped, so the page parses as XML as well as HTML.
 */
final class Xhtml {
  private final StringBuilder out = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();

  /**
   * Opens an element.
   *
   * @param name the element name
   * @param attributes alternating attribute names and values
   * @return this writer
   */
  Xhtml open(String name, String... attributes) {
    out.append('<').append(name);
    attributes(attributes);
    out.append('>');
    open.push(name);
    return this;
  }

  /**
   * Writes an element with text content.
   *
   * @param name the element name
   * @param text the text, escaped
   * @param attributes alternating attribute names and values
   * @return this writer
   */
  Xhtml element(String name, String text, String... attributes) {
    return open(name, attributes).text(text).close();
  }

  /**
   * Writes an element without content ({@code <img/>}, {@code <meta/>}).
   *
   * @param name the element name
   * @param attributes alternating attribute names and values
   * @return this writer
   */
  Xhtml empty(String name, String... attributes) {
    out.append('<').append(name);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /**
   * Writes escaped text.
   *
   * @param text the text
   * @return this writer
   */
  Xhtml text(String text) {
    out.append(escape(text));
    return this;
  }

  /**
   * Writes a fragment that is already well-formed, escaped XHTML (from another module's exporter).
   *
   * @param fragment the fragment
   * @return this writer
   */
  Xhtml raw(String fragment) {
    out.append(fragment).append('\n');
    return this;
  }

  /**
   * Closes the innermost open element.
   *
   * @return this writer
   */
  Xhtml close() {
    out.append("</").append(open.pop()).append(">\n");
    return this;
  }

  /**
   * {@return the document, after checking that every element was closed}
   *
   * @throws IllegalStateException if an element is still open
   */
  String finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("unclosed elements " + open);
    }
    return out.toString();
  }

  private void attributes(String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes must come in name-value pairs, was " + attributes.length);
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
    }
  }

  /**
   * Escapes text for XML and HTML: {@code & < > " '} and control characters XML does not allow.
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    return XmlText.escape(text);
  }
}
