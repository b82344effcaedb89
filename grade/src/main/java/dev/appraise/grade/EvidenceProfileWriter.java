package dev.appraise.grade;

import static dev.appraise.core.io.XmlText.escape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes an {@link EvidenceProfile} as Markdown, CSV or HTML: one row per assessment with the number of studies,
 * designs, participants, each domain's rating with its footnote, the effect where given, and the certainty.
 *
 * <p>Configured with {@code withDefaults().withLabels(...)}; immutable. In Markdown and HTML each footnote becomes a
 * lettered note under the table; CSV has one column for each domain's signed levels and one for its footnote. HTML
 * text is escaped.
 */
public final class EvidenceProfileWriter {

  private final CertaintyLabels labels;

  private EvidenceProfileWriter(CertaintyLabels labels) {
    this.labels = labels;
  }

  /** {@return a writer with GRADE's standard certainty labels} */
  public static EvidenceProfileWriter withDefaults() {
    return new EvidenceProfileWriter(CertaintyLabels.standard());
  }

  /**
   * Returns a copy that names certainty levels with other labels.
   *
   * @param value the labels
   * @return the new writer
   */
  public EvidenceProfileWriter withLabels(CertaintyLabels value) {
    return new EvidenceProfileWriter(value);
  }

  /**
   * Writes the profile as a Markdown table followed by its footnotes.
   *
   * @param profile the profile
   * @return the Markdown text
   */
  public String markdown(EvidenceProfile profile) {
    Table t = table(profile);
    StringBuilder out = new StringBuilder();
    out.append("## ").append(markdownCell(profile.title())).append("\n\n");
    out.append('|');
    for (String h : t.header) {
      out.append(' ').append(markdownCell(h)).append(" |");
    }
    out.append("\n|");
    for (int i = 0; i < t.header.size(); i++) {
      out.append(" --- |");
    }
    out.append('\n');
    for (List<String> row : t.rows) {
      out.append('|');
      for (String cell : row) {
        out.append(' ').append(markdownCell(cell)).append(" |");
      }
      out.append('\n');
    }
    if (!t.notes.isEmpty()) {
      out.append('\n');
      t.notes.forEach((mark, text) -> out.append("- ").append(mark).append(": ").append(markdownCell(text)).append('\n'));
    }
    return out.toString();
  }

  /**
   * Writes the profile as CSV (RFC 4180) with a header row.
   *
   * @param profile the profile
   * @return the CSV text
   */
  public String csv(EvidenceProfile profile) {
    List<String> header = new ArrayList<>(List.of("outcome", "studies", "designs", "participants"));
    for (CertaintyDomain d : CertaintyDomain.values()) {
      header.add(d.code());
      header.add(d.code() + "_footnote");
    }
    header.addAll(List.of("effect", "certainty", "certainty_label", "fhir_code", "clamped", "comment"));
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer =
        new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(new String[0])).get())) {
      for (CertaintyAssessment a : profile.assessments()) {
        List<Object> row = new ArrayList<>();
        EvidenceBody e = a.evidence();
        row.add(a.outcome());
        row.add(e.studies());
        row.add(e.designSummary());
        row.add(e.participants().isPresent() ? Integer.toString(e.participants().getAsInt()) : "");
        for (CertaintyDomain d : CertaintyDomain.values()) {
          Optional<Rating> r = a.grading().rating(d);
          row.add(r.map(x -> CertaintyDomain.signed(x.levels())).orElse(""));
          row.add(r.map(Rating::footnote).orElse(""));
        }
        row.add(e.effect().map(Effect::format).orElse(""));
        row.add(a.certainty().name());
        row.add(labels.label(a.certainty()));
        row.add(a.certainty().fhirCode());
        row.add(a.grading().clamped());
        row.add(a.comment().orElse(""));
        printer.printRecord(row);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toString();
  }

  /**
   * Writes the profile as an HTML fragment: a table with a caption, followed by a list of footnotes. All text is
   * escaped.
   *
   * @param profile the profile
   * @return the HTML text
   */
  public String html(EvidenceProfile profile) {
    Table t = table(profile);
    StringBuilder out = new StringBuilder();
    out.append("<table class=\"evidence-profile\">\n<caption>").append(escape(profile.title())).append("</caption>\n");
    out.append("<thead><tr>");
    for (String h : t.header) {
      out.append("<th scope=\"col\">").append(escape(h)).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : t.rows) {
      out.append("<tr>");
      for (String cell : row) {
        out.append("<td>").append(escape(cell)).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n");
    if (!t.notes.isEmpty()) {
      out.append("<ol class=\"footnotes\">\n");
      t.notes.forEach(
          (mark, text) ->
              out.append("<li id=\"note-")
                  .append(escape(mark))
                  .append("\">")
                  .append(escape(mark))
                  .append(": ")
                  .append(escape(text))
                  .append("</li>\n"));
      out.append("</ol>\n");
    }
    return out.toString();
  }

  private static String markdownCell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }

  private static final class Table {
    final List<String> header = new ArrayList<>();
    final List<List<String>> rows = new ArrayList<>();
    final Map<String, String> notes = new LinkedHashMap<>();
  }

  private Table table(EvidenceProfile profile) {
    Table t = new Table();
    t.header.addAll(List.of("Outcome", "Studies", "Designs", "Participants"));
    for (CertaintyDomain d : CertaintyDomain.values()) {
      t.header.add(d.label());
    }
    t.header.addAll(List.of("Effect", "Certainty"));
    for (CertaintyAssessment a : profile.assessments()) {
      List<String> row = new ArrayList<>();
      EvidenceBody e = a.evidence();
      row.add(a.outcome());
      row.add(Integer.toString(e.studies()));
      row.add(e.designSummary());
      row.add(e.participants().isPresent() ? Integer.toString(e.participants().getAsInt()) : "");
      for (CertaintyDomain d : CertaintyDomain.values()) {
        Optional<Rating> r = a.grading().rating(d);
        if (r.isEmpty()) {
          row.add("");
          continue;
        }
        String cell = r.get().judgement();
        if (!r.get().footnote().isBlank()) {
          String mark = mark(t.notes.size());
          t.notes.put(mark, r.get().footnote());
          cell += " [" + mark + "]";
        }
        row.add(cell);
      }
      row.add(e.effect().map(Effect::format).orElse(""));
      row.add(a.certainty().symbol() + " " + labels.label(a.certainty()));
      t.rows.add(row);
    }
    return t;
  }

  /** Footnote marks a, b, ..., z, aa, ab, ... as in GRADEpro tables. */
  private static String mark(int index) {
    StringBuilder s = new StringBuilder();
    int i = index;
    do {
      s.insert(0, (char) ('a' + i % 26));
      i = i / 26 - 1;
    } while (i >= 0);
    return s.toString();
  }
}
