package dev.appraise.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON document in a format described by a JSON Schema: the one way appraise reads JSON
 * (reviews, taxonomies, risk-of-bias tools), open to other modules for formats of their own.
 *
 * <p>Reading goes in three steps, collecting every problem before it gives up:
 *
 * <ol>
 *   <li>the text is parsed; text that is not JSON (or holds a field twice, or more than one
 *       document) is one problem at its line and column;
 *   <li>the document is checked against the schema (missing required fields, wrong types, unknown
 *       fields, values out of range, unknown enum constants), and every part described by a
 *       definition of the schema ({@code $ref} to {@code #/$defs/Name}) that is sound is handed to
 *       the {@linkplain #withCheck(String, Check) check} of that definition, if any, which may
 *       reject it (a broken invariant of the value it stands for, say); a part is only checked when
 *       everything inside it is sound, so one fault is reported once;
 *   <li>the {@link Builder} looks at the document as a whole (duplicate identifiers, references
 *       between parts) and builds the value when no problem was found.
 * </ol>
 *
 * <p>Every problem is located by its JSON pointer (RFC 6901: {@code ~} is written {@code ~0} and
 * {@code /} is written {@code ~1} within a field name), or by line and column when the text is not
 * JSON; problems at a JSON pointer also carry the {@linkplain InputProblem#line() line} and
 * {@linkplain InputProblem#column() column} where the value at the pointer starts. All problems are
 * thrown together in one {@link InputFormatException} in the order found: the schema's in document
 * order, then the builder's. Nothing half-read is returned. A failure to read a file or stream is
 * an {@link IOException}.
 *
 * <p>The schema may use the keywords {@code type}, {@code const}, {@code enum}, {@code pattern},
 * {@code format: date}, {@code minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code items},
 * {@code minItems}, {@code properties}, {@code required}, {@code additionalProperties} ({@code
 * false} or a schema), {@code minProperties}, local {@code $ref}s into {@code $defs} and
 * annotations; any other keyword is rejected when the reader is created, so that a schema never
 * says more than is checked.
 *
 * <p>Instances are immutable and thread-safe when their checks and builder are.
 *
 * @param <T> the type of value read
 */
public final class SchemaJsonReader<T> {

  /** Checks a sound part of a document that a definition of the schema describes. */
  @FunctionalInterface
  public interface Check {
    /**
     * Checks a part of a document that satisfies its definition in the schema.
     *
     * @param node the part
     * @throws IllegalArgumentException (or {@link IllegalStateException}) whose message says what
     *     is wrong with the part; it is reported at the part's JSON pointer
     * @throws JsonProcessingException if binding the part to a value fails; the innermost message
     *     is reported
     */
    void check(JsonNode node) throws JsonProcessingException;
  }

  /**
   * Builds the value a document stands for, once the document has been checked against the schema.
   *
   * @param <T> the type of value built
   */
  @FunctionalInterface
  public interface Builder<T> {
    /**
     * Looks at a document as a whole and builds its value. The builder is called even when problems
     * were found, so that problems of the whole (such as a duplicate identifier) are reported
     * together with the others; it must therefore look before it leaps where {@code problems} is
     * not empty (use {@link Problems#soundAt(String)}), and return {@code null} when there are
     * problems.
     *
     * @param document the document
     * @param problems the problems found so far; the builder adds its own
     * @return the value, or {@code null} if there are problems
     * @throws IllegalArgumentException (or {@link IllegalStateException}) whose message says what
     *     is wrong with the document as a whole; it is reported for the whole document
     * @throws JsonProcessingException if binding the document to a value fails; the innermost
     *     message is reported
     */
    @Nullable T build(JsonNode document, Problems problems) throws JsonProcessingException;
  }

  /** The problems found in one document so far, each at its JSON pointer. */
  public static final class Problems {

    private final List<InputProblem> list = new ArrayList<>();

    Problems() {}

    /**
     * Adds a problem.
     *
     * @param pointer the JSON pointer of the part that is wrong, its field names escaped (see
     *     {@link SchemaJsonReader#pointer(String, String)}); empty for the whole document
     * @param message what is wrong, naming the value where there is one
     */
    public void add(String pointer, String message) {
      list.add(InputProblem.of(pointer, message));
    }

    /** {@return whether no problem has been found} */
    public boolean isEmpty() {
      return list.isEmpty();
    }

    /**
     * Tells whether a part of the document is sound: no problem was found in it (at its pointer or
     * below).
     *
     * @param pointer the part's JSON pointer
     * @return whether the part has no problem
     */
    public boolean soundAt(String pointer) {
      return list.stream()
          .map(InputProblem::location)
          .noneMatch(at -> at.equals(pointer) || at.startsWith(pointer + "/"));
    }

    /** {@return the problems found, in the order they were added} */
    public List<InputProblem> list() {
      return List.copyOf(list);
    }

    void addAll(List<InputProblem> problems) {
      list.addAll(problems);
    }
  }

  /** A schema as text and as a tree, loaded once per resource. */
  private record Schema(String name, String text, JsonNode tree) {}

  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
  private static final ObjectMapper PARSER =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private final String document;
  private final Schema schema;
  private final Builder<T> builder;
  private final Map<String, Check> checks;
  private final boolean allowUnknownFields;

  private SchemaJsonReader(
      String document,
      Schema schema,
      Builder<T> builder,
      Map<String, Check> checks,
      boolean allowUnknownFields) {
    this.document = document;
    this.schema = schema;
    this.builder = builder;
    this.checks = checks;
    this.allowUnknownFields = allowUnknownFields;
  }

  /**
   * Creates a reader for a format whose schema is a class-path resource.
   *
   * @param document what a document of the format is, for messages (e.g. {@code "review"}, {@code
   *     "taxonomy"})
   * @param owner the class the resource is looked up from, e.g. the reader of the format
   * @param schemaResource the schema's resource name, relative to the owner's package or absolute
   *     (starting with {@code /})
   * @param builder what builds the value from a checked document
   * @param <T> the type of value read
   * @return a reader that treats unknown fields as problems and has no checks of definitions
   * @throws IllegalStateException if the resource is missing, is not JSON, or uses what the reader
   *     does not support
   */
  public static <T> SchemaJsonReader<T> of(
      String document, Class<?> owner, String schemaResource, Builder<T> builder) {
    String folder =
        owner.getPackageName().isEmpty()
            ? "/"
            : "/" + owner.getPackageName().replace('.', '/') + "/";
    String absolute = schemaResource.startsWith("/") ? schemaResource : folder + schemaResource;
    Schema schema = SCHEMAS.computeIfAbsent(absolute, name -> loadSchema(owner, name));
    return new SchemaJsonReader<>(document, schema, builder, Map.of(), false);
  }

  private static Schema loadSchema(Class<?> owner, String resource) {
    String name = "the schema " + resource;
    String text;
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the class path");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(name + " cannot be read: " + e.getMessage(), e);
    }
    JsonNode tree;
    try {
      tree = PARSER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(name + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    SchemaWalker.checkSchema(tree, name);
    return new Schema(name, text, tree);
  }

  /**
   * Returns a copy that checks every sound part of a document described by a definition of the
   * schema.
   *
   * @param definition the name of the definition in the schema's {@code $defs}
   * @param check the check; it replaces any check of that definition
   * @return the configured reader
   * @throws IllegalArgumentException if the schema has no such definition
   */
  public SchemaJsonReader<T> withCheck(String definition, Check check) {
    if (!schema.tree().path("$defs").has(definition)) {
      throw new IllegalArgumentException(schema.name() + " has no definition '" + definition + "'");
    }
    Map<String, Check> more = new HashMap<>(checks);
    more.put(definition, check);
    return new SchemaJsonReader<>(document, schema, builder, Map.copyOf(more), allowUnknownFields);
  }

  /**
   * Returns a copy that accepts, and leaves to the builder to ignore, fields the schema does not
   * define.
   *
   * @param allow whether unknown fields are accepted
   * @return the configured reader
   */
  public SchemaJsonReader<T> withUnknownFieldsAllowed(boolean allow) {
    return allow == allowUnknownFields
        ? this
        : new SchemaJsonReader<>(document, schema, builder, checks, allow);
  }

  /** {@return whether unknown fields are accepted} */
  public boolean unknownFieldsAllowed() {
    return allowUnknownFields;
  }

  /** {@return the JSON Schema of the format, as text} */
  public String schema() {
    return schema.text();
  }

  /**
   * Reads a value from a JSON string.
   *
   * @param json the JSON text
   * @param source the name of the input for messages
   * @return the value
   * @throws InputFormatException listing every problem
   */
  public T read(String json, String source) {
    return read(json.getBytes(StandardCharsets.UTF_8), source);
  }

  /**
   * Reads a value from a JSON file.
   *
   * @param file the file, in UTF-8
   * @return the value
   * @throws IOException if the file cannot be read
   * @throws InputFormatException listing every problem; its source is the file name
   */
  public T read(Path file) throws IOException {
    return read(Files.readAllBytes(file), file.toString());
  }

  /**
   * Reads a value from a stream of JSON; the stream is read to its end but not closed.
   *
   * @param in the JSON, in UTF-8
   * @param source the name of the input for messages (e.g. a file name or URL)
   * @return the value
   * @throws IOException if the stream cannot be read
   * @throws InputFormatException listing every problem
   */
  public T read(InputStream in, String source) throws IOException {
    return read(in.readAllBytes(), source);
  }

  private T read(byte[] json, String source) {
    JsonNode tree = parse(json, source);
    Problems problems = new Problems();
    problems.addAll(
        new SchemaWalker(schema.tree(), schema.name(), allowUnknownFields, this::checkDefinition)
            .validate(tree));
    @Nullable T value = null;
    try {
      value = builder.build(tree, problems);
    } catch (JsonProcessingException | IllegalArgumentException | IllegalStateException e) {
      problems.add("", reason(e));
    }
    if (!problems.isEmpty()) {
      throw new InputFormatException(source, located(problems.list(), json));
    }
    if (value == null) {
      throw new IllegalStateException(
          "the builder of " + document + " JSON returned nothing and found no problem");
    }
    return value;
  }

  /** Parses the text as exactly one JSON document. */
  private JsonNode parse(byte[] json, String source) {
    try (JsonParser parser = PARSER.createParser(json)) {
      JsonNode tree = PARSER.readTree(parser);
      if (tree == null || tree.isMissingNode()) {
        throw new InputFormatException(source, List.of(InputProblem.of("", "no JSON content")));
      }
      if (parser.nextToken() != null) {
        throw new InputFormatException(
            source,
            List.of(
                atText(parser.currentTokenLocation(), "unexpected content after the " + document)));
      }
      return tree;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new InputFormatException(
          source,
          List.of(
              at == null || at.getLineNr() < 1
                  ? InputProblem.of("", e.getOriginalMessage())
                  : atText(at, e.getOriginalMessage())));
    } catch (IOException e) {
      throw new IllegalStateException("parsing JSON held in memory failed: " + e.getMessage(), e);
    }
  }

  private static InputProblem atText(JsonLocation at, String message) {
    return InputProblem.builder()
        .location("line " + at.getLineNr() + ", column " + at.getColumnNr())
        .line(at.getLineNr())
        .column(at.getColumnNr())
        .message(message)
        .build();
  }

  private @Nullable String checkDefinition(String definition, JsonNode node, String pointer) {
    Check check = checks.get(definition);
    if (check == null) {
      return null;
    }
    try {
      check.check(node);
      return null;
    } catch (JsonProcessingException | IllegalArgumentException | IllegalStateException e) {
      return reason(e);
    }
  }

  /**
   * The innermost message of a failure: the invariant's own words, without a binding library's
   * framing.
   */
  private static String reason(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof JsonProcessingException) {
      return ((JsonProcessingException) cause).getOriginalMessage();
    }
    return String.valueOf(cause.getMessage());
  }

  /** Adds to every problem the line and column where the value at its JSON pointer starts. */
  private static List<InputProblem> located(List<InputProblem> problems, byte[] json) {
    Map<String, JsonLocation> starts = new HashMap<>();
    try (JsonParser parser = PARSER.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isScalarValue() || token.isStructStart()) {
          starts.putIfAbsent(
              parser.getParsingContext().pathAsPointer().toString(), parser.currentTokenLocation());
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "JSON that parsed once failed to parse again: " + e.getMessage(), e);
    }
    List<InputProblem> located = new ArrayList<>(problems.size());
    for (InputProblem problem : problems) {
      JsonLocation at = starts.get(problem.location());
      located.add(
          at == null
              ? problem
              : InputProblem.builder()
                  .from(problem)
                  .line(at.getLineNr())
                  .column(at.getColumnNr())
                  .build());
    }
    return located;
  }

  /**
   * Appends a field name to a JSON pointer, escaped as RFC 6901 asks: {@code ~} as {@code ~0},
   * {@code /} as {@code ~1}.
   *
   * @param pointer the pointer of an object, empty for the document
   * @param name the field name
   * @return the pointer of the field's value, e.g. {@code pointer("/sources", "a/b")} is {@code
   *     "/sources/a~1b"}
   */
  public static String pointer(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Appends an array index to a JSON pointer.
   *
   * @param pointer the pointer of an array, empty for the document
   * @param index the index, from 0
   * @return the pointer of the item, e.g. {@code pointer("/studies", 2)} is {@code "/studies/2"}
   */
  public static String pointer(String pointer, int index) {
    return pointer + "/" + index;
  }
}
