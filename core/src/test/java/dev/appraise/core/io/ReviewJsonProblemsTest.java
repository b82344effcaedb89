package dev.appraise.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import dev.appraise.core.model.Review;
import dev.appraise.core.model.Taxonomy;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way reading a review can fail, each reported with its JSON pointer, all problems of a
 * document at once.
 */
class ReviewJsonProblemsTest {

  /** A valid review with one study; {@code %s} marks where a test puts more fields of the study. */
  private static final String TEMPLATE =
      """
      {
        "schemaVersion": 1,
        "title": "A review",
        "question": {"population": "adults", "intervention": "exercise", "outcome": "grey matter"},
        "studies": [
          {
            "id": "Moreau2019",
            "citation": {"title": "Neck exercise"},
            "design": "CASE_SERIES",
            "population": {"condition": "neck pain", "ageGroup": "ADULT"}%s
          }
        ]
      }
      """;

  private static String withStudyFields(String fields) {
    return String.format(java.util.Locale.ROOT, TEMPLATE, fields.isEmpty() ? "" : ",\n" + fields);
  }

  private static List<String> problems(ReviewJson json, String text) {
    InputFormatException e =
        catchThrowableOfType(InputFormatException.class, () -> json.read(text));
    assertThat(e).as("reading should fail").isNotNull();
    return e.problems().stream().map(InputProblem::toString).toList();
  }

  private static List<String> problems(String text) {
    return problems(ReviewJson.withDefaults(), text);
  }

  @Test
  void templateIsValid() {
    assertThat(ReviewJson.withDefaults().read(withStudyFields("")).studies()).hasSize(1);
  }

  @Test
  void everyStructuralProblemIsReportedAtOnceInDocumentOrder() {
    String json =
        """
        {
          "schemaVersion": 1,
          "title": "",
          "question": {"population": "adults", "intervention": "exercise"},
          "studies": [
            {
              "id": "Moreau 2019",
              "citation": {"title": "Neck exercise", "year": "2019"},
              "design": "RCT",
              "population": {"condition": "neck pain", "ageGroup": "ADULT"},
              "arms": [{"id": "a", "label": "A", "participants": {"n": -3}}],
              "colour": "red"
            }
          ]
        }
        """;
    InputFormatException e =
        catchThrowableOfType(
            InputFormatException.class, () -> ReviewJson.withDefaults().read(json));
    assertThat(e.source()).isEqualTo("review JSON");
    assertThat(e.problems())
        .map(InputProblem::toString)
        .containsExactly(
            "/title: must not be blank, was \"\"",
            "/question: missing required field \"outcome\"",
            "/studies/0/id: must match ^[A-Za-z0-9][A-Za-z0-9._-]*$, was \"Moreau 2019\"",
            "/studies/0/citation/year: must be an integer, was string \"2019\"",
            "/studies/0/design: must be one of [\"RANDOMISED_CONTROLLED_TRIAL\",\"NON_RANDOMISED_CONTROLLED_TRIAL\","
                + "\"CONTROLLED_COHORT\",\"UNCONTROLLED_COHORT\",\"CASE_CONTROL\",\"CROSS_SECTIONAL\",\"CASE_SERIES\"], "
                + "was string \"RCT\"",
            "/studies/0/arms/0/participants/n: must be >= 0, was -3",
            "/studies/0/colour: unknown field; expected one of [id, citation, design, population, arms, interventions, "
                + "comparators, imagingOutcomes, clinicalOutcomes, sources]");
    assertThat(e.getMessage())
        .startsWith("review JSON: 7 problems\n  /title: must not be blank")
        .contains("\n  /studies/0/colour: unknown field");
  }

  @Test
  void invariantsOfSoundObjectsAreCheckedEverywhereAndEachFaultReportedOnce() {
    String json =
        withStudyFields(
            """
        "arms": [
          {"id": "a", "label": "A", "participants": {"n": 10, "meanAge": 35, "minAge": 18, "maxAge": 30}},
          {"id": "b", "label": "B", "participants": {"n": 10}},
          {"id": "b", "label": "B again", "participants": {"n": 10}}
        ],
        "comparators": [{"kind": "OTHER"}]
        """);
    assertThat(problems(json))
        .containsExactly(
            "/studies/0/arms/0/participants: participants mean age must lie within the age range [18.0, 30.0], was 35.0",
            "/studies/0/comparators/0: comparator label must be given when kind is OTHER, was empty");
  }

  @Test
  void studyInvariantsAreCheckedOnceItsPartsAreSound() {
    String json =
        withStudyFields(
            """
        "arms": [{"id": "b", "label": "B", "participants": {"n": 10}},
                 {"id": "b", "label": "B again", "participants": {"n": 10}}]
        """);
    assertThat(problems(json))
        .containsExactly(
            "/studies/0: study 'Moreau2019' arm ids must be unique, 'b' appears more than once");
  }

