package dev.appraise.core.markup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * A table of text, written as an XHTML fragment, a GitHub-flavoured Markdown table or CSV: a header
 * row, rows of {@link TableCell}s as wide as the header, an optional caption, a {@link
 * ColumnAlignment} per column, optional {@link TableFootnote}s, and an optional class for the HTML
 * {@code table}. Immutable; built with {@link #builder()}.
 *
 * <pre>{@code
 * MarkupTable table = MarkupTable.builder().caption("Studies").header("Study", "n")
 *     .alignment(1, ColumnAlignment.RIGHT).addRow("Smith 2001", "42").build();
 * String markdown = table.toMarkdown();
 * }</pre>
 *
 * <p>A line break in a cell is a {@code <br/>} in HTML and Markdown and stays a line break inside a
 * quoted CSV field.
 */
public final class MarkupTable {

  private final Optional<String> caption;
  private final List<String> header;
  private final List<List<TableCell>> rows;
  private final List<ColumnAlignment> alignments;
  private final List<TableFootnote> footnotes;
  private final Optional<String> htmlClass;

  private MarkupTable(Builder b) {
    this.caption = b.caption;
    this.header = List.copyOf(b.header);
    this.htmlClass = b.htmlClass;
    this.footnotes = List.copyOf(b.footnotes);
    if (header.isEmpty()) {
      throw new IllegalArgumentException(
          "header of table " + name() + " must have at least one column, was empty");
    }
    List<List<TableCell>> checked = new ArrayList<>();
    for (List<TableCell> row : b.rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException(
            "row "
                + (checked.size() + 1)
                + " of table "
                + name()
                + " must have "
                + header.size()
                + " cells, was "
                + row.size()
                + ": "
                + row.stream().map(TableCell::text).toList());
      }
      checked.add(List.copyOf(row));
    }
    this.rows = List.copyOf(checked);
    List<ColumnAlignment> aligned =
        new ArrayList<>(Collections.nCopies(header.size(), ColumnAlignment.NONE));
    for (int i = 0; i < b.alignments.size(); i++) {
      if (b.alignments.get(i) != ColumnAlignment.NONE) {
        if (i >= header.size()) {
          throw new IllegalArgumentException(
              "alignment column of table "
                  + name()
                  + " must be below "
                  + header.size()
                  + ", was "
                  + i);
        }
        aligned.set(i, b.alignments.get(i));
      }
    }
    this.alignments = List.copyOf(aligned);
    if (footnotes.stream().map(TableFootnote::mark).distinct().count() != footnotes.size()) {
      throw new IllegalArgumentException(
          "footnote marks of table "
              + name()
              + " must be distinct, were "
              + footnotes.stream().map(TableFootnote::mark).toList());
    }
  }

  /** {@return a builder of a table} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the caption} */
  public Optional<String> caption() {
    return caption;
  }

  /** {@return the column names} */
  public List<String> header() {
    return header;
  }

  /** {@return the rows, each as wide as the header} */
  public List<List<TableCell>> rows() {
    return rows;
  }

  /** {@return the alignment of each column} */
  public List<ColumnAlignment> alignments() {
    return alignments;
  }

  /** {@return the footnotes} */
  public List<TableFootnote> footnotes() {
    return footnotes;
  }

  /** {@return the class of the HTML {@code table} element} */
  public Optional<String> htmlClass() {
    return htmlClass;
  }

  /**
   * Adds the table to an XHTML element: a {@code <table>} (with its {@code class}, a {@code
   * <caption>}, a {@code <thead>} row of {@code <th scope="col">} and a {@code <tbody>}), followed,
   * when there are footnotes, by {@code <ol class="footnotes">} with one {@code <li
   * id="note-MARK">MARK: text</li>} each. An aligned column's cells carry {@code
   * style="text-align:..."}.
   *
   * @param parent the element to add to
   * @return the {@code table} element
   */
  public HtmlElement appendHtml(HtmlElement parent) {
    HtmlElement table = parent.element("table");
    htmlClass.ifPresent(table::cssClass);
    caption.ifPresent(c -> lines(table.element("caption"), c));
    HtmlElement headRow = table.element("thead").element("tr");
    for (int i = 0; i < header.size(); i++) {
      lines(aligned(headRow.element("th").attribute("scope", "col"), i), header.get(i));
    }
    HtmlElement body = table.element("tbody");
    for (List<TableCell> row : rows) {
      HtmlElement tr = body.element("tr");
      for (int i = 0; i < row.size(); i++) {
        HtmlElement td = aligned(tr.element("td"), i);
        row.get(i).htmlClass().ifPresent(td::cssClass);
        lines(td, row.get(i).text());
      }
    }
    if (!footnotes.isEmpty()) {
      HtmlElement list = parent.element("ol").cssClass("footnotes");
      footnotes.forEach(f -> list.element("li", f.mark() + ": " + f.text()).id("note-" + f.mark()));
    }
    return table;
  }

  /** {@return the table as an XHTML fragment, as {@link #appendHtml(HtmlElement)} builds it} */
  public String toHtml() {
    HtmlElement fragment = HtmlElement.of("div");
    appendHtml(fragment);
    return fragment.contentXml();
  }

  /**
   * Writes the table in GitHub-flavoured Markdown: the caption in bold as a paragraph, the header
   * row, the delimiter row with each column's alignment, the rows, and the footnotes as a list
   * {@code - MARK: text} after a blank line. All text is escaped by {@link MarkdownText}; a line
   * break inside a cell becomes {@code <br/>}.
   *
   * @return the Markdown, ending with a line break
   */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder();
    caption.ifPresent(c -> out.append("**").append(MarkdownText.escapeLine(c)).append("**\n\n"));
    markdownRow(out, header);
    out.append('|');
    alignments.forEach(a -> out.append(' ').append(a.markdownDelimiter()).append(" |"));
    out.append('\n');
    rows.forEach(r -> markdownRow(out, r.stream().map(TableCell::text).toList()));
    if (!footnotes.isEmpty()) {
      out.append('\n');
      footnotes.forEach(
          f ->
              out.append("- ")
                  .append(MarkdownText.escapeLine(f.mark()))
                  .append(": ")
                  .append(MarkdownText.escapeLine(f.text()))
                  .append('\n'));
    }
    return out.toString();
  }

  /**
   * Writes the header and the rows as CSV (RFC 4180, through Apache Commons CSV: comma separated,
   * CRLF line ends, fields quoted where needed). Caption, footnotes, alignment and classes are not
   * data and are left out.
   *
   * @return the CSV text
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer =
        new CSVPrinter(
            out, CSVFormat.RFC4180.builder().setHeader(header.toArray(new String[0])).get())) {
      for (List<TableCell> row : rows) {
        printer.printRecord(row.stream().map(TableCell::text).toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MarkupTable t
        && caption.equals(t.caption)
        && header.equals(t.header)
        && rows.equals(t.rows)
        && alignments.equals(t.alignments)
        && footnotes.equals(t.footnotes)
        && htmlClass.equals(t.htmlClass);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caption, header, rows, alignments, footnotes, htmlClass);
  }

  /** {@return the caption and the size, e.g. {@code MarkupTable[Studies, 3 columns, 9 rows]}} */
  @Override
  public String toString() {
    return "MarkupTable["
        + caption.map(c -> c + ", ").orElse("")
        + header.size()
        + " columns, "
        + rows.size()
        + " rows]";
  }

  private String name() {
    return caption.map(c -> "'" + c + "'").orElse("without caption");
  }

  private HtmlElement aligned(HtmlElement cell, int column) {
    alignments.get(column).cssValue().ifPresent(v -> cell.attribute("style", "text-align:" + v));
    return cell;
  }

  /** Adds text to an element with a {@code <br/>} for each line break. */
  private static void lines(HtmlElement element, String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        element.element("br");
      }
      element.text(lines[i]);
    }
  }

  private static void markdownRow(StringBuilder out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(String.join("<br/>", MarkdownText.lines(cell, false))).append(" |");
    }
    out.append('\n');
  }

  /** A builder of a {@link MarkupTable}; not thread-safe. */
  public static final class Builder {
    private Optional<String> caption = Optional.empty();
    private final List<String> header = new ArrayList<>();
    private final List<List<TableCell>> rows = new ArrayList<>();
    private final List<ColumnAlignment> alignments = new ArrayList<>();
    private final List<TableFootnote> footnotes = new ArrayList<>();
    private Optional<String> htmlClass = Optional.empty();

    private Builder() {}

    /**
     * Sets the caption.
     *
     * @param value the caption
     * @return this builder
     */
    public Builder caption(String value) {
      caption = Optional.of(value);
      return this;
    }

    /**
     * Sets the class of the HTML {@code table} element.
     *
     * @param value the class
     * @return this builder
     */
    public Builder htmlClass(String value) {
      htmlClass = Optional.of(value);
      return this;
    }

    /**
     * Sets the column names.
     *
     * @param names the names
     * @return this builder
     */
    public Builder header(List<String> names) {
      header.clear();
      header.addAll(names);
      return this;
    }

    /**
     * Sets the column names.
     *
     * @param names the names
     * @return this builder
     */
    public Builder header(String... names) {
      return header(Arrays.asList(names));
    }

    /**
     * Aligns a column.
     *
     * @param column the column, from 0
     * @param alignment the alignment
     * @return this builder
     * @throws IllegalArgumentException if the column is negative
     */
    public Builder alignment(int column, ColumnAlignment alignment) {
      if (column < 0) {
        throw new IllegalArgumentException("alignment column must not be negative, was " + column);
      }
      while (alignments.size() <= column) {
        alignments.add(ColumnAlignment.NONE);
      }
      alignments.set(column, alignment);
      return this;
    }

    /**
     * Adds a row of text cells.
     *
     * @param cells the cells' text
     * @return this builder
     */
    public Builder addRow(List<String> cells) {
      rows.add(cells.stream().map(TableCell::of).toList());
      return this;
    }

    /**
     * Adds a row of text cells.
     *
     * @param cells the cells' text
     * @return this builder
     */
    public Builder addRow(String... cells) {
      return addRow(Arrays.asList(cells));
    }

    /**
     * Adds a row of cells.
     *
     * @param cells the cells
     * @return this builder
     */
    public Builder addCellRow(List<TableCell> cells) {
      rows.add(List.copyOf(cells));
      return this;
    }

    /**
     * Adds a footnote.
     *
     * @param mark the mark cells refer to, e.g. {@code a}
     * @param text the text
     * @return this builder
     */
    public Builder addFootnote(String mark, String text) {
      footnotes.add(new TableFootnote(mark, text));
      return this;
    }

    /**
     * Builds the table.
     *
     * @return the table
     * @throws IllegalArgumentException if the header is empty, a row is not as wide as the header,
     *     a column is aligned that the header does not have, or two footnotes share a mark
     */
    public MarkupTable build() {
      return new MarkupTable(this);
    }
  }
}
