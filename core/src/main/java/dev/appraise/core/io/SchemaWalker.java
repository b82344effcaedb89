package dev.appraise.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.appraise.core.InputProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks a JSON tree against the subset of JSON Schema (draft 2020-12) that appraise's schemas use
 * (the review's, the taxonomy's, the risk-of-bias tool's), collecting every problem with its JSON
 * pointer instead of stopping at the first.
 *
 * <p>Supported keywords: {@code type}, {@code const}, {@code enum}, {@code pattern}, {@code format:
 * date}, {@code minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code items}, {@code
 * minItems}, {@code properties}, {@code required}, {@code additionalProperties} ({@code false} or a
 * schema), {@code minProperties}, and local {@code $ref}s into {@code $defs}; annotations ({@code
 * description}, {@code title}, ...) are ignored. Any other keyword is a fault of the schema and
 * fails loudly, so that the schema cannot silently say more than is checked: {@link
 * #checkSchema(JsonNode, String)} finds such faults before any document is read.
 */
final class SchemaWalker {

  /** Called after a subtree described by a {@code $ref} validated without problems. */
  interface RefVisitor {
    /**
     * Visits a valid subtree.
     *
     * @param definition the name of the definition in {@code $defs}
     * @param node the subtree
     * @param pointer its JSON pointer
     * @return the problem found in the subtree as a whole (e.g. a broken invariant of its type), or
     *     null if none
     */
    @Nullable String visit(String definition, JsonNode node, String pointer);
  }

  static final Set<String> KEYWORDS =
      Set.of(
          "type",
          "const",
          "enum",
          "pattern",
          "format",
          "minimum",
          "maximum",
          "exclusiveMinimum",
          "items",
          "minItems",
          "properties",
          "required",
          "additionalProperties",
          "minProperties",
          "$ref",
          "$defs",
          "$schema",
          "$id",
          "title",
          "description",
          "$comment");

  private static final String DEFS = "#/$defs/";

  private final JsonNode schema;
  private final String schemaName;
  private final boolean allowUnknownFields;
  private final RefVisitor visitor;
  private final List<InputProblem> problems = new ArrayList<>();
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  SchemaWalker(JsonNode schema, String schemaName, boolean allowUnknownFields, RefVisitor visitor) {
    this.schema = schema;
    this.schemaName = schemaName;
    this.allowUnknownFields = allowUnknownFields;
    this.visitor = visitor;
  }

  /**
   * Validates a document against the root schema; returns every problem found, in document order.
   */
  List<InputProblem> validate(JsonNode document) {
    problems.clear();
    check(document, schema, "");
    return List.copyOf(problems);
  }

  /**
   * Checks that a schema uses only the supported keywords, types and formats, and that every {@code
   * $ref} resolves.
   *
   * @param schema the root schema
   * @param schemaName the schema's name, for messages
   * @throws IllegalStateException naming the schema and the fault
   */
  static void checkSchema(JsonNode schema, String schemaName) {
    checkRule(schema, schema, schemaName);
  }

  private static void checkRule(JsonNode rule, JsonNode root, String schemaName) {
    if (!rule.isObject()) {
      throw new IllegalStateException(schemaName + " has a rule that is not an object: " + rule);
    }
    for (Map.Entry<String, JsonNode> entry : rule.properties()) {
      String keyword = entry.getKey();
      JsonNode value = entry.getValue();
      switch (keyword) {
        case "properties":
        case "$defs":
          value.properties().forEach(p -> checkRule(p.getValue(), root, schemaName));
          break;
        case "items":
          checkRule(value, root, schemaName);
          break;
        case "additionalProperties":
          if (value.isObject()) {
            checkRule(value, root, schemaName);
          }
          break;
        case "$ref":
          definition(value.asText(), root, schemaName);
          break;
        case "type":
          hasType(NullNode.getInstance(), value.asText(), schemaName);
          break;
        case "format":
          if (!value.asText().equals("date")) {
            throw new IllegalStateException(
                schemaName + " uses the unsupported format '" + value.asText() + "'");
          }
          break;
        default:
          if (!KEYWORDS.contains(keyword)) {
            throw new IllegalStateException(
                schemaName + " uses the unsupported keyword '" + keyword + "'");
          }
      }
    }
  }

  /** The name of the definition a local {@code $ref} points to. */
  private static String definition(String ref, JsonNode root, String schemaName) {
    if (!ref.startsWith(DEFS) || !root.path("$defs").has(ref.substring(DEFS.length()))) {
      throw new IllegalStateException(schemaName + " has an unresolvable $ref '" + ref + "'");
    }
    return ref.substring(DEFS.length());
  }

  private boolean check(JsonNode node, JsonNode rule, String pointer) {
    int before = problems.size();
    for (Map.Entry<String, JsonNode> entry : rule.properties()) {
      String keyword = entry.getKey();
      if (!KEYWORDS.contains(keyword)) {
        throw new IllegalStateException(
            schemaName + " uses the unsupported keyword '" + keyword + "'");
      }
    }
    if (rule.has("$ref")) {
      String name = definition(rule.get("$ref").asText(), schema, schemaName);
      if (!check(node, schema.get("$defs").get(name), pointer)) {
        return false;
      }
      String problem = visitor.visit(name, node, pointer);
      return problem == null || problem(pointer, problem);
    }
    if (rule.has("const") && !rule.get("const").equals(node)) {
      return problem(pointer, "must be " + rule.get("const") + ", was " + describe(node));
    }
    if (rule.has("type") && !hasType(node, rule.get("type").asText(), schemaName)) {
      return problem(
          pointer, "must be " + article(rule.get("type").asText()) + ", was " + describe(node));
    }
    if (rule.has("enum") && !contains(rule.get("enum"), node)) {
      return problem(pointer, "must be one of " + rule.get("enum") + ", was " + describe(node));
    }
    if (node.isTextual()) {
      checkString(node.asText(), rule, pointer);
    } else if (node.isNumber()) {
      checkNumber(node, rule, pointer);
    } else if (node.isArray()) {
      checkArray(node, rule, pointer);
    } else if (node.isObject()) {
      checkObject(node, rule, pointer);
    }
    return problems.size() == before;
  }

  private void checkString(String text, JsonNode rule, String pointer) {
    if (rule.has("pattern")) {
      String regex = rule.get("pattern").asText();
      if (!patterns.computeIfAbsent(regex, Pattern::compile).matcher(text).find()) {
        problem(
            pointer,
            regex.equals("\\S")
                ? "must not be blank, was " + quote(text)
                : "must match " + regex + ", was " + quote(text));
      }
    }
    if (rule.has("format")) {
      String format = rule.get("format").asText();
      if (!format.equals("date")) {
        throw new IllegalStateException(
            schemaName + " uses the unsupported format '" + format + "'");
      }
      try {
        LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        problem(pointer, "must be a date written yyyy-mm-dd, was " + quote(text));
      }
    }
  }

  private void checkNumber(JsonNode node, JsonNode rule, String pointer) {
    double value = node.asDouble();
    if (rule.has("minimum") && !(value >= rule.get("minimum").asDouble())) {
      problem(pointer, "must be >= " + rule.get("minimum") + ", was " + node);
    }
    if (rule.has("exclusiveMinimum") && !(value > rule.get("exclusiveMinimum").asDouble())) {
      problem(pointer, "must be > " + rule.get("exclusiveMinimum") + ", was " + node);
    }
    if (rule.has("maximum") && !(value <= rule.get("maximum").asDouble())) {
      problem(pointer, "must be <= " + rule.get("maximum") + ", was " + node);
    }
  }

  private void checkArray(JsonNode node, JsonNode rule, String pointer) {
    if (rule.has("minItems") && node.size() < rule.get("minItems").asInt()) {
      problem(
          pointer, "must have at least " + rule.get("minItems") + " item(s), was " + node.size());
    }
    if (rule.has("items")) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), rule.get("items"), SchemaJsonReader.pointer(pointer, i));
      }
    }
  }

  private void checkObject(JsonNode node, JsonNode rule, String pointer) {
    for (JsonNode required : rule.path("required")) {
      if (!node.has(required.asText())) {
        problem(pointer, "missing required field \"" + required.asText() + "\"");
      }
    }
    if (rule.has("minProperties") && node.size() < rule.get("minProperties").asInt()) {
      problem(
          pointer,
          "must have at least " + rule.get("minProperties") + " field(s), was " + node.size());
    }
    JsonNode properties = rule.path("properties");
    JsonNode additional = rule.path("additionalProperties");
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String child = SchemaJsonReader.pointer(pointer, field.getKey());
      if (properties.has(field.getKey())) {
        check(field.getValue(), properties.get(field.getKey()), child);
      } else if (additional.isObject()) {
        check(field.getValue(), additional, child);
      } else if (additional.isBoolean() && !additional.asBoolean() && !allowUnknownFields) {
        List<String> known = new ArrayList<>();
        properties.properties().forEach(p -> known.add(p.getKey()));
        problem(child, "unknown field; expected one of " + known);
      }
    }
  }

  private boolean problem(String pointer, String message) {
    problems.add(InputProblem.of(pointer, message));
    return false;
  }

  private static boolean hasType(JsonNode node, String type, String schemaName) {
    switch (type) {
      case "object":
        return node.isObject();
      case "array":
        return node.isArray();
      case "string":
        return node.isTextual();
      case "boolean":
        return node.isBoolean();
      case "number":
        return node.isNumber();
      case "integer":
        return node.isIntegralNumber()
            || (node.isNumber()
                && node.asDouble() == Math.rint(node.asDouble())
                && Double.isFinite(node.asDouble()));
      default:
        throw new IllegalStateException(schemaName + " uses the unsupported type '" + type + "'");
    }
  }

  private static boolean contains(JsonNode values, JsonNode node) {
    for (JsonNode value : values) {
      if (value.equals(node)) {
        return true;
      }
    }
    return false;
  }

  private static String article(String type) {
    return (type.equals("object") || type.equals("array") || type.equals("integer") ? "an " : "a ")
        + type;
  }

  /**
   * A short description of a JSON value for a message: its text for scalars, its kind for
   * containers.
   */
  static String describe(JsonNode node) {
    if (node.isTextual()) {
      return "string " + quote(node.asText());
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    return node.toString();
  }

  private static String quote(String text) {
    String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
    return "\"" + shown + "\"";
  }
}
