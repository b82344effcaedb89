package dev.appraise.core.io;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/**
 * The byte order mark ({@code U+FEFF}) that editors on Windows write before UTF-8 text. Every CSV
 * reader of appraise skips it, so that a header's first column reads as what the user sees.
 */
public final class ByteOrderMark {

  private ByteOrderMark() {}

  /**
   * The text without a byte order mark at its start.
   *
   * @param text the text as read
   * @return the text from its first character after the mark, or the text itself
   */
  public static String strip(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * A reader of the text without a byte order mark at its start.
   *
   * @param reader the text
   * @return a reader that skips the mark if the text starts with one
   * @throws IOException if the first character cannot be read
   */
  public static Reader strip(Reader reader) throws IOException {
    PushbackReader in = new PushbackReader(reader, 1);
    int first = in.read();
    if (first >= 0 && first != '\uFEFF') {
      in.unread(first);
    }
    return in;
  }
}
