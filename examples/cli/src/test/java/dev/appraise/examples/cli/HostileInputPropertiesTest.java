package dev.appraise.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.agreement.RatingTableCsv;
import dev.appraise.core.io.ReviewJson;
import dev.appraise.core.io.TaxonomyJson;
import dev.appraise.grade.EvidenceProfile;
import dev.appraise.grade.GradeJson;
import dev.appraise.robtool.Tools;
import dev.appraise.robtool.io.RevMan5;
import dev.appraise.robtool.io.RobvisCsv;
import dev.appraise.synthesis.swim.EffectDirectionCsv;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Generated hostile CSV, JSON and XML fed to every reader: each input is read or refused with an
 * {@link InputFormatException} (a library reader) or exit status 2 and one line on stderr (a
 * command), never another exception, a trace or an exit status 1.
 */
class HostileInputPropertiesTest {

  /**
   * Pieces of CSV a hostile but fair user might put together: quoting, line ends, encodings,
   * extreme numbers.
   */
  private static final List<String> CSV_PIECES =
      List.of(
          "Study",
          "unit",
          "Overall",
          "Weight",
          "D1",
          "r1",
          ",",
          ",",
          ",",
          "\n",
          "\n",
          "\r\n",
          "\r",
          "\"",
          "\"\"",
          "Low",
          "High",
          "Some concerns",
          "low risk",
          "+",
          " ",
          "\t",
          "NA",
          "a",
          "b",
          "1",
          "1.0",
          "2",
          "-0",
          "0",
          "1e308",
          "1e999",
          "1e200",
          "NaN",
          "Infinity",
          "-1",
          "9223372036854775807",
          "9223372036854775808",
          "2147483648",
          "2000000000",
          "\uFEFF",
          "\u0000",
          "é",
          "\u2028",
          "x".repeat(300),
          "S1",
          "S1",
          "S2",
          "up",
          "down",
          "mixed",
          "0.25",
          "-1.5");

  private static final List<String> JSON_PIECES =
      List.of(
          "{",
          "}",
          "[",
          "]",
          ":",
          ",",
          "\"id\"",
          "\"title\"",
          "\"studies\"",
          "\"concepts\"",
          "\"code\"",
          "\"label\"",
          "\"domains\"",
          "\"x\"",
          "\"\"",
          "1",
          "-0",
          "1e400",
          "1".repeat(500),
          "true",
          "null",
          "\"\\u0000\"",
          "\"\\ud800\"",
          "\"\\\"",
          "\uFEFF",
          "[".repeat(3000),
          "{\"a\":".repeat(2000),
          " ",
          "\n",
          "/*",
          "'x'");

  private static final List<String> XML_PIECES =
      List.of(
          "<REVIEW>",
          "</REVIEW>",
          "<QUALITY_ITEMS>",
          "</QUALITY_ITEMS>",
          "<QUALITY_ITEM>",
          "</QUALITY_ITEM>",
          "<NAME>",
          "</NAME>",
          "<QUALITY_ITEM_DATA>",
          "</QUALITY_ITEM_DATA>",
          "<QUALITY_ITEM_DATA_ENTRY RESULT=\"YES\" STUDY_ID=\"S1\"/>",
          "<QUALITY_ITEM_DATA_ENTRY RESULT=\"NO\" STUDY_ID=\"S2\" GROUP_ID=\"G\"/>",
          "<QUALITY_ITEM_DATA_ENTRY RESULT=\"MAYBE\"/>",
          "<QUALITY_ITEM_DATA_ENTRY_GROUP ID=\"G\"><NAME>g</NAME>"
              + "</QUALITY_ITEM_DATA_ENTRY_GROUP>",
          "<STUDY ID=\"S1\" NAME=\"A\"/>",
          "<STUDY ID=\"S2\" NAME=\"A\"/>",
          "<!DOCTYPE r [<!ENTITY a \"b\">]>",
          "<!DOCTYPE r SYSTEM \"file:///etc/passwd\">",
          "&a;",
          "&amp;",
          "&#0;",
          "<![CDATA[x]]>",
          "<!--c-->",
          "<?pi x?>",
          "<?xml version=\"1.0\"?>",
          "<B>".repeat(3000),
          "</B>".repeat(3000),
          "text",
          "\u0000",
          "\uFEFF",
          " ",
          "\n",
          "<",
          ">",
          "\"");

