package dev.appraise.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The schema-driven reader on a schema of its own: what it checks, in which order, and where it
 * says so.
 */
class SchemaJsonReaderTest {

  /**
   * Reads the points as "x,y" strings; a point on the diagonal is refused by the check of its
   * definition.
   */
  private static final SchemaJsonReader<List<String>> POINTS =
      SchemaJsonReader.of(
              "list of points",
              SchemaJsonReaderTest.class,
              "schemas/point.schema.json",
              SchemaJsonReaderTest::points)
          .withCheck(
              "Point",
              node -> {
                if (node.get("x").equals(node.get("y"))) {
                  throw new IllegalArgumentException(
                      "point must lie off the diagonal, was ("
                          + node.get("x")
                          + ", "
                          + node.get("y")
                          + ")");
                }
              });

  private static List<String> points(JsonNode document, SchemaJsonReader.Problems problems) {
    List<String> points = new ArrayList<>();
    JsonNode list = document.path("points");
    for (int i = 0; i < list.size(); i++) {
      if (problems.soundAt(SchemaJsonReader.pointer("/points", i))
          && list.get(i).path("x").asDouble() < 0) {
        problems.add(SchemaJsonReader.pointer("/points", i), "must lie right of the y axis");
      }
      points.add(list.get(i).path("x").asText() + "," + list.get(i).path("y").asText());
    }
    return points;
  }

  private static List<InputProblem> problems(SchemaJsonReader<?> reader, String json) {
    InputFormatException e =
        catchThrowableOfType(InputFormatException.class, () -> reader.read(json, "p.json"));
    assertThat(e).as("reading should fail").isNotNull();
    assertThat(e.source()).isEqualTo("p.json");
    return e.problems();
  }

  @Test
  void aSoundDocumentIsBuilt() {
    assertThat(
            POINTS.read("{\"points\": [{\"x\": 1, \"y\": 2}, {\"x\": 3.5, \"y\": 0}]}", "p.json"))
        .containsExactly("1,2", "3.5,0");
  }

  @Test
  void schemaProblemsInDocumentOrderThenChecksOfSoundPartsThenTheBuilders() {
    List<InputProblem> problems =
        problems(
            POINTS,
            """
        {
          "points": [
            {"x": 1, "y": 1},
            {"x": "1", "y": 1, "z": 0},
            {"x": -1, "y": 2},
            {"y": 2}
          ]
        }
        """);
    assertThat(problems)
        .map(InputProblem::toString)
        .containsExactly(
            "/points/0: point must lie off the diagonal, was (1, 1)",
            "/points/1/x: must be a number, was string \"1\"",
            "/points/1/z: unknown field; expected one of [x, y]",
            "/points/3: missing required field \"x\"",
            "/points/2: must lie right of the y axis");
    assertThat(problems)
        .map(p -> p.line().orElse(0) + ":" + p.column().orElse(0))
        .containsExactly("3:5", "4:11", "4:29", "6:5", "5:5");
  }

  @Test
  void unknownFieldsAreLeftToTheBuilderWhenAllowed() {
    SchemaJsonReader<List<String>> lenient = POINTS.withUnknownFieldsAllowed(true);
    assertThat(lenient.unknownFieldsAllowed()).isTrue();
    assertThat(POINTS.unknownFieldsAllowed()).isFalse();
    assertThat(lenient.withUnknownFieldsAllowed(true)).isSameAs(lenient);
    assertThat(
            lenient.read(
                "{\"points\": [{\"x\": 1, \"y\": 2, \"z\": 3}], \"name\": \"p\"}", "p.json"))
        .containsExactly("1,2");
  }

  @Test
  void aProblemOfTheWholeDocumentHasNoPointerButTheStartOfTheDocument() {
    assertThat(problems(POINTS, "{}"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p).hasToString("missing required field \"points\"");
              assertThat(p.line()).isEqualTo(OptionalInt.of(1));
            });
    assertThat(problems(POINTS, "")).singleElement().hasToString("no JSON content");
    assertThat(problems(POINTS, "{\"points\": []}\n{}"))
        .singleElement()
        .hasToString("line 2, column 1: unexpected content after the list of points");
  }

  @Test
  void aBuilderThatThrowsIsAProblemOfTheWholeDocument() {
    SchemaJsonReader<String> refusing =
        SchemaJsonReader.of(
            "list of points",
            SchemaJsonReaderTest.class,
            "schemas/point.schema.json",
            (document, problems) -> {
              throw new IllegalArgumentException("no points wanted today");
            });
    assertThat(problems(refusing, "{\"points\": []}"))
        .singleElement()
        .hasToString("no points wanted today");
  }

  @Test
  void aBuilderThatReturnsNothingWithoutAProblemIsAFaultOfTheBuilder() {
    SchemaJsonReader<String> broken =
        SchemaJsonReader.of(
            "list of points",
            SchemaJsonReaderTest.class,
            "schemas/point.schema.json",
            (document, problems) -> null);
    assertThatIllegalStateException()
        .isThrownBy(() -> broken.read("{\"points\": []}", "p.json"))
        .withMessageContaining("returned nothing and found no problem");
  }

  @Test
  void aSchemaThatSaysMoreThanIsCheckedIsRefusedUpFront() {
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                SchemaJsonReader.of(
                    "thing",
                    SchemaJsonReaderTest.class,
                    "schemas/unsupported.schema.json",
                    (document, problems) -> document))
        .withMessage(
            "the schema /dev/appraise/core/io/schemas/unsupported.schema.json uses the unsupported keyword "
                + "'maxLength'");
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                SchemaJsonReader.of(
                    "thing",
                    SchemaJsonReaderTest.class,
                    "schemas/dangling-ref.schema.json",
                    (document, problems) -> document))
        .withMessageEndingWith("has an unresolvable $ref '#/$defs/Name'");
    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                SchemaJsonReader.of(
                    "thing",
                    SchemaJsonReaderTest.class,
                    "schemas/absent.schema.json",
                    (document, problems) -> document))
        .withMessageEndingWith("is missing from the class path");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> POINTS.withCheck("Line", node -> {}))
        .withMessageEndingWith("has no definition 'Line'");
  }

  @Test
  void pointersEscapeTildeAndSlash() {
    assertThat(SchemaJsonReader.pointer("", "a/b~c")).isEqualTo("/a~1b~0c");
    assertThat(SchemaJsonReader.pointer("/sources", "~1")).isEqualTo("/sources/~01");
    assertThat(SchemaJsonReader.pointer("/studies", 2)).isEqualTo("/studies/2");
  }
}
