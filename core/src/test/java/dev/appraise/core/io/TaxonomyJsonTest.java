package dev.appraise.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import dev.appraise.core.model.Concept;
import dev.appraise.core.model.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Taxonomies as JSON: the shipped ones satisfy the schema, and every way a file can be wrong is
 * reported at once.
 */
class TaxonomyJsonTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();

  private static InputFormatException failure(String json) {
    InputFormatException e =
        catchThrowableOfType(InputFormatException.class, () -> TaxonomyJson.read(json, "t.json"));
    assertThat(e).as("reading should fail").isNotNull();
    return e;
  }

  private static List<String> problems(String json) {
    return failure(json).problems().stream().map(InputProblem::toString).toList();
  }

  @Test
  void usersReadTheirOwnTaxonomyFromJson(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("lab.json");
    Files.writeString(
        file,
        "{\"name\": \"lab\", \"concepts\": [{\"code\": \"bodywork/feldenkrais\", \"label\": "
            + "\"Feldenkrais\"}, {\"code\": \"bodywork\", \"label\": \"Bodywork\", \"description\": \"hands-on\"}]}");
    Taxonomy lab = TaxonomyJson.read(file);
    assertThat(lab.concepts())
        .extracting(Concept::code)
        .containsExactly("bodywork/feldenkrais", "bodywork");
    assertThat(lab.concept("bodywork").description()).contains("hands-on");
    assertThat(lab.isA("bodywork/feldenkrais", "bodywork")).isTrue();
  }

  @Test
  void readingABrokenTaxonomyReportsEveryProblemWithItsPointer() throws IOException {
    InputFormatException e;
    try (InputStream in = TaxonomyJsonTest.class.getResourceAsStream("broken-taxonomy.json")) {
      e =
          catchThrowableOfType(
              InputFormatException.class, () -> TaxonomyJson.read(in, "broken-taxonomy.json"));
    }
    assertThat(e.problems())
        .map(InputProblem::toString)
        .containsExactly(
            "/colour: unknown field; expected one of [name, concepts]",
            "/concepts/1/label: must not be blank, was \"\"",
            "/concepts/2/code: must match ^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*$, was \"Bodywork/Rolfing\"",
            "/concepts/5/label: must be a string, was 7",
            "/concepts/6: missing required field \"code\"",
            "/concepts/7: must be an object, was string \"yoga\"",
            "/concepts/3/code: concept code 'bodywork' appears more than once, first at /concepts/0",
            "/concepts/4/code: concept 'dance/tango' needs its parent 'dance', which is missing");
    assertThat(e)
        .hasMessageStartingWith("broken-taxonomy.json: 8 problems\n  /colour: unknown field");
  }

  @Test
  void readingTextThatIsNotATaxonomy() {
    assertThat(problems("{\"name\": \"x\""))
        .singleElement()
        .asString()
        .startsWith("line 1, column");
    assertThat(problems("[]")).containsExactly("must be an object, was an array");
    assertThat(problems("{\"concepts\": {}}"))
        .containsExactly(
            "missing required field \"name\"", "/concepts: must be an array, was an object");
  }

  @Test
  void aMissingFieldIsReportedAtItsObjectWithItsLineAndColumn() {
    InputFormatException e =
        failure("{\"name\": \"lab\",\n \"concepts\": [\n  {\"label\": \"Bodywork\"}]}");
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo("/concepts/0");
              assertThat(p.message()).isEqualTo("missing required field \"code\"");
              assertThat(p.line()).hasValue(3);
              assertThat(p.column()).hasValue(3);
            });
  }

  @Test
  void aWrongTypeAnUnknownFieldAndAMissingParentAreReportedTogether() {
    assertThat(
            problems(
                "{\"name\": 3, \"concepts\": [{\"code\": \"a/b\", \"label\": \"B\", \"colour\": \"red\"},"
                    + " {\"code\": \"c\", \"label\": [\"C\"]}]}"))
        .containsExactly(
            "/name: must be a string, was 3",
            "/concepts/0/colour: unknown field; expected one of [code, label, description]",
            "/concepts/1/label: must be a string, was an array",
            "/concepts/0/code: concept 'a/b' needs its parent 'a', which is missing");
  }

  @Test
  void aDuplicateCodeNamesWhereItFirstAppeared() {
    assertThat(
            problems(
                "{\"name\": \"lab\", \"concepts\": [{\"code\": \"a\", \"label\": \"A\"},"
                    + " {\"code\": \"b\", \"label\": \"B\"}, {\"code\": \"a\", \"label\": \"A again\"}]}"))
        .containsExactly(
            "/concepts/2/code: concept code 'a' appears more than once, first at /concepts/0");
  }

  @Test
  void fieldNamesAreEscapedInPointers() {
    InputFormatException e =
        failure(
            "{\"name\": \"lab\", \"a/b~c\": 1,\n \"concepts\": [{\"code\": \"a\", \"label\":"
                + " \"A\", \"~/\": {}}]}");
    assertThat(e.problems())
        .map(InputProblem::location)
        .containsExactly("/a~1b~0c", "/concepts/0/~0~1");
    assertThat(e.problems())
        .map(InputProblem::line)
        .containsExactly(OptionalInt.of(1), OptionalInt.of(2));
  }

  @Test
  void malformedJsonIsReportedAtItsLineAndColumn() {
    InputFormatException e = failure("{\"name\": \"lab\",\n \"concepts\": [,]}");
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo("line 2, column 15");
              assertThat(p.message()).startsWith("Unexpected character (','");
              assertThat(p.line()).hasValue(2);
              assertThat(p.column()).hasValue(15);
            });
    assertThat(problems("{\"name\": \"a\", \"name\": \"b\", \"concepts\": []}"))
        .singleElement()
        .asString()
        .startsWith("line 1, column")
        .contains("Duplicate field 'name'");
    assertThat(problems("{\"name\": \"a\", \"concepts\": []} []"))
        .containsExactly("line 1, column 31: unexpected content after the taxonomy");
  }

  @Test
  void nothingIsReturnedWhenAnyProblemIsFound() {
    Taxonomy[] result = new Taxonomy[1];
    assertThatThrownBy(
            () ->
                result[0] =
                    TaxonomyJson.read(
                        "{\"name\": \"lab\", \"concepts\": [{\"code\": \"a\","
                            + " \"label\": \"A\"}, {\"code\": \"a/b\", \"label\": \" \"}]}",
                        "t.json"))
        .isInstanceOf(InputFormatException.class)
        .hasMessage("t.json: /concepts/1/label: must not be blank, was \" \"");
    assertThat(result[0]).isNull();
  }

  @Test
  void aFileThatCannotBeReadIsAnIoException(@TempDir Path dir) {
    assertThatThrownBy(() -> TaxonomyJson.read(dir.resolve("absent.json")))
        .isInstanceOf(NoSuchFileException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"treatments", "MRI modalities"})
  void theShippedTaxonomiesWrittenAsJsonSatisfyTheSchemaAndReadBackEqual(String name)
      throws IOException {
    Taxonomy shipped = name.equals("treatments") ? Taxonomy.treatments() : Taxonomy.mriModalities();
    String json = TaxonomyJson.write(shipped);
    JsonNode document = PLAIN.readTree(json);
    assertThat(
            JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(TaxonomyJson.schema())
                .validate(document))
        .isEmpty();
    assertThat(TaxonomyJson.read(json, name)).isEqualTo(shipped);
  }

  @Test
  void writingKeepsDescriptionsAndTheLayoutOfTheReviewFormat() {
    Taxonomy lab =
        Taxonomy.of(
            "lab",
            List.of(
                Concept.of("a", "A"),
                Concept.builder().code("a/b").label("B").description("below a").build()));
    String json = TaxonomyJson.write(lab);
    assertThat(json)
        .isEqualTo(
            """
        {
          "name": "lab",
          "concepts": [
            {
              "code": "a",
              "label": "A"
            },
            {
              "code": "a/b",
              "label": "B",
              "description": "below a"
            }
          ]
        }
        """);
    assertThat(TaxonomyJson.read(json, "lab.json")).isEqualTo(lab);
  }

  @Test
  void theSchemaIsShippedInTheJarUnderItsDocumentedName() throws IOException {
    try (InputStream in = TaxonomyJson.class.getResourceAsStream(TaxonomyJson.SCHEMA_RESOURCE)) {
      assertThat(in).isNotNull();
      JsonNode schema = PLAIN.readTree(in);
      assertThat(schema.path("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
  }
}
