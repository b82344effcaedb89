package dev.appraise.examples.review;

import static dev.appraise.examples.review.ReportContent.words;

import dev.appraise.core.markup.ColumnAlignment;
import dev.appraise.core.markup.MarkupTable;
import dev.appraise.core.markup.NumberText;
import dev.appraise.core.model.ChangeDirection;
import dev.appraise.core.model.ClinicalOutcome;
import dev.appraise.core.model.ImagingContrast;
import dev.appraise.core.model.ImagingOutcome;
import dev.appraise.core.model.Review;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.core.model.Study;
import dev.appraise.core.model.StudyDesign;
import dev.appraise.core.model.Taxonomy;
import dev.appraise.core.stats.ConfidenceInterval;
import dev.appraise.synthesis.plot.EffectDirectionPlot;
import dev.appraise.synthesis.swim.DomainVoteCount;
import dev.appraise.synthesis.swim.EffectDirection;
import dev.appraise.synthesis.swim.StudyCharacteristics;
import dev.appraise.synthesis.swim.StudyDirection;
import dev.appraise.synthesis.swim.SwimItem;
import dev.appraise.synthesis.swim.VoteCountResult;
import dev.appraise.synthesis.swim.VoteCounting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The seed review's synthesis without meta-analysis: its nine studies used different MRI
 * techniques, regions and contrasts and report no effect sizes, so their treatment-induced findings
 * are counted by direction of effect, per cluster of treatment and MRI modality, with the sign test
 * and the Wilson interval (Cochrane Handbook, ch. 12), drawn as an effect-direction plot (Boon and
 * Thomson 2021) and reported item by item as SWiM asks (Campbell et al. 2020).
 *
 * <p>Only findings of a treatment count: pre-post and group-by-time contrasts; the
 * patients-against-controls contrasts before treatment describe the condition, not an effect. A
 * normalisation toward healthy controls favours the intervention, no change is no change, a shift
 * is conflicting. An increase or a decrease favours the intervention where the review reads it as
 * an improvement, in the review's own words ({@link #READINGS}); where the review cannot read a
 * change as better or worse, it counts as conflicting. A fall in pain intensity is an improvement.
 */
final class SeedSynthesis {

  /** The effect-direction plot's file. */
  static final String FIGURE = "effect-direction.svg";

  /** The vote counting: Boon and Thomson's 70 % rule within a study, 95 % Wilson intervals. */
  static final VoteCounting COUNTING = VoteCounting.withDefaults();

  static final String PAIN = "Pain intensity";

  /** The clusters in the order the review reports them. */
  private static final List<String> CLUSTERS =
      List.of("psychological", "multidisciplinary", "exercise").stream()
          .map(ReportContent::clusterName)
          .toList();

  /** The domains in the order the report shows them. */
  private static final List<String> DOMAINS = List.of("Functional MRI", "Structural MRI", PAIN);

  /**
   * How the review reads an increase or a decrease.
   *
   * @param study the study's id
   * @param outcome the imaging outcome's index in the study
   * @param improvement the change the review reads as an improvement; empty where it reads none
   * @param basis the review's words, each quotation in double quotes
   */
  record Reading(String study, int outcome, Optional<ChangeDirection> improvement, String basis) {}

  private static final String PREFRONTAL =
      "The review: \"an increased activation or increased gray matter volume in"
          + " these regions may indicate an improvement of descending pain modulation\"";

  private static final String REDUCED =
      "Before treatment patients \"exhibited reduced pre-treatment cortical"
          + " thickness and subcortical gray matter compared to healthy controls\"; the review: \"a treatment-induced"
          + " prefrontal cortical thickness increase\"";

