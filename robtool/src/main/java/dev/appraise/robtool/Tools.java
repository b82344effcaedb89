package dev.appraise.robtool;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appraise.core.InputFormatException;
import dev.appraise.core.io.SchemaJsonReader;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The shipped risk-of-bias tools and the reader of user-defined tools.
 *
 * <p>Shipped tools ({@link #ids()}): {@code rob1} (Cochrane RoB 1, Higgins et al., BMJ
 * 2011;343:d5928), {@code rob2} and {@code rob2-adhering} (RoB 2 for individually randomised
 * parallel-group trials, effect of assignment and effect of adhering, Sterne et al., BMJ
 * 2019;366:l4898), {@code robins-i} (Sterne et al., BMJ 2016;355:i4919) and {@code quadas-2}
 * (Whiting et al., Ann Intern Med 2011;155:529-536). Their questions are short paraphrases; the
 * tools' own wording is in their publications.
 *
 * <p>A tool in JSON is an object {@code {"id", "name", "reference"?, "levels": [labels],
 * "overallRule"?: "worst-domain"|"rob2"|"none", "algorithm"?: "rob2-assignment"|"rob2-adhering",
 * "domains": [{"id", "name", "shortName"?, "kind"?: "risk-of-bias"|"applicability", "questions"?:
 * [{"id", "text", "answers": ["Y", "PY", ...]}]}]}}, as the JSON Schema shipped with this library
 * says ({@link #SCHEMA_RESOURCE}, see {@link #schema()}). Reading goes through core's {@link
 * SchemaJsonReader}: every problem (a missing or unknown field, a wrong type, an unknown level or
 * answer, a domain or question identifier that repeats) is reported with its JSON pointer in one
 * {@link InputFormatException}, and nothing half-read is returned.
 */
public final class Tools {

  /** The class-path location of the JSON Schema of the tool format. */
  public static final String SCHEMA_RESOURCE = "/dev/appraise/robtool/tool.schema.json";

  private static final List<String> IDS =
      List.of("rob1", "rob2", "rob2-adhering", "robins-i", "quadas-2");
  private static final SchemaJsonReader<Tool> READER =
      SchemaJsonReader.of("risk-of-bias tool", Tools.class, SCHEMA_RESOURCE, Tools::tool)
          .withCheck("Level", Tools::level)
          .withCheck("Answer", Tools::answer);
  private static final Map<String, Tool> SHIPPED = new ConcurrentHashMap<>();

  private Tools() {}

  /** {@return the identifiers of the shipped tools} */
  public static List<String> ids() {
    return IDS;
  }

  /**
   * Loads a shipped tool.
   *
   * @param id one of {@link #ids()}, ignoring case
   * @return the tool
   * @throws IllegalArgumentException naming the identifier and the known ones if there is no such
   *     tool
   */
  public static Tool load(String id) {
    String key = id.strip().toLowerCase(Locale.ROOT);
    if (!IDS.contains(key)) {
      throw new IllegalArgumentException(
          "no risk-of-bias tool '" + id + "'; known tools are " + IDS);
    }
    return SHIPPED.computeIfAbsent(key, Tools::loadResource);
  }

  private static Tool loadResource(String key) {
    String resource = "tools/" + key + ".json";
    try (InputStream in = Tools.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("tool resource missing from the jar: " + resource);
      }
      return read(in, resource);
    } catch (IOException e) {
      throw new IllegalStateException(
          "tool resource " + resource + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Cochrane RoB 1 with or without an item for selection bias in cohort studies.
   *
   * @param item where the cohort selection item goes
   * @return the tool; its id is {@code rob1} whatever the option, so that judgements stay
   *     comparable
   */
  public static Tool rob1(CohortSelectionItem item) {
    Tool rob1 = load("rob1");
    ToolDomain cohort =
        ToolDomain.builder()
            .id(item == CohortSelectionItem.REPLACES_OTHER_BIAS ? "D7" : "D8")
            .name(
                "Selection bias in cohort studies (recruitment of patients and controls, diagnosis, history of"
                    + " the disease in healthy controls)")
            .shortName("Cohort selection")
            .build();
    switch (item) {
      case NONE:
        return rob1;
      case ADDED:
        return Tool.builder().from(rob1).addDomains(cohort).build();
      case REPLACES_OTHER_BIAS:
        List<ToolDomain> domains = new ArrayList<>(rob1.domains());
        domains.set(domains.size() - 1, cohort);
        return Tool.builder().from(rob1).domains(domains).build();
      default:
        throw new AssertionError(item);
    }
  }

  /**
   * Reads a tool from a JSON file.
   *
   * @param path the file, in UTF-8
   * @return the tool
   * @throws IOException if the file cannot be read
   * @throws InputFormatException listing every problem with its JSON pointer; its source is the
   *     file name
   */
  public static Tool read(Path path) throws IOException {
    return READER.read(path);
  }

  /**
   * Reads a tool from a stream of JSON; the stream is read to its end but not closed.
   *
   * @param in the JSON document, in UTF-8
   * @param source the name of the input for messages, e.g. the file name
   * @return the tool
   * @throws IOException if the stream cannot be read
   * @throws InputFormatException listing every problem with its JSON pointer
   */
  public static Tool read(InputStream in, String source) throws IOException {
    return READER.read(in, source);
  }

  /** {@return the JSON Schema of the tool format, as text} */
  public static String schema() {
    return READER.schema();
  }

  /**
   * Finds domain identifiers, and question identifiers within a domain, that repeat, then builds
   * the tool.
   */
  private static @Nullable Tool tool(JsonNode node, SchemaJsonReader.Problems problems) {
    JsonNode domains = node.path("domains");
    repeats(domains, "/domains", "domain", problems);
    for (int i = 0; domains.isArray() && i < domains.size(); i++) {
      repeats(
          domains.get(i).path("questions"),
          SchemaJsonReader.pointer("/domains", i) + "/questions",
          "question",
          problems);
    }
    if (!problems.isEmpty()) {
      return null;
    }
    Tool.Builder tool = Tool.builder().id(node.get("id").asText()).name(node.get("name").asText());
    optionalText(node, "reference").ifPresent(tool::reference);
    optionalText(node, "algorithm").ifPresent(tool::algorithm);
    optionalText(node, "overallRule")
        .ifPresent(rule -> tool.overallRule(constant(OverallRule.class, rule)));
    node.get("levels").forEach(level -> tool.addLevels(level(level)));
    node.get("domains").forEach(domain -> tool.addDomains(domain(domain)));
    return tool.build();
  }

  /** Reports every item of a list whose {@code id} an earlier item has. */
  private static void repeats(
      JsonNode list, String pointer, String what, SchemaJsonReader.Problems problems) {
    Map<String, String> first = new HashMap<>();
    for (int i = 0; list.isArray() && i < list.size(); i++) {
      JsonNode id = list.get(i).path("id");
      String at = SchemaJsonReader.pointer(pointer, i);
      String earlier = id.isTextual() ? first.putIfAbsent(id.asText(), at) : null;
      if (earlier != null) {
        problems.add(at + "/id", what + " id " + id.asText() + " repeats, first at " + earlier);
      }
    }
  }

  private static ToolDomain domain(JsonNode node) {
    ToolDomain.Builder domain =
        ToolDomain.builder().id(node.get("id").asText()).name(node.get("name").asText());
    optionalText(node, "shortName").ifPresent(domain::shortName);
    optionalText(node, "kind").ifPresent(kind -> domain.kind(constant(DomainKind.class, kind)));
    node.path("questions").forEach(question -> domain.addQuestions(question(question)));
    return domain.build();
  }

  private static SignallingQuestion question(JsonNode node) {
    SignallingQuestion.Builder question =
        SignallingQuestion.builder().id(node.get("id").asText()).text(node.get("text").asText());
    node.get("answers").forEach(answer -> question.addAnswers(answer(answer)));
    return question.build();
  }

  private static RiskOfBiasLevel level(JsonNode node) {
    return RiskOfBiasLevel.parse(node.asText())
        .orElseThrow(() -> new IllegalArgumentException("unknown level " + node));
  }

  private static Answer answer(JsonNode node) {
    return Answer.parse(node.asText())
        .orElseThrow(() -> new IllegalArgumentException("unknown answer " + node));
  }

  /** The constant a schema enum value names: {@code "worst-domain"} names {@code WORST_DOMAIN}. */
  static <E extends Enum<E>> E constant(Class<E> type, String value) {
    return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  private static Optional<String> optionalText(JsonNode node, String field) {
    return Optional.ofNullable(node.get(field)).map(JsonNode::asText);
  }
}
