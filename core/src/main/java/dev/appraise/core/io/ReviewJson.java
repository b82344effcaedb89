package dev.appraise.core.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.appraise.core.InputFormatException;
import dev.appraise.core.flow.PrismaFlow;
import dev.appraise.core.model.Arm;
import dev.appraise.core.model.BrainRegion;
import dev.appraise.core.model.Citation;
import dev.appraise.core.model.ClinicalAssociation;
import dev.appraise.core.model.ClinicalOutcome;
import dev.appraise.core.model.ComparatorCondition;
import dev.appraise.core.model.Coordinates;
import dev.appraise.core.model.Dose;
import dev.appraise.core.model.ImagingOutcome;
import dev.appraise.core.model.Intervention;
import dev.appraise.core.model.InterventionComponent;
import dev.appraise.core.model.Participants;
import dev.appraise.core.model.PicoQuestion;
import dev.appraise.core.model.Population;
import dev.appraise.core.model.ReportedStatistic;
import dev.appraise.core.model.Review;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.Search;
import dev.appraise.core.model.SourceLocation;
import dev.appraise.core.model.Study;
import dev.appraise.core.model.Taxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes a whole {@link Review} as JSON, in the format described by the JSON Schema
 * shipped with this library ({@link #SCHEMA_RESOURCE}, see {@link #schema()}).
 *
 * <p>Reading goes through {@link SchemaJsonReader} and collects every problem before it gives up:
 * the document is first checked against the schema (missing required fields, wrong types, unknown
 * fields, values out of range, unknown enum constants), then every object whose structure is sound
 * is built, bottom up, so that the invariants of the model's value types are checked too (an object
 * is only built when everything inside it is sound, so one fault is reported once). All problems,
 * each with its JSON pointer, are thrown together in one {@link InputFormatException}; nothing
 * half-read is returned. Unknown fields are problems unless {@linkplain
 * #withUnknownFieldsAllowed(boolean) allowed}. Concept codes are checked against taxonomies when
 * {@linkplain #withTaxonomies(Taxonomy, Taxonomy) asked}; unknown codes are listed after the other
 * problems. The review as a whole (unique study ids, judgements about known studies) is checked
 * only once every part of it is sound.
 *
 * <p>Writing produces the same format, indented by two spaces with {@code \n} line ends, leaving
 * out absent optional values; {@code read(write(review))} equals {@code review}.
 *
 * <p>Instances are immutable and thread-safe; configure them in the style {@code
 * ReviewJson.withDefaults().withUnknownFieldsAllowed(true)}.
 */
public final class ReviewJson {

  /** The class-path location of the JSON Schema of the review format. */
  public static final String SCHEMA_RESOURCE = "/dev/appraise/core/io/review.schema.json";

  /** The value type each definition of the schema describes, whose invariants reading checks. */
  private static final Map<String, Class<?>> TYPES =
      Map.ofEntries(
          Map.entry("Citation", Citation.class),
          Map.entry("Population", Population.class),
          Map.entry("Participants", Participants.class),
          Map.entry("Arm", Arm.class),
          Map.entry("Dose", Dose.class),
          Map.entry("InterventionComponent", InterventionComponent.class),
          Map.entry("Intervention", Intervention.class),
          Map.entry("ComparatorCondition", ComparatorCondition.class),
          Map.entry("Coordinates", Coordinates.class),
          Map.entry("BrainRegion", BrainRegion.class),
          Map.entry("ReportedStatistic", ReportedStatistic.class),
          Map.entry("ClinicalAssociation", ClinicalAssociation.class),
          Map.entry("SourceLocation", SourceLocation.class),
          Map.entry("ImagingOutcome", ImagingOutcome.class),
          Map.entry("ClinicalOutcome", ClinicalOutcome.class),
          Map.entry("Study", Study.class),
          Map.entry("PicoQuestion", PicoQuestion.class),
          Map.entry("Search", Search.class),
          Map.entry("RiskOfBiasJudgement", RiskOfBiasJudgement.class),
          Map.entry("PrismaFlow", PrismaFlow.class));

  private static final ReviewJson DEFAULTS = new ReviewJson(false, null, null);

  private final boolean allowUnknownFields;
  private final @Nullable Taxonomy treatments;
  private final @Nullable Taxonomy modalities;
  private final ObjectMapper mapper;
  private final SchemaJsonReader<Review> reader;

  private ReviewJson(
      boolean allowUnknownFields, @Nullable Taxonomy treatments, @Nullable Taxonomy modalities) {
    this.allowUnknownFields = allowUnknownFields;
    this.treatments = treatments;
    this.modalities = modalities;
    this.mapper = mapper(allowUnknownFields);
    SchemaJsonReader<Review> reader =
        SchemaJsonReader.of("review", ReviewJson.class, SCHEMA_RESOURCE, this::build)
            .withUnknownFieldsAllowed(allowUnknownFields);
    for (Map.Entry<String, Class<?>> type : TYPES.entrySet()) {
      reader = reader.withCheck(type.getKey(), node -> mapper.treeToValue(node, type.getValue()));
    }
    this.reader = reader;
  }

  /** {@return a reader and writer that treats unknown fields as problems} */
  public static ReviewJson withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that accepts, and ignores, fields the format does not define.
   *
   * @param allow whether unknown fields are accepted
   * @return the configured reader and writer
   */
  public ReviewJson withUnknownFieldsAllowed(boolean allow) {
    return allow == allowUnknownFields ? this : new ReviewJson(allow, treatments, modalities);
  }

  /**
   * Returns a copy that also checks concept codes: every intervention's and component's {@code
   * concept} must be in the treatment taxonomy and every imaging outcome's {@code modality} in the
   * modality taxonomy. An unknown code is a problem at its JSON pointer, with the nearest known
   * codes. By default codes are only checked for their form.
   *
   * @param treatments the treatment taxonomy, e.g. {@link Taxonomy#treatments()} or an extension of
   *     it
   * @param modalities the MRI modality taxonomy, e.g. {@link Taxonomy#mriModalities()}
   * @return the configured reader and writer
   */
  public ReviewJson withTaxonomies(Taxonomy treatments, Taxonomy modalities) {
    return new ReviewJson(allowUnknownFields, treatments, modalities);
  }

  /** {@return whether unknown fields are accepted} */
  public boolean unknownFieldsAllowed() {
    return allowUnknownFields;
  }

  /**
   * Reads a review from a JSON string.
   *
   * @param json the JSON text
   * @return the review
   * @throws InputFormatException listing every problem, each with its JSON pointer (or line and
   *     column when the text is not JSON at all); its source is {@code "review JSON"}
   */
  public Review read(String json) {
    return reader.read(json, "review JSON");
  }

  /**
   * Reads a review from a JSON file.
   *
   * @param file the file, in UTF-8
   * @return the review
   * @throws IOException if the file cannot be read
   * @throws InputFormatException listing every problem, each with its JSON pointer; its source is
   *     the file name
   */
  public Review read(Path file) throws IOException {
    return reader.read(file);
  }

  /**
   * Reads a review from a stream of JSON; the stream is read to its end but not closed.
   *
   * @param in the JSON, in UTF-8
   * @param source the name of the input for messages (e.g. a file name or URL)
   * @return the review
   * @throws IOException if the stream cannot be read
   * @throws InputFormatException listing every problem, each with its JSON pointer
   */
  public Review read(InputStream in, String source) throws IOException {
    return reader.read(in, source);
  }

  /** Checks the concept codes when asked, then builds the review once every part of it is sound. */
  private @Nullable Review build(JsonNode document, SchemaJsonReader.Problems problems)
      throws JsonProcessingException {
    if (treatments != null && modalities != null) {
      checkCodes(document, treatments, modalities, problems);
    }
    return problems.isEmpty() ? mapper.treeToValue(document, Review.class) : null;
  }

  /** Checks the concept codes of the document against the taxonomies, wherever they are strings. */
  private static void checkCodes(
      JsonNode document,
      Taxonomy treatments,
      Taxonomy modalities,
      SchemaJsonReader.Problems problems) {
    JsonNode studies = document.path("studies");
    for (int i = 0; i < studies.size(); i++) {
      String study = "/studies/" + i;
      JsonNode interventions = studies.get(i).path("interventions");
      for (int j = 0; j < interventions.size(); j++) {
        String intervention = study + "/interventions/" + j;
        checkCode(
            interventions.get(j).path("concept"), intervention + "/concept", treatments, problems);
        JsonNode components = interventions.get(j).path("components");
        for (int k = 0; k < components.size(); k++) {
          checkCode(
              components.get(k).path("concept"),
              intervention + "/components/" + k + "/concept",
              treatments,
              problems);
        }
      }
      JsonNode outcomes = studies.get(i).path("imagingOutcomes");
      for (int j = 0; j < outcomes.size(); j++) {
        checkCode(
            outcomes.get(j).path("modality"),
            study + "/imagingOutcomes/" + j + "/modality",
            modalities,
            problems);
      }
    }
  }

  private static void checkCode(
      JsonNode code, String pointer, Taxonomy taxonomy, SchemaJsonReader.Problems problems) {
    if (code.isTextual() && !taxonomy.contains(code.asText())) {
      try {
        taxonomy.concept(code.asText());
      } catch (IllegalArgumentException e) {
        problems.add(pointer, String.valueOf(e.getMessage()));
      }
    }
  }

  /**
   * Writes a review as JSON text.
   *
   * @param review the review
   * @return the JSON, indented by two spaces, with {@code \n} line ends and a final line end
   */
  public String write(Review review) {
    try {
      return IndentedJson.writer(mapper).writeValueAsString(review) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "a review could not be written as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes a review as JSON to a file, replacing it.
   *
   * @param review the review
   * @param file the file, written in UTF-8
   * @throws IOException if the file cannot be written
   */
  public void write(Review review, Path file) throws IOException {
    Files.writeString(file, write(review), StandardCharsets.UTF_8);
  }

  /**
   * Writes a review as JSON to a stream, in UTF-8; the stream is flushed but not closed.
   *
   * @param review the review
   * @param out the stream
   * @throws IOException if the stream cannot be written
   */
  public void write(Review review, OutputStream out) throws IOException {
    out.write(write(review).getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** {@return the JSON Schema of the review format, as text} */
  public static String schema() {
    return DEFAULTS.reader.schema();
  }

  private static ObjectMapper mapper(boolean allowUnknownFields) {
    JsonInclude.Value nonEmpty = JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null);
    return JsonMapper.builder()
        // empty lists and maps are left out like absent optionals; reading restores them as empty
        .withConfigOverride(List.class, o -> o.setInclude(nonEmpty))
        .withConfigOverride(Map.class, o -> o.setInclude(nonEmpty))
        .withConfigOverride(ImmutableList.class, o -> o.setInclude(nonEmpty))
        .withConfigOverride(ImmutableMap.class, o -> o.setInclude(nonEmpty))
        .addModule(new GuavaModule())
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !allowUnknownFields)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(
                JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
        .build();
  }
}
