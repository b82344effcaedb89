package dev.appraise.core.io;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CSV text read record by record, each with the line it starts on, without an object per record or
 * per field: a record's fields stay in one buffer until they are asked for, as text or as a label
 * shared by every equal field.
 *
 * <p>The dialect is RFC 4180 as Commons CSV's {@code CSVFormat.DEFAULT} reads it with empty lines
 * ignored: fields separated by commas; a field that starts with a double quote runs to the closing
 * quote, with {@code ""} for a quote inside and line ends kept, and only whitespace may follow it
 * before the next comma or line end; a quote inside an unquoted field is text; a line ends with LF,
 * CR or CR LF; empty lines are skipped; a comma at the end of a line makes a last, empty field. A
 * byte order mark at the start is skipped. {@code CsvRecordsPropertiesTest} holds the records,
 * their lines and their refusals equal to Commons CSV's on generated text.
 *
 * <p>Why a reader of its own: the rating-table readers take files of millions of lines, and there
 * building a {@code CSVRecord} and a string for every field cost more than the table itself
 * (examples/jmh/README.md measures the two side by side); the other readers of appraise, whose
 * files are small, use Commons CSV.
 *
 * <p>Not thread-safe.
 */
public final class CsvRecords implements Closeable {

  private static final int END = -1;

  /** The most distinct labels kept; past them {@link #label} makes new strings. */
  private static final int MAX_LABELS = 4096;

  private final Reader in;
  private final String source;
  private final char[] buffer = new char[1 << 16];
  private int position;
  private int limit;
  private boolean started;
  private int line = 1;
  private boolean afterCarriageReturn;

  private int recordLine;
  private char[] text = new char[256];
  private int length;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private int size;

  private @Nullable String[] labels = new String[64];
  private int labelCount;

  /**
   * CSV text to read.
   *
   * @param text the text; closed by {@link #close()}
   * @param source the name of the text in messages, such as the file name
   */
  public CsvRecords(Reader text, String source) {
    this.in = text;
    this.source = source;
  }

  /**
   * Reads the next record.
   *
   * @return whether there was one; {@code false} at the end of the text
   * @throws InputFormatException if the record is malformed (a quoted field without its closing
   *     quote, or text between a closing quote and the next comma), naming the line the record
   *     starts on, or if the text is not UTF-8
   * @throws UncheckedIOException if the text cannot be read
   */
  public boolean next() {
    size = 0;
    length = 0;
    int c = read();
    while (c == '\n' || c == '\r') {
      c = read();
    }
    if (c == END) {
      return false;
    }
    recordLine = line;
    while (true) {
      int start = length;
      if (c == '"') {
        c = quoted();
      } else {
        while (c != ',' && c != '\n' && c != '\r' && c != END) {
          append((char) c);
          c = read();
        }
      }
      field(start);
      if (c != ',') {
        return true;
      }
      c = read();
    }
  }

  /** Reads a quoted field after its opening quote, and returns the character that ends it. */
  private int quoted() {
    while (true) {
      int c = read();
      if (c == END) {
        throw malformed("EOF reached before encapsulated token finished");
      }
      if (c != '"') {
        append((char) c);
        continue;
      }
      c = read();
      if (c == '"') {
        append('"');
        continue;
      }
      while (c != ',' && c != '\n' && c != '\r' && c != END) {
        if (!Character.isWhitespace((char) c)) {
          throw malformed("Invalid character between encapsulated token and delimiter");
        }
        c = read();
      }
      return c;
    }
  }

  /** {@return the number of fields of the record} */
  public int size() {
    return size;
  }

  /** {@return the line the record starts on, counting from 1} */
  public int line() {
    return recordLine;
  }

  /**
   * The text of a field.
   *
   * @param field the field's position, from 0
   * @return its text, quotes removed
   * @throws IndexOutOfBoundsException if the record has no such field
   */
  public String get(int field) {
    check(field);
    return new String(text, starts[field], ends[field] - starts[field]);
  }

