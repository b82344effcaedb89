package dev.appraise.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.InputFormatException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

  @Test
  void labelsOfEqualTextAreOneString() {
    try (CsvRecords csv = new CsvRecords(new StringReader("a, yes ,no\nb,yes, no\n"), "t.csv")) {
      assertThat(csv.next()).isTrue();
      String yes = csv.label(1);
      String no = csv.label(2);
      assertThat(csv.stripped(0)).isEqualTo("a");
      assertThat(csv.get(1)).isEqualTo(" yes ");
      assertThat(csv.next()).isTrue();
      assertThat(csv.label(1)).isEqualTo("yes").isSameAs(yes);
      assertThat(csv.label(2)).isEqualTo("no").isSameAs(no);
      assertThat(csv.next()).isFalse();
    }
  }

  @Test
  void manyDistinctLabelsAreStillRead() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      text.append(i).append(",x").append(i % 7).append('\n');
    }
    try (CsvRecords csv = new CsvRecords(new StringReader(text.toString()), "t.csv")) {
      for (int i = 0; i < 10_000; i++) {
        assertThat(csv.next()).isTrue();
        assertThat(csv.label(0)).isEqualTo(Integer.toString(i));
        assertThat(csv.label(1)).isEqualTo("x" + i % 7);
        assertThat(csv.line()).isEqualTo(i + 1);
      }
      assertThat(csv.next()).isFalse();
    }
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    try (CsvRecords csv = new CsvRecords(new StringReader("\uFEFFunit,r1\n"), "t.csv")) {
      assertThat(csv.next()).isTrue();
      assertThat(csv.get(0)).isEqualTo("unit");
    }
  }

  @Test
  void aRecordLongerThanTheBufferIsWhole() {
    String field = "x".repeat(200_000);
    try (CsvRecords csv = new CsvRecords(new StringReader("a,\"" + field + "\",b"), "t.csv")) {
      assertThat(csv.next()).isTrue();
      assertThat(csv.get(1)).isEqualTo(field);
      assertThat(csv.get(2)).isEqualTo("b");
    }
  }

  @Test
  void problemsNameTheLineTheRecordStartsOn() {
    assertThatThrownBy(() -> read("a,b\n\n\"open,\nstill open"))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("t.csv: line 3: malformed CSV: EOF reached before")
        .hasMessageNotContaining("Exception");
    assertThatThrownBy(() -> read("a,b\n\"q\"x,c\n"))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining(
            "line 2: malformed CSV: Invalid character between encapsulated token and delimiter");
  }

  @Test
  void textThatIsNotUtf8IsRefused() {
    byte[] latin1 = "a,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(
            () -> {
              try (CsvRecords csv =
                  new CsvRecords(
                      new InputStreamReader(
                          new ByteArrayInputStream(latin1),
                          StandardCharsets.UTF_8
                              .newDecoder()
                              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)),
                      "t.csv")) {
                while (csv.next()) {
                  csv.get(0);
                }
              }
            })
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("t.csv: not UTF-8 text");
  }

  @Test
  void aFieldOutsideTheRecordIsNamed() {
    try (CsvRecords csv = new CsvRecords(new StringReader("a,b\n"), "t.csv")) {
      csv.next();
      assertThatThrownBy(() -> csv.get(2))
          .isInstanceOf(IndexOutOfBoundsException.class)
          .hasMessage("field 2 of a record of 2 fields, line 1");
    }
  }

  private static void read(String text) {
    try (CsvRecords csv = new CsvRecords(new StringReader(text), "t.csv")) {
      while (csv.next()) {
        csv.get(0);
      }
    }
  }
}
