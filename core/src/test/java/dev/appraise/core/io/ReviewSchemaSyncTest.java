package dev.appraise.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped schema and the model say the same: same fields per type, same enum constants,
 * supported keywords.
 */
class ReviewSchemaSyncTest {

  private static final JsonNode SCHEMA = read();

  private static JsonNode read() {
    try {
      return new ObjectMapper().readTree(ReviewJson.schema());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Set<String> schemaFields(JsonNode definition) {
    Set<String> names = new TreeSet<>();
    definition.path("properties").properties().forEach(e -> names.add(e.getKey()));
    return names;
  }

  /**
   * The JSON properties Jackson writes for a model type, read from its generated implementation.
   */
  private static Set<String> jacksonFields(String simpleName) throws ClassNotFoundException {
    String pkg =
        simpleName.equals("PrismaFlow") ? "dev.appraise.core.flow." : "dev.appraise.core.model.";
    Class<?> implementation = Class.forName(pkg + "Immutable" + simpleName);
    ObjectMapper mapper =
        new ObjectMapper().registerModule(new GuavaModule()).registerModule(new Jdk8Module());
    BeanDescription description =
        mapper.getSerializationConfig().introspect(mapper.constructType(implementation));
    return description.findProperties().stream()
        .filter(BeanPropertyDefinition::couldSerialize)
        .map(BeanPropertyDefinition::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @TestFactory
  Stream<DynamicTest> every_definition_has_exactly_the_fields_of_its_type() {
    List<DynamicTest> tests = new ArrayList<>();
    SCHEMA
        .path("$defs")
        .properties()
        .forEach(
            def ->
                tests.add(
                    DynamicTest.dynamicTest(
                        def.getKey(),
                        () ->
                            assertThat(schemaFields(def.getValue()))
                                .isEqualTo(jacksonFields(def.getKey())))));
    tests.add(
        DynamicTest.dynamicTest(
            "Review", () -> assertThat(schemaFields(SCHEMA)).isEqualTo(jacksonFields("Review"))));
    return tests.stream();
  }

  @Test
  void everyEnumListsTheConstantsOfItsJavaEnum() throws ClassNotFoundException {
    Map<String, Set<String>> enums = new java.util.TreeMap<>();
    collectEnums(SCHEMA, enums);
    assertThat(enums).isNotEmpty();
    for (Map.Entry<String, Set<String>> e : enums.entrySet()) {
      Class<?> type = Class.forName(e.getKey());
      Set<String> constants =
          Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name())
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(e.getValue()).as(e.getKey()).isEqualTo(constants);
    }
  }

  /** Finds each enum property and the Java enum it stands for, by the accessor's return type. */
  private static void collectEnums(JsonNode schema, Map<String, Set<String>> out)
      throws ClassNotFoundException {
    for (Map.Entry<String, JsonNode> def : schema.path("$defs").properties()) {
      String pkg =
          def.getKey().equals("PrismaFlow")
              ? "dev.appraise.core.flow."
              : "dev.appraise.core.model.";
      Class<?> type = Class.forName(pkg + def.getKey());
      for (Map.Entry<String, JsonNode> property : def.getValue().path("properties").properties()) {
        if (property.getValue().has("enum")) {
          Class<?> enumType = accessorType(type, property.getKey());
          Set<String> values = new TreeSet<>();
          property.getValue().get("enum").forEach(v -> values.add(v.asText()));
          out.put(enumType.getName(), values);
        }
      }
    }
  }

  private static Class<?> accessorType(Class<?> type, String name) {
    try {
      java.lang.reflect.Method m = type.getMethod(name);
      Class<?> r = m.getReturnType();
      if (r == java.util.Optional.class) {
        return (Class<?>)
            ((java.lang.reflect.ParameterizedType) m.getGenericReturnType())
                .getActualTypeArguments()[0];
      }
      return r;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theSchemaUsesOnlyKeywordsTheReaderChecks() {
    Set<String> used = new TreeSet<>();
    collectKeywords(SCHEMA, used);
    assertThat(SchemaWalker.KEYWORDS).containsAll(used);
  }

  private static void collectKeywords(JsonNode schema, Set<String> used) {
    schema
        .properties()
        .forEach(
            e -> {
              used.add(e.getKey());
              if (e.getKey().equals("properties") || e.getKey().equals("$defs")) {
                e.getValue().properties().forEach(p -> collectKeywords(p.getValue(), used));
              } else if (e.getValue().isObject() && !e.getKey().equals("const")) {
                collectKeywords(e.getValue(), used);
              }
            });
  }
}
