package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The unit-id structures behave as a {@code HashMap}: {@link StringIndex} maps each key to the
 * first value it was given, and {@link UnitIds} finds every id that repeats an earlier one with
 * that earlier line, in the order of the lines, also among strings of equal hash code ("Aa" and
 * "BB" have one).
 */
class StringIndexPropertiesTest {

  @Property(tries = 300)
  void anIndexKeepsTheFirstValueOfEachKey(@ForAll("keys") List<String> keys) {
    StringIndex index = new StringIndex();
    Map<String, Integer> expected = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      Integer before = expected.putIfAbsent(keys.get(i), i);
      assertThat(index.putIfAbsent(keys.get(i), i)).isEqualTo(before == null ? -1 : before);
    }
    assertThat(index.size()).isEqualTo(expected.size());
    for (String key : keys) {
      assertThat(index.get(key)).isEqualTo(expected.get(key));
      assertThat(index.get(key + "?")).isEqualTo(expected.getOrDefault(key + "?", -1));
    }
  }

  @Property(tries = 300)
  void repeatsAreThoseAMapFinds(@ForAll("keys") List<String> keys) {
    UnitIds ids = new UnitIds();
    List<UnitIds.Repeat> expected = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      int line = 2 + 3 * i;
      ids.add(keys.get(i), line);
      Integer first = firstLine.putIfAbsent(keys.get(i), line);
      if (first != null) {
        expected.add(new UnitIds.Repeat(keys.get(i), line, first));
      }
    }
    assertThat(ids.repeats()).isEqualTo(expected);
  }

  @Provide
  Arbitrary<List<String>> keys() {
    Arbitrary<String> colliding =
        Arbitraries.of("Aa", "BB").list().ofMinSize(1).ofMaxSize(4).map(p -> String.join("", p));
    Arbitrary<String> plain = Arbitraries.integers().between(0, 5000).map(i -> "u" + i);
    return Arbitraries.oneOf(colliding, plain).list().ofMaxSize(3000);
  }
}
