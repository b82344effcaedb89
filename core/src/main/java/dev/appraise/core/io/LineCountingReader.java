package dev.appraise.core.io;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that counts lines as a CSV parser reads ahead, so that each record's problems name the
 * line the record starts on (not the line where a quoted field that holds line breaks ends), while
 * only the line breaks of the read-ahead are kept: memory does not grow with the text.
 *
 * <p>Give it to the parser, and for each record in order ask {@link #lineOf(long)} with the
 * record's character position (Commons CSV's {@code CSVRecord.getCharacterPosition()}). A line ends
 * at {@code \n} or {@code \r\n}; blank lines that the parser skips before a record are counted.
 */
public final class LineCountingReader extends Reader {

  private final Reader in;
  private long position;
  private boolean lastWasReturn;
  // line breaks read but not yet passed: position * 2, plus 1 when "\r\n"
  private long[] breaks = new long[64];
  private int head;
  private int tail;
  private int line = 1;

  /**
   * Counts the lines of a text.
   *
   * @param in the text, from its first character
   */
  public LineCountingReader(Reader in) {
    this.in = in;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    for (int i = 0; i < n; i++) {
      char c = buffer[offset + i];
      if (c == '\n') {
        if (tail == breaks.length) {
          int live = tail - head;
          long[] next = live * 2 > breaks.length ? new long[breaks.length * 2] : breaks;
          System.arraycopy(breaks, head, next, 0, live);
          breaks = next;
          head = 0;
          tail = live;
        }
        breaks[tail++] = position * 2 + (lastWasReturn ? 1 : 0);
      }
      lastWasReturn = c == '\r';
      position++;
    }
    return n;
  }

  /**
   * The line, counted from 1, of the record that the parser places at {@code start}. Records must
   * be asked for in the order they are read.
   *
   * @param start the record's character position in the text
   * @return its first line
   */
  public int lineOf(long start) {
    while (head < tail && breaks[head] / 2 < start) {
      head++;
      line++;
    }
    // after skipped blank lines the parser's position is that of the first of them
    long at = start;
    while (head < tail
        && (breaks[head] / 2 == at || (breaks[head] % 2 == 1 && breaks[head] / 2 - 1 == at))) {
      at = breaks[head] / 2 + 1;
      head++;
      line++;
    }
    return line;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
