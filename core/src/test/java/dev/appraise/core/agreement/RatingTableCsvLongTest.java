package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The long shape, one rating a line: the same table as the wide shape, and every problem's line.
 */
class RatingTableCsvLongTest {

  private static final String WIDE = "unit,ann,ben,cat\nu1,yes,yes,\nu2,no,yes,NA\nu3,no,,no\n";

  private static RatingTable<String> readLong(RatingTableCsv reader, String text) {
    return reader.readLong(new StringReader(text), "long.csv");
  }

  private static List<String> problems(RatingTableCsv reader, String text) {
    try {
      readLong(reader, text);
    } catch (InputFormatException e) {
      return e.problems().stream().map(InputProblem::toString).toList();
    }
    throw new AssertionError("no problem found in " + text);
  }

  @Test
  void longShapeReadsAsTheWideShape() {
    RatingTable<String> wide = RatingTableCsv.withDefaults().read(new StringReader(WIDE), "w");
    RatingTable<String> table =
        readLong(
            RatingTableCsv.withDefaults(),
            "value,unit,rater,comment\n"
                + "yes,u1,ann,\n"
                + "yes,u1,ben,\n"
                + "no,u2,ann,\n"
                + "yes,u2,ben,\n"
                + "NA,u2,cat,not seen\n"
                + "no,u3,ann,\n"
                + "no,u3,cat,\n");
    assertThat(table.raters()).isEqualTo(wide.raters());
    assertThat(table.categories()).isEqualTo(wide.categories());
    assertThat(table.units()).isEqualTo(wide.units());
    for (int u = 0; u < wide.units(); u++) {
      assertThat(table.unitId(u)).isEqualTo(wide.unitId(u));
      for (int r = 0; r < 3; r++) {
        assertThat(table.rating(u, r)).isEqualTo(wide.rating(u, r));
      }
    }
    RatingTriplesPropertiesTest.assertSameReport(
        AgreementReport.of(wide, AgreementOptions.withDefaults()),
        AgreementReport.of(table, AgreementOptions.withDefaults()));
  }

  @Test
  void numbersAreOrderedByValueAndDeclaredCategoriesKeepTheirOrder() {
    String text = "unit,rater,value\nu1,a,10\nu1,b,9\nu2,a,1.0\nu2,b,1\n";
    assertThat(readLong(RatingTableCsv.withDefaults(), text).categories().categories())
        .containsExactly("1.0", "1", "9", "10");
    assertThat(
            readLong(RatingTableCsv.withDefaults().withNumericRatings("interval alpha"), text)
                .categories()
                .categories())
        .containsExactly("1.0", "9", "10");
    assertThat(
            readLong(
                    RatingTableCsv.withDefaults()
                        .withCategories(List.of("10", "9", "1", "1.0", "0")),
                    text)
                .categories()
                .categories())
        .containsExactly("10", "9", "1", "1.0", "0");
  }

  @Test
  void everyProblemIsListedWithItsLine() {
    assertThat(
            problems(
                RatingTableCsv.withDefaults().withCategories(List.of("yes", "no")),
                "unit,rater,value\r\n"
                    + "u1,ann,yes\r\n"
                    + "\r\n"
                    + "u1,ann,no\r\n"
                    + "u2,ann\r\n"
                    + ",ann,yes\r\n"
                    + "u2,\"b\nen\",maybe\r\n"
                    + "u3,ben,no\r\n"))
        .containsExactly(
            "line 4: unit 'u1', rater 'ann': rated twice; each rater rates a unit once (one line each)",
            "line 5: has 2 fields, expected 3 as in the header",
            "line 6: the unit is empty",
            "line 7: unit 'u2', rater 'b\\nen': 'maybe' is not one of the declared categories yes,no");
  }

  @Test
  void headerWithoutTheColumnsAndTooFewRatersAreProblems() {
    assertThat(problems(RatingTableCsv.withDefaults(), "unit,who,what\nu1,a,b\n"))
        .containsExactly(
            "line 1: the header has no rater, value column; the long shape needs unit,rater,value");
    assertThat(problems(RatingTableCsv.withDefaults(), "unit,rater,value\nu1,a,x\nu2,a,y\n"))
        .containsExactly("agreement needs at least two raters, the ratings name 1: 'a'");
    assertThat(problems(RatingTableCsv.withDefaults(), "unit,rater,value\n"))
        .containsExactly("line 1: no rating follows the header");
    assertThatThrownBy(() -> readLong(RatingTableCsv.withDefaults(), ""))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("empty file");
  }
}
