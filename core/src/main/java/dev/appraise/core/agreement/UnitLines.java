package dev.appraise.core.agreement;

import org.jspecify.annotations.Nullable;

/**
 * The line each unit id was first read on, for the message of a repeated unit: open addressing over
 * the ids and an {@code int} per line, no entry object and no boxed line a unit.
 */
final class UnitLines {

  private @Nullable String[] ids = new String[1024];
  private int[] lines = new int[1024];
  private int size;

  /** {@return the line the id was first read on, or 0 if it is new (and then it is added)} */
  int putIfAbsent(String id, int line) {
    if (4L * (size + 1) > 3L * ids.length) {
      grow();
    }
    int mask = ids.length - 1;
    for (int i = spread(id.hashCode()) & mask; ; i = (i + 1) & mask) {
      String at = ids[i];
      if (at == null) {
        ids[i] = id;
        lines[i] = line;
        size++;
        return 0;
      }
      if (at.equals(id)) {
        return lines[i];
      }
    }
  }

  private void grow() {
    @Nullable String[] oldIds = ids;
    int[] oldLines = lines;
    ids = new String[oldIds.length * 2];
    lines = new int[oldIds.length * 2];
    int mask = ids.length - 1;
    for (int j = 0; j < oldIds.length; j++) {
      String id = oldIds[j];
      if (id != null) {
        int i = spread(id.hashCode()) & mask;
        while (ids[i] != null) {
          i = (i + 1) & mask;
        }
        ids[i] = id;
        lines[i] = oldLines[j];
      }
    }
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