  /**
   * The text of a field without whitespace at either end, as {@link String#strip()}.
   *
   * @param field the field's position, from 0
   * @return its stripped text
   * @throws IndexOutOfBoundsException if the record has no such field
   */
  public String stripped(int field) {
    check(field);
    int from = strippedStart(field);
    return new String(text, from, strippedEnd(field, from) - from);
  }

  /**
   * The stripped text of a field, as {@link #stripped}, one string for every field of equal text:
   * for values that repeat, such as categories and rater names, no string is made after the first.
   * (Past 4,096 distinct texts new strings are made.)
   *
   * @param field the field's position, from 0
   * @return its stripped text
   * @throws IndexOutOfBoundsException if the record has no such field
   */
  public String label(int field) {
    check(field);
    int from = strippedStart(field);
    int to = strippedEnd(field, from);
    int hash = 0;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + text[i];
    }
    int mask = labels.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String known = labels[slot];
      if (known == null) {
        String made = new String(text, from, to - from);
        if (labelCount < MAX_LABELS) {
          labels[slot] = made;
          if (4 * ++labelCount > 3 * labels.length) {
            growLabels();
          }
        }
        return made;
      }
      if (known.hashCode() == hash && equals(known, from, to)) {
        return known;
      }
    }
  }

  /** Closes the text. */
  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
  }

  private boolean equals(String known, int from, int to) {
    if (known.length() != to - from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (known.charAt(i - from) != text[i]) {
        return false;
      }
    }
    return true;
  }

  private void growLabels() {
    @Nullable String[] old = labels;
    labels = new String[old.length * 2];
    int mask = labels.length - 1;
    for (String known : old) {
      if (known != null) {
        int slot = spread(known.hashCode()) & mask;
        while (labels[slot] != null) {
          slot = (slot + 1) & mask;
        }
        labels[slot] = known;
      }
    }
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private int strippedStart(int field) {
    int from = starts[field];
    while (from < ends[field] && Character.isWhitespace(text[from])) {
      from++;
    }
    return from;
  }

  private int strippedEnd(int field, int from) {
    int to = ends[field];
    while (to > from && Character.isWhitespace(text[to - 1])) {
      to--;
    }
    return to;
  }

  private void check(int field) {
    if (field < 0 || field >= size) {
      throw new IndexOutOfBoundsException(
          "field " + field + " of a record of " + size + " fields, line " + recordLine);
    }
  }

  private void append(char c) {
    if (length == text.length) {
      text = Arrays.copyOf(text, 2 * length);
    }
    text[length++] = c;
  }

  private void field(int start) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, 2 * size);
      ends = Arrays.copyOf(ends, 2 * size);
    }
    starts[size] = start;
    ends[size++] = length;
  }

  /** The next character, counting lines (LF, CR and CR LF each end one); {@code END} at the end. */
  private int read() {
    if (position == limit && !fill()) {
      return END;
    }
    char c = buffer[position++];
    if (c == '\n') {
      if (!afterCarriageReturn) {
        line++;
      }
      afterCarriageReturn = false;
    } else {
      afterCarriageReturn = c == '\r';
      if (afterCarriageReturn) {
        line++;
      }
    }
    return c;
  }

  private boolean fill() {
    try {
      int n;
      do {
        n = in.read(buffer, 0, buffer.length);
      } while (n == 0);
      if (n < 0) {
        position = limit = 0;
        return false;
      }
      position = 0;
      limit = n;
      if (!started) {
        started = true;
        if (buffer[0] == '\uFEFF') {
          position = 1;
          return position < limit || fill();
        }
      }
      return true;
    } catch (CharacterCodingException e) {
      throw new InputFormatException(source, List.of(InputProblem.of("", "not UTF-8 text")));
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": " + e.getMessage(), e);
    }
  }

  private InputFormatException malformed(String problem) {
    return new InputFormatException(
        source,
        List.of(
            InputProblem.builder()
                .location("line " + recordLine)
                .line(recordLine)
                .message("malformed CSV: " + problem)
                .build()));
  }
}
