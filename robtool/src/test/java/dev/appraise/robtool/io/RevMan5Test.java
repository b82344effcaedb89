package dev.appraise.robtool.io;

import static dev.appraise.core.model.RiskOfBiasLevel.HIGH;
import static dev.appraise.core.model.RiskOfBiasLevel.LOW;
import static dev.appraise.core.model.RiskOfBiasLevel.UNCLEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.robtool.RobRow;
import dev.appraise.robtool.RobTable;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevMan5Test {

  /** The shape of a RevMan 5.3 file's risk-of-bias section, with a per-outcome (GROUP) item. */
  static final String RM5 =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<COCHRANE_REVIEW><STUDIES_AND_REFERENCES><STUDIES><INCLUDED_STUDIES>\n"
          + "<STUDY ID=\"STD-Smith-2001\" NAME=\"Smith 2001\"/><STUDY ID=\"STD-Jones-2005\" NAME=\"Jones 2005\"/>\n"
          + "</INCLUDED_STUDIES></STUDIES></STUDIES_AND_REFERENCES>\n"
          + "<QUALITY_ITEMS>\n"
          + "<QUALITY_ITEM ID=\"QIT-01\" LEVEL=\"STUDY\"><NAME>Random sequence generation (selection bias)</NAME>\n"
          + "<QUALITY_ITEM_DATA>\n"
          + "<QUALITY_ITEM_DATA_ENTRY RESULT=\"YES\" STUDY_ID=\"STD-Smith-2001\"><DESCRIPTION><P>computer</P></DESCRIPTION>"
          + "</QUALITY_ITEM_DATA_ENTRY>\n"
          + "<QUALITY_ITEM_DATA_ENTRY RESULT=\"UNKNOWN\" STUDY_ID=\"STD-Jones-2005\"/>\n"
          + "</QUALITY_ITEM_DATA></QUALITY_ITEM>\n"
          + "<QUALITY_ITEM ID=\"QIT-02\" LEVEL=\"GROUP\"><NAME>Blinding of outcome assessment</NAME>\n"
          + "<QUALITY_ITEM_DATA_ENTRY_GROUP ID=\"QIG-01\"><NAME>Pain</NAME></QUALITY_ITEM_DATA_ENTRY_GROUP>\n"
          + "<QUALITY_ITEM_DATA>\n"
          + "<QUALITY_ITEM_DATA_ENTRY GROUP_ID=\"QIG-01\" RESULT=\"NO\" STUDY_ID=\"STD-Smith-2001\"/>\n"
          + "</QUALITY_ITEM_DATA></QUALITY_ITEM>\n"
          + "</QUALITY_ITEMS></COCHRANE_REVIEW>\n";

  @Test
  void yesIsLowNoIsHighUnknownIsUnclear() {
    RobTable t = read(RM5);
    assertThat(t.domains()).containsExactly("D1", "D2.1");
    assertThat(t.domainName("D1")).isEqualTo("Random sequence generation (selection bias)");
    assertThat(t.domainName("D2.1")).isEqualTo("Blinding of outcome assessment (Pain)");
    assertThat(t.rows()).extracting(RobRow::study).containsExactly("Smith 2001", "Jones 2005");
    assertThat(t.rows().get(0).levels()).containsEntry("D1", LOW).containsEntry("D2.1", HIGH);
    assertThat(t.rows().get(1).levels()).containsEntry("D1", UNCLEAR);
  }

  @Test
  void unknownResultsAreAllListed() {
    String bad =
        RM5.replace("RESULT=\"YES\"", "RESULT=\"MAYBE\"").replace("RESULT=\"NO\"", "RESULT=\"\"");
    assertThatThrownBy(() -> read(bad))
        .isInstanceOfSatisfying(
            InputFormatException.class, e -> assertThat(e.problems()).hasSize(2))
        .hasMessageContaining(
            "QUALITY_ITEM[1]/QUALITY_ITEM_DATA_ENTRY[1]: study STD-Smith-2001: unknown RESULT 'MAYBE'");
  }

  @Test
  void externalEntityIsRefusedAndTheFileNeverRead(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xxe =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + "<REVIEW><QUALITY_ITEMS><QUALITY_ITEM><NAME>&xxe;</NAME><QUALITY_ITEM_DATA>"
            + "<QUALITY_ITEM_DATA_ENTRY RESULT=\"YES\" STUDY_ID=\"S\"/></QUALITY_ITEM_DATA></QUALITY_ITEM></QUALITY_ITEMS>"
            + "</REVIEW>";
    long accessedBefore = Files.getLastModifiedTime(secret).toMillis();
    assertThatThrownBy(() -> read(xxe))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("hostile.rm5: line 2")
        .hasMessageContaining("document type declarations (DTDs) are refused")
        .hasMessageNotContaining("TOP-SECRET-CONTENT");
    assertThat(Files.getLastModifiedTime(secret).toMillis()).isEqualTo(accessedBefore);
  }

  @Test
  void billionLaughsIsRefusedBeforeAnyExpansion() {
    StringBuilder dtd =
        new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i == 1 ? "" : Integer.toString(i - 1)).append(';');
      }
      dtd.append("\">\n");
    }
    dtd.append(
        "]>\n<REVIEW><QUALITY_ITEMS><QUALITY_ITEM><NAME>&lol9;</NAME></QUALITY_ITEM></QUALITY_ITEMS></REVIEW>");
    assertThatThrownBy(() -> read(dtd.toString()))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("DTDs) are refused");
  }

  @Test
  void xincludeIsNotFollowed(@TempDir Path dir) throws Exception {
    Path other = dir.resolve("other.xml");
    Files.writeString(other, "<QUALITY_ITEM_DATA_ENTRY RESULT=\"YES\" STUDY_ID=\"Injected\"/>");
    String xi =
        "<REVIEW xmlns:xi=\"http://www.w3.org/2001/XInclude\"><QUALITY_ITEMS><QUALITY_ITEM><NAME>x</NAME>"
            + "<QUALITY_ITEM_DATA><xi:include href=\""
            + other.toUri()
            + "\"/>"
            + "<QUALITY_ITEM_DATA_ENTRY RESULT=\"NO\" STUDY_ID=\"Real\"/></QUALITY_ITEM_DATA></QUALITY_ITEM>"
            + "</QUALITY_ITEMS></REVIEW>";
    RobTable t = read(xi);
    assertThat(t.rows()).extracting(RobRow::study).containsExactly("Real");
  }

  @Test
  void malformedXmlAndMissingTableAreNamed() {
    assertThatThrownBy(() -> read("<REVIEW><QUALITY_ITEMS>"))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("malformed XML");
    assertThatThrownBy(() -> read("<REVIEW/>")).hasMessageContaining("no QUALITY_ITEMS");
  }

  @Provide
  Arbitrary<RobTable> rob1Tables() {
    Arbitrary<RiskOfBiasLevel> level = Arbitraries.of(LOW, UNCLEAR, HIGH);
    return Arbitraries.integers()
        .between(1, 6)
        .flatMap(
            k ->
                Arbitraries.integers()
                    .between(1, 9)
                    .flatMap(
                        n ->
                            level
                                .list()
                                .ofSize(k * n)
                                .map(
                                    levels -> {
                                      List<String> domains = new ArrayList<>();
                                      Map<String, String> names = new LinkedHashMap<>();
                                      for (int d = 0; d < k; d++) {
                                        domains.add("D" + (d + 1));
                                        names.put("D" + (d + 1), "Item <" + d + "> & \"quoted\"");
                                      }
                                      RobTable.Builder t =
                                          RobTable.builder().domains(domains).domainNames(names);
                                      for (int s = 0; s < n; s++) {
                                        Map<String, RiskOfBiasLevel> row = new LinkedHashMap<>();
                                        for (int d = 0; d < k; d++) {
                                          row.put(domains.get(d), levels.get(s * k + d));
                                        }
                                        t.addRows(
                                            RobRow.builder()
                                                .study("Study '" + s + "' & co")
                                                .levels(row)
                                                .build());
                                      }
                                      return t.build();
                                    })));
  }

  @Property(tries = 200)
  void writeThenReadIsTheIdentity(@ForAll("rob1Tables") RobTable table) {
    assertThat(read(RevMan5.write(table))).isEqualTo(table);
  }

  private static RobTable read(String xml) {
    return RevMan5.read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "hostile.rm5");
  }
}
