package dev.appraise.robtool;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped tools satisfy the shipped tool schema, and the schema names what the reader knows.
 */
class ToolSchemaTest {

  private static final ObjectMapper PLAIN = new ObjectMapper();
  private static final JsonNode SCHEMA = tree(Tools.schema());

  private static JsonNode tree(String json) {
    try {
      return PLAIN.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The shipped schema, loaded by an independent validator that names places by JSON pointer. */
  private static JsonSchema networkntSchema() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(Tools.schema(), SchemaValidatorsConfig.builder().build());
  }

  static Iterable<String> shippedIds() {
    return Tools.ids();
  }

  @ParameterizedTest
  @MethodSource("shippedIds")
  void shippedToolSatisfiesTheSchemaByAnIndependentValidator(String id) throws IOException {
    JsonSchema schema = networkntSchema();
    try (InputStream in = Tools.class.getResourceAsStream("tools/" + id + ".json")) {
      assertThat(in).as(id).isNotNull();
      Set<ValidationMessage> errors = schema.validate(PLAIN.readTree(in));
      assertThat(errors).isEmpty();
    }
    assertThat(Tools.load(id).id()).isEqualTo(id);
  }

  @Test
  void theIndependentValidatorFlagsABrokenToolToo() throws IOException {
    String broken =
        "{\"id\": \"x\", \"name\": \"X\", \"levels\": [], \"overallRule\": \"best\", \"domains\":"
            + " [{\"id\": \"D1\", \"name\": \"A\", \"colour\": 1}]}";
    Set<ValidationMessage> errors = networkntSchema().validate(PLAIN.readTree(broken));
    assertThat(errors)
        .extracting(ValidationMessage::getInstanceLocation)
        .map(Object::toString)
        .containsExactlyInAnyOrder("/levels", "/overallRule", "/domains/0");
  }

  @Test
  void theSchemaListsTheAlgorithmsRulesAndKindsTheReaderKnows() {
    assertThat(texts(SCHEMA.at("/properties/algorithm/enum")))
        .isEqualTo(new TreeSet<>(Rob2Algorithm.ALGORITHM_IDS));
    assertThat(texts(SCHEMA.at("/properties/overallRule/enum")))
        .map(t -> Tools.constant(OverallRule.class, t))
        .containsExactlyInAnyOrder(OverallRule.values());
    assertThat(texts(SCHEMA.at("/$defs/Domain/properties/kind/enum")))
        .map(t -> Tools.constant(DomainKind.class, t))
        .containsExactlyInAnyOrder(DomainKind.values());
  }

  @Test
  void theSchemaIsShippedInTheJarUnderItsDocumentedName() throws IOException {
    try (InputStream in = Tools.class.getResourceAsStream(Tools.SCHEMA_RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(PLAIN.readTree(in).path("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
  }

  private static Set<String> texts(JsonNode array) {
    Set<String> texts = new TreeSet<>();
    array.forEach(t -> texts.add(t.asText()));
    return texts;
  }
}
