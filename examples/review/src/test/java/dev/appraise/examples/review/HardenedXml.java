package dev.appraise.examples.review;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/** Parses the report's SVG and XHTML with a parser that loads no DTD and resolves no entity. */
final class HardenedXml {
  private HardenedXml() {}

  /**
   * Parses a document that must have no DOCTYPE at all (the SVG figures).
   *
   * @param xml the document
   * @return the parsed document
   * @throws Exception if it is not well-formed or declares a DOCTYPE
   */
  static Document parseWithoutDoctype(String xml) throws Exception {
    return parse(xml, true);
  }

  /**
   * Parses the HTML page: its only permitted DOCTYPE is the HTML5 {@code <!DOCTYPE html>}, which
   * names no DTD and has no internal subset; nothing external is ever loaded.
   *
   * @param xml the document
   * @return the parsed document
   * @throws Exception if it is not well-formed
   */
  static Document parseXhtml(String xml) throws Exception {
    if (xml.contains("<!ENTITY") || xml.contains("SYSTEM \"") || xml.contains("PUBLIC \"")) {
      throw new IllegalArgumentException("page declares entities or an external DTD");
    }
    return parse(xml, false);
  }

  private static Document parse(String xml, boolean disallowDoctype)
      throws ParserConfigurationException, IOException, SAXException {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", disallowDoctype);
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
        });
    b.setEntityResolver(
        (publicId, systemId) -> {
          throw new SAXException("refusing to resolve " + systemId);
        });
    return b.parse(new InputSource(new StringReader(xml)));
  }
}
