package dev.appraise.robtool.io;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * Hardened XML parsing: document type declarations are refused outright (so no internal entity
 * expansion such as "billion laughs"), external general and parameter entities and external DTD
 * loading are off, XInclude is off, entity references are not expanded, and secure processing
 * forbids access to external DTDs and schemas.
 */
public final class SafeXml {

  private SafeXml() {}

  /**
   * A new hardened, namespace-unaware document builder.
   *
   * @return the builder
   * @throws IllegalStateException if the platform parser does not support the hardening features
   */
  public static DocumentBuilder newDocumentBuilder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new org.xml.sax.SAXException("external entity " + systemId + " refused");
          });
      builder.setErrorHandler(
          new org.xml.sax.ErrorHandler() {
            @Override
            public void warning(org.xml.sax.SAXParseException e) {}

            @Override
            public void error(org.xml.sax.SAXParseException e)
                throws org.xml.sax.SAXParseException {
              throw e;
            }

            @Override
            public void fatalError(org.xml.sax.SAXParseException e)
                throws org.xml.sax.SAXParseException {
              throw e;
            }
          });
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the XML parser cannot be hardened: " + e.getMessage(), e);
    }
  }
}
