package dev.appraise.core.agreement;

/** A set of non-negative longs, open addressing, 8 bytes a slot; no object per element. */
final class LongSet {

  private long[] slots = new long[64];
  private int size;

  /** {@return whether the value was not yet in the set}; adds it */
  boolean add(long value) {
    if (4L * (size + 1) > 3L * slots.length) {
      grow();
    }
    long key = value + 1;
    int mask = slots.length - 1;
    for (int i = hash(key) & mask; ; i = (i + 1) & mask) {
      if (slots[i] == key) {
        return false;
      }
      if (slots[i] == 0) {
        slots[i] = key;
        size++;
        return true;
      }
    }
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    int mask = slots.length - 1;
    for (long key : old) {
      if (key != 0) {
        int i = hash(key) & mask;
        while (slots[i] != 0) {
          i = (i + 1) & mask;
        }
        slots[i] = key;
      }
    }
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
