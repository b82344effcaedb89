package dev.appraise.core.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class MarkupTableTest {

  private static MarkupTable hostile() {
    return MarkupTable.builder()
        .caption("CBT <vs> waiting list & \"friends\"")
        .htmlClass("evidence-profile")
        .header("Outcome | name", "n", "Note")
        .alignment(1, ColumnAlignment.RIGHT)
        .addRow("Grey matter | <b>", "12", "first line\nsecond *line*")
        .addCellRow(
            List.of(
                TableCell.of("# heading?"),
                TableCell.of("3"),
                TableCell.of("INCONSISTENT", "verdict")))
        .addFootnote("a", "The review's \"healthy\" controls & more")
        .build();
  }

  @Test
  void htmlIsAWellFormedEscapedFragment() throws Exception {
    String html = hostile().toHtml();
    assertThat(html)
        .doesNotContain("<b>")
        .doesNotContain("<vs>")
        .startsWith(
            "<table class=\"evidence-profile\">\n<caption>CBT &lt;vs&gt; waiting list &amp; &quot;friends&quot;"
                + "</caption>\n<thead>\n<tr>\n<th scope=\"col\">Outcome | name</th>\n"
                + "<th scope=\"col\" style=\"text-align:right\">n</th>\n")
        .contains("<td>first line<br/>second *line*</td>")
        .contains("<td class=\"verdict\">INCONSISTENT</td>")
        .endsWith(
            "</table>\n<ol class=\"footnotes\">\n<li id=\"note-a\">a: The review&#39;s &quot;healthy&quot;"
                + " controls &amp; more</li>\n</ol>\n");
    Document doc = HardenedParser.parseFragment(html);
    NodeList cells = doc.getElementsByTagName("td");
    assertThat(cells.getLength()).isEqualTo(6);
    assertThat(cells.item(0).getTextContent()).isEqualTo("Grey matter | <b>");
    assertThat(((Element) cells.item(1)).getAttribute("style")).isEqualTo("text-align:right");
  }

  @Test
  void markdownEscapesMarkdownAndKeepsTheColumns() {
    String md = hostile().toMarkdown();
    assertThat(md)
        .isEqualTo(
            """
        **CBT \\<vs\\> waiting list \\& "friends"**

        | Outcome \\| name | n | Note |
        | --- | ---: | --- |
        | Grey matter \\| \\<b\\> | 12 | first line<br/>second \\*line\\* |
        | # heading? | 3 | INCONSISTENT |

        - a: The review's "healthy" controls \\& more
        """);
    assertThat(md)
        .doesNotContain("&#")
        .doesNotContain("&quot;")
        .doesNotContain("&amp;")
        .doesNotContain("&lt;");
    for (String line : md.lines().filter(l -> l.startsWith("|")).toList()) {
      assertThat(line.split("(?<!\\\\)\\|", -1)).as(line).hasSize(5);
    }
  }

  @Test
  void alignmentsWriteTheirDelimiters() {
    MarkupTable t =
        MarkupTable.builder()
            .header("a", "b", "c", "d")
            .alignment(0, ColumnAlignment.LEFT)
            .alignment(1, ColumnAlignment.CENTER)
            .alignment(2, ColumnAlignment.RIGHT)
            .build();
    assertThat(t.toMarkdown()).isEqualTo("| a | b | c | d |\n| :--- | :---: | ---: | --- |\n");
    assertThat(t.alignments())
        .containsExactly(
            ColumnAlignment.LEFT,
            ColumnAlignment.CENTER,
            ColumnAlignment.RIGHT,
            ColumnAlignment.NONE);
    assertThat(t.toHtml())
        .contains("<th scope=\"col\" style=\"text-align:center\">b</th>")
        .contains("<tbody></tbody>");
  }

  @Test
  void csvHasTheHeaderAndTheRowsOnly() throws Exception {
    String csv = hostile().toCsv();
    assertThat(csv)
        .startsWith("Outcome | name,n,Note\r\n")
        .doesNotContain("waiting list")
        .doesNotContain("healthy");
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertThat(records).hasSize(2);
    assertThat(records.get(0).get("Note")).isEqualTo("first line\nsecond *line*");
    assertThat(records.get(1).get("Outcome | name")).isEqualTo("# heading?");
  }

  @Test
  void refusesRowsOfTheWrongWidthAndOtherBrokenTables() {
    assertThatThrownBy(
            () ->
                MarkupTable.builder()
                    .caption("Studies")
                    .header("a", "b")
                    .addRow("x", "y")
                    .addRow("only one")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 2 of table 'Studies' must have 2 cells, was 1: [only one]");
    assertThatThrownBy(() -> MarkupTable.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("header of table without caption must have at least one column, was empty");
    assertThatThrownBy(
            () -> MarkupTable.builder().header("a").alignment(1, ColumnAlignment.RIGHT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alignment column of table without caption must be below 1, was 1");
    assertThatThrownBy(
            () ->
                MarkupTable.builder()
                    .header("a")
                    .addFootnote("a", "x")
                    .addFootnote("a", "y")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be distinct");
    assertThatThrownBy(() -> new TableFootnote(" ", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("footnote mark must not be blank, was ' '");
  }

  @Test
  void isAValue() {
    assertThat(hostile()).isEqualTo(hostile()).hasSameHashCodeAs(hostile());
    assertThat(hostile().toString())
        .isEqualTo("MarkupTable[CBT <vs> waiting list & \"friends\", 3 columns, 2 rows]");
  }

  /** Any cells, written as CSV and read back by Commons CSV, are the same cells. */
  @Property(tries = 300)
  void csvRoundTripsAnyCells(
      @ForAll("header") List<String> header, @ForAll("cells") List<List<String>> cells)
      throws Exception {
    MarkupTable.Builder b = MarkupTable.builder().header(header);
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : cells) {
      List<String> fitted = new ArrayList<>(row);
      while (fitted.size() < header.size()) {
        fitted.add("");
      }
      rows.add(fitted.subList(0, header.size()));
      b.addRow(fitted.subList(0, header.size()));
    }
    String csv = b.build().toCsv();
    List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords();
    assertThat(records.get(0).toList()).isEqualTo(header);
    List<List<String>> back =
        records.subList(1, records.size()).stream().map(CSVRecord::toList).toList();
    assertThat(back).isEqualTo(rows);
  }

  @Provide
  Arbitrary<List<String>> header() {
    return Arbitraries.strings()
        .ofMinLength(1)
        .ofMaxLength(10)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .uniqueElements();
  }

  @Provide
  Arbitrary<List<List<String>>> cells() {
    return Arbitraries.strings()
        .withChars("a, \"\r\n|;'x")
        .ofMaxLength(8)
        .list()
        .ofMaxSize(4)
        .list()
        .ofMaxSize(6);
  }

  /** Any cells written as HTML parse back as the same cells, a line break being a br. */
  @Property(tries = 200)
  void htmlRoundTripsAnyCells(@ForAll("cells") List<List<String>> cells) throws Exception {
    MarkupTable.Builder b = MarkupTable.builder().header("x", "y", "z", "w");
    for (List<String> row : cells) {
      List<String> fitted = new ArrayList<>(row);
      while (fitted.size() < 4) {
        fitted.add("");
      }
      b.addRow(fitted);
    }
    MarkupTable table = b.build();
    NodeList tds = HardenedParser.parseFragment(table.toHtml()).getElementsByTagName("td");
    List<String> expected =
        table.rows().stream()
            .flatMap(List::stream)
            .map(c -> c.text().replaceAll("\r\n|\r|\n", ""))
            .toList();
    List<String> actual = new ArrayList<>();
    for (int i = 0; i < tds.getLength(); i++) {
      actual.add(tds.item(i).getTextContent());
    }
    assertThat(actual).isEqualTo(expected);
  }
}