  /** The review's readings of the increases and decreases its studies found after treatment. */
  static final List<Reading> READINGS =
      List.of(
          new Reading(
              "Becerra28",
              1,
              Optional.of(ChangeDirection.DECREASE),
              "Before treatment patients showed \"a"
                  + " pre-treatment increased functional connectivity of several brain networks\"; the review: \"the"
                  + " normalization of the resting-state network functional connectivity\""),
          new Reading(
              "Shpaner29",
              0,
              Optional.empty(),
              "The review: \"The decreased functional connectivity with the"
                  + " PAG following CBT in the study of Shpaner et al (29) may be difficult to interpret\""),
          new Reading(
              "Shpaner29",
              1,
              Optional.empty(),
              "The review reads this change neither as better nor as worse"),
          new Reading("Jensen32", 1, Optional.of(ChangeDirection.INCREASE), PREFRONTAL),
          new Reading("Seminowicz34", 1, Optional.of(ChangeDirection.INCREASE), PREFRONTAL),
          new Reading("Erpelding35", 1, Optional.of(ChangeDirection.INCREASE), REDUCED),
          new Reading("Erpelding35", 2, Optional.of(ChangeDirection.INCREASE), REDUCED),
          new Reading(
              "Erpelding35",
              3,
              Optional.of(ChangeDirection.INCREASE),
              "The review: \"This may indicate that"
                  + " top-down modulation of pain processes was improved due to the treatment\""));

  private SeedSynthesis() {}

  /**
   * Reads every treatment-induced imaging finding and every reported change of pain intensity as a
   * direction of effect.
   *
   * @param review the review
   * @return the readings, by cluster in the review's order, then by domain, then in the review's
   *     order of studies
   * @throws IllegalStateException if an increase or a decrease has no reading
   */
  static List<DirectionReading> readings(Review review) {
    List<String> studies = review.studies().stream().map(Study::id).toList();
    List<DirectionReading> out = new ArrayList<>(unordered(review));
    out.sort(
        Comparator.comparingInt((DirectionReading d) -> rank(CLUSTERS, d.group()))
            .thenComparingInt(d -> rank(DOMAINS, d.domain()))
            .thenComparingInt(d -> studies.indexOf(d.study())));
    return out;
  }

  private static int rank(List<String> order, String value) {
    int i = order.indexOf(value);
    return i < 0 ? order.size() : i;
  }

