package dev.appraise.robtool.io;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import dev.appraise.core.markup.XmlElement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.robtool.RobRow;
import dev.appraise.robtool.RobTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the risk-of-bias table of a RevMan 5 review ({@code .rm5}): {@code
 * QUALITY_ITEMS/QUALITY_ITEM}, each with a {@code NAME} and {@code
 * QUALITY_ITEM_DATA/QUALITY_ITEM_DATA_ENTRY} elements carrying {@code STUDY_ID} and {@code RESULT}.
 * RevMan 5 phrases each item as a question ("adequate sequence generation?"), so {@code
 * RESULT="YES"} is low risk, {@code "NO"} high risk and {@code "UNKNOWN"} unclear risk.
 *
 * <p>Items rated per outcome group ({@code LEVEL="GROUP"}, entries with a {@code GROUP_ID}) become
 * one column per group, named {@code "item (group)"}. Study identifiers are replaced by the {@code
 * NAME} of the matching {@code STUDY} element where the file has one ({@code STD-Smith-2001}
 * becomes {@code Smith 2001}).
 *
 * <p>The parser is hardened ({@link SafeXml}): a file with a document type declaration, and so any
 * entity trick (external entities reading local files, "billion laughs" expansion), is refused with
 * a clear error before any entity is resolved.
 */
public final class RevMan5 {

  private RevMan5() {}

