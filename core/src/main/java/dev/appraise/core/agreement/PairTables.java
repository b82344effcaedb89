package dev.appraise.core.agreement;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The raters' pairwise contingency tables, {@code k x k} cells for each pair {@code g < h}: one
 * array for every pair when that is small, else only the pairs that rated a unit in common, found
 * by an open-addressing table keyed by the pair. Many raters who each rate a few units (crowd
 * ratings: 2,000 raters, 3 to a unit) share units with few of the {@code m(m-1)/2} possible
 * partners, so the kept cells follow the pairs seen, not the pairs possible.
 */
final class PairTables {

  /** The most cells kept in one array for every pair (8 MB). */
  static final long DENSE_CELLS = 1L << 20;

  private final int cellsPerPair;
  private final boolean dense;
  private long[] cells;
  private int[] keys;
  private int[] blocks;
  private int used;

  private PairTables(int cellsPerPair, boolean dense, long[] cells, int[] keys, int[] blocks) {
    this.cellsPerPair = cellsPerPair;
    this.dense = dense;
    this.cells = cells;
    this.keys = keys;
    this.blocks = blocks;
  }

  /**
   * Tables for {@code pairs} pairs of {@code k x k} cells.
   *
   * @param pairs {@code m(m-1)/2}
   * @param k the number of categories
   */
  static PairTables of(long pairs, int k) {
    int kk = k * k;
    if (pairs * kk <= DENSE_CELLS) {
      return new PairTables(kk, true, new long[(int) (pairs * kk)], new int[0], new int[0]);
    }
    return new PairTables(kk, false, new long[16 * kk], new int[64], new int[64]);
  }

  /** {@return the offset of a pair's cells, or -1 if the pair has no unit in common} */
  int base(int pair) {
    if (dense) {
      return pair * cellsPerPair;
    }
    int mask = keys.length - 1;
    for (int i = hash(pair) & mask; ; i = (i + 1) & mask) {
      int key = keys[i];
      if (key == 0) {
        return -1;
      }
      if (key == pair + 1) {
        return blocks[i] * cellsPerPair;
      }
    }
  }

  /** {@return the cells of every pair, pair {@code p}'s from {@code p k^2}; null unless dense} */
  long @Nullable [] dense() {
    return dense ? cells : null;
  }

  /** {@return the cell at an offset from {@link #base}} */
  long cell(int offset) {
    return cells[offset];
  }

  /** Adds {@code weight} to a cell of a pair's table. */
  void add(int pair, int cell, long weight) {
    if (dense) {
      cells[pair * cellsPerPair + cell] += weight;
      return;
    }
    // the slot first: finding it may grow the cells array
    int at = slot(pair) + cell;
    cells[at] += weight;
  }

  private int slot(int pair) {
    int mask = keys.length - 1;
    for (int i = hash(pair) & mask; ; i = (i + 1) & mask) {
      int key = keys[i];
      if (key == pair + 1) {
        return blocks[i] * cellsPerPair;
      }
      if (key == 0) {
        if (2 * (used + 1) > keys.length) {
          grow();
          return slot(pair);
        }
        keys[i] = pair + 1;
        blocks[i] = used;
        if ((long) (used + 1) * cellsPerPair > cells.length) {
          cells = Arrays.copyOf(cells, Math.max(cells.length * 2, (used + 1) * cellsPerPair));
        }
        return used++ * cellsPerPair;
      }
    }
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldBlocks = blocks;
    keys = new int[oldKeys.length * 2];
    blocks = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != 0) {
        int i = hash(oldKeys[j] - 1) & mask;
        while (keys[i] != 0) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        blocks[i] = oldBlocks[j];
      }
    }
  }

  private static int hash(int pair) {
    int h = pair * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /** Adds every cell of other tables of the same shape. */
  void addAll(PairTables other) {
    if (dense) {
      for (int i = 0; i < cells.length; i++) {
        cells[i] += other.cells[i];
      }
      return;
    }
    for (int j = 0; j < other.keys.length; j++) {
      if (other.keys[j] != 0) {
        int from = other.blocks[j] * cellsPerPair;
        int to = slot(other.keys[j] - 1);
        for (int c = 0; c < cellsPerPair; c++) {
          cells[to + c] += other.cells[from + c];
        }
      }
    }
  }

  /** {@return a copy} */
  PairTables copy() {
    return new PairTables(cellsPerPair, dense, cells.clone(), keys.clone(), blocks.clone());
  }
}
