package dev.appraise.grade;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.appraise.core.io.SchemaJsonReader;
import java.io.UncheckedIOException;

/**
 * JSON for the grade types ({@link EvidenceProfile}, {@link CertaintyAssessment}, {@link Grading},
 * ...), through Jackson and the types' Immutables bindings. Writing then reading gives back an
 * equal value.
 */
public final class GradeJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new GuavaModule())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private GradeJson() {}

  /**
   * {@return a copy of the configured mapper, for callers that embed grade values in their own
   * JSON}
   */
  public static ObjectMapper mapper() {
    return MAPPER.copy();
  }

  /**
   * Writes a value as indented JSON.
   *
   * @param value a grade value
   * @return the JSON text
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a value from JSON.
   *
   * @param json the JSON text
   * @param type the type to read, e.g. {@code EvidenceProfile.class}
   * @param <T> the type
   * @return the value
   * @throws IllegalArgumentException naming the JSON pointer (RFC 6901, field names escaped) and
   *     the problem if the text is not a valid value
   */
  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonMappingException e) {
      String pointer = "";
      for (JsonMappingException.Reference r : e.getPath()) {
        pointer =
            r.getFieldName() != null
                ? SchemaJsonReader.pointer(pointer, r.getFieldName())
                : SchemaJsonReader.pointer(pointer, r.getIndex());
      }
      Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
      throw new IllegalArgumentException(
          type.getSimpleName()
              + " JSON"
              + (pointer.isEmpty() ? "" : " at " + pointer)
              + ": "
              + firstLine(cause.getMessage()),
          e);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new IllegalArgumentException(
          type.getSimpleName() + " JSON" + where + ": " + e.getOriginalMessage(), e);
    }
  }

  private static String firstLine(@org.jspecify.annotations.Nullable String s) {
    if (s == null) {
      return "invalid value";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