  private static final List<byte[]> RAW_BYTES =
      List.of(
          new byte[] {(byte) 0xFF},
          new byte[] {(byte) 0xFE, (byte) 0xFF},
          new byte[] {(byte) 0xC3},
          new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
          new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

  private Path dir = Path.of("");

  @BeforeProperty
  void createDirectory() throws IOException {
    dir = Files.createTempDirectory("hostile");
  }

  @AfterProperty
  void deleteDirectory() throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static Arbitrary<byte[]> soup(List<String> pieces, int maxPieces) {
    Arbitrary<byte[]> text = Arbitraries.of(pieces).map(p -> p.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> piece =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(12, text), net.jqwik.api.Tuple.of(1, Arbitraries.of(RAW_BYTES)));
    return piece.list().ofMaxSize(maxPieces).map(HostileInputPropertiesTest::join);
  }

  private static byte[] join(List<byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    parts.forEach(out::writeBytes);
    return out.toByteArray();
  }

  @Provide
  Arbitrary<byte[]> hostileCsv() {
    Arbitrary<String> cell =
        Arbitraries.of(CSV_PIECES).list().ofMaxSize(3).map(l -> String.join("", l));
    Arbitrary<String> header =
        Arbitraries.of(
            "Study,D1,D2",
            "Study,D1,D2,Overall,Weight",
            "unit,r1,r2",
            ",a,b",
            "unit,a,b",
            "Study,D1,D1",
            "\"Study\",D1\r",
            "study,yi,vi",
            "study,ai,bi,ci,di",
            "study,outcome,direction,n",
            "\uFEFFstudy,outcome,direction",
            "");
    Arbitrary<byte[]> shaped =
        Combinators.combine(header, cell.list().ofMinSize(1).ofMaxSize(4).list().ofMaxSize(6))
            .as(
                (h, rows) -> {
                  StringBuilder csv = new StringBuilder(h).append('\n');
                  for (List<String> row : rows) {
                    csv.append(String.join(",", row)).append('\n');
                  }
                  return csv.toString().getBytes(StandardCharsets.UTF_8);
                });
    return Arbitraries.oneOf(shaped, soup(CSV_PIECES, 40));
  }

  @Provide
  Arbitrary<byte[]> hostileJson() {
    Arbitrary<byte[]> shaped =
        Arbitraries.of(
                "{\"id\":\"r\",\"title\":\"t\",\"studies\":[" + "[".repeat(5000) + "]}",
                "{\"id\":\"" + "x".repeat(100_000) + "\"}",
                "{\"id\":1e99999}",
                "{\"id\":\"\\ud800\"}",
                "[]",
                "\"x\"",
                "{\"id\":\"r\",\"id\":\"s\"}",
                "")
            .map(s -> s.getBytes(StandardCharsets.UTF_8));
    return Arbitraries.oneOf(shaped, soup(JSON_PIECES, 40));
  }

  @Provide
  Arbitrary<byte[]> hostileXml() {
    return soup(XML_PIECES, 30);
  }

  @Property(tries = 60)
  void everyCommandReadingCsvExitsZeroOrTwoWithOneLine(
      @ForAll("hostileCsv") byte[] csv, @ForAll @IntRange(max = 11) int which) throws IOException {
    Path file = Files.write(dir.resolve("in.csv"), csv);
    String in = file.toString();
    String svg = dir.resolve("out.svg").toString();
    List<String[]> commands =
        List.of(
            new String[] {"agreement", in},
            new String[] {"agreement", "--table", in},
            new String[] {"agreement", "--counts", "--format", "json", in},
            new String[] {"agreement", "--level", "interval", in},
            new String[] {
              "agreement", "--level", "ordinal", "--bootstrap", "20", "--seed", "1", in
            },
            new String[] {"rob", "summary", in},
            new String[] {"rob", "agreement", in, in},
            new String[] {"rob", "plot", in, "-o", svg, "--kind", "summary"},
            new String[] {"meta", in},
            new String[] {"meta", "--measure", "RR", "--bias", "--forest", svg, in},
            new String[] {"swim", in},
            new String[] {"swim", "--format", "json", "--plot", svg, in});
    String[] command = commands.get(which);
    Cli run = Cli.run(command);
    if (run.status() == 0) {
      assertThat(run.err())
          .as(String.join(" ", command))
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
    } else {
      run.badInput();
    }
  }

  @Property(tries = 300)
  void theRobvisReaderReadsOrListsProblems(@ForAll("hostileCsv") byte[] csv) throws IOException {
    Path file = Files.write(dir.resolve("rob.csv"), csv);
    try {
      assertThat(RobvisCsv.withDefaults().read(file)).isNotNull();
    } catch (InputFormatException expected) {
      assertThat(expected.problems()).isNotEmpty();
    }
  }

  @Property(tries = 300)
  void theLibraryCsvReadersReadOrListProblems(@ForAll("hostileCsv") byte[] csv) {
    String text = new String(csv, StandardCharsets.UTF_8);
    List<JsonRead> readers =
        List.of(
            () -> RatingTableCsv.withDefaults().read(new StringReader(text), "r.csv"),
            () ->
                RatingTableCsv.withDefaults()
                    .withNumericRatings("interval alpha")
                    .read(new StringReader(text), "r.csv"),
            () -> EffectDirectionCsv.read(text, "d.csv"));
    for (JsonRead reader : readers) {
      try {
        assertThat(reader.read()).isNotNull();
      } catch (InputFormatException expected) {
        assertThat(expected.problems()).isNotEmpty();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }
  }

  @Property(tries = 200)
  void everyJsonReaderReadsOrListsProblems(@ForAll("hostileJson") byte[] json) throws IOException {
    List<JsonRead> readers =
        List.of(
            () -> ReviewJson.withDefaults().read(new ByteArrayInputStream(json), "r.json"),
            () -> TaxonomyJson.read(new ByteArrayInputStream(json), "t.json"),
            () -> Tools.read(new ByteArrayInputStream(json), "tool.json"));
    for (JsonRead reader : readers) {
      try {
        assertThat(reader.read()).isNotNull();
      } catch (InputFormatException expected) {
        assertThat(expected.problems()).isNotEmpty();
      }
    }
    try {
      assertThat(GradeJson.read(new String(json, StandardCharsets.UTF_8), EvidenceProfile.class))
          .isNotNull();
    } catch (IllegalArgumentException expected) {
      // GradeJson's documented refusal: the JSON pointer and the problem
      assertThat(expected.getMessage()).startsWith("EvidenceProfile JSON");
    }
  }

  @Property(tries = 150)
  void theRevManReaderReadsOrListsProblems(@ForAll("hostileXml") byte[] xml) {
    try {
      assertThat(RevMan5.read(new ByteArrayInputStream(xml), "x.rm5")).isNotNull();
    } catch (InputFormatException expected) {
      assertThat(expected.problems()).isNotEmpty();
    }
  }

  /** One reader, as a call. */
  @FunctionalInterface
  private interface JsonRead {
    Object read() throws IOException;
  }
}
