package dev.appraise.robtool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a tool file can be wrong, each reported at its JSON pointer, all problems of a file at
 * once.
 */
class ToolJsonProblemsTest {

  /** A valid tool; {@code %s} marks where a test puts more domains. */
  private static final String TEMPLATE =
      """
      {
        "id": "local",
        "name": "Local checklist",
        "levels": ["Low", "High"],
        "domains": [
          {"id": "D1", "name": "Selection", "questions": [{"id": "1.1", "text": "Random?", "answers": ["Y", "N"]}]}%s
        ]
      }
      """;

  private static String withDomains(String domains) {
    return String.format(java.util.Locale.ROOT, TEMPLATE, domains.isEmpty() ? "" : ",\n" + domains);
  }

  private static InputFormatException failure(String json) {
    InputFormatException e =
        catchThrowableOfType(
            InputFormatException.class,
            () ->
                Tools.read(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "tool.json"));
    assertThat(e).as("reading should fail").isNotNull();
    assertThat(e.source()).isEqualTo("tool.json");
    return e;
  }

  private static List<String> problems(String json) {
    return failure(json).problems().stream().map(InputProblem::toString).toList();
  }

  @Test
  void templateIsValid() throws Exception {
    Tool tool =
        Tools.read(
            new ByteArrayInputStream(withDomains("").getBytes(StandardCharsets.UTF_8)),
            "tool.json");
    assertThat(tool.domainIds()).containsExactly("D1");
    assertThat(tool.overallRule()).isEqualTo(OverallRule.WORST_DOMAIN);
  }

  @Test
  void missingFieldsWrongTypesUnknownFieldsAndUnknownValuesAreReportedTogether() {
    assertThat(
            problems(
                withDomains(
                    """
        {"name": "Blinding", "kind": "bias"},
        {"id": "D3", "name": 3, "questions": [{"id": "3.1", "text": "Blind?", "answers": ["Y", "Maybe"]}]},
        {"id": "D4", "name": "Reporting", "colour": "red", "questions": [{"id": "4.1", "text": " ", "answers": []}]}
        """)))
        .containsExactly(
            "/domains/1: missing required field \"id\"",
            "/domains/1/kind: must be one of [\"risk-of-bias\",\"applicability\"], was string \"bias\"",
            "/domains/2/name: must be a string, was 3",
            "/domains/2/questions/0/answers/1: unknown answer \"Maybe\"",
            "/domains/3/colour: unknown field; expected one of [id, name, shortName, kind, questions]",
            "/domains/3/questions/0/text: must not be blank, was \" \"",
            "/domains/3/questions/0/answers: must have at least 1 item(s), was 0");
  }

  @Test
  void repeatedIdentifiersNameWhereTheyFirstAppeared() {
    assertThat(
            problems(
                withDomains(
                    """
        {"id": "D2", "name": "Blinding", "questions": [{"id": "2.1", "text": "a", "answers": ["Y"]},
          {"id": "2.1", "text": "b", "answers": ["N"]}]},
        {"id": "D1", "name": "Selection again", "levels": []}
        """)))
        .containsExactly(
            "/domains/2/levels: unknown field; expected one of [id, name, shortName, kind, questions]",
            "/domains/2/id: domain id D1 repeats, first at /domains/0",
            "/domains/1/questions/1/id: question id 2.1 repeats, first at /domains/1/questions/0");
  }

  @Test
  void anUnknownLevelOrRuleAndAnEmptyListAreProblemsOfTheTool() {
    assertThat(
            problems(
                withDomains("")
                    .replace("\"High\"", "\"Dreadful\"")
                    .replace(
                        "\"id\": \"local\"",
                        "\"id\": \"local\", \"overallRule\": \"best\", \"algorithm\": \"rob3\"")))
        .containsExactly(
            "/overallRule: must be one of [\"worst-domain\",\"rob2\",\"none\"], was string \"best\"",
            "/algorithm: must be one of [\"rob2-assignment\",\"rob2-adhering\"], was string \"rob3\"",
            "/levels/1: unknown level \"Dreadful\"");
    assertThat(problems("{\"id\": \"x\", \"name\": \"X\", \"levels\": [\"Low\"], \"domains\": []}"))
        .containsExactly("/domains: must have at least 1 item(s), was 0");
  }

  @Test
  void fieldNamesAreEscapedInPointersAndProblemsCarryTheirLine() {
    InputFormatException e =
        failure(withDomains("{\"id\": \"D2\", \"name\": \"B\", \"a/b\": 1, \"~\": 2}"));
    assertThat(e.problems())
        .map(InputProblem::location)
        .containsExactly("/domains/1/a~1b", "/domains/1/~0");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.line()).hasValue(7));
  }

  @Test
  void malformedJsonIsReportedAtItsLineAndColumn() {
    InputFormatException e = failure("{\"id\": \"x\",\n  \"name\": }");
    assertThat(e.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.location()).isEqualTo("line 2, column 11");
              assertThat(p.line()).hasValue(2);
              assertThat(p.column()).hasValue(11);
            });
    assertThat(problems("{}{}"))
        .containsExactly("line 1, column 3: unexpected content after the risk-of-bias tool");
  }

  @Test
  void nothingIsReturnedWhenAnyProblemIsFound() {
    Tool[] result = new Tool[1];
    assertThatThrownBy(
            () ->
                result[0] =
                    Tools.read(
                        new ByteArrayInputStream(
                            withDomains("")
                                .replace("\"Y\", \"N\"", "\"Y\", \"X\"")
                                .getBytes(StandardCharsets.UTF_8)),
                        "tool.json"))
        .isInstanceOf(InputFormatException.class)
        .hasMessage("tool.json: /domains/0/questions/0/answers/1: unknown answer \"X\"");
    assertThat(result[0]).isNull();
  }

  @Test
  void aFileThatCannotBeReadIsAnIoException(@TempDir Path dir) {
    assertThatThrownBy(() -> Tools.read(dir.resolve("absent.json")))
        .isInstanceOf(NoSuchFileException.class);
  }
}
