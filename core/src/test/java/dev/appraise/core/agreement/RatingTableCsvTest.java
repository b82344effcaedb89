package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatingTableCsvTest {

  @TempDir Path dir;

  private static RatingTable<String> read(RatingTableCsv reader, String... lines) {
    return reader.read(new StringReader(String.join("\n", lines) + "\n"), "ratings.csv");
  }

  private static InputFormatException problems(RatingTableCsv reader, String... lines) {
    try {
      read(reader, lines);
    } catch (InputFormatException e) {
      return e;
    }
    throw new AssertionError("no problem found");
  }

  @Test
  void readsUnitsRatersAndMissingCellsInOneCall() {
    RatingTable<String> table =
        read(
            RatingTableCsv.withDefaults(),
            "study,Ann,Ben",
            "Smith 2014,low,low",
            "Jones 2015, high ,NA",
            "Lee 2016,,some concerns");

    assertThat(table.raters()).containsExactly("Ann", "Ben");
    assertThat(table.units()).isEqualTo(3);
    assertThat(table.unitId(1)).isEqualTo("Jones 2015");
    assertThat(table.rating(1, 0)).contains("high");
    assertThat(table.rating(1, 1)).isEmpty();
    assertThat(table.rating(2, 0)).isEmpty();
    assertThat(table.categories().categories()).containsExactly("high", "low", "some concerns");
  }

  @Test
  void numbersAreOrderedByValueAndCarryIt() {
    RatingTable<String> table = read(RatingTableCsv.withDefaults(), "u,a,b", "1,10,2", "2,2,1.5");

    assertThat(table.categories().categories()).containsExactly("1.5", "2", "10");
    assertThat(table.categories().isNumeric()).isTrue();
  }

  @Test
  void declaredCategoriesFixTheOrderAndKeepUnusedOnes() {
    RatingTable<String> table =
        read(
            RatingTableCsv.withDefaults().withCategories(List.of("low", "some", "high")),
            "u,a,b",
            "1,low,high",
            "2,high,high");

    assertThat(table.categories().categories()).containsExactly("low", "some", "high");
  }

  @Test
  void aCategorySetGivesTypedRatings() {
    RatingTable<Integer> table =
        RatingTableCsv.withDefaults()
            .read(new StringReader("u,a,b\n1,1,5\n2,3,NA\n"), "scores", CategorySet.integers(1, 5));

    assertThat(table.rating(0, 1)).contains(5);
    assertThat(table.categories().size()).isEqualTo(5);
    assertThat(table.categories().numericValue(4)).contains(5.0);
  }

  @Test
  void unitAndRaterColumnsAndMissingTokensAreChosen() {
    RatingTable<String> table =
        read(
            RatingTableCsv.withDefaults()
                .withUnitColumn("id")
                .withRaterColumns(List.of("second", "first"))
                .withMissing("."),
            "first,note,id,second",
            "a,x,u1,b",
            ".,y,u2,a");

    assertThat(table.raters()).containsExactly("second", "first");
    assertThat(table.unitId(1)).isEqualTo("u2");
    assertThat(table.rating(0, 0)).contains("b");
    assertThat(table.rating(1, 1)).isEmpty();
    assertThat(table.categories().categories()).containsExactly("a", "b");
  }

  @Test
  void everyProblemIsListedWithItsLine() {
    InputFormatException e =
        problems(
            RatingTableCsv.withDefaults().withCategories(List.of("a", "b")),
            "u,r1,r2",
            "1,a,b",
            "2,a",
            "",
            "3,c,b",
            "4,a,\"b\nb\"",
            "5,d,a");

    assertThat(e.source()).isEqualTo("ratings.csv");
    assertThat(e.problems())
        .extracting(InputProblem::toString)
        .containsExactly(
            "line 3: has 2 fields, expected 3 as in the header",
            "line 5: rater 'r1': 'c' is not one of the declared categories a,b",
            "line 6: rater 'r2': 'b\\nb' is not one of the declared categories a,b",
            "line 8: rater 'r1': 'd' is not one of the declared categories a,b");
    assertThat(e.problems().get(0).line()).hasValue(3);
  }

  @Test
  void shapeProblemsAreNamed() {
    assertThat(problems(RatingTableCsv.withDefaults(), "u,r1").problems())
        .extracting(InputProblem::toString)
        .containsExactly(
            "line 1: the header needs a unit column and at least two rater columns, has 2 columns");
    assertThat(problems(RatingTableCsv.withDefaults(), "u,r,r", "1,a,b").problems())
        .extracting(InputProblem::toString)
        .containsExactly("line 1: rater column 'r' appears twice");
    assertThat(problems(RatingTableCsv.withDefaults(), "u,r1,r2").problems())
        .extracting(InputProblem::toString)
        .containsExactly("line 1: no unit follows the header");
    assertThat(problems(RatingTableCsv.withDefaults(), "u,r1,r2", "1,,NA").problems())
        .extracting(InputProblem::toString)
        .containsExactly("no rating in any cell");
    assertThat(
            problems(
                    RatingTableCsv.withDefaults().withRaterColumns(List.of("x", "r2")),
                    "u,r1,r2",
                    "1,a,b")
                .problems())
        .extracting(InputProblem::toString)
        .containsExactly("line 1: no rater column 'x' in the header");
    assertThat(
            problems(
                    RatingTableCsv.withDefaults().withNumericRatings("interval alpha"),
                    "u,r1,r2",
                    "1,1,x")
                .problems())
        .extracting(InputProblem::toString)
        .containsExactly("line 2: rater 'r2': 'x' is not a number, as interval alpha needs");
    assertThat(problems(RatingTableCsv.withDefaults(), "u,r1,r2", "1,\"a,b").problems())
        .extracting(InputProblem::toString)
        .containsExactly("line 2: malformed CSV: EOF reached before encapsulated token finished");
    assertThat(problems(RatingTableCsv.withDefaults()).problems())
        .extracting(InputProblem::toString)
        .containsExactly("empty file: expected a header line");
  }

  @Test
  void filesAreReadAsUtf8AndNamedInMessages() throws IOException {
    Path good = dir.resolve("good.csv");
    Files.writeString(good, "u,r1,r2\n1,ja,nein\n2,ja,ja\n", StandardCharsets.UTF_8);
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(
        latin1, new byte[] {'u', ',', 'a', ',', 'b', '\n', '1', ',', (byte) 0xE9, ',', 'x', '\n'});

    assertThat(RatingTableCsv.withDefaults().read(good).units()).isEqualTo(2);
    assertThatThrownBy(() -> RatingTableCsv.withDefaults().read(latin1))
        .isInstanceOf(InputFormatException.class)
        .hasMessage(latin1 + ": not UTF-8 text");
    assertThatThrownBy(() -> RatingTableCsv.withDefaults().read(dir.resolve("none.csv")))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void writingPrintsTheHeaderAndMissingCells() {
    RatingTableAccumulator<String> acc =
        RatingTableAccumulator.create(CategorySet.of("no", "yes"), List.of("A", "B"));
    acc.add("u,1", "yes", null);
    acc.add("u2", "no", "no");

    assertThat(RatingTableCsv.withDefaults().write(acc.snapshot()))
        .isEqualTo("unit,A,B\n\"u,1\",yes,\nu2,no,no\n");
  }

  @Test
  void categoriesThatWouldNotReadBackAreRefused() {
    RatingTable<String> table =
        RatingTable.of(CategorySet.of("NA", "b"), List.of("A", "B"), List.of(List.of("NA", "b")));

    assertThatThrownBy(() -> RatingTableCsv.withDefaults().write(table))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("category 'NA' would not read back");
  }
}
