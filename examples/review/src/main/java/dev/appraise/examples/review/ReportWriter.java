package dev.appraise.examples.review;

import dev.appraise.core.io.ReviewJson;
import dev.appraise.core.markup.HtmlElement;
import dev.appraise.core.markup.MarkdownText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ReviewReport} into a directory: {@value #INDEX} (well-formed XHTML, so it parses
 * as XML as well as HTML), {@value #MARKDOWN}, the SVG figures, and {@value #REVIEW_JSON} (the
 * review with its risk-of-bias trail, written by core's {@link ReviewJson}). Text is escaped for
 * each format by core's markup: as XML in the page, as Markdown in the Markdown report.
 */
public final class ReportWriter {

  /** The HTML page. */
  public static final String INDEX = "index.html";

  /** The Markdown report. */
  public static final String MARKDOWN = "report.md";

  /** The review as JSON. */
  public static final String REVIEW_JSON = "review.json";

  /** The PRISMA flow diagram. */
  public static final String FLOW_SVG = "prisma-flow.svg";

  private static final String CSS =
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',Arial,sans-serif;max-width:1100px;margin:2em auto;"
          + "padding:0 1em;color:#222;line-height:1.45}"
          + "h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;padding-bottom:.2em;margin-top:2em}"
          + "table{border-collapse:collapse;margin:1em 0;font-size:.88em;width:100%}"
          + "caption{text-align:left;font-weight:bold;padding:.3em 0}"
          + "th,td{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left}"
          + "th{background:#f0f0f0}tr:nth-child(even) td{background:#fafafa}"
          + ".note{background:#fff4d6;border-left:4px solid #e0a800;padding:.6em 1em;margin:1em 0}"
          + "figure{margin:1em 0}figure img{max-width:100%;height:auto;border:1px solid #eee}"
          + "figcaption{font-size:.9em;color:#555}"
          + ".verdict-INCONSISTENT{color:#bf0000;font-weight:bold}.verdict-CONSISTENT{color:#027a00}"
          + ".verdict-NOT_EVALUABLE{color:#666}";

  private ReportWriter() {}

  /**
   * Writes the report.
   *
   * @param report the report
   * @param dir the directory, created if missing
   * @return the files written
   * @throws IOException if a file cannot be written
   */
  public static List<Path> write(ReviewReport report, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, String> files = new LinkedHashMap<>();
    files.put(FLOW_SVG, report.flowSvg());
    files.putAll(report.figures());
    files.put(SeedSynthesis.FIGURE, report.effectDirectionSvg());
    List<Block> blocks = ReportContent.blocks(report);
    files.put(INDEX, html(report.review().title(), blocks));
    files.put(MARKDOWN, markdown(report.review().title(), blocks));
    files.put(REVIEW_JSON, ReviewJson.withDefaults().write(report.review()));
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path file = dir.resolve(e.getKey());
      Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
      written.add(file);
    }
    return written;
  }

  /**
   * Renders blocks as an XHTML page.
   *
   * @param title the page title
   * @param blocks the content
   * @return the page
   */
  static String html(String title, List<Block> blocks) {
    HtmlElement page = HtmlElement.page("en");
    HtmlElement head = page.element("head");
    head.element("meta").attribute("charset", "utf-8");
    head.element("meta")
        .attribute("name", "viewport")
        .attribute("content", "width=device-width, initial-scale=1");
    head.element("title", title);
    head.element("style", CSS);
    HtmlElement body = page.element("body");
    for (Block b : blocks) {
      if (b instanceof Block.Heading x) {
        body.element("h" + x.level(), x.text()).id(x.id());
      } else if (b instanceof Block.Paragraph x) {
        body.element("p", x.text());
      } else if (b instanceof Block.Note x) {
        body.element("p", x.text()).cssClass("note");
      } else if (b instanceof Block.Bullets x) {
        HtmlElement list = body.element("ul");
        x.items().forEach(i -> list.element("li", i));
      } else if (b instanceof Block.Figure x) {
        HtmlElement figure = body.element("figure");
        figure.element("img").attribute("src", x.file()).attribute("alt", x.caption());
        figure.element("figcaption", x.caption());
      } else if (b instanceof Block.Table x) {
        x.table().appendHtml(body);
      } else if (b instanceof Block.Fragment x) {
        x.table().appendHtml(body);
      }
    }
    return page.toDocument();
  }

  /**
   * Renders blocks as Markdown; text is escaped as Markdown ({@link MarkdownText}), so that it
   * reads as itself.
   *
   * @param title the document title
   * @param blocks the content
   * @return the Markdown
   */
  static String markdown(String title, List<Block> blocks) {
    StringBuilder m = new StringBuilder();
    for (Block b : blocks) {
      if (b instanceof Block.Heading x) {
        m.append("#".repeat(x.level()))
            .append(' ')
            .append(MarkdownText.escapeLine(x.text()))
            .append("\n\n");
      } else if (b instanceof Block.Paragraph x) {
        m.append(MarkdownText.escape(x.text())).append("\n\n");
      } else if (b instanceof Block.Note x) {
        m.append("> **").append(MarkdownText.escapeLine(x.text())).append("**\n\n");
      } else if (b instanceof Block.Bullets x) {
        x.items().forEach(i -> m.append("- ").append(MarkdownText.escapeLine(i)).append('\n'));
        m.append('\n');
      } else if (b instanceof Block.Figure x) {
        m.append("![")
            .append(MarkdownText.escapeLine(x.caption()))
            .append("](")
            .append(x.file())
            .append(")\n\n");
      } else if (b instanceof Block.Table x) {
        m.append(x.table().toMarkdown()).append('\n');
      } else if (b instanceof Block.Fragment x) {
        m.append(x.markdown()).append("\n\n");
      }
    }
    return m.toString();
  }
}
