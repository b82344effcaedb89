package dev.appraise.grade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appraise.core.markup.HtmlElement;
import dev.appraise.core.markup.MarkdownText;
import dev.appraise.core.markup.MarkupTable;
import dev.appraise.core.markup.NumberText;
import dev.appraise.core.model.StudyDesign;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Writes a {@link SummaryOfFindings} as HTML, Markdown, CSV or JSON, in the layout of GRADEpro and
 * Cochrane reviews: the outcome; the anticipated absolute effects (the risk with the comparator,
 * the corresponding risk with the intervention, and the risk difference, with their intervals); the
 * relative effect; the participants and studies; the certainty with its symbols and a lettered
 * footnote with the reason for each rating; the plain-language statement; comments.
 *
 * <p><b>Rounding.</b> HTML and Markdown round as GRADE tables do (Cochrane Handbook version 5.1,
 * Figure 11.5.a; GRADE guidelines 12): risks and risk differences to whole numbers per 1000
 * ({@linkplain #withPer(int) or another denominator} for rare or common events), half away from
 * zero, each computed from the unrounded values (a risk difference is not the difference of two
 * rounded risks); a difference that rounds to 0 reads "0 fewer" or "0 more" by its sign; ratios
 * with two decimals; means and mean differences with at most {@linkplain #withDecimals(int) two}.
 * CSV and JSON carry the unrounded numbers, risks per 1000.
 *
 * <p>Configured with {@code withDefaults().withX(...)}; immutable. All markup goes through core's
 * {@link MarkupTable} and {@link HtmlElement}: text is escaped as XML in HTML and as Markdown in
 * Markdown.
 */
public final class SummaryOfFindingsWriter {

  private static final int JSON_PER = 1000;

  private final CertaintyLabels labels;
  private final int per;
  private final int decimals;

  private SummaryOfFindingsWriter(CertaintyLabels labels, int per, int decimals) {
    if (per < 10) {
      throw new IllegalArgumentException(
          "summary of findings denominator must be >= 10, e.g. 1000, was " + per);
    }
    if (decimals < 0 || decimals > 6) {
      throw new IllegalArgumentException(
          "summary of findings decimals must be between 0 and 6, was " + decimals);
    }
    this.labels = labels;
    this.per = per;
    this.decimals = decimals;
  }

  /** {@return a writer with GRADE's labels, risks per 1000 and means with at most two decimals} */
  public static SummaryOfFindingsWriter withDefaults() {
    return new SummaryOfFindingsWriter(CertaintyLabels.standard(), 1000, 2);
  }

  /**
   * Returns a copy that names certainty levels with other labels.
   *
   * @param value the labels
   * @return the new writer
   */
  public SummaryOfFindingsWriter withLabels(CertaintyLabels value) {
    return new SummaryOfFindingsWriter(value, per, decimals);
  }

  /**
   * Returns a copy that shows risks per another number of people, e.g. 100 000 for rare events.
   *
   * @param people the denominator, at least 10
   * @return the new writer
   */
  public SummaryOfFindingsWriter withPer(int people) {
    return new SummaryOfFindingsWriter(labels, people, decimals);
  }

  /**
   * Returns a copy that shows means and mean differences with another number of decimals.
   *
   * @param digits the most fraction digits, 0 to 6
   * @return the new writer
   */
  public SummaryOfFindingsWriter withDecimals(int digits) {
    return new SummaryOfFindingsWriter(labels, per, digits);
  }

  /**
   * The table: captioned with the title, one row per outcome, footnotes lettered {@code a}, {@code
   * b}, ... for the reasons of the ratings and the sources of the assumed risks, and {@code *} for
   * how the intervention's risk is computed. Its HTML and Markdown are those of {@link #html} and
   * {@link #markdown}.
   *
   * @param sof the summary of findings
   * @return the table
   */
  public MarkupTable table(SummaryOfFindings sof) {
    String ci = ciLabel(sof);
    MarkupTable.Builder t =
        MarkupTable.builder()
            .caption(sof.title())
            .htmlClass("summary-of-findings")
            .header(
                "Outcomes",
                "Risk with " + sof.comparison(),
                "Risk with " + sof.intervention() + " (" + ci + ")*",
                "Risk difference with " + sof.intervention() + " (" + ci + ")",
                "Relative effect (" + ci + ")",
                "Participants (studies)",
                "Certainty of the evidence (GRADE)",
                "What happens",
                "Comments");
    Map<String, String> notes = new LinkedHashMap<>();
    for (OutcomeSummary row : sof.outcomes()) {
      List<String> comparator = new ArrayList<>();
      List<String> intervention = new ArrayList<>();
      List<String> difference = new ArrayList<>();
      for (AbsoluteEffect a : row.absoluteEffects()) {
        AssumedRisk r = a.assumedRisk();
        String source =
            r.source()
                .map(
                    s ->
                        " "
                            + marks(
                                List.of(
                                    noteMark(
                                        notes,
                                        r.label().map(l -> l + ": ").orElse("Assumed risk: ")
                                            + s))))
                .orElse("");
        comparator.add(
            r.label().map(l -> l + ": ").orElse("") + riskPer(a.comparatorRisk(), per) + source);
        intervention.add(
            riskPer(a.interventionRisk(), per)
                + " ("
                + rounded(a.interventionLower(), per)
                + " to "
                + rounded(a.interventionUpper(), per)
                + ")");
        difference.add(
            differenceText(a.difference(), per)
                + " per "
                + per
                + " (from "
                + differenceText(a.differenceLower(), per)
                + " to "
                + differenceText(a.differenceUpper(), per)
                + ")");
      }
      row.meanDifference()
          .ifPresent(
              md -> {
                String outcome = SummaryOfFindings.lowerFirst(row.outcome());
                md.comparatorMean()
                    .ifPresent(m -> comparator.add("The mean " + outcome + " was " + number(m)));
                md.interventionMean()
                    .ifPresent(m -> intervention.add("The mean " + outcome + " was " + number(m)));
                String note =
                    md.standardDeviation().isPresent()
                        ? " "
                            + marks(
                                List.of(
                                    noteMark(
                                        notes,
                                        "The standardised mean difference times a typical standard"
                                            + " deviation of "
                                            + number(md.standardDeviation().getAsDouble())
                                            + " (Cochrane Handbook 5.1,"
                                            + " section 12.6.4).")))
                        : "";
                difference.add(meanDifferenceText(md) + note);
              });
      List<String> ratingMarks = new ArrayList<>();
      for (Rating rating : row.assessment().grading().ratings()) {
        if (!rating.footnote().isBlank()) {
          ratingMarks.add(
              noteMark(
                  notes,
                  rating.domain().label() + ", " + rating.judgement() + ": " + rating.footnote()));
        }
      }
      Certainty c = row.assessment().certainty();
      t.addRow(
          row.outcome(),
          String.join("\n", comparator),
          String.join("\n", intervention),
          String.join("\n", difference),
          relativeText(row),
          participantsText(row.assessment().evidence()),
          c.symbol()
              + " "
              + labels.label(c)
              + (ratingMarks.isEmpty() ? "" : " " + marks(ratingMarks)),
          sof.statement(row),
          row.comment().orElse(""));
    }
    t.addFootnote(
        "*",
        "The risk with the intervention (and its "
            + ci
            + ") is based on the assumed risk with the"
            + " comparator and the relative effect of the intervention (and its "
            + ci
            + ").");
    notes.forEach((text, mark) -> t.addFootnote(mark, text));
    return t.build();
  }

  /**
   * Writes the summary of findings as Markdown: a level-2 heading (the title), the question
   * (population, setting, intervention, comparison) one line each, then the table and its
   * footnotes.
   *
   * @param sof the summary of findings
   * @return the Markdown text
   */
  public String markdown(SummaryOfFindings sof) {
    StringBuilder out = new StringBuilder();
    out.append("## ").append(MarkdownText.escapeLine(sof.title())).append("\n\n");
    List<String> question = question(sof);
    for (int i = 0; i < question.size(); i++) {
      out.append(MarkdownText.escapeLine(question.get(i)))
          .append(i < question.size() - 1 ? "  \n" : "\n\n");
    }
    MarkupTable table = table(sof);
    MarkupTable.Builder body = MarkupTable.builder().header(table.header());
    table.rows().forEach(body::addCellRow);
    table.footnotes().forEach(f -> body.addFootnote(f.mark(), f.text()));
    return out.append(body.build().toMarkdown()).toString();
  }

  /**
   * Writes the summary of findings as an XHTML fragment: a {@code <div
   * class="summary-of-findings">} with the question as a paragraph, then the table with its caption
   * and footnotes. All text is escaped.
   *
   * @param sof the summary of findings
   * @return the HTML text
   */
  public String html(SummaryOfFindings sof) {
    HtmlElement div = HtmlElement.of("div").cssClass("summary-of-findings");
    HtmlElement p = div.element("p").cssClass("question");
    List<String> question = question(sof);
    for (int i = 0; i < question.size(); i++) {
      if (i > 0) {
        p.element("br");
      }
      p.text(question.get(i));
    }
    table(sof).appendHtml(div);
    return div.toXml();
  }

  /**
   * Writes the numbers of the summary of findings as CSV (RFC 4180) with a header: one record per
   * outcome and assumed risk (one per outcome without assumed risks), unrounded, risks per 1000,
   * with the certainty, the ratings, the statement and the comment. Columns that do not apply are
   * empty.
   *
   * @param sof the summary of findings
   * @return the CSV text
   */
  public String csv(SummaryOfFindings sof) {
    MarkupTable.Builder t =
        MarkupTable.builder()
            .header(
                "outcome",
                "studies",
                "participants",
                "certainty",
                "certainty_label",
                "ratings",
                "measure",
                "relative_estimate",
                "relative_ci_lower",
                "relative_ci_upper",
                "ci_level",
                "risk_label",
                "baseline_per_1000",
                "intervention_per_1000",
                "intervention_ci_lower",
                "intervention_ci_upper",
                "difference_per_1000",
                "difference_ci_lower",
                "difference_ci_upper",
                "comparator_mean",
                "mean_difference",
                "mean_difference_ci_lower",
                "mean_difference_ci_upper",
                "standardised",
                "statement",
                "comment");
    for (OutcomeSummary row : sof.outcomes()) {
      EvidenceBody e = row.assessment().evidence();
      List<String> common = new ArrayList<>();
      common.add(row.outcome());
      common.add(Integer.toString(e.studies()));
      common.add(e.participants().isPresent() ? Integer.toString(e.participants().getAsInt()) : "");
      common.add(row.assessment().certainty().fhirCode());
      common.add(labels.label(row.assessment().certainty()));
      List<String> ratings = new ArrayList<>();
      row.assessment()
          .grading()
          .ratings()
          .forEach(r -> ratings.add(r.domain().code() + " " + CertaintyDomain.signed(r.levels())));
      common.add(String.join("; ", ratings));
      Optional<Effect> rel = row.relativeEffect();
      common.add(rel.map(Effect::measure).orElse(""));
      common.add(rel.map(x -> Double.toString(x.estimate())).orElse(""));
      common.add(rel.map(x -> Double.toString(x.lower())).orElse(""));
      common.add(rel.map(x -> Double.toString(x.upper())).orElse(""));
      common.add(rel.map(x -> Double.toString(x.confidenceLevel())).orElse(""));
      List<String> tail = List.of(sof.statement(row), row.comment().orElse(""));
      if (row.absoluteEffects().isEmpty()) {
        List<String> record = new ArrayList<>(common);
        for (int i = 0; i < 8; i++) {
          record.add("");
        }
        Optional<AbsoluteMeanDifference> md = row.meanDifference();
        record.add(md.flatMap(m -> text(m.comparatorMean())).orElse(""));
        record.add(md.map(m -> Double.toString(m.difference())).orElse(""));
        record.add(md.map(m -> Double.toString(m.lower())).orElse(""));
        record.add(md.map(m -> Double.toString(m.upper())).orElse(""));
        record.add(md.map(m -> Boolean.toString(m.standardised())).orElse(""));
        record.addAll(tail);
        t.addRow(record);
      }
      for (AbsoluteEffect a : row.absoluteEffects()) {
        List<String> record = new ArrayList<>(common);
        record.add(a.assumedRisk().label().orElse(""));
        for (double x : perThousand(a)) {
          record.add(Double.toString(x));
        }
        for (int i = 0; i < 5; i++) {
          record.add("");
        }
        record.addAll(tail);
        t.addRow(record);
      }
    }
    return t.build().toCsv();
  }

  /**
   * Writes the summary of findings as JSON: the question, and per outcome its evidence, certainty
   * (FHIR code, label, symbol), ratings with their footnotes, relative effect, absolute effects
   * ({@code baseline_per_1000}, {@code intervention_per_1000}, {@code intervention_ci_lower},
   * {@code intervention_ci_upper}, {@code difference_per_1000}, {@code difference_ci_lower}, {@code
   * difference_ci_upper}, unrounded, per 1000, with the assumed risk's label and source),
   * difference in means, statement and comment.
   *
   * @param sof the summary of findings
   * @return the JSON text, indented
   */
  public String json(SummaryOfFindings sof) {
    ObjectMapper mapper = GradeJson.mapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("title", sof.title());
    root.put("population", sof.population().orElse(null));
    root.put("setting", sof.setting().orElse(null));
    root.put("intervention", sof.intervention());
    root.put("comparison", sof.comparison());
    ArrayNode outcomes = root.putArray("outcomes");
    for (OutcomeSummary row : sof.outcomes()) {
      ObjectNode o = outcomes.addObject();
      EvidenceBody e = row.assessment().evidence();
      Certainty c = row.assessment().certainty();
      o.put("outcome", row.outcome());
      o.put("studies", e.studies());
      if (e.participants().isPresent()) {
        o.put("participants", e.participants().getAsInt());
      } else {
        o.putNull("participants");
      }
      o.put("certainty", c.fhirCode());
      o.put("certainty_label", labels.label(c));
      o.put("certainty_symbol", c.symbol());
      ArrayNode ratings = o.putArray("ratings");
      for (Rating r : row.assessment().grading().ratings()) {
        ratings
            .addObject()
            .put("domain", r.domain().code())
            .put("levels", r.levels())
            .put("judgement", r.judgement())
            .put("footnote", r.footnote());
      }
      if (row.relativeEffect().isPresent()) {
        Effect x = row.relativeEffect().get();
        o.putObject("relative_effect")
            .put("measure", x.measure())
            .put("estimate", x.estimate())
            .put("ci_lower", x.lower())
            .put("ci_upper", x.upper())
            .put("level", x.confidenceLevel());
      } else {
        o.putNull("relative_effect");
      }
      ArrayNode absolute = o.putArray("absolute");
      for (AbsoluteEffect a : row.absoluteEffects()) {
        ObjectNode n = absolute.addObject();
        n.put("label", a.assumedRisk().label().orElse(null));
        n.put("source", a.assumedRisk().source().orElse(null));
        putAbsolute(n, a);
      }
      if (row.meanDifference().isPresent()) {
        AbsoluteMeanDifference md = row.meanDifference().get();
        ObjectNode n = o.putObject("mean_difference");
        n.put("measure", md.measure());
        n.put("standardised", md.standardised());
        putOptional(n, "standard_deviation", md.standardDeviation());
        putOptional(n, "comparator_mean", md.comparatorMean());
        n.put("difference", md.difference());
        n.put("ci_lower", md.lower());
        n.put("ci_upper", md.upper());
        putOptional(n, "intervention_mean", md.interventionMean());
      } else {
        o.putNull("mean_difference");
      }
      o.put("statement", sof.statement(row));
      o.put("comment", row.comment().orElse(null));
    }
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Puts an absolute effect's numbers into a JSON object, unrounded and per 1000, under the names
   * {@code baseline_per_1000}, {@code intervention_per_1000}, {@code intervention_ci_lower}, {@code
   * intervention_ci_upper}, {@code difference_per_1000}, {@code difference_ci_lower} and {@code
   * difference_ci_upper}, as the JSON of {@link #json} and of the {@code appraise} command line
   * write them.
   *
   * @param node the object to add to
   * @param effect the absolute effect
   * @return the object
   */
  public static ObjectNode putAbsolute(ObjectNode node, AbsoluteEffect effect) {
    double[] x = perThousand(effect);
    String[] names = {
      "baseline_per_1000",
      "intervention_per_1000",
      "intervention_ci_lower",
      "intervention_ci_upper",
      "difference_per_1000",
      "difference_ci_lower",
      "difference_ci_upper"
    };
    for (int i = 0; i < names.length; i++) {
      node.put(names[i], x[i]);
    }
    return node;
  }

  /**
   * Rounds a risk or a risk difference for display as GRADE tables do: to a whole number per {@code
   * per} people, half away from zero, after first rounding to nine decimals so that binary noise in
   * a product ({@code 0.3 * 0.92 * 1000} is 275.99999999999997) does not move it.
   *
   * @param proportion the risk or risk difference, as a proportion
   * @param per the denominator, e.g. 1000
   * @return the rounded number per {@code per}
   */
  public static long rounded(double proportion, int per) {
    return BigDecimal.valueOf(proportion * per)
        .setScale(9, RoundingMode.HALF_UP)
        .setScale(0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  /** A risk as a table shows it, e.g. {@code "40 per 1000"}. */
  static String riskPer(double risk, int per) {
    return rounded(risk, per) + " per " + per;
  }

  /** A risk difference as a table shows it, e.g. {@code "20 fewer per 1000"}. */
  static String differencePer(double difference, int per) {
    return differenceText(difference, per) + " per " + per;
  }

  /** {@code "N fewer"} or {@code "N more"} by the sign of the unrounded difference. */
  private static String differenceText(double difference, int per) {
    return Math.abs(rounded(difference, per)) + (difference > 0 ? " more" : " fewer");
  }

  private static double[] perThousand(AbsoluteEffect a) {
    return new double[] {
      a.comparatorRisk() * JSON_PER,
      a.interventionRisk() * JSON_PER,
      a.interventionLower() * JSON_PER,
      a.interventionUpper() * JSON_PER,
      a.difference() * JSON_PER,
      a.differenceLower() * JSON_PER,
      a.differenceUpper() * JSON_PER
    };
  }

  private String meanDifferenceText(AbsoluteMeanDifference md) {
    String name = md.standardised() ? "SMD " : "MD ";
    return name
        + signedText(md.difference())
        + " ("
        + signedText(md.lower())
        + " to "
        + signedText(md.upper())
        + ")";
  }

  /** A difference in means in words: {@code "4.7 lower"}, {@code "0.2 higher"}, {@code "0"}. */
  private String signedText(double x) {
    String magnitude = number(Math.abs(x));
    return magnitude.equals("0") ? "0" : magnitude + (x < 0 ? " lower" : " higher");
  }

  private String number(double x) {
    return NumberText.format(x, decimals);
  }

  private static String relativeText(OutcomeSummary row) {
    if (row.relativeEffect().isEmpty()) {
      return "-";
    }
    Effect e = row.relativeEffect().get();
    String m = e.measure().strip().toUpperCase(Locale.ROOT);
    if (row.meanDifference().isPresent() && (m.equals("MD") || m.equals("SMD"))) {
      return "-";
    }
    String name = m.equals("PETO") ? "Peto OR" : e.measure().strip();
    return name
        + " "
        + ratio(e.estimate())
        + " ("
        + ratio(e.lower())
        + " to "
        + ratio(e.upper())
        + ")";
  }

  /**
   * Two decimals as tables show ratios, or two significant digits for a ratio that two decimals
   * would show as 0.
   */
  private static String ratio(double x) {
    String two = String.format(Locale.ROOT, "%.2f", x);
    if (x != 0 && Math.abs(x) < 0.005) {
      return new BigDecimal(x).round(new java.math.MathContext(2)).toPlainString();
    }
    return two;
  }

  private static String participantsText(EvidenceBody e) {
    String studies;
    int k = e.studies();
    if (!e.designs().isEmpty() && e.designs().stream().allMatch(StudyDesign::isRandomised)) {
      studies = k + (k == 1 ? " RCT" : " RCTs");
    } else if (!e.designs().isEmpty()
        && e.designs().stream().noneMatch(StudyDesign::isRandomised)) {
      studies = k + (k == 1 ? " observational study" : " observational studies");
    } else {
      studies = k + (k == 1 ? " study" : " studies");
    }
    return e.participants().isPresent()
        ? e.participants().getAsInt() + "\n(" + studies + ")"
        : "(" + studies + ")";
  }

  private static String ciLabel(SummaryOfFindings sof) {
    List<Double> levels = new ArrayList<>();
    for (OutcomeSummary row : sof.outcomes()) {
      row.relativeEffect().ifPresent(e -> levels.add(e.confidenceLevel()));
    }
    double level = levels.isEmpty() ? 0.95 : levels.get(0);
    if (levels.stream().anyMatch(l -> l != level)) {
      throw new IllegalArgumentException(
          "summary of findings rows must share one confidence level, were " + levels);
    }
    return NumberText.format(level * 100, 2) + "% CI";
  }

  private static List<String> question(SummaryOfFindings sof) {
    List<String> lines = new ArrayList<>();
    sof.population().ifPresent(p -> lines.add("Patient or population: " + p));
    sof.setting().ifPresent(s -> lines.add("Setting: " + s));
    lines.add("Intervention: " + sof.intervention());
    lines.add("Comparison: " + sof.comparison());
    return lines;
  }

  private static String noteMark(Map<String, String> notes, String text) {
    return notes.computeIfAbsent(text, t -> EvidenceProfileWriter.mark(notes.size()));
  }

  private static String marks(List<String> marks) {
    return "[" + String.join(", ", marks) + "]";
  }

  private static Optional<String> text(OptionalDouble x) {
    return x.isPresent() ? Optional.of(Double.toString(x.getAsDouble())) : Optional.empty();
  }

  private static void putOptional(ObjectNode n, String name, OptionalDouble x) {
    if (x.isPresent()) {
      n.put(name, x.getAsDouble());
    } else {
      n.putNull(name);
    }
  }
}
