package dev.appraise.robtool.io;

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
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a hostile but fair user gives the risk-of-bias readers: every problem is an {@link
 * InputFormatException} that says what is wrong and where the record starts, never another
 * exception.
 */
class HostileRobInputTest {

  @TempDir Path dir;

  private static InputFormatException problems(String csv) {
    try {
      RobvisCsv.withDefaults().read(csv, "t.csv");
    } catch (InputFormatException e) {
      return e;
    }
    throw new AssertionError("read without a problem: " + csv);
  }

  private InputFormatException problems(byte[] bytes) throws Exception {
    Path file = Files.write(dir.resolve("t.csv"), bytes);
    try {
      RobvisCsv.withDefaults().read(file);
    } catch (InputFormatException e) {
      return e;
    }
    throw new AssertionError("read without a problem");
  }

  @Test
  void aByteOrderMarkIsAccepted() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "Study,D1\nS1,Low\n".getBytes(StandardCharsets.UTF_8);
    byte[] both = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, both, 0, bom.length);
    System.arraycopy(text, 0, both, bom.length, text.length);
    RobTable table = RobvisCsv.withDefaults().read(Files.write(dir.resolve("bom.csv"), both));
    assertThat(table.rows()).extracting(RobRow::study).containsExactly("S1");
    assertThat(RobvisCsv.withDefaults().read("\uFEFFStudy,D1\nS1,Low\n", "s").domains())
        .containsExactly("D1");
  }

  @Test
  void aProblemIsReportedAtTheLineItsRecordStartsOn() {
    String csv = "Study,D1\n\n\"Smith\n2001\",Lw\nS2,Low\n";
    assertThat(problems(csv).problems())
        .extracting(Object::toString)
        .singleElement()
        .asString()
        .startsWith("line 3, column D1: unknown level 'Lw'");
  }

  @Test
  void anUnclosedQuoteSaysSoAtTheLineItOpens() {
    InputFormatException e = problems("Study,D1\nS1,Low\n\"S2,High\nS3,Low\n");
    assertThat(e.problems())
        .extracting(Object::toString)
        .singleElement()
        .asString()
        .isEqualTo(
            "line 3: a quoted field that starts in this record is never closed: its opening '\"' has no"
                + " closing '\"'")
        .doesNotContain("startline");
    assertThat(problems("Study,D1\n\"S1\"x,Low\n").problems().get(0).toString())
        .startsWith("line 2: text follows the closing quote of a field");
  }

  @Test
  void binaryAndUtf16FilesSayWhatTheyAre() throws Exception {
    byte[] utf16 = "Study,D1\nS1,Low\n".getBytes(StandardCharsets.UTF_16);
    assertThat(problems(utf16).getMessage()).contains("UTF-16 text, not UTF-8");
    byte[] utf16NoMark = "Study,D1\nS1,Low\n".getBytes(StandardCharsets.UTF_16LE);
    assertThat(problems(utf16NoMark).getMessage())
        .contains("NUL characters: a binary file or UTF-16 text");
    byte[] binary = {
      'S', 't', 'u', 'd', 'y', '\n', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x10, 0x7F
    };
    assertThat(problems(binary).getMessage())
        .contains("line 2: not UTF-8 text")
        .doesNotContain("Input length");
  }

  @Test
  void aStudyOrColumnOfInvisibleBlanksIsAProblemNotAnException() {
    InputFormatException e = problems("Study,D1,\u2028\nS1,Low,Low\n\u2028,Low,High\n");
    assertThat(e.problems())
        .extracting(Object::toString)
        .containsExactly(
            "line 1, column 3: empty column name", "line 3, column Study: empty study");
  }

  @Test
  void weightsThatSumPastTheLargestDoubleAreBadInput() {
    InputFormatException e =
        problems("Study,D1,Weight\nS1,Low,1e308\nS2,High,1e308\nS3,High,1e308\n");
    assertThat(e.problems())
        .extracting(Object::toString)
        .singleElement()
        .asString()
        .startsWith(
            "line 3, column Weight: the weights sum past the largest number a double holds");
    assertThat(problems("Study,D1,Weight\nS1,Low,Infinity\n").getMessage())
        .contains("must be finite");
  }

  @Test
  void echoedValuesStayOnOneLineAndShort() {
    String long1 = "x".repeat(100_000);
    InputFormatException e = problems("Study,D1\nS1,\"Lo\nw\"\nS2," + long1 + "\n");
    assertThat(e.problems()).hasSize(2);
    assertThat(e.problems().get(0).toString())
        .contains("unknown level 'Lo\\nw'")
        .doesNotContain("\n");
    assertThat(e.problems().get(1).toString()).hasSizeLessThan(300).contains("(100000 characters)");
    assertThat(problems("\uFEFF\uFEFFStudy,D1\nS1,Low\n").getMessage())
        .contains("was '\\uFEFFStudy'");
  }

  @Test
  void nestingDeepInsideANameUsesNoStack() throws Exception {
    int depth = 50_000;
    String rm5 =
        "<COCHRANE_REVIEW><QUALITY_ITEMS><QUALITY_ITEM><NAME>"
            + "<B>".repeat(depth)
            + "Blinding"
            + "</B>".repeat(depth)
            + "</NAME><QUALITY_ITEM_DATA><QUALITY_ITEM_DATA_ENTRY RESULT=\"YES\" STUDY_ID=\"S1\"/>"
            + "</QUALITY_ITEM_DATA></QUALITY_ITEM></QUALITY_ITEMS></COCHRANE_REVIEW>";
    AtomicReference<Object> result = new AtomicReference<>();
    // a small stack makes the test certain: a recursive walk of 50,000 levels overflows it
    Thread reader =
        new Thread(
            null,
            () -> {
              try {
                result.set(
                    RevMan5.read(
                        new ByteArrayInputStream(rm5.getBytes(StandardCharsets.UTF_8)),
                        "deep.rm5"));
              } catch (Throwable t) {
                result.set(t);
              }
            },
            "small-stack",
            256 * 1024);
    reader.start();
    reader.join();
    assertThat(result.get())
        .isInstanceOfSatisfying(
            RobTable.class, t -> assertThat(t.domainName("D1")).isEqualTo("Blinding"));
  }

  @Test
  void twoRevManStudiesSharingANameAreBadInput() {
    String rm5 =
        "<REVIEW><STUDY ID=\"STD-a\" NAME=\"Smith 2001\"/><STUDY ID=\"STD-b\" NAME=\"Smith 2001\"/>"
            + "<QUALITY_ITEMS><QUALITY_ITEM><NAME>Blinding</NAME><QUALITY_ITEM_DATA>"
            + "<QUALITY_ITEM_DATA_ENTRY RESULT=\"YES\" STUDY_ID=\"STD-a\"/>"
            + "<QUALITY_ITEM_DATA_ENTRY RESULT=\"NO\" STUDY_ID=\"STD-b\"/>"
            + "</QUALITY_ITEM_DATA></QUALITY_ITEM></QUALITY_ITEMS></REVIEW>";
    assertThatThrownBy(
            () ->
                RevMan5.read(
                    new ByteArrayInputStream(rm5.getBytes(StandardCharsets.UTF_8)), "x.rm5"))
        .isInstanceOfSatisfying(
            InputFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Object::toString)
                    .containsExactly(
                        "QUALITY_ITEM[1]/QUALITY_ITEM_DATA_ENTRY[2]: studies 'STD-a' and 'STD-b' share the name"
                            + " 'Smith 2001'; give each study its own NAME"));
    String repeatedId = rm5.replace("STD-b\" NAME=\"Smith 2001", "STD-a\" NAME=\"Jones 2005");
    assertThatThrownBy(
            () ->
                RevMan5.read(
                    new ByteArrayInputStream(repeatedId.getBytes(StandardCharsets.UTF_8)), "x.rm5"))
        .hasMessageContaining("STUDY[2]: study ID 'STD-a' repeats STUDY[1]");
  }

  @Test
  void hugeFiniteWeightsGiveTheSharesOfTheirRatio() {
    RobTable table =
        RobTable.builder()
            .domains(java.util.List.of("D1"))
            .addRows(
                RobRow.builder()
                    .study("A")
                    .putLevels("D1", RiskOfBiasLevel.LOW)
                    .weight(1e308)
                    .build())
            .addRows(
                RobRow.builder()
                    .study("B")
                    .putLevels("D1", RiskOfBiasLevel.LOW)
                    .weight(1e308)
                    .build())
            .addRows(
                RobRow.builder()
                    .study("C")
                    .putLevels("D1", RiskOfBiasLevel.HIGH)
                    .weight(1e308)
                    .build())
            .build();
    var shares = dev.appraise.robtool.RobSummary.distributions(table, true).get(0).shares();
    assertThat(shares.get(RiskOfBiasLevel.LOW)).isEqualTo(2 / 3.0);
    assertThat(shares.get(RiskOfBiasLevel.HIGH)).isEqualTo(1 / 3.0);
    String svg = dev.appraise.robtool.plot.SummaryPlot.withDefaults().render(table);
    assertThat(svg).doesNotContain("NaN").contains("data-share=\"0.666667\"");
  }
}
