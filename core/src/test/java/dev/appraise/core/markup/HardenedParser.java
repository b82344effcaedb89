package dev.appraise.core.markup;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XML parser that loads no DTD, resolves no entity and stops at the first error, for reading
 * written markup.
 */
final class HardenedParser {

  private HardenedParser() {}

  /**
   * Parses a document or a single element.
   *
   * @param xml the markup; an HTML5 {@code <!DOCTYPE html>} is allowed, any other DOCTYPE is not
   * @return the document
   * @throws Exception if the markup is not well-formed or asks for anything external
   */
  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature(
        "http://apache.org/xml/features/disallow-doctype-decl",
        !xml.startsWith("<!DOCTYPE html>\n"));
    f.setFeature("http://xml.org/sax/features/external-general-entities", false);
    f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(
        new DefaultHandler() {
          @Override
          public void error(SAXParseException e) throws SAXParseException {
            throw e;
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXParseException {
            throw e;
          }
        });
    b.setEntityResolver(
        (publicId, systemId) -> {
          throw new SAXException("refusing to resolve " + systemId);
        });
    return b.parse(new InputSource(new StringReader(xml)));
  }

  /**
   * Parses a fragment of several elements by wrapping it in one.
   *
   * @param fragment the fragment
   * @return the document whose root is the wrapper {@code <fragment>}
   * @throws Exception if the fragment is not well-formed
   */
  static Document parseFragment(String fragment) throws Exception {
    return parse("<fragment>" + fragment + "</fragment>");
  }
}
