package dev.appraise.core.agreement;

import org.jspecify.annotations.Nullable;

/**
 * A map from strings to non-negative ints, open addressing: three arrays and no object per entry,
 * where a {@code HashMap<String, Integer>} of a million unit ids keeps two million objects. The
 * hash codes are kept beside the keys, so that a probe and a growth touch a key only when its hash
 * code matches.
 */
final class StringIndex {

  private @Nullable String[] keys = new String[64];
  private int[] hashes = new int[64];
  private int[] values = new int[64];
  private int size;

  /**
   * Maps a key to a value unless it has one.
   *
   * @param key the key
   * @param value the value, {@code >= 0}
   * @return the key's value before, or {@code -1} if it had none (and now has {@code value})
   */
  int putIfAbsent(String key, int value) {
    int hash = key.hashCode();
    int slot = slot(key, hash);
    if (keys[slot] != null) {
      return values[slot];
    }
    keys[slot] = key;
    hashes[slot] = hash;
    values[slot] = value;
    if (4 * ++size > 3 * keys.length) {
      grow();
    }
    return -1;
  }

  /** {@return the key's value, or {@code -1} if it has none} */
  int get(String key) {
    int slot = slot(key, key.hashCode());
    return keys[slot] != null ? values[slot] : -1;
  }

  /** {@return the number of keys} */
  int size() {
    return size;
  }

  /** The slot that holds the key, or the empty one where it would go. */
  private int slot(String key, int hash) {
    int mask = keys.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String known = keys[slot];
      if (known == null || (hashes[slot] == hash && known.equals(key))) {
        return slot;
      }
    }
  }

  private void grow() {
    @Nullable String[] oldKeys = keys;
    int[] oldHashes = hashes;
    int[] oldValues = values;
    keys = new String[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != null) {
        int slot = spread(oldHashes[i]) & mask;
        while (keys[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        hashes[slot] = oldHashes[i];
        values[slot] = oldValues[i];
      }
    }
  }

  private static int spread(int hash) {
    // sequential ids ("u1", "u2", ...) have sequential hash codes: spread them over the table
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
