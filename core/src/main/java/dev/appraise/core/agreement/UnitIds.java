package dev.appraise.core.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The unit ids of a file, each with the line it is on, and which of them repeat an earlier one.
 *
 * <p>Repeats are found once, after the reading, by sorting the ids' hash codes: a map from a
 * million ids to their lines, consulted line by line, costs a cache miss or more a line and took
 * several times the rest of the reading (examples/jmh/README.md).
 */
final class UnitIds {

  /** A unit id on a line that an earlier line already gave. */
  record Repeat(String id, int line, int firstLine) {}

  private @Nullable String[] ids = new String[1024];
  private int[] lines = new int[1024];
  private int size;

  void add(String id, int line) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, 2 * size);
      lines = Arrays.copyOf(lines, 2 * size);
    }
    ids[size] = id;
    lines[size++] = line;
  }

  /** {@return every id that repeats an earlier one, in the order of their lines} */
  List<Repeat> repeats() {
    long[] keyed = new long[size];
    for (int i = 0; i < size; i++) {
      keyed[i] = ((long) id(i).hashCode() << 32) | i;
    }
    Arrays.sort(keyed);
    List<Repeat> repeats = new ArrayList<>();
    for (int from = 0, to; from < size; from = to) {
      int hash = (int) (keyed[from] >> 32);
      to = from + 1;
      while (to < size && (int) (keyed[to] >> 32) == hash) {
        to++;
      }
      // ids of one hash code, in the order they were read: each is compared with those before it
      for (int later = from + 1; later < to; later++) {
        int i = (int) keyed[later];
        for (int earlier = from; earlier < later; earlier++) {
          int j = (int) keyed[earlier];
          if (id(j).equals(id(i))) {
            repeats.add(new Repeat(id(i), lines[i], lines[j]));
            break;
          }
        }
      }
    }
    repeats.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return repeats;
  }

  private String id(int i) {
    return Objects.requireNonNull(ids[i]);
  }
}
