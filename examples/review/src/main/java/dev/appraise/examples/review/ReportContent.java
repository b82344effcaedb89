package dev.appraise.examples.review;

import dev.appraise.core.agreement.Estimate;
import dev.appraise.core.check.Finding;
import dev.appraise.core.cluster.Cluster;
import dev.appraise.core.markup.MarkupTable;
import dev.appraise.core.markup.TableCell;
import dev.appraise.core.model.BrainRegion;
import dev.appraise.core.model.ClinicalAssociation;
import dev.appraise.core.model.ClinicalOutcome;
import dev.appraise.core.model.ComparatorCondition;
import dev.appraise.core.model.ImagingOutcome;
import dev.appraise.core.model.Intervention;
import dev.appraise.core.model.InterventionComponent;
import dev.appraise.core.model.PicoQuestion;
import dev.appraise.core.model.Population;
import dev.appraise.core.model.Review;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.Search;
import dev.appraise.core.model.SexRestriction;
import dev.appraise.core.model.SourceLocation;
import dev.appraise.core.model.Study;
import dev.appraise.core.stats.ConfidenceInterval;
import dev.appraise.grade.CertaintyAssessment;
import dev.appraise.grade.EvidenceProfileWriter;
import dev.appraise.robtool.FinalAssessment;
import dev.appraise.robtool.ItemDisagreement;
import dev.appraise.robtool.RobAgreementReport;
import dev.appraise.robtool.RobSummary;
import dev.appraise.robtool.Tool;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The report's content as {@link Block}s, in reading order. */
final class ReportContent {

  private ReportContent() {}

  /**
   * Lays out a report.
   *
   * @param r the report
   * @return the blocks
   */
  static List<Block> blocks(ReviewReport r) {
    List<Block> b = new ArrayList<>();
    Review review = r.review();
    b.add(new Block.Heading(1, review.title(), "top"));
    b.add(
        new Block.Paragraph(
            "Meeus M, Cagnie B, De Pauw R, et al. Pain Physician 2017;20:139-154. The review's"
                + " appraisal rebuilt from its text: "
                + review.studies().size()
                + " studies, "
                + r.randomisedTrials()
                + " randomised controlled trials."));
    b.add(
        new Block.Note(
            "The item-level risk-of-bias judgements are illustrative: the review reports only totals"
                + " (its Fig. 2 is an image), so the two raters' tables below were built to agree with everything the text"
                + " reports. Every other fact comes from the review's text, quoted in review.json."));
    question(b, review);
    flow(b, r);
    evidence(b, review);
    riskOfBias(b, r);
    agreement(b, r);
    clusters(b, r);
    SeedSynthesis.blocks(b, r);
    grading(b, r);
    checks(b, r);
    dataNotes(b);
    return b;
  }

