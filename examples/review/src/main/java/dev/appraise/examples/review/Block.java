package dev.appraise.examples.review;

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
   * @param caption the caption
   * @param header the column names
   * @param rows the rows, each as long as the header
   */
  record Table(String caption, List<String> header, List<List<String>> rows) implements Block {
    public Table {
      for (List<String> row : rows) {
        if (row.size() != header.size()) {
          throw new IllegalArgumentException(
              "table '" + caption + "' row must have " + header.size() + " cells, was " + row.size() + ": " + row);
        }
      }
      header = List.copyOf(header);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A fragment another module rendered for both formats (e.g. grade's summary-of-findings table).
   *
   * @param xhtml the fragment as well-formed XHTML, already escaped
   * @param markdown the same content as Markdown
   */
  record Fragment(String xhtml, String markdown) implements Block {}
}
