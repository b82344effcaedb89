package dev.appraise.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.appraise.core.model.ModelFixtures;
import dev.appraise.core.model.Review;
import dev.appraise.core.model.SexRestriction;
import dev.appraise.core.model.Study;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The example review files: they read, write back unchanged, and satisfy the shipped JSON Schema.
 */
class ReviewJsonExamplesTest {

  static final ObjectMapper PLAIN = new ObjectMapper();

  static Path example(String name) {
    try {
      return Path.of(ReviewJsonExamplesTest.class.getResource("examples/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The shipped schema, loaded by an independent validator that asserts formats such as {@code
   * date}.
   */
  static JsonSchema networkntSchema() {
    SchemaValidatorsConfig config =
        SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(ReviewJson.schema(), config);
  }

  @Test
  void threeStudiesExampleReadsAsTheFixtureReviewAndWritesBackByteForByte() throws IOException {
    Path file = example("three-studies.json");
    Review review = ReviewJson.withDefaults().read(file);
    assertThat(review).isEqualTo(ModelFixtures.review());
    assertThat(ReviewJson.withDefaults().write(review))
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  @Test
  void minimalExampleFillsInDefaultsAndEmptyCollections() throws IOException {
    Review review = ReviewJson.withDefaults().read(example("minimal.json"));
    Study study = review.studies().get(0);
    assertThat(review.schemaVersion()).isEqualTo(1);
    assertThat(review.searches()).isEmpty();
    assertThat(review.prismaFlow()).isEmpty();
    assertThat(study.population().sexRestriction()).isEqualTo(SexRestriction.NONE);
    assertThat(study.arms()).isEmpty();
    assertThat(ReviewJson.withDefaults().read(ReviewJson.withDefaults().write(review)))
        .isEqualTo(review);
  }

  @ParameterizedTest
  @ValueSource(strings = {"three-studies.json", "minimal.json"})
  void examplesSatisfyTheShippedSchema(String name) throws IOException {
    JsonNode document = PLAIN.readTree(example(name).toFile());
    Set<ValidationMessage> errors = networkntSchema().validate(document);
    assertThat(errors).isEmpty();
  }

  @Test
  void theSchemaFlagsABrokenExampleToo() throws IOException {
    String broken =
        Files.readString(example("minimal.json"))
            .replace("\"ADULT\"", "\"ELDERLY\"")
            .replace("\"schemaVersion\": 1", "\"schemaVersion\": 1, \"colour\": \"red\"");
    Set<ValidationMessage> errors = networkntSchema().validate(PLAIN.readTree(broken));
    assertThat(errors)
        .extracting(ValidationMessage::getInstanceLocation)
        .map(Object::toString)
        .containsExactlyInAnyOrder("/studies/0/population/ageGroup", "");
  }

  @Test
  void theSchemaIsShippedInTheJarUnderItsDocumentedName() throws IOException {
    try (InputStream in = ReviewJson.class.getResourceAsStream(ReviewJson.SCHEMA_RESOURCE)) {
      assertThat(in).isNotNull();
      JsonNode schema = PLAIN.readTree(in);
      assertThat(schema.path("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }
  }

  @Test
  void streamsAndFilesRoundTrip(@TempDir Path dir) throws IOException {
    Review review = ModelFixtures.review();
    Path file = dir.resolve("review.json");
    ReviewJson.withDefaults().write(review, file);
    assertThat(ReviewJson.withDefaults().read(file)).isEqualTo(review);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReviewJson.withDefaults().write(review, out);
    assertThat(
            ReviewJson.withDefaults().read(new ByteArrayInputStream(out.toByteArray()), "memory"))
        .isEqualTo(review);
  }
}