  private static void question(List<Block> b, Review review) {
    b.add(new Block.Heading(2, "Question and search", "question"));
    PicoQuestion q = review.question();
    List<String> pico = new ArrayList<>();
    pico.add("Population: " + q.population());
    pico.add("Intervention: " + q.intervention());
    q.comparison().ifPresent(c -> pico.add("Comparison: " + c));
    pico.add("Outcome: " + q.outcome());
    for (Search s : review.searches()) {
      pico.add(
          "Searched "
              + String.join(", ", s.sources())
              + " in "
              + s.date().format(DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH))
              + " (the review gives the month only)");
      s.strategy().ifPresent(st -> pico.add("Search terms: " + st));
    }
    b.add(new Block.Bullets(pico));
  }

  private static void flow(List<Block> b, ReviewReport r) {
    b.add(new Block.Heading(2, "PRISMA flow", "flow"));
    b.add(
        new Block.Paragraph(
            "749 records were identified through the database search; after two screening phases"
                + " (title and abstract, full text) 7 studies were eligible, and hand searching the reference lists added 2,"
                + " for 9 in all. Counts the review does not give stay unreported and are shown as such."));
    b.add(new Block.Figure(ReportWriter.FLOW_SVG, "Fig. A. PRISMA 2020 flow as reported"));
    b.add(findings("Flow check: each stage equation of the PRISMA 2020 diagram", r.flowFindings()));
  }

  private static void evidence(List<Block> b, Review review) {
    b.add(new Block.Heading(2, "Evidence table", "evidence"));
    b.add(
        new Block.Paragraph(
            "The number of patients varied from 10 to 25 per study, with mean ages from 13.5 to"
                + " 52.1 years (36.9 over all studies); the review gives no per-study numbers, so none are recorded."));
    List<List<String>> rows = new ArrayList<>();
    for (Study s : review.studies()) {
      rows.add(
          List.of(
              studyLabel(s),
              words(s.design().name()),
              population(s.population()),
              s.interventions().stream()
                  .map(ReportContent::intervention)
                  .collect(Collectors.joining("\n")),
              s.comparators().stream()
                  .map(ReportContent::comparator)
                  .collect(Collectors.joining("; ")),
              s.imagingOutcomes().stream()
                  .map(ReportContent::imaging)
                  .collect(Collectors.joining("\n")),
              associations(s),
              s.clinicalOutcomes().stream()
                  .map(ReportContent::clinical)
                  .collect(Collectors.joining("\n"))));
    }
    b.add(
        Block.Table.of(
            "Table B. Included studies (refs 28-36)",
            List.of(
                "Study",
                "Design",
                "Population",
                "Intervention",
                "Comparator",
                "MRI findings",
                "Associations with clinical measures",
                "Clinical outcomes"),
            rows));
  }

  private static void riskOfBias(List<Block> b, ReviewReport r) {
    b.add(new Block.Heading(2, "Risk of bias (illustrative rating)", "risk-of-bias"));
    Tool tool = r.tool();
    b.add(
        new Block.Paragraph(
            "Tool: "
                + tool.name()
                + ". The review names 7 domains, item 7 specified for selection"
                + " bias in cohort studies, yet reports 72 items for 9 studies (9 x 7 = 63). This example reaches 72 with"
                + " the seven RoB 1 domains plus the cohort selection-bias item as an eighth (9 x 8 = 72)."));
    List<List<String>> key = new ArrayList<>();
    tool.domains().forEach(d -> key.add(List.of(d.id(), d.name())));
    b.add(Block.Table.of("Domains", List.of("Domain", "Name"), key));
    r.figures().keySet().forEach(f -> b.add(new Block.Figure(f, figureCaption(f))));
    b.add(new Block.Bullets(RobSummary.sentences(r.finalAssessment().toTable().withNamesOf(tool))));
  }

  private static String figureCaption(String file) {
    if (file.contains("traffic")) {
      return "Fig. C. Risk of bias per study and domain, final judgements (illustrative)";
    }
    if (file.contains("summary")) {
      return "Fig. D. Risk of bias per domain, share of studies (illustrative)";
    }
    return file;
  }

  private static void agreement(List<Block> b, ReviewReport r) {
    b.add(new Block.Heading(2, "Agreement between the raters", "agreement"));
    RobAgreementReport ag = r.agreement();
    Estimate percent = ag.percentAgreement();
    ConfidenceInterval w = percent.interval().orElseThrow();
    b.add(
        new Block.Paragraph(
            String.format(
                Locale.ROOT,
                "%s and %s agreed on %d of %d items = %.1f %% (%s %.0f %% CI %.1f %% to %.1f %%); %s.",
                r.workflow().rater1(),
                r.workflow().rater2(),
                ag.agreed(),
                ag.compared(),
                100 * percent.valueOrThrow(),
                capitalised(w.method()),
                100 * w.level(),
                100 * w.lower(),
                100 * w.upper(),
                kappa("Cohen's kappa", ag.cohenKappa()))));
    List<List<String>> perDomain = new ArrayList<>();
    ag.cohenKappaByDomain()
        .forEach(
            (d, k) ->
                perDomain.add(
                    List.of(d + " " + r.tool().domain(d).shortName(), kappa("", k).strip())));
    b.add(Block.Table.of("Cohen's kappa per domain", List.of("Domain", "Kappa"), perDomain));
    b.add(
        new Block.Paragraph(
            "The review: \"Methodological quality was independently assessed by J.K. and I.C., and"
                + " discussed afterwards until consensus was reached. In cases of disagreement, the opinion of a third"
                + " reviewer (M.M.) was requested to reach a decision.\""));
    FinalAssessment done = r.finalAssessment();
    List<List<String>> rows = new ArrayList<>();
    for (ItemDisagreement d : ag.disagreements()) {
      RiskOfBiasJudgement fin =
          done.judgements().stream()
              .filter(
                  j ->
                      j.studyId().equals(d.item().studyId())
                          && j.domain().equals(d.item().domain()))
              .findFirst()
              .orElseThrow();
      rows.add(
          List.of(
              d.item().studyId(),
              d.item().domain() + " " + r.tool().domain(d.item().domain()).shortName(),
              d.rater1().level().label(),
              d.rater2().level().label(),
              words(fin.stage().name()),
              fin.rater(),
              fin.level().label(),
              fin.support().orElse("")));
    }
    b.add(
        Block.Table.of(
            "Table E. Disagreements and how they were resolved (illustrative)",
            List.of(
                "Study",
                "Domain",
                r.workflow().rater1(),
                r.workflow().rater2(),
                "Resolved by",
                "Who",
                "Final",
                "Note"),
            rows));
  }

  /** The review's own names for the treatment clusters. */
  static String clusterName(String treatment) {
    switch (treatment) {
      case "psychological":
        return "CBT (with behavioural extinction training)";
      case "multidisciplinary":
        return "Multidisciplinary treatment of pediatric CRPS";
      case "exercise":
        return "Exercise therapy";
      default:
        return treatment;
    }
  }

  private static void clusters(List<Block> b, ReviewReport r) {
    b.add(new Block.Heading(2, "Clusters", "clusters"));
    b.add(
        new Block.Paragraph(
            "Studies and their imaging outcomes clustered by treatment (first level of the treatment"
                + " taxonomy) and MRI modality (functional or structural); a study with functional and structural outcomes"
                + " falls in both."));
    List<List<String>> rows = new ArrayList<>();
    for (Cluster c : r.clusters().clusters()) {
      String treatment = c.key().treatment().orElse("-");
      List<String> certainty = new ArrayList<>();
      for (SeedGrading.Body body : SeedGrading.BODIES) {
        if (body.treatmentRoot().equals(treatment)
            && c.key().modality().equals(Optional.of(body.modality()))) {
          certainty.add(
              body.outcome() + ": " + SeedGrading.LABELS.label(r.certainty(body.outcome())));
        }
      }
      rows.add(
          List.of(
              clusterName(treatment),
              c.key().modality().orElse("-"),
              c.studies().stream().map(Study::id).collect(Collectors.joining(", ")),
              c.designs().entrySet().stream()
                  .map(e -> e.getValue() + " " + words(e.getKey().name()))
                  .collect(Collectors.joining(", ")),
              c.outcomes().size()
                  + " ("
                  + c.directions().entrySet().stream()
                      .map(e -> e.getValue() + " " + words(e.getKey().name()))
                      .collect(Collectors.joining(", "))
                  + ")",
              String.join("\n", certainty)));
    }
    b.add(
        Block.Table.of(
            "Table D. Clusters by treatment and MRI modality",
            List.of(
                "Treatment",
                "Modality",
                "Studies",
                "Designs",
                "Imaging outcomes (directions)",
                "GRADE certainty"),
            rows));
    if (!r.clusters().unclustered().isEmpty()) {
      b.add(new Block.Paragraph("Unclustered: " + String.join(", ", r.clusters().unclustered())));
    }
  }

  private static void grading(List<Block> b, ReviewReport r) {
    b.add(new Block.Heading(2, "Summary of findings (GRADE)", "grade"));
    b.add(
        new Block.Paragraph(
            "One body of evidence per cluster of treatment and MRI modality; the psychological"
                + " cluster is graded as CBT and as behavioural extinction training, as the review grades them. The review"
                + " calls its weakest evidence preliminary: very low here. Studies start from their design (randomised"
                + " trials high, cohorts low); every rating carries its footnote."));
    EvidenceProfileWriter writer =
        EvidenceProfileWriter.withDefaults().withLabels(SeedGrading.LABELS);
    b.add(new Block.Fragment(writer.table(r.profile()), writer.markdown(r.profile())));
    List<List<String>> rows = new ArrayList<>();
    for (CertaintyAssessment a : r.profile().assessments()) {
      rows.add(
          List.of(
              a.outcome(),
              a.grading().explanation(SeedGrading.LABELS).replace('\n', ' '),
              a.comment().orElse("")));
    }
    b.add(
        Block.Table.of(
            "Table F. How each certainty was reached",
            List.of("Body of evidence", "Steps", "The review's conclusion"),
            rows));
  }

  private static String kappa(String name, Estimate k) {
    if (k.value().isEmpty()) {
      return name + " undefined: " + k.undefinedReason().orElse("");
    }
    return name
        + String.format(Locale.ROOT, " %.3f", k.value().getAsDouble())
        + k.interval()
            .map(
                ci ->
                    String.format(
                        Locale.ROOT,
                        " (%.0f %% CI %.3f to %.3f)",
                        100 * ci.level(),
                        ci.lower(),
                        ci.upper()))
            .orElse("");
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static void checks(List<Block> b, ReviewReport r) {
    b.add(new Block.Heading(2, "Reported-number checks", "checks"));
    b.add(
        findings(
            "Table G. The review's numbers against each other and against the data",
            r.numberChecks()));
  }

  private static void dataNotes(List<Block> b) {
    b.add(new Block.Heading(2, "About the data", "data"));
    b.add(
        new Block.Bullets(
            List.of(
                "The source text ends before the review's reference list, so each study is cited by first author and"
                    + " reference number only; titles, years and journals are not recorded.",
                "Per-study sample sizes and ages are not in the text (only the ranges 10-25 patients and mean ages"
                    + " 13.5-52.1 years), so no study has arms with participant counts.",
                "Where the review reports an association with a clinical measure but not its direction (coping and pain"
                    + " management in Shpaner et al (29), anxiety in Jensen et al (32), pain control in Seminowicz et al"
                    + " (34)), it is recorded with the clinical outcome in words, not as a signed association.",
                "The search date is stored as 2015-10-31: the review says October 2015 and the format needs a day.",
                "The risk-of-bias judgements are illustrative (see above); review.json carries them with the note: "
                    + SeedReview.ILLUSTRATIVE)));
  }

  private static Block findings(String caption, List<Finding> findings) {
    MarkupTable.Builder t =
        MarkupTable.builder()
            .caption(caption)
            .header("Statement", "Reported", "Implied", "Verdict", "Message");
    for (Finding f : findings) {
      String verdict = f.verdict().name();
      t.addCellRow(
          List.of(
              TableCell.of(f.statement()),
              TableCell.of(f.reported().orElse("-")),
              TableCell.of(f.expected().orElse("-")),
              TableCell.of(verdict, "verdict-" + verdict),
              TableCell.of(f.message())));
    }
    return new Block.Table(t.build());
  }

  static String studyLabel(Study s) {
    return Optional.ofNullable(s.sources().get("citation"))
        .flatMap(SourceLocation::quote)
        .map(q -> q + " [" + s.id() + "]")
        .orElse(s.id());
  }

  private static String population(Population p) {
    StringBuilder t =
        new StringBuilder(p.condition()).append(", ").append(words(p.ageGroup().name()));
    if (p.sexRestriction() != SexRestriction.NONE) {
      t.append(", ").append(words(p.sexRestriction().name()));
    }
    p.setting().ifPresent(s -> t.append(", ").append(s));
    return t.toString();
  }

  private static String intervention(Intervention i) {
    String parts =
        i.components().isEmpty()
            ? ""
            : " ["
                + i.components().stream()
                    .map(InterventionComponent::concept)
                    .collect(Collectors.joining(", "))
                + "]";
    return i.label() + " (" + i.concept() + ")" + parts;
  }

  private static String comparator(ComparatorCondition c) {
    return c.label().orElse(words(c.kind().name()));
  }

  private static String imaging(ImagingOutcome o) {
    String regions =
        o.regions().stream().map(ReportContent::region).collect(Collectors.joining(", "));
    return words(o.direction().name())
        + ": "
        + o.label()
        + " ("
        + o.modality()
        + "; "
        + words(o.contrast().name())
        + (regions.isEmpty() ? "" : "; " + regions)
        + ")";
  }

  private static String region(BrainRegion r) {
    return r.hemisphere().map(h -> words(h.name()) + " ").orElse("") + r.label();
  }

  private static String associations(Study s) {
    List<String> out = new ArrayList<>();
    for (ImagingOutcome o : s.imagingOutcomes()) {
      for (ClinicalAssociation a : o.associations()) {
        out.add(
            a.measure()
                + a.instrument().map(i -> " (" + i + ")").orElse("")
                + ": "
                + words(a.direction().name()));
      }
    }
    return out.isEmpty() ? "-" : String.join("\n", out);
  }

  private static String clinical(ClinicalOutcome c) {
    return c.measure()
        + c.instrument().map(i -> " (" + i + ")").orElse("")
        + c.direction().map(d -> ", " + words(d.name())).orElse("")
        + c.finding().map(f -> ": " + f).orElse("");
  }

  /** {@code NORMALISATION_TOWARD_CONTROLS} as {@code normalisation toward controls}. */
  static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