  @Test
  void reviewInvariantsAreReportedAtTheRoot() {
    String json =
        withStudyFields("")
            .replace(
                "\"studies\"",
                """
        "riskOfBias": [{"studyId": "Nobody2000", "tool": "rob1", "domain": "D1", "level": "LOW", "rater": "AB"}],
        "studies\"""");
    assertThat(problems(json))
        .containsExactly(
            "review risk-of-bias judgement study id must name one of the review's "
                + "studies [Moreau2019], was 'Nobody2000'");
  }

  @Test
  void unknownFieldsAreAcceptedAndIgnoredWhenAllowed() {
    String json =
        withStudyFields("\"colour\": \"red\"")
            .replace(
                "\"title\": \"A review\"",
                "\"title\": \"A review\", \"reviewers\": [\"AB\", \"CD\"]");
    assertThat(problems(json))
        .containsExactly(
            "/reviewers: unknown field; expected one of [schemaVersion, title, question, searches, prismaFlow, studies, "
                + "riskOfBias]",
            "/studies/0/colour: unknown field; expected one of [id, citation, design, population, arms, interventions, "
                + "comparators, imagingOutcomes, clinicalOutcomes, sources]");
    ReviewJson lenient = ReviewJson.withDefaults().withUnknownFieldsAllowed(true);
    assertThat(lenient.unknownFieldsAllowed()).isTrue();
    assertThat(ReviewJson.withDefaults().unknownFieldsAllowed()).isFalse();
    assertThat(lenient.withUnknownFieldsAllowed(false).unknownFieldsAllowed()).isFalse();
    assertThat(lenient.read(json)).isEqualTo(ReviewJson.withDefaults().read(withStudyFields("")));
  }

  @Test
  void unknownFieldsAllowedStillReportsEveryOtherProblem() {
    String json =
        withStudyFields("\"colour\": \"red\", \"arms\": [{\"id\": \"a\", \"label\": \"A\"}]");
    assertThat(problems(ReviewJson.withDefaults().withUnknownFieldsAllowed(true), json))
        .containsExactly("/studies/0/arms/0: missing required field \"participants\"");
  }

  @Test
  void valuesOutOfRangeWrongTypesAndBadFormatsNameTheirPointer() {
    String json =
        withStudyFields(
                """
        "arms": [{"id": "a", "label": "A", "participants": {"n": 2.5, "femaleShare": 1.5}}],
        "interventions": [{"label": "walking", "concept": "Exercise", "dose": {"weeks": 0}}],
        "imagingOutcomes": [{"label": "volume", "modality": "mri/structural", "analysis": "VBM",
          "contrast": "PRE_POST_WITHIN_GROUP", "direction": "UP", "source": {},
          "regions": [{"label": "insula", "coordinates": {"x": 1, "y": 2, "z": 3}}]}],
        "sources": {"a/b": {"page": 3}}
        """)
            .replace(
                "\"title\": \"A review\"",
                """
        "title": "A review", "searches": [{"sources": [], "date": "2021-02-30"}]""");
    assertThat(problems(json))
        .containsExactly(
            "/searches/0/sources: must have at least 1 item(s), was 0",
            "/searches/0/date: must be a date written yyyy-mm-dd, was \"2021-02-30\"",
            "/studies/0/arms/0/participants/n: must be an integer, was 2.5",
            "/studies/0/arms/0/participants/femaleShare: must be <= 1, was 1.5",
            "/studies/0/interventions/0/concept: must match ^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*$, was "
                + "\"Exercise\"",
            "/studies/0/interventions/0/dose/weeks: must be > 0, was 0",
            "/studies/0/imagingOutcomes/0/direction: must be one of [\"INCREASE\",\"DECREASE\",\"SHIFT\","
                + "\"NORMALISATION_TOWARD_CONTROLS\",\"NO_CHANGE\",\"MIXED\"], was string \"UP\"",
            "/studies/0/imagingOutcomes/0/source: must have at least 1 field(s), was 0",
            "/studies/0/imagingOutcomes/0/regions/0/coordinates: missing required field \"space\"",
            "/studies/0/sources/a~1b/page: must be a string, was 3");
  }

  @Test
  void nullAndUnsupportedSchemaVersionAreProblems() {
    String json =
        withStudyFields("")
            .replace("\"title\": \"A review\"", "\"title\": null")
            .replace("\"schemaVersion\": 1", "\"schemaVersion\": 2");
    assertThat(problems(json))
        .containsExactly("/schemaVersion: must be 1, was 2", "/title: must be a string, was null");
  }

