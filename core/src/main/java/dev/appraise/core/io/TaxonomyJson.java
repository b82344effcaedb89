package dev.appraise.core.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appraise.core.InputFormatException;
import dev.appraise.core.model.Concept;
import dev.appraise.core.model.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a {@link Taxonomy} as JSON, in the format described by the JSON Schema shipped
 * with this library ({@link #SCHEMA_RESOURCE}, see {@link #schema()}): {@code {"name": "...",
 * "concepts": [{"code": "...", "label": "...", "description": "..."}, ...]}}, the description
 * optional, parents listed before or after their children.
 *
 * <p>Reading goes through {@link SchemaJsonReader}: every problem (a missing or unknown field, a
 * wrong type, a malformed code, a code that appears twice, a concept whose parent is missing) is
 * reported with its JSON pointer in one {@link InputFormatException}; nothing half-read is
 * returned. Writing gives the same format, indented by two spaces, so that {@code read(write(t))}
 * equals {@code t}; {@code write(Taxonomy.treatments())} is a start for a taxonomy of one's own.
 */
public final class TaxonomyJson {

  /** The class-path location of the JSON Schema of the taxonomy format. */
  public static final String SCHEMA_RESOURCE = "/dev/appraise/core/io/taxonomy.schema.json";

  private static final SchemaJsonReader<Taxonomy> READER =
      SchemaJsonReader.of("taxonomy", TaxonomyJson.class, SCHEMA_RESOURCE, TaxonomyJson::build)
          .withCheck("Concept", TaxonomyJson::concept);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TaxonomyJson() {}

  /**
   * Reads a taxonomy from a JSON file.
   *
   * @param file the file, in UTF-8
   * @return the taxonomy
   * @throws IOException if the file cannot be read
   * @throws InputFormatException listing every problem with its JSON pointer; its source is the
   *     file name
   */
  public static Taxonomy read(Path file) throws IOException {
    return READER.read(file);
  }

  /**
   * Reads a taxonomy from a stream of JSON; the stream is read to its end but not closed.
   *
   * @param in the JSON, in UTF-8
   * @param source the name of the input, for messages
   * @return the taxonomy
   * @throws IOException if the stream cannot be read
   * @throws InputFormatException listing every problem with its JSON pointer
   */
  public static Taxonomy read(InputStream in, String source) throws IOException {
    return READER.read(in, source);
  }

  /**
   * Reads a taxonomy from a JSON string.
   *
   * @param json the JSON text
   * @param source the name of the input, for messages
   * @return the taxonomy
   * @throws InputFormatException listing every problem with its JSON pointer
   */
  public static Taxonomy read(String json, String source) {
    return READER.read(json, source);
  }

  /**
   * Writes a taxonomy as JSON text.
   *
   * @param taxonomy the taxonomy
   * @return the JSON, indented by two spaces, with {@code \n} line ends and a final line end
   */
  public static String write(Taxonomy taxonomy) {
    ObjectNode root = MAPPER.createObjectNode().put("name", taxonomy.name());
    ArrayNode concepts = root.putArray("concepts");
    for (Concept concept : taxonomy.concepts()) {
      ObjectNode node =
          concepts.addObject().put("code", concept.code()).put("label", concept.label());
      concept.description().ifPresent(d -> node.put("description", d));
    }
    try {
      return IndentedJson.writer(MAPPER).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "a taxonomy could not be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** {@return the JSON Schema of the taxonomy format, as text} */
  public static String schema() {
    return READER.schema();
  }

  /** Builds a concept from a part of a document that satisfies the schema's {@code Concept}. */
  private static Concept concept(JsonNode node) {
    return Concept.builder()
        .code(node.get("code").asText())
        .label(node.get("label").asText())
        .description(Optional.ofNullable(node.get("description")).map(JsonNode::asText))
        .build();
  }

  /**
   * Finds codes that appear twice and well-formed codes whose parent is missing, among every
   * concept that has a code, then builds the taxonomy if no problem was found.
   */
  private static @Nullable Taxonomy build(JsonNode document, SchemaJsonReader.Problems problems) {
    JsonNode list = document.path("concepts");
    Map<String, String> pointers = new LinkedHashMap<>();
    for (int i = 0; list.isArray() && i < list.size(); i++) {
      String pointer = SchemaJsonReader.pointer("/concepts", i);
      JsonNode code = list.get(i).path("code");
      String first = code.isTextual() ? pointers.putIfAbsent(code.asText(), pointer) : null;
      if (first != null) {
        problems.add(
            pointer + "/code",
            "concept code '" + code.asText() + "' appears more than once, first at " + first);
      }
    }
    pointers.forEach(
        (code, pointer) -> {
          String parent = code.substring(0, Math.max(0, code.lastIndexOf('/')));
          if (!parent.isEmpty()
              && !pointers.containsKey(parent)
              && problems.soundAt(pointer + "/code")) {
            problems.add(
                pointer + "/code",
                "concept '" + code + "' needs its parent '" + parent + "', which is missing");
          }
        });
    if (!problems.isEmpty()) {
      return null;
    }
    List<Concept> concepts = new ArrayList<>();
    list.forEach(node -> concepts.add(concept(node)));
    return Taxonomy.of(document.get("name").asText(), concepts);
  }
}
