package dev.appraise.examples.review;

import dev.appraise.core.markup.MarkupTable;
import java.util.List;

/** One block of the report, rendered both as XHTML and as Markdown by {@link ReportWriter}. */
sealed interface Block {

  /**
   * A heading.
   *
   * @param level 1 to 3
   * @param text the heading
   * @param id the anchor
   */
  record Heading(int level, String text, String id) implements Block {}

  /**
   * A paragraph of plain text.
   *
   * @param text the text
   */
  record Paragraph(String text) implements Block {}

  /**
   * A highlighted note (e.g. that a rating is illustrative).
   *
   * @param text the text
   */
  record Note(String text) implements Block {}

  /**
   * A bulleted list.
   *
   * @param items the items
   */
  record Bullets(List<String> items) implements Block {}

  /**
   * A figure from a file next to the report.
   *
   * @param file the file name
   * @param caption the caption, also the alternative text
   */
  record Figure(String file, String caption) implements Block {}

  /**
   * A table.
   *
   * @param table the table, with its caption
   */
  record Table(MarkupTable table) implements Block {

    /**
     * A table of text.
     *
     * @param caption the caption
     * @param header the column names
     * @param rows the rows, each as long as the header
     * @return the table
     * @throws IllegalArgumentException if a row is not as long as the header
     */
    static Table of(String caption, List<String> header, List<List<String>> rows) {
      MarkupTable.Builder t = MarkupTable.builder().caption(caption).header(header);
      rows.forEach(t::addRow);
      return new Table(t.build());
    }
  }

  /**
   * A table another module built, with that module's own Markdown for it (e.g. grade's
   * summary-of-findings table under its heading).
   *
   * @param table the table, for the page
   * @param markdown the same content as Markdown, for the Markdown report
   */
  record Fragment(MarkupTable table, String markdown) implements Block {}
}