  private static List<DirectionReading> unordered(Review review) {
    Taxonomy modalities = Taxonomy.mriModalities();
    List<DirectionReading> out = new ArrayList<>();
    for (Study s : review.studies()) {
      String group = group(s);
      for (int i = 0; i < s.imagingOutcomes().size(); i++) {
        ImagingOutcome o = s.imagingOutcomes().get(i);
        if (o.contrast() == ImagingContrast.PATIENTS_VS_CONTROLS) {
          continue;
        }
        String domain = modalities.concept(modalities.rollUp(o.modality(), 2)).label();
        DirectionReading.Builder r =
            DirectionReading.builder()
                .study(s.id())
                .group(group)
                .domain(domain)
                .finding(o.label())
                .change(words(o.direction().name()));
        int index = i;
        if (o.direction() == ChangeDirection.INCREASE
            || o.direction() == ChangeDirection.DECREASE) {
          Reading reading =
              READINGS.stream()
                  .filter(x -> x.study().equals(s.id()) && x.outcome() == index)
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "no reading of " + s.id() + " outcome " + index + ": " + o.label()));
          r.direction(
                  reading
                      .improvement()
                      .map(up -> EffectDirection.fromChange(o.direction(), up))
                      .orElse(EffectDirection.CONFLICTING))
              .basis(reading.basis());
        } else {
          r.direction(EffectDirection.fromChange(o.direction(), ChangeDirection.INCREASE))
              .basis(rule(o.direction()));
        }
        out.add(r.build());
      }
      for (ClinicalOutcome c : s.clinicalOutcomes()) {
        if (c.measure().equals("pain intensity") && c.direction().isPresent()) {
          out.add(
              DirectionReading.builder()
                  .study(s.id())
                  .group(group)
                  .domain(PAIN)
                  .finding(c.measure() + c.instrument().map(x -> " (" + x + ")").orElse(""))
                  .change(words(c.direction().get().name()))
                  .direction(
                      EffectDirection.fromChange(c.direction().get(), ChangeDirection.DECREASE))
                  .basis(
                      c.direction().get() == ChangeDirection.NO_CHANGE
                          ? rule(ChangeDirection.NO_CHANGE)
                          : "A fall in pain intensity is an improvement")
                  .build());
        }
      }
    }
    return out;
  }

  private static String rule(ChangeDirection change) {
    switch (change) {
      case NORMALISATION_TOWARD_CONTROLS:
        return "A normalisation toward healthy controls favours the intervention";
      case NO_CHANGE:
        return "No change";
      default:
        return "A shift or mixed change has no single direction: conflicting";
    }
  }

  /** The study's treatment cluster in the review's words. */
  static String group(Study s) {
    String concept = s.interventions().get(0).concept();
    int slash = concept.indexOf('/');
    return ReportContent.clusterName(slash < 0 ? concept : concept.substring(0, slash));
  }

  /**
   * What the plot shows beside each study: cluster, design, overall risk of bias; no sample size,
   * which the review does not give per study.
   *
   * @param review the review
   * @param overall each study's overall risk of bias
   * @return one entry per study, by cluster in the review's order
   */
  static List<StudyCharacteristics> characteristics(
      Review review, Map<String, RiskOfBiasLevel> overall) {
    List<StudyCharacteristics> out = new ArrayList<>();
    for (Study s : review.studies()) {
      StudyCharacteristics.Builder c =
          StudyCharacteristics.builder()
              .study(s.id())
              .group(group(s))
              .design(s.design() == StudyDesign.RANDOMISED_CONTROLLED_TRIAL ? "RCT" : "Cohort");
      Optional.ofNullable(overall.get(s.id())).ifPresent(c::riskOfBias);
      out.add(c.build());
    }
    out.sort(Comparator.comparingInt(c -> rank(CLUSTERS, c.group().orElse(""))));
    return out;
  }

  /**
   * Counts each cluster's studies by direction of effect.
   *
   * @param readings the readings
   * @return the vote counts by treatment cluster, in the order the clusters first appear
   */
  static Map<String, VoteCountResult> voteCounts(List<DirectionReading> readings) {
    Map<String, List<DirectionReading>> byGroup = new LinkedHashMap<>();
    readings.forEach(r -> byGroup.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
    Map<String, VoteCountResult> out = new LinkedHashMap<>();
    byGroup.forEach(
        (group, rs) ->
            out.put(group, COUNTING.count(rs.stream().map(DirectionReading::toOutcome).toList())));
    return out;
  }

  /**
   * Draws the effect-direction plot.
   *
   * @param readings the readings
   * @param studies the studies' characteristics
   * @return the SVG document
   */
  static String plot(List<DirectionReading> readings, List<StudyCharacteristics> studies) {
    return EffectDirectionPlot.withDefaults()
        .withCounting(COUNTING)
        .withTotals(false)
        .withTitle(
            "Direction of treatment-induced changes by cluster (risk of bias: illustrative rating)")
        .render(readings.stream().map(DirectionReading::toOutcome).toList(), studies);
  }

  /**
   * The report's section.
   *
   * @param b the blocks to add to
   * @param r the report
   */
  static void blocks(List<Block> b, ReviewReport r) {
    b.add(new Block.Heading(2, "Synthesis without meta-analysis", "synthesis"));
    b.add(
        new Block.Paragraph(
            "The nine studies used different MRI techniques, regions and contrasts and report no"
                + " effect sizes, so no meta-analysis is possible. Their treatment-induced findings are counted by direction"
                + " of effect instead, per cluster of treatment and MRI modality (vote counting based on the direction of"
                + " effect, Cochrane Handbook ch. 12; never by statistical significance). Only pre-post and group-by-time"
                + " findings count; the comparisons of patients with healthy controls before treatment describe the"
                + " condition, not an effect. A change favours the treatment when it is a normalisation toward healthy"
                + " controls or a change the review reads as an improvement, in its own words (Table G); a change the"
                + " review cannot read either way, or a shift, is conflicting. A study with several findings in one"
                + " cluster takes the direction at least 70 % of them share, else conflicting (Boon and Thomson 2021)."));
    List<List<String>> rows = new ArrayList<>();
    for (DirectionReading d : r.directions()) {
      rows.add(
          List.of(
              d.study(),
              d.group(),
              d.domain(),
              d.finding(),
              d.change(),
              words(d.direction().name()),
              d.basis()));
    }
    b.add(
        Block.Table.of(
            "Table G. Each treatment-induced finding read as a direction of effect",
            List.of(
                "Study", "Cluster", "Domain", "Finding", "Change", "Direction of effect", "Basis"),
            rows));
    b.add(
        new Block.Figure(
            FIGURE,
            "Fig. E. Effect-direction plot: direction of treatment-induced changes per study"
                + " and domain, vote count and sign test per cluster (overall risk of bias from the illustrative rating;"
                + " sample sizes not reported per study)"));
    b.add(new Block.Table(voteCountTable(r)));
    b.add(new Block.Paragraph(signTestWords(r)));
    b.add(new Block.Table(checklist(r)));
  }

  private static MarkupTable voteCountTable(ReviewReport r) {
    MarkupTable.Builder t =
        MarkupTable.builder()
            .caption(
                "Table H. Vote counting by direction of effect per cluster, with the exact two-sided sign test")
            .header(
                "Cluster",
                "Domain",
                "Studies",
                "Favour treatment",
                "Favour comparator",
                "No change or conflicting",
                "Proportion favouring (95 % CI, Wilson)",
                "Sign test p");
    for (int c = 3; c <= 5; c++) {
      t.alignment(c, ColumnAlignment.RIGHT);
    }
    t.alignment(7, ColumnAlignment.RIGHT);
    r.voteCounts()
        .forEach(
            (group, counts) -> {
              for (DomainVoteCount d : counts.domains()) {
                t.addRow(
                    group,
                    d.domain(),
                    d.studies().stream()
                        .map(StudyDirection::study)
                        .collect(Collectors.joining(", ")),
                    Integer.toString(d.favouring()),
                    Integer.toString(d.against()),
                    Integer.toString(d.unclear()),
                    d.interval()
                        .map(
                            ci ->
                                percent(d.proportion().orElseThrow())
                                    + " ("
                                    + percent(ci.lower())
                                    + " to "
                                    + percent(ci.upper())
                                    + ")")
                        .orElse("undefined: " + d.undefinedReason().orElse("")),
                    d.signTestP().isPresent()
                        ? NumberText.fixed(d.signTestP().getAsDouble(), 3)
                        : "-");
              }
            });
    return t.build();
  }

  private static String percent(double share) {
    return NumberText.fixed(100 * share, 0) + " %";
  }

  /** What the sign tests on so few studies can and cannot say. */
  private static String signTestWords(ReviewReport r) {
    String most =
        r.voteCounts().entrySet().stream()
            .flatMap(e -> e.getValue().domains().stream().map(d -> Map.entry(e.getKey(), d)))
            .max(Comparator.comparingInt(e -> e.getValue().favouring()))
            .map(
                e ->
                    " The most any cluster shows is "
                        + e.getValue().favouring()
                        + " of "
                        + e.getValue().withDirection()
                        + " studies favouring the treatment ("
                        + e.getKey()
                        + ", "
                        + e.getValue().domain()
                        + "), p = "
                        + NumberText.fixed(e.getValue().signTestP().orElse(1), 3)
                        + ".")
            .orElse("");
    return "The sign test counts only the studies with a direction and asks whether more of them favour the"
        + " treatment than chance would give if none did. What it can say here is little. With 2 or 3 studies no result can reach p < 0.05, even when"
        + " every study points the same way: 2 of 2 gives p = 0.5, 3 of 3 gives p = 0.25, and it takes 6 of 6 (p ="
        + " 0.031) to get below 0.05."
        + most
        + " A p-value above 0.05 here is therefore no evidence that the"
        + " treatments change nothing; it only says that so few studies cannot tell a consistent direction from"
        + " chance. The proportions' wide Wilson intervals say the same. The test also assumes independent studies:"
        + " the three pediatric CRPS cohorts come from one research group, and no study's change was weighed by its"
        + " size or precision. The directions describe how brain measures moved, read through the review's"
        + " interpretation of what counts as an improvement; they are not effects on patients' pain.";
  }

  private static MarkupTable checklist(ReviewReport r) {
    Map<SwimItem, String> answers = new LinkedHashMap<>();
    Review review = r.review();
    String clusters =
        r.clusters().clusters().stream()
            .sorted(
                Comparator.comparingInt(
                    c ->
                        rank(CLUSTERS, ReportContent.clusterName(c.key().treatment().orElse("-")))))
            .map(
                c ->
                    ReportContent.clusterName(c.key().treatment().orElse("-"))
                        + " × "
                        + c.key()
                            .modality()
                            .map(m -> Taxonomy.mriModalities().concept(m).label())
                            .orElse("-")
                        + " ("
                        + c.studies().size()
                        + (c.studies().size() == 1 ? " study)" : " studies)"))
            .collect(Collectors.joining("; "));
    answers.put(
        SwimItem.GROUPING,
        "By treatment and MRI modality, as the review clusters its studies: "
            + clusters
            + ". Pain intensity is a third domain where studies report its direction.");
    long treatmentFindings =
        review.studies().stream()
            .flatMap(s -> s.imagingOutcomes().stream())
            .filter(o -> o.contrast() != ImagingContrast.PATIENTS_VS_CONTROLS)
            .count();
    answers.put(
        SwimItem.STANDARDISED_METRIC,
        "Direction of effect, the only metric all studies allow: the review"
            + " reports no effect sizes. Each of the "
            + treatmentFindings
            + " treatment-induced imaging findings is read"
            + " as favouring the treatment, the comparator, no change or conflicting (Table G).");
    answers.put(
        SwimItem.SYNTHESIS_METHOD,
        "Vote counting based on the direction of effect, with the exact"
            + " two-sided sign test and the Wilson 95 % interval for the proportion favouring the treatment (Cochrane"
            + " Handbook ch. 12); meta-analysis is not possible without effect sizes.");
    long several =
        r.directions().stream()
            .collect(
                Collectors.groupingBy(d -> d.study() + "|" + d.domain(), Collectors.counting()))
            .values()
            .stream()
            .filter(n -> n > 1)
            .count();
    answers.put(
        SwimItem.PRIORITISATION,
        "Every treatment-induced finding counts; none is preferred. A study with"
            + " several findings in one domain ("
            + several
            + " such cases) takes the direction at least 70 % of them"
            + " share, else conflicting (Boon and Thomson 2021).");
    answers.put(
        SwimItem.HETEROGENEITY,
        "By grouping only: each cluster is counted on its own (Table H). With 1 to 3"
            + " studies per cluster, differences between studies (design, population, technique) can only be described,"
            + " not investigated.");
    answers.put(
        SwimItem.CERTAINTY,
        "GRADE, one body of evidence per cluster (Summary of findings): "
            + r.profile().assessments().stream()
                .map(a -> SeedGrading.LABELS.label(a.certainty()))
                .collect(Collectors.groupingBy(l -> l, LinkedHashMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .map(e -> e.getValue() + " " + e.getKey().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "))
            + ".");
    answers.put(
        SwimItem.DATA_PRESENTATION,
        "The effect-direction plot (Fig. E) with each study's design and overall"
            + " risk of bias, the readings (Table G) and the vote counts (Table H).");
    answers.put(SwimItem.REPORTING_RESULTS, results(r));
    answers.put(
        SwimItem.LIMITATIONS,
        "Directions only, no sizes; sign tests on 1 to 3 studies cannot reach"
            + " significance; whether a change in a brain measure is an improvement rests on the review's reading;"
            + " three of the studies come from one research group; sample sizes per study are not reported, so the"
            + " arrows are not sized; the risk-of-bias judgements are illustrative.");
    MarkupTable.Builder t =
        MarkupTable.builder()
            .caption(
                "Table I. SWiM reporting items (Campbell et al., BMJ"
                    + " 2020;368:l6890), answered from the data")
            .header("Item", "SWiM item", "This synthesis");
    answers.forEach(
        (item, answer) -> t.addRow(Integer.toString(item.number()), item.title(), answer));
    return t.build();
  }

  private static String results(ReviewReport r) {
    List<String> parts = new ArrayList<>();
    r.voteCounts()
        .forEach(
            (group, counts) -> {
              for (DomainVoteCount d : counts.domains()) {
                Optional<ConfidenceInterval> ci = d.interval();
                parts.add(
                    group
                        + ", "
                        + d.domain()
                        + ": "
                        + d.studies().size()
                        + (d.studies().size() == 1 ? " study, " : " studies, ")
                        + (ci.isPresent()
                            ? d.favouring()
                                + " of "
                                + d.withDirection()
                                + " favouring the treatment, sign test p = "
                                + NumberText.fixed(d.signTestP().orElseThrow(), 3)
                            : "no direction"));
              }
            });
    return String.join("; ", parts)
        + ". The review gives 10 to 25 patients per study but no per-study numbers;"
        + " the certainty of each finding is in the Summary of findings.";
  }
}
