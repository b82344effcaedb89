package dev.appraise.robtool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ToolsTest {

  @Test
  void shippedToolsHaveTheirPublishedShape() {
    Tool rob1 = Tools.load("rob1");
    assertThat(rob1.domains()).hasSize(7);
    assertThat(rob1.levels())
        .containsExactly(RiskOfBiasLevel.LOW, RiskOfBiasLevel.UNCLEAR, RiskOfBiasLevel.HIGH);
    assertThat(rob1.algorithm()).isEmpty();

    Tool rob2 = Tools.load("ROB2");
    assertThat(rob2.domainIds()).containsExactly("D1", "D2", "D3", "D4", "D5");
    assertThat(rob2.domain("D2").questions())
        .extracting(SignallingQuestion::id)
        .containsExactly("2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7");
    assertThat(rob2.domain("D5").questions())
        .extracting(SignallingQuestion::id)
        .containsExactly("5.1", "5.2", "5.3");
    assertThat(rob2.overallRule()).isEqualTo(OverallRule.ROB2);
    assertThat(Tools.load("rob2-adhering").domain("D2").questions()).hasSize(6);

    Tool robins = Tools.load("robins-i");
    assertThat(robins.domains()).hasSize(7);
    assertThat(robins.levels())
        .containsExactly(
            RiskOfBiasLevel.LOW,
            RiskOfBiasLevel.MODERATE,
            RiskOfBiasLevel.SERIOUS,
            RiskOfBiasLevel.CRITICAL,
            RiskOfBiasLevel.NO_INFORMATION);
    assertThat(robins.algorithm()).isEmpty();

    Tool quadas = Tools.load("quadas-2");
    assertThat(quadas.domains()).filteredOn(d -> d.kind() == DomainKind.RISK_OF_BIAS).hasSize(4);
    assertThat(quadas.domains()).filteredOn(d -> d.kind() == DomainKind.APPLICABILITY).hasSize(3);
    assertThat(quadas.overallRule()).isEqualTo(OverallRule.NONE);
    assertThat(quadas.algorithm()).isEmpty();
  }

  @Test
  void unknownToolIsNamed() {
    assertThatThrownBy(() -> Tools.load("rob3"))
        .hasMessageContaining("rob3")
        .hasMessageContaining("rob2");
  }

  @Test
  void rob1CohortSelectionItemAddedOrReplacingOtherBias() {
    Tool added = Tools.rob1(CohortSelectionItem.ADDED);
    assertThat(added.domainIds()).containsExactly("D1", "D2", "D3", "D4", "D5", "D6", "D7", "D8");
    assertThat(added.domain("D8").name()).contains("cohort").contains("healthy controls");
    Tool replaced = Tools.rob1(CohortSelectionItem.REPLACES_OTHER_BIAS);
    assertThat(replaced.domains()).hasSize(7);
    assertThat(replaced.domain("D7").name()).contains("recruitment of patients and controls");
    assertThat(Tools.rob1(CohortSelectionItem.NONE)).isEqualTo(Tools.load("rob1"));
  }

  @Test
  void userDefinedToolReadsFromJson() throws IOException {
    Tool tool =
        read(
            "{\"id\": \"nos-lite\", \"name\": \"Local checklist\", \"levels\": [\"low\", \"HIGH\"],"
                + " \"overallRule\": \"none\", \"domains\": [{\"id\": \"S\", \"name\": \"Selection\", \"questions\":"
                + " [{\"id\": \"S.1\", \"text\": \"Representative cohort?\", \"answers\": [\"Y\", \"N\", \"unclear\"]}]}]}");
    assertThat(tool.id()).isEqualTo("nos-lite");
    assertThat(tool.domain("S").question("S.1").get().answers())
        .containsExactly(Answer.Y, Answer.N, Answer.NI);
    assertThat(tool.overallRule()).isEqualTo(OverallRule.NONE);
  }

  @Test
  void everyProblemOfAToolIsNamedByItsJsonPointer() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"id\": \"x\", \"levels\": [\"Low\", \"Dreadful\"], \"overallRule\": \"best\","
                        + " \"domains\": [{\"id\": \"D1\", \"name\": \"A\"}, {\"name\": \"B\", \"questions\": [{\"id\": \"1\","
                        + " \"text\": \"q\", \"answers\": [\"Y\", \"Maybe\"]}]}], \"colour\": 1}"))
        .isInstanceOfSatisfying(
            InputFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Object::toString)
                    .containsExactlyInAnyOrder(
                        "missing required field \"name\"",
                        "/overallRule: must be one of [\"worst-domain\",\"rob2\",\"none\"], was string \"best\"",
                        "/levels/1: unknown level \"Dreadful\"",
                        "/domains/1: missing required field \"id\"",
                        "/domains/1/questions/0/answers/1: unknown answer \"Maybe\"",
                        "/colour: unknown field; expected one of [id, name, reference, levels, overallRule, algorithm, domains]"))
        .hasMessageStartingWith("tool.json: 6 problems");
  }

  @Test
  void malformedJsonNamesLineAndColumn() {
    assertThatThrownBy(() -> read("{\"id\": \"x\",\n  \"name\": }"))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void duplicateDomainIsNamed() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"id\": \"x\", \"name\": \"X\", \"levels\": [\"Low\"], \"domains\":"
                        + " [{\"id\": \"D1\", \"name\": \"A\"}, {\"id\": \"D1\", \"name\": \"B\"}]}"))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("D1 repeats");
  }

  private static Tool read(String json) throws IOException {
    return Tools.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "tool.json");
  }
}
