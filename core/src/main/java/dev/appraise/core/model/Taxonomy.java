package dev.appraise.core.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A hierarchy of concepts, such as treatments or MRI modalities, kept as data: codes are paths from a root
 * ({@code mri/functional/task/pain-evoked}), so a concept's ancestors are the prefixes of its code.
 *
 * <p>Two taxonomies ship with the library, {@link #treatments()} and {@link #mriModalities()}; users {@linkplain
 * #extend(Collection) extend} them or {@linkplain #read(InputStream, String) read} their own from JSON of the form
 * {@code {"name": "...", "concepts": [{"code": "...", "label": "...", "description": "..."}, ...]}}, parents listed
 * before or after their children. Every concept's parent must be in the taxonomy and no code may appear twice.
 *
 * <p>Queries name concepts by code; a code the taxonomy does not hold is rejected with an {@link
 * IllegalArgumentException} that lists the nearest known codes (by edit distance and shared prefix). Depths count
 * from 1 at the roots. Instances are immutable.
 */
public final class Taxonomy {

  private static final String TREATMENTS = "/dev/appraise/core/model/treatments.json";
  private static final String MRI_MODALITIES = "/dev/appraise/core/model/mri-modalities.json";
  private static final Set<String> FILE_FIELDS = Set.of("name", "concepts");
  private static final Set<String> CONCEPT_FIELDS = Set.of("code", "label", "description");

  private final String name;
  private final Map<String, Concept> concepts;

  private Taxonomy(String name, Map<String, Concept> concepts) {
    this.name = name;
    this.concepts = concepts;
  }

  /**
   * Creates a taxonomy.
   *
   * @param name its name, used in messages (e.g. {@code "treatments"})
   * @param concepts its concepts, in the order they should be listed
   * @return the taxonomy
   * @throws IllegalArgumentException listing every duplicate code and every concept whose parent is missing
   */
  public static Taxonomy of(String name, Collection<Concept> concepts) {
    Checks.nonBlank("taxonomy name", name);
    List<String> problems = new ArrayList<>();
    Map<String, Concept> byCode = new LinkedHashMap<>();
    for (Concept concept : concepts) {
      if (byCode.putIfAbsent(concept.code(), concept) != null) {
        problems.add("concept code '" + concept.code() + "' appears more than once");
      }
    }
    for (Concept concept : byCode.values()) {
      concept.parent().filter(p -> !byCode.containsKey(p)).ifPresent(p ->
          problems.add("concept '" + concept.code() + "' needs its parent '" + p + "', which is missing"));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("taxonomy '" + name + "': " + String.join("; ", problems));
    }
    return new Taxonomy(name, byCode);
  }

  /**
   * {@return the default treatment taxonomy: psychological (CBT, extinction training, mindfulness, ...),
   * multidisciplinary, exercise (aerobic, resistance, mind-body, other), physical, education, neuromodulation, other}
   */
  public static Taxonomy treatments() {
    return Defaults.TREATMENTS;
  }

  /**
   * {@return the default MRI modality taxonomy: structural (grey matter volume, cortical thickness, white matter/DTI),
   * functional (resting state; task: pain-evoked, pressure-evoked, cognitive), spectroscopy, perfusion}
   */
  public static Taxonomy mriModalities() {
    return Defaults.MRI_MODALITIES;
  }

  /** Loads the shipped taxonomies when first asked for. */
  private static final class Defaults {
    static final Taxonomy TREATMENTS = resource(Taxonomy.TREATMENTS);
    static final Taxonomy MRI_MODALITIES = resource(Taxonomy.MRI_MODALITIES);

    private static Taxonomy resource(String path) {
      try (InputStream in = Taxonomy.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("the taxonomy " + path + " is missing from the class path");
        }
        return read(in, path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Reads a taxonomy from a JSON file.
   *
   * @param file the file, in UTF-8
   * @return the taxonomy
   * @throws IOException if the file cannot be read
   * @throws InputFormatException listing every problem with its JSON pointer
   */
  public static Taxonomy read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
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
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(in.readAllBytes());
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new InputFormatException(source, List.of(InputProblem.of(where, e.getOriginalMessage())));
    }
    List<InputProblem> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new InputFormatException(source, List.of(InputProblem.of("", "must be an object with \"name\" and "
          + "\"concepts\"")));
    }
    unknownFields(root, "", FILE_FIELDS, problems);
    @Nullable String name = text(root, "", "name", true, problems);
    List<Concept> concepts = new ArrayList<>();
    Map<String, String> pointers = new LinkedHashMap<>();
    JsonNode list = root.path("concepts");
    if (!list.isArray()) {
      problems.add(InputProblem.of("", "missing array field \"concepts\""));
    } else {
      for (int i = 0; i < list.size(); i++) {
        String pointer = "/concepts/" + i;
        JsonNode node = list.get(i);
        if (!node.isObject()) {
          problems.add(InputProblem.of(pointer, "must be an object, was " + node.getNodeType().toString()
              .toLowerCase(Locale.ROOT)));
          continue;
        }
        unknownFields(node, pointer, CONCEPT_FIELDS, problems);
        @Nullable String code = text(node, pointer, "code", true, problems);
        @Nullable String label = text(node, pointer, "label", true, problems);
        @Nullable String description = text(node, pointer, "description", false, problems);
        if (code == null || label == null) {
          continue;
        }
        try {
          Concept concept = Concept.builder().code(code).label(label).description(Optional.ofNullable(description))
              .build();
          if (pointers.putIfAbsent(code, pointer) != null) {
            problems.add(InputProblem.of(pointer + "/code", "concept code '" + code + "' appears more than once, "
                + "first at " + pointers.get(code)));
          } else {
            concepts.add(concept);
          }
        } catch (IllegalArgumentException e) {
          problems.add(InputProblem.of(pointer, e.getMessage()));
        }
      }
      for (Concept concept : concepts) {
        concept.parent().filter(p -> !pointers.containsKey(p)).ifPresent(p -> problems.add(InputProblem.of(
            pointers.get(concept.code()) + "/code", "concept '" + concept.code() + "' needs its parent '" + p
                + "', which is missing")));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputFormatException(source, problems);
    }
    return of(Objects.requireNonNull(name), concepts);
  }

  private static void unknownFields(JsonNode node, String pointer, Set<String> known, List<InputProblem> problems) {
    node.properties().forEach(e -> {
      if (!known.contains(e.getKey())) {
        problems.add(InputProblem.of(pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"),
            "unknown field; expected one of " + known.stream().sorted().toList()));
      }
    });
  }

  private static @Nullable String text(JsonNode node, String pointer, String field, boolean required,
      List<InputProblem> problems) {
    JsonNode value = node.get(field);
    if (value == null) {
      if (required) {
        problems.add(InputProblem.of(pointer, "missing required field \"" + field + "\""));
      }
      return null;
    }
    if (!value.isTextual()) {
      problems.add(InputProblem.of(pointer + "/" + field, "must be a string, was " + value));
      return null;
    }
    return value.asText();
  }

  /**
   * Returns a taxonomy with more concepts: this one's, followed by the given ones.
   *
   * @param more the concepts to add; their parents must be in this taxonomy or among them
   * @return the extended taxonomy, with the same name
   * @throws IllegalArgumentException if a code is already present or a parent is missing
   */
  public Taxonomy extend(Collection<Concept> more) {
    List<Concept> all = new ArrayList<>(concepts.values());
    all.addAll(more);
    return of(name, all);
  }

  /**
   * Returns a taxonomy with more concepts.
   *
   * @param more the concepts to add
   * @return the extended taxonomy
   * @throws IllegalArgumentException if a code is already present or a parent is missing
   */
  public Taxonomy extend(Concept... more) {
    return extend(List.of(more));
  }

  /** {@return the taxonomy's name} */
  public String name() {
    return name;
  }

  /** {@return every concept, in the order given} */
  public List<Concept> concepts() {
    return List.copyOf(concepts.values());
  }

  /**
   * {@return whether the taxonomy holds a concept of this code}
   *
   * @param code the code
   */
  public boolean contains(String code) {
    return concepts.containsKey(code);
  }

  /**
   * Finds a concept.
   *
   * @param code the code
   * @return the concept
   * @throws IllegalArgumentException if the taxonomy has no such concept; the message lists the nearest codes
   */
  public Concept concept(String code) {
    Concept concept = concepts.get(code);
    if (concept == null) {
      List<String> near = nearest(code, 3);
      throw new IllegalArgumentException("taxonomy '" + name + "' has no concept '" + code + "'"
          + (near.isEmpty() ? "" : "; nearest known codes: " + String.join(", ", near)));
    }
    return concept;
  }

  /**
   * Tells whether a concept is the same as, or a descendant of, another.
   *
   * @param code the concept
   * @param ancestor the possible ancestor
   * @return whether {@code code} equals {@code ancestor} or lies below it
   * @throws IllegalArgumentException if either code is unknown
   */
  public boolean isA(String code, String ancestor) {
    concept(code);
    concept(ancestor);
    return code.equals(ancestor) || code.startsWith(ancestor + "/");
  }

  /**
   * {@return the depth of a concept: 1 at a root}
   *
   * @param code the concept
   * @throws IllegalArgumentException if the code is unknown
   */
  public int depth(String code) {
    return concept(code).depth();
  }

  /**
   * Rolls a concept up to its ancestor at a depth: {@code rollUp("mri/functional/task/pain-evoked", 2)} is {@code
   * "mri/functional"}. A concept no deeper than {@code depth} is returned unchanged, so rolling up is idempotent and
   * {@code depth(rollUp(c, d)) == min(d, depth(c))}.
   *
   * @param code the concept
   * @param depth the depth to roll up to, at least 1
   * @return the code of the ancestor (or the concept itself)
   * @throws IllegalArgumentException if the code is unknown or {@code depth < 1}
   */
  public String rollUp(String code, int depth) {
    if (depth < 1) {
      throw new IllegalArgumentException("roll-up depth must be >= 1, was " + depth);
    }
    String rolled = concept(code).code();
    while (Concept.depthOf(rolled) > depth) {
      rolled = Concept.parentOf(rolled).orElseThrow();
    }
    return rolled;
  }

  /**
   * {@return the parent's code, empty for a root}
   *
   * @param code the concept
   * @throws IllegalArgumentException if the code is unknown
   */
  public Optional<String> parent(String code) {
    return concept(code).parent();
  }

  /**
   * {@return the codes of a concept's direct children, in the taxonomy's order}
   *
   * @param code the concept
   * @throws IllegalArgumentException if the code is unknown
   */
  public List<String> children(String code) {
    concept(code);
    return concepts.values().stream().filter(c -> c.parent().filter(code::equals).isPresent()).map(Concept::code)
        .toList();
  }

  /**
   * Lists the known codes nearest to a code, for suggestions: first those sharing the most leading segments with it
   * ({@code mri/structural/vbm} suggests concepts under {@code mri/structural}), then the longest common prefix
   * ({@code mri/functional/rest} suggests {@code mri/functional/resting-state} first), then by edit distance
   * (Levenshtein), then by code. Only codes sharing at least one leading segment, or within an edit distance of half the code's
   * length (at least 2), are listed.
   *
   * @param code the code, known or not
   * @param limit the most codes to list
   * @return up to {@code limit} codes, nearest first
   */
  public List<String> nearest(String code, int limit) {
    record Candidate(String code, int sharedSegments, int sharedPrefix, int distance) {}
    return concepts.keySet().stream()
        .map(known -> new Candidate(known, sharedSegments(code, known), commonPrefix(code, known),
            editDistance(code, known)))
        .filter(c -> c.sharedSegments() > 0 || c.distance() <= Math.max(2, code.length() / 2))
        .sorted(Comparator.comparingInt(Candidate::sharedSegments).reversed()
            .thenComparing(Comparator.comparingInt(Candidate::sharedPrefix).reversed())
            .thenComparingInt(Candidate::distance).thenComparing(Candidate::code))
        .limit(limit).map(Candidate::code).toList();
  }

  private static int commonPrefix(String a, String b) {
    int n = Math.min(a.length(), b.length());
    int i = 0;
    while (i < n && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  private static int sharedSegments(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    int n = 0;
    while (n < x.length && n < y.length && x[n].equals(y[n])) {
      n++;
    }
    return n;
  }

  private static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** {@return whether the other object is a taxonomy of the same name and concepts in the same order} */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Taxonomy && ((Taxonomy) other).name.equals(name)
        && List.copyOf(((Taxonomy) other).concepts.values()).equals(List.copyOf(concepts.values()));
  }

  /** {@return a hash code consistent with {@link #equals(Object)}} */
  @Override
  public int hashCode() {
    return Objects.hash(name, List.copyOf(concepts.values()));
  }

  /** {@return the name and the number of concepts} */
  @Override
  public String toString() {
    return "Taxonomy[" + name + ", " + concepts.size() + " concepts]";
  }
}
