package dev.appraise.core.model;

import dev.appraise.core.flow.PrismaFlow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of valid model values, for round-trip and clustering properties. Every generated
 * value satisfies the model's invariants; text includes quotes, backslashes, slashes, tildes and
 * non-ASCII letters so that escaping is exercised.
 */
public final class ModelArbitraries {

  private ModelArbitraries() {}

  /** The treatment concept codes generated, all in the default treatment taxonomy. */
  public static final List<String> TREATMENTS =
      List.of(
          "psychological",
          "psychological/cbt",
          "psychological/extinction-training",
          "multidisciplinary",
          "exercise",
          "exercise/aerobic",
          "exercise/other",
          "physical",
          "education");

  /** The MRI modality codes generated, all in the default MRI modality taxonomy. */
  public static final List<String> MODALITIES =
      List.of(
          "mri",
          "mri/structural",
          "mri/structural/grey-matter-volume",
          "mri/structural/cortical-thickness",
          "mri/structural/white-matter-dti",
          "mri/functional",
          "mri/functional/resting-state",
          "mri/functional/task",
          "mri/functional/task/pain-evoked",
          "mri/functional/task/pressure-evoked",
          "mri/spectroscopy",
          "mri/perfusion");

  /** {@return non-blank text} */
  public static Arbitrary<String> text() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars(' ', '"', '\\', '/', '~', 'é', 'ü', 'ı', '-')
        .ofMinLength(1)
        .ofMaxLength(12)
        .filter(s -> !s.isBlank());
  }

  /** {@return identifiers such as study and arm ids} */
  public static Arbitrary<String> ids() {
    return Arbitraries.strings()
        .withCharRange('a', 'z')
        .numeric()
        .withChars('-', '_', '.')
        .ofMinLength(1)
        .ofMaxLength(8)
        .filter(s -> Checks.IDENTIFIER.matcher(s).matches());
  }

  private static Arbitrary<OptionalDouble> optionalDouble(double min, double max) {
    return Arbitraries.doubles()
        .between(min, max)
        .ofScale(4)
        .optional(0.6)
        .map(o -> o.map(OptionalDouble::of).orElse(OptionalDouble.empty()));
  }

  private static Arbitrary<OptionalInt> optionalInt(int min, int max) {
    return Arbitraries.integers()
        .between(min, max)
        .optional(0.6)
        .map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
  }

  private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> arbitrary) {
    return arbitrary.optional(0.5);
  }

  /** {@return participants whose ages are ordered min <= mean <= max} */
  public static Arbitrary<Participants> participants() {
    Arbitrary<List<Double>> ages =
        Arbitraries.doubles()
            .between(0, 99)
            .ofScale(2)
            .list()
            .ofSize(3)
            .map(l -> l.stream().sorted().toList());
    return Combinators.combine(
            Arbitraries.integers().between(0, 400),
            optionalDouble(0, 1),
            ages,
            Arbitraries.integers().between(0, 7),
            optionalDouble(0, 20))
        .as(
            (n, female, age, present, sd) ->
                Participants.builder()
                    .n(n)
                    .femaleShare(female)
                    .minAge(
                        (present & 1) != 0 ? OptionalDouble.of(age.get(0)) : OptionalDouble.empty())
                    .meanAge(
                        (present & 2) != 0 ? OptionalDouble.of(age.get(1)) : OptionalDouble.empty())
                    .maxAge(
                        (present & 4) != 0 ? OptionalDouble.of(age.get(2)) : OptionalDouble.empty())
                    .ageSd(sd)
                    .build());
  }

  static Arbitrary<SourceLocation> sources() {
    return Combinators.combine(maybe(text()), maybe(text()), maybe(text()), text())
        .as(
            (page, table, figure, quote) ->
                SourceLocation.builder()
                    .page(page)
                    .table(table)
                    .figure(figure)
                    .quote(quote)
                    .build());
  }

  static Arbitrary<Citation> citations() {
    return Combinators.combine(
            text().list().ofMaxSize(3),
            Arbitraries.integers().between(1600, 2200).optional(0.8),
            Arbitraries.strings().ofMaxLength(10),
            maybe(text()),
            maybe(text()),
            maybe(text()))
        .as(
            (authors, year, title, journal, doi, pmid) ->
                Citation.builder()
                    .authors(authors)
                    .year(year.map(OptionalInt::of).orElse(OptionalInt.empty()))
                    .title(title)
                    .journal(journal)
                    .doi(doi)
                    .pmid(pmid)
                    .build());
  }

  static Arbitrary<Intervention> interventions(List<String> armIds) {
    Arbitrary<InterventionComponent> components =
        Combinators.combine(text(), Arbitraries.of(TREATMENTS))
            .as(
                (label, concept) ->
                    InterventionComponent.builder().label(label).concept(concept).build());
    Arbitrary<Dose> doses =
        Combinators.combine(
                optionalInt(1, 60), optionalDouble(0.5, 52), optionalInt(1, 480), maybe(text()))
            .as(
                (sessions, weeks, minutes, description) ->
                    sessions.isEmpty()
                            && weeks.isEmpty()
                            && minutes.isEmpty()
                            && description.isEmpty()
                        ? Dose.builder().description("as usual").build()
                        : Dose.builder()
                            .sessions(sessions)
                            .weeks(weeks)
                            .minutesPerSession(minutes)
                            .description(description)
                            .build());
    return Combinators.combine(
            text(),
            Arbitraries.of(TREATMENTS),
            components.list().ofMaxSize(3),
            maybe(doses),
            armReference(armIds))
        .as(
            (label, concept, parts, dose, arm) ->
                Intervention.builder()
                    .label(label)
                    .concept(concept)
                    .components(parts)
                    .dose(dose)
                    .armId(arm)
                    .build());
  }

  private static Arbitrary<Optional<String>> armReference(List<String> armIds) {
    return armIds.isEmpty() ? Arbitraries.just(Optional.empty()) : maybe(Arbitraries.of(armIds));
  }

  static Arbitrary<ComparatorCondition> comparators(List<String> armIds) {
    return Combinators.combine(
            Arbitraries.of(ComparatorKind.class), maybe(text()), armReference(armIds))
        .as(
            (kind, label, arm) ->
                ComparatorCondition.builder()
                    .kind(kind)
                    .label(
                        kind == ComparatorKind.OTHER && label.isEmpty()
                            ? Optional.of("other")
                            : label)
                    .armId(arm)
                    .build());
  }

  static Arbitrary<BrainRegion> regions() {
    Arbitrary<Coordinates> points =
        Combinators.combine(
                Arbitraries.doubles().between(-90, 90).ofScale(1),
                Arbitraries.doubles().between(-120, 90).ofScale(1),
                Arbitraries.doubles().between(-70, 90).ofScale(1),
                Arbitraries.of(CoordinateSpace.class))
            .as(Coordinates::of);
    return Combinators.combine(
            text(), maybe(Arbitraries.of(Hemisphere.class)), maybe(text()), maybe(points))
        .as(
            (label, hemisphere, atlas, point) ->
                BrainRegion.builder()
                    .label(label)
                    .hemisphere(hemisphere)
                    .atlasLabel(atlas)
                    .coordinates(point)
                    .build());
  }

  static Arbitrary<ReportedStatistic> statistics(List<String> regionLabels) {
    return Combinators.combine(
            Arbitraries.of(StatisticKind.class),
            Arbitraries.doubles().between(-1, 1).ofScale(3),
            Arbitraries.doubles().between(1, 1000).ofScale(6),
            optionalDouble(0, 1),
            maybe(Arbitraries.of(CorrectionMethod.class)),
            optionalDouble(0.0001, 1),
            regionLabels.isEmpty()
                ? Arbitraries.just(Optional.<String>empty())
                : maybe(Arbitraries.of(regionLabels)))
        .as(
            (kind, small, large, p, correction, threshold, region) ->
                ReportedStatistic.builder()
                    .kind(kind)
                    .value(
                        kind == StatisticKind.R
                            ? small
                            : kind == StatisticKind.F ? large : large * Math.signum(small))
                    .p(p)
                    .correction(correction)
                    .threshold(threshold)
                    .region(region)
                    .build());
  }

  static Arbitrary<ClinicalAssociation> associations() {
    return Combinators.combine(
            text(),
            maybe(text()),
            Arbitraries.of(CorrelationDirection.class),
            Arbitraries.doubles().between(0.01, 1).ofScale(3).optional(0.5),
            optionalDouble(0, 1))
        .as(
            (measure, instrument, direction, r, p) ->
                ClinicalAssociation.builder()
                    .measure(measure)
                    .instrument(instrument)
                    .direction(direction)
                    .r(
                        r.map(
                                v ->
                                    OptionalDouble.of(
                                        direction == CorrelationDirection.NEGATIVE ? -v : v))
                            .orElse(OptionalDouble.empty()))
                    .p(p)
                    .build());
  }

  /**
   * Imaging outcomes with a modality from {@link #MODALITIES}.
   *
   * @param armIds the arms an outcome may refer to
   * @return the generator
   */
  public static Arbitrary<ImagingOutcome> imagingOutcomes(List<String> armIds) {
    return regions()
        .list()
        .ofMaxSize(3)
        .uniqueElements(BrainRegion::label)
        .flatMap(
            regions -> {
              List<String> labels = regions.stream().map(BrainRegion::label).toList();
              return Combinators.combine(
                      text(),
                      Arbitraries.of(MODALITIES),
                      Arbitraries.of(ImagingAnalysis.class),
                      Arbitraries.of(ImagingContrast.class),
                      Arbitraries.of(ChangeDirection.class),
                      statistics(labels).list().ofMaxSize(2),
                      associations().list().ofMaxSize(2),
                      Combinators.combine(armReference(armIds), maybe(sources())).as(List::of))
                  .as(
                      (label,
                          modality,
                          analysis,
                          contrast,
                          direction,
                          statistics,
                          associations,
                          armAndSource) ->
                          ImagingOutcome.builder()
                              .label(label)
                              .modality(modality)
                              .analysis(analysis)
                              .contrast(contrast)
                              .regions(regions)
                              .direction(direction)
                              .statistics(statistics)
                              .associations(associations)
                              .armId(cast(armAndSource.get(0)))
                              .source(cast(armAndSource.get(1)))
                              .build());
            });
  }

  @SuppressWarnings("unchecked")
  private static <T> Optional<T> cast(Object optional) {
    return (Optional<T>) optional;
  }

  static Arbitrary<ClinicalOutcome> clinicalOutcomes(List<String> armIds) {
    return Combinators.combine(
            text(),
            maybe(text()),
            maybe(Arbitraries.of(ChangeDirection.class)),
            maybe(text()),
            armReference(armIds),
            maybe(sources()))
        .as(
            (measure, instrument, direction, finding, arm, source) ->
                ClinicalOutcome.builder()
                    .measure(measure)
                    .instrument(instrument)
                    .direction(direction)
                    .finding(finding)
                    .armId(arm)
                    .source(source)
                    .build());
  }

  /** {@return valid studies with a generated id} */
  public static Arbitrary<Study> studies() {
    Arbitrary<Arm> arms =
        Combinators.combine(ids(), text(), participants())
            .as((id, label, p) -> Arm.builder().id(id).label(label).participants(p).build());
    Arbitrary<Population> populations =
        Combinators.combine(
                text(),
                maybe(text()),
                Arbitraries.of(AgeGroup.class),
                Arbitraries.of(SexRestriction.class))
            .as(
                (condition, setting, age, sex) ->
                    Population.builder()
                        .condition(condition)
                        .setting(setting)
                        .ageGroup(age)
                        .sexRestriction(sex)
                        .build());
    return Combinators.combine(arms.list().ofMaxSize(3).uniqueElements(Arm::id), populations)
        .flatAs(
            (armList, pop) -> {
              List<Arm> fitted = new ArrayList<>();
              for (Arm arm : armList) {
                Participants p = arm.participants();
                if (pop.sexRestriction() != SexRestriction.NONE && p.femaleShare().isPresent()) {
                  p =
                      Participants.builder()
                          .from(p)
                          .femaleShare(pop.sexRestriction() == SexRestriction.WOMEN_ONLY ? 1 : 0)
                          .build();
                }
                fitted.add(Arm.builder().from(arm).participants(p).build());
              }
              List<String> armIds = fitted.stream().map(Arm::id).toList();
              return Combinators.combine(
                      ids(),
                      citations(),
                      Arbitraries.of(StudyDesign.class),
                      interventions(armIds).list().ofMaxSize(2),
                      comparators(armIds).list().ofMaxSize(2),
                      imagingOutcomes(armIds).list().ofMaxSize(3),
                      clinicalOutcomes(armIds).list().ofMaxSize(2),
                      Arbitraries.maps(text(), sources()).ofMaxSize(2))
                  .as(
                      (id,
                          citation,
                          design,
                          interventions,
                          comparators,
                          imaging,
                          clinical,
                          sources) ->
                          Study.builder()
                              .id(id)
                              .citation(citation)
                              .design(design)
                              .population(pop)
                              .arms(fitted)
                              .interventions(interventions)
                              .comparators(comparators)
                              .imagingOutcomes(imaging)
                              .clinicalOutcomes(clinical)
                              .sources(sources)
                              .build());
            });
  }

  static Arbitrary<PrismaFlow> flows() {
    Arbitrary<OptionalInt> count = optionalInt(0, 5000);
    return Combinators.combine(
            Arbitraries.maps(text(), Arbitraries.integers().between(0, 900)).ofMaxSize(3),
            count,
            count,
            count,
            count,
            Arbitraries.maps(text(), Arbitraries.integers().between(0, 50)).ofMaxSize(3),
            count,
            count)
        .as(
            (perSource, identified, duplicates, screened, excluded, reasons, included, studies) ->
                PrismaFlow.builder()
                    .recordsPerSource(perSource)
                    .recordsIdentified(identified)
                    .duplicatesRemoved(duplicates)
                    .recordsScreened(screened)
                    .recordsExcluded(excluded)
                    .reportsExcludedPerReason(reasons)
                    .includedFromDatabases(included)
                    .studiesIncluded(studies)
                    .build());
  }

  /** {@return valid reviews of up to four studies, with judgements about them} */
  public static Arbitrary<Review> reviews() {
    Arbitrary<Search> searches =
        Combinators.combine(
                text().list().ofMinSize(1).ofMaxSize(3).uniqueElements(),
                Arbitraries.integers()
                    .between(0, 20000)
                    .map(d -> LocalDate.of(1990, 1, 1).plusDays(d)),
                maybe(text()))
            .as(
                (sources, date, strategy) ->
                    Search.builder().sources(sources).date(date).strategy(strategy).build());
    Arbitrary<PicoQuestion> questions =
        Combinators.combine(text(), text(), maybe(text()), text())
            .as(
                (p, i, c, o) ->
                    PicoQuestion.builder()
                        .population(p)
                        .intervention(i)
                        .comparison(c)
                        .outcome(o)
                        .build());
    return studies()
        .list()
        .ofMaxSize(4)
        .uniqueElements(Study::id)
        .flatMap(
            studies -> {
              List<String> ids = studies.stream().map(Study::id).toList();
              Arbitrary<List<RiskOfBiasJudgement>> judgements =
                  ids.isEmpty()
                      ? Arbitraries.just(List.of())
                      : Combinators.combine(
                              Arbitraries.of(ids),
                              Arbitraries.of("D1", "D2", RiskOfBiasJudgement.OVERALL),
                              Arbitraries.of(RiskOfBiasLevel.class),
                              Arbitraries.of(JudgementStage.class),
                              maybe(text()),
                              maybe(Arbitraries.strings().ofMaxLength(5)))
                          .as(
                              (study, domain, level, stage, support, outcome) ->
                                  RiskOfBiasJudgement.builder()
                                      .studyId(study)
                                      .tool("rob1")
                                      .domain(domain)
                                      .level(level)
                                      .stage(stage)
                                      .support(support)
                                      .outcome(outcome)
                                      .rater("AB")
                                      .build())
                          .list()
                          .ofMaxSize(4);
              return Combinators.combine(
                      text(), questions, searches.list().ofMaxSize(2), maybe(flows()), judgements)
                  .as(
                      (title, question, searchList, flow, rob) ->
                          Review.builder()
                              .title(title)
                              .question(question)
                              .searches(searchList)
                              .prismaFlow(flow)
                              .studies(studies)
                              .riskOfBias(rob)
                              .build());
            });
  }
}