  /**
   * Reads a {@code .rm5} file.
   *
   * @param path the file
   * @return the table, columns {@code D1..Dn} named after the items
   * @throws InputFormatException listing every problem with its place
   * @throws UncheckedIOException if the file cannot be read
   */
  public static RobTable read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(in, path.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads RevMan 5 XML.
   *
   * @param in the XML
   * @param source the name of the input for messages
   * @return the table, columns {@code D1..Dn} named after the items
   * @throws InputFormatException listing every problem with its place
   */
  public static RobTable read(InputStream in, String source) {
    Document doc;
    try {
      doc = SafeXml.newDocumentBuilder().parse(in);
    } catch (SAXParseException e) {
      String message = e.getMessage() == null ? "" : e.getMessage();
      boolean doctype = message.contains("DOCTYPE");
      throw new InputFormatException(
          source,
          List.of(
              InputProblem.of(
                  "line " + e.getLineNumber() + ", column " + e.getColumnNumber(),
                  doctype
                      ? "document type declarations (DTDs) are refused: a RevMan 5 file has none, and entities in one"
                          + " could read local files or expand without bound"
                      : "malformed XML: " + message)));
    } catch (SAXException e) {
      throw new InputFormatException(
          source, List.of(InputProblem.of("", "malformed XML: " + e.getMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
    List<InputProblem> problems = new ArrayList<>();
    Map<String, String> studyNames = new HashMap<>();
    NodeList studies = doc.getElementsByTagName("STUDY");
    for (int i = 0; i < studies.getLength(); i++) {
      Element s = (Element) studies.item(i);
      if (!s.getAttribute("ID").isEmpty() && !s.getAttribute("NAME").isEmpty()) {
        studyNames.put(s.getAttribute("ID"), s.getAttribute("NAME"));
      }
    }
    NodeList items = doc.getElementsByTagName("QUALITY_ITEM");
    if (items.getLength() == 0) {
      throw new InputFormatException(
          source,
          List.of(
              InputProblem.of(
                  "/", "no QUALITY_ITEMS/QUALITY_ITEM: the file" + " has no risk-of-bias table")));
    }
    List<String> domains = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Map<String, RiskOfBiasLevel>> rows = new LinkedHashMap<>();
    for (int i = 0; i < items.getLength(); i++) {
      Element item = (Element) items.item(i);
      String where = "QUALITY_ITEM[" + (i + 1) + "]";
      String name = childText(item, "NAME").strip();
      if (name.isEmpty()) {
        name = "Item " + (i + 1);
      }
      Map<String, String> groups = new LinkedHashMap<>();
      for (Element g : children(item, "QUALITY_ITEM_DATA_ENTRY_GROUP")) {
        groups.put(g.getAttribute("ID"), childText(g, "NAME").strip());
      }
      String base = "D" + (i + 1);
      for (Element data : children(item, "QUALITY_ITEM_DATA")) {
        List<Element> entries = children(data, "QUALITY_ITEM_DATA_ENTRY");
        for (int e = 0; e < entries.size(); e++) {
          Element entry = entries.get(e);
          String at = where + "/QUALITY_ITEM_DATA_ENTRY[" + (e + 1) + "]";
          String studyId = entry.getAttribute("STUDY_ID");
          if (studyId.isEmpty()) {
            problems.add(InputProblem.of(at, "missing STUDY_ID"));
            continue;
          }
          String groupId = entry.getAttribute("GROUP_ID");
          String domain = base;
          String domainName = name;
          if (!groupId.isEmpty()) {
            List<String> ids = new ArrayList<>(groups.keySet());
            int g = ids.indexOf(groupId);
            domain = base + "." + (g < 0 ? groupId : Integer.toString(g + 1));
            domainName = name + " (" + groups.getOrDefault(groupId, groupId) + ")";
          }
          String result = entry.getAttribute("RESULT").strip().toUpperCase(Locale.ROOT);
          RiskOfBiasLevel level;
          switch (result) {
            case "YES":
              level = RiskOfBiasLevel.LOW;
              break;
            case "NO":
              level = RiskOfBiasLevel.HIGH;
              break;
            case "UNKNOWN":
              level = RiskOfBiasLevel.UNCLEAR;
              break;
            default:
              problems.add(
                  InputProblem.of(
                      at,
                      "study "
                          + studyId
                          + ": unknown RESULT '"
                          + entry.getAttribute("RESULT")
                          + "'; expected YES (low risk), NO (high risk) or UNKNOWN (unclear)"));
              continue;
          }
          if (!domains.contains(domain)) {
            domains.add(domain);
            names.put(domain, domainName);
          }
          String study = studyNames.getOrDefault(studyId, studyId);
          if (rows.computeIfAbsent(study, s -> new LinkedHashMap<>()).put(domain, level) != null) {
            problems.add(
                InputProblem.of(
                    at, "study " + studyId + " is rated twice for '" + domainName + "'"));
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InputFormatException(source, problems);
    }
    RobTable.Builder table = RobTable.builder().domains(domains).domainNames(names);
    rows.forEach(
        (study, levels) -> table.addRows(RobRow.builder().study(study).levels(levels).build()));
    return table.build();
  }

  /**
   * Writes a table as a minimal RevMan 5 risk-of-bias section ({@code QUALITY_ITEMS} inside {@code
   * REVIEW}), each domain an item named by {@link RobTable#domainName(String)}, the inverse of
   * {@link #read(InputStream, String)} for tables of RoB 1 levels.
   *
   * @param table the table; levels must be low, unclear or high
   * @return the XML text
   * @throws IllegalArgumentException naming study and domain for a level RevMan 5 cannot hold
   */
  public static String write(RobTable table) {
    XmlElement review = XmlElement.of("REVIEW");
    XmlElement items = review.element("QUALITY_ITEMS");
    for (String d : table.domains()) {
      XmlElement item = items.element("QUALITY_ITEM");
      item.element("NAME", table.domainName(d));
      XmlElement data = item.element("QUALITY_ITEM_DATA");
      for (RobRow row : table.rows()) {
        RiskOfBiasLevel level = row.levels().get(d);
        if (level == null) {
          continue;
        }
        String result;
        switch (level) {
          case LOW:
            result = "YES";
            break;
          case HIGH:
            result = "NO";
            break;
          case UNCLEAR:
            result = "UNKNOWN";
            break;
          default:
            throw new IllegalArgumentException(
                "study "
                    + row.study()
                    + ", domain "
                    + d
                    + ": RevMan 5 holds only low,"
                    + " high and unclear, was "
                    + level.label());
        }
        data.element("QUALITY_ITEM_DATA_ENTRY")
            .attribute("STUDY_ID", row.study())
            .attribute("RESULT", result);
      }
    }
    return review.toDocument();
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && ((Element) n).getTagName().equals(tag)) {
        out.add((Element) n);
      }
    }
    return out;
  }

  private static String childText(Element parent, String tag) {
    List<Element> c = children(parent, tag);
    return c.isEmpty() ? "" : c.get(0).getTextContent();
  }
}