  @Test
  void conceptCodesAreCheckedAgainstTaxonomiesWhenAsked() {
    String json =
        withStudyFields(
            """
        "interventions": [{"label": "CBT", "concept": "psychological/cbd",
          "components": [{"label": "walking", "concept": "exercise/aerobic"}, {"label": "x", "concept": "yoga"}]}],
        "imagingOutcomes": [{"label": "volume", "modality": "mri/structural/vbm", "analysis": "VBM",
          "contrast": "PRE_POST_WITHIN_GROUP", "direction": "DECREASE"}],
        "arms": [{"id": "a", "label": "A", "participants": {"n": -1}}]
        """);
    ReviewJson checking =
        ReviewJson.withDefaults().withTaxonomies(Taxonomy.treatments(), Taxonomy.mriModalities());
    assertThat(problems(checking, json))
        .containsExactly(
            "/studies/0/arms/0/participants/n: must be >= 0, was -1",
            "/studies/0/interventions/0/concept: taxonomy 'treatments' has no concept 'psychological/cbd'; nearest known "
                + "codes: psychological/cbt, psychological/other, psychological/mindfulness",
            "/studies/0/interventions/0/components/1/concept: taxonomy 'treatments' has no concept 'yoga'",
            "/studies/0/imagingOutcomes/0/modality: taxonomy 'MRI modalities' has no concept 'mri/structural/vbm'; "
                + "nearest known codes: mri/structural/white-matter-dti, mri/structural/grey-matter-volume, mri/structural/cortical-thickness");
    String valid =
        json.replace("-1", "1")
            .replace("psychological/cbd", "psychological/cbt")
            .replace("\"yoga\"", "\"exercise/mind-body\"")
            .replace("mri/structural/vbm", "mri/structural/grey-matter-volume");
    assertThat(checking.read(valid).studies().get(0).interventions().get(0).concept())
        .isEqualTo("psychological/cbt");
    assertThat(problems(json))
        .containsExactly("/studies/0/arms/0/participants/n: must be >= 0, was -1");
    assertThat(
            checking
                .withUnknownFieldsAllowed(true)
                .read(valid.replace("\"label\": \"CBT\"", "\"label\": \"CBT\", \"note\": 1"))
                .studies())
        .hasSize(1);
  }

  @Test
  void aNumberBeyondIntIsReportedAtItsObject() {
    String json =
        withStudyFields(
            "\"arms\": [{\"id\": \"a\", \"label\": \"A\", \"participants\": {\"n\": 10000000000}}]");
    assertThat(problems(json))
        .singleElement()
        .asString()
        .startsWith(
            "/studies/0/arms/0/participants: Numeric value (10000000000) out of range of int");
  }

  @Test
  void aDocumentThatIsNotAReviewObject() {
    assertThat(problems("[1, 2]")).containsExactly("must be an object, was an array");
    assertThat(problems("")).containsExactly("no JSON content");
    assertThat(problems("   ")).containsExactly("no JSON content");
  }

  @Test
  void textThatIsNotJsonIsReportedWithLineAndColumn() {
    assertThat(problems("{\n  \"title\": ,\n}"))
        .singleElement()
        .asString()
        .startsWith("line 2, column 12: Unexpected character (',' (code 44))");
    assertThat(problems("{\"title\": \"a\", \"title\": \"b\"}"))
        .singleElement()
        .asString()
        .startsWith("line 1, column")
        .contains("Duplicate field 'title'");
    assertThat(problems(withStudyFields("") + " {}"))
        .singleElement()
        .asString()
        .isEqualTo("line 14, column 2: unexpected content after the review");
  }

  @Test
  void filesAndStreamsNameTheirSource(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{}");
    assertThatThrownBy(() -> ReviewJson.withDefaults().read(file))
        .isInstanceOf(InputFormatException.class)
        .hasMessage(
            file
                + ": 3 problems\n  missing required field \"schemaVersion\"\n"
                + "  missing required field \"title\"\n  missing required field \"question\"");
    assertThatThrownBy(
            () ->
                ReviewJson.withDefaults()
                    .read(
                        new ByteArrayInputStream(
                            "{\"schemaVersion\": 1}".getBytes(StandardCharsets.UTF_8)),
                        "upload"))
        .isInstanceOf(InputFormatException.class)
        .hasMessage(
            "upload: 2 problems\n  missing required field \"title\"\n  missing required field \"question\"");
  }

  @Test
  void aSingleProblemReadsOnOneLine() {
    InputFormatException e =
        new InputFormatException("x.json", List.of(InputProblem.of("/a", "must be a string")));
    assertThat(e).hasMessage("x.json: /a: must be a string");
    assertThatThrownBy(() -> new InputFormatException("x.json", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an input format exception needs at least one problem, was none");
    assertThatThrownBy(() -> InputProblem.of("/a", " "))
        .hasMessage("input problem message must not be blank, was ' '");
  }

  @Test
  void nothingIsReturnedWhenAnyProblemIsFound() {
    String json =
        withStudyFields(
            "\"arms\": [{\"id\": \"a\", \"label\": \"A\", \"participants\": {\"n\": -1}}]");
    Review[] result = new Review[1];
    assertThatThrownBy(() -> result[0] = ReviewJson.withDefaults().read(json))
        .isInstanceOf(InputFormatException.class);
    assertThat(result[0]).isNull();
  }
}
