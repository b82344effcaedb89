package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.UniqueElements;

/** Writing a rating table as CSV and reading it back gives the same table. */
class RatingTableCsvPropertiesTest {

  @Property(tries = 300)
  void writeThenReadGivesTheTableBack(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 60) int units,
      @ForAll @IntRange(min = 2, max = 6) int raters,
      @ForAll @Size(min = 1, max = 7) @UniqueElements
          List<@AlphaChars @NumericChars @StringLength(min = 1, max = 6) String> labels,
      @ForAll @DoubleRange(min = 0, max = 0.6) double missing) {
    List<String> categories = labels.stream().filter(l -> !l.equals("NA")).toList();
    if (categories.isEmpty()) {
      return;
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<String> names = new ArrayList<>();
    for (int r = 0; r < raters; r++) {
      names.add("rater, " + r);
    }
    RatingTableAccumulator<String> acc =
        RatingTableAccumulator.create(CategorySet.of(categories), names);
    for (int u = 0; u < units; u++) {
      List<String> row = new ArrayList<>();
      for (int r = 0; r < raters; r++) {
        // the first cell is always rated: a table without any rating has nothing to read back
        boolean gone = (u > 0 || r > 0) && random.nextDouble() < missing;
        row.add(gone ? null : categories.get(random.nextInt(categories.size())));
      }
      acc.add("unit \"" + u + "\"", row);
    }
    RatingTable<String> table = acc.snapshot();
    RatingTableCsv csv = RatingTableCsv.withDefaults();

    RatingTable<String> back =
        csv.read(new StringReader(csv.write(table)), "written", table.categories());

    assertThat(back.raters()).isEqualTo(table.raters());
    assertThat(back.categories()).isEqualTo(table.categories());
    assertThat(back.units()).isEqualTo(table.units());
    for (int u = 0; u < units; u++) {
      assertThat(back.unitId(u)).isEqualTo(table.unitId(u));
      for (int r = 0; r < raters; r++) {
        assertThat(back.code(u, r)).isEqualTo(table.code(u, r));
      }
    }
  }
}
