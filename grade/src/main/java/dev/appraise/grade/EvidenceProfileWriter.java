package dev.appraise.grade;

import dev.appraise.core.markup.MarkdownText;
import dev.appraise.core.markup.MarkupTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes an {@link EvidenceProfile} as Markdown, CSV or HTML: one row per assessment with the
 * number of studies, designs, participants, each domain's rating with its footnote, the effect
 * where given, and the certainty.
 *
 * <p>Configured with {@code withDefaults().withLabels(...)}; immutable. In Markdown and HTML each
 * footnote becomes a lettered note under the table; CSV has one column for each domain's signed
 * levels and one for its footnote. All three are written by core's {@link MarkupTable}: HTML text
 * is escaped as XML, Markdown text as Markdown.
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
   * The profile as a table: captioned with its title, one row per assessment (outcome, studies,
   * designs, participants, each domain's judgement with the mark of its footnote, effect, certainty
   * symbol and label), and a lettered footnote ({@code a}, {@code b}, ..., {@code z}, {@code aa},
   * ...) for each rating that has one. The Markdown and HTML forms are this table's.
   *
   * @param profile the profile
   * @return the table
   */
  public MarkupTable table(EvidenceProfile profile) {
    return rows(profile).caption(profile.title()).htmlClass("evidence-profile").build();
  }

  /**
   * Writes the profile as a Markdown heading (level 2, the title) followed by the table and its
   * footnotes.
   *
   * @param profile the profile
   * @return the Markdown text
   */
  public String markdown(EvidenceProfile profile) {
    return "## "
        + MarkdownText.escapeLine(profile.title())
        + "\n\n"
        + rows(profile).build().toMarkdown();
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
    header.addAll(
        List.of("effect", "certainty", "certainty_label", "fhir_code", "clamped", "comment"));
    MarkupTable.Builder table = MarkupTable.builder().header(header);
    for (CertaintyAssessment a : profile.assessments()) {
      List<String> row = new ArrayList<>();
      EvidenceBody e = a.evidence();
      row.add(a.outcome());
      row.add(Integer.toString(e.studies()));
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
      row.add(Boolean.toString(a.grading().clamped()));
      row.add(a.comment().orElse(""));
      table.addRow(row);
    }
    return table.build().toCsv();
  }

  /**
   * Writes the profile as an XHTML fragment: {@link #table(EvidenceProfile)} as a {@code <table
   * class="evidence-profile">} with a caption, followed by an {@code <ol class="footnotes">} of its
   * footnotes. All text is escaped.
   *
   * @param profile the profile
   * @return the HTML text
   */
  public String html(EvidenceProfile profile) {
    return table(profile).toHtml();
  }

  /** The table without caption or class: the rows and their footnotes. */
  private MarkupTable.Builder rows(EvidenceProfile profile) {
    List<String> header = new ArrayList<>(List.of("Outcome", "Studies", "Designs", "Participants"));
    for (CertaintyDomain d : CertaintyDomain.values()) {
      header.add(d.label());
    }
    header.addAll(List.of("Effect", "Certainty"));
    MarkupTable.Builder t = MarkupTable.builder().header(header);
    int notes = 0;
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
          String mark = mark(notes++);
          t.addFootnote(mark, r.get().footnote());
          cell += " [" + mark + "]";
        }
        row.add(cell);
      }
      row.add(e.effect().map(Effect::format).orElse(""));
      row.add(a.certainty().symbol() + " " + labels.label(a.certainty()));
      t.addRow(row);
    }
    return t;
  }

  /** Footnote marks a, b, ..., z, aa, ab, ... as in GRADEpro tables. */
  static String mark(int index) {
    StringBuilder s = new StringBuilder();
    int i = index;
    do {
      s.insert(0, (char) ('a' + i % 26));
      i = i / 26 - 1;
    } while (i >= 0);
    return s.toString();
  }
}
