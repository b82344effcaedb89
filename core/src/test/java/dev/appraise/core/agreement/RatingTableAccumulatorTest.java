package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RatingTableAccumulatorTest {

  @Test
  void ratingsAfterRowsFindTheUnitTheirIdNamedFirst() {
    RatingTableAccumulator<String> acc = RatingTableAccumulator.create(List.of("a", "b", "c"));
    acc.add("u1", "yes", null, null);
    acc.addRating("u2", "a", "no");
    acc.add("u1", null, "no", null);
    acc.addRating("u1", "c", "yes");
    assertThatThrownBy(() -> acc.addRating("u1", "a", "no"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit 'u1', rater 'a': rated twice; a rater rates a unit once");
    RatingTable<String> table = acc.snapshot(false);
    assertThat(table.units()).isEqualTo(3);
    assertThat(table.unitId(0)).isEqualTo("u1");
    int yes = table.categories().indexOf("yes");
    assertThat(table.code(0, 0)).isEqualTo(yes);
    assertThat(table.code(0, 2)).isEqualTo(yes);
    assertThat(table.code(2, 2)).isNegative();
  }

  @Test
  void aUnitThatComesBackAfterOthersStillRefusesASecondRating() {
    RatingTableAccumulator<String> acc = RatingTableAccumulator.create();
    acc.addRating("u1", "a", "yes").addRating("u2", "a", "no").addRating("u1", "b", "yes");
    assertThatThrownBy(() -> acc.addRating("u2", "a", "yes"))
        .hasMessage("unit 'u2', rater 'a': rated twice; a rater rates a unit once");
    assertThatThrownBy(() -> acc.addRating("u1", "b", "no"))
        .hasMessage("unit 'u1', rater 'b': rated twice; a rater rates a unit once");
    assertThat(acc.snapshot().ratings()).isEqualTo(3);
  }
}
