package dev.appraise.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.InputFormatException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * {@link CsvRecords} reads what Commons CSV reads ({@code CSVFormat.DEFAULT}, empty lines ignored):
 * the same records, each starting on the same line, and it refuses what Commons CSV refuses, for
 * the same reason, after the same records.
 */
class CsvRecordsPropertiesTest {

  /** Records, their first lines, and the refusal that ended the reading if one did. */
  record Reading(List<List<String>> records, List<Integer> lines, String refusal) {}

  @Property(tries = 2000)
  void anyTextReadsAsCommonsCsvReadsIt(@ForAll("anyText") String text) {
    assertThat(ours(text)).isEqualTo(commons(text));
  }

  @Property(tries = 1000)
  void wellFormedTextReadsAsCommonsCsvReadsIt(@ForAll("wellFormed") String text) {
    Reading ours = ours(text);
    assertThat(ours).isEqualTo(commons(text));
    assertThat(ours.refusal()).isEmpty();
  }

  @Example
  void quotedFieldsKeepTheirCommasQuotesAndLineEnds() {
    Reading reading = ours("a,\"b,\"\"c\"\"\r\nd\"\n\n\"\"  ,e,\r\nf");
    assertThat(reading.records())
        .containsExactly(List.of("a", "b,\"c\"\r\nd"), List.of("", "e", ""), List.of("f"));
    assertThat(reading.lines()).containsExactly(1, 4, 5);
  }

  @Provide
  Arbitrary<String> anyText() {
    return Arbitraries.of("a", "b", " ", ",", ",", "\"", "\"", "\n", "\r", "\r\n", "é", "\t", "x y")
        .list()
        .ofMaxSize(40)
        .map(parts -> String.join("", parts));
  }

  @Provide
  Arbitrary<String> wellFormed() {
    Arbitrary<String> field =
        Arbitraries.of("", "a", " b ", "1", "no", "a,b", "say \"hi\"", "two\nlines", "cr\r\nlf")
            .map(f -> f.matches(".*[,\"\r\n].*") || f.startsWith(" ") ? quote(f) : f);
    Arbitrary<String> record = field.list().ofMinSize(1).ofMaxSize(5).map(f -> String.join(",", f));
    Arbitrary<String> end = Arbitraries.of("\n", "\r\n", "\r", "\n\n", "\r\n\r\n");
    return Arbitraries.entries(record, end)
        .list()
        .ofMaxSize(8)
        .map(
            lines -> {
              StringBuilder text = new StringBuilder();
              lines.forEach(e -> text.append(e.getKey()).append(e.getValue()));
              return text.toString();
            });
  }

  private static String quote(String field) {
    return "\"" + field.replace("\"", "\"\"") + "\"";
  }

  static Reading ours(String text) {
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    String refusal = "";
    try (CsvRecords csv = new CsvRecords(new StringReader(text), "t.csv")) {
      while (csv.next()) {
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < csv.size(); i++) {
          fields.add(csv.get(i));
        }
        records.add(fields);
        lines.add(csv.line());
      }
    } catch (InputFormatException e) {
      String problem = e.problems().get(0).message();
      assertThat(problem).startsWith("malformed CSV: ");
      refusal = problem.substring("malformed CSV: ".length());
    }
    return new Reading(records, lines, refusal);
  }

  static Reading commons(String text) {
    List<List<String>> records = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    String refusal = "";
    try (CSVParser parser =
        CSVParser.parse(text, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get())) {
      for (CSVRecord record : parser) {
        records.add(record.toList());
        lines.add(lineOf(text, (int) record.getCharacterPosition()));
      }
    } catch (UncheckedIOException | IllegalStateException | IOException e) {
      String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
      refusal =
          why.contains("EOF reached before encapsulated token finished")
              ? "EOF reached before encapsulated token finished"
              : why.contains("Invalid character between encapsulated token and delimiter")
                  ? "Invalid character between encapsulated token and delimiter"
                  : why;
    }
    return new Reading(records, lines, refusal);
  }

  /**
   * The line of the record Commons CSV places at {@code position}: the position is where the
   * previous record ended, so the empty lines skipped before the record are passed first; LF, CR
   * and CR LF each end a line.
   */
  private static int lineOf(String text, int position) {
    int start = position;
    while (start < text.length() && (text.charAt(start) == '\n' || text.charAt(start) == '\r')) {
      start++;
    }
    int line = 1;
    for (int i = 0; i < start; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }
}
