package dev.appraise.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A hierarchy of concepts, such as treatments or MRI modalities, kept as data: codes are paths from
 * a root ({@code mri/functional/task/pain-evoked}), so a concept's ancestors are the prefixes of
 * its code.
 *
 * <p>Two taxonomies ship with the library, {@link #treatments()} and {@link #mriModalities()};
 * users {@linkplain #extend(Collection) extend} them, build their own with {@link #of(String,
 * Collection)}, or read their own from JSON with {@code TaxonomyJson} (package {@code io}). Every
 * concept's parent must be in the taxonomy and no code may appear twice.
 *
 * <p>Queries name concepts by code; a code the taxonomy does not hold is rejected with an {@link
 * IllegalArgumentException} that lists the nearest known codes (by edit distance and shared
 * prefix). Depths count from 1 at the roots. Instances are immutable.
 */
public final class Taxonomy {

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
   * @throws IllegalArgumentException listing every duplicate code and every concept whose parent is
   *     missing
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
      concept
          .parent()
          .filter(p -> !byCode.containsKey(p))
          .ifPresent(
              p ->
                  problems.add(
                      "concept '"
                          + concept.code()
                          + "' needs its parent '"
                          + p
                          + "', which is missing"));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("taxonomy '" + name + "': " + String.join("; ", problems));
    }
    return new Taxonomy(name, byCode);
  }

  /**
   * {@return the default treatment taxonomy: psychological (CBT, extinction training, mindfulness,
   * ...), multidisciplinary, exercise (aerobic, resistance, mind-body, other), physical, education,
   * neuromodulation, other}
   */
  public static Taxonomy treatments() {
    return Defaults.TREATMENTS;
  }

  /**
   * {@return the default MRI modality taxonomy: structural (grey matter volume, cortical thickness,
   * white matter/DTI), functional (resting state; task: pain-evoked, pressure-evoked, cognitive),
   * spectroscopy, perfusion}
   */
  public static Taxonomy mriModalities() {
    return Defaults.MRI_MODALITIES;
  }

  /** The shipped taxonomies, made when first asked for. */
  private static final class Defaults {
    static final Taxonomy TREATMENTS =
        of(
            "treatments",
            concepts(
                "psychological", "Psychological therapies",
                "psychological/cbt", "Cognitive-behavioural therapy",
                "psychological/extinction-training",
                    "Extinction training (e.g. graded exposure, pain extinction learning)",
                "psychological/mindfulness", "Mindfulness-based interventions",
                "psychological/acceptance-commitment", "Acceptance and commitment therapy",
                "psychological/other", "Other psychological therapy",
                "multidisciplinary", "Multidisciplinary or interdisciplinary pain programme",
                "exercise", "Exercise therapy",
                "exercise/aerobic", "Aerobic exercise",
                "exercise/resistance", "Resistance (strength) training",
                "exercise/mind-body", "Mind-body exercise (yoga, tai chi, qigong)",
                "exercise/other", "Other exercise",
                "physical", "Physical and occupational therapy",
                "physical/manual-therapy", "Manual therapy (manipulation, mobilisation, massage)",
                "physical/electrotherapy", "Electrotherapy (e.g. TENS)",
                "physical/other", "Other physical therapy",
                "education", "Education",
                "education/pain-neuroscience", "Pain neuroscience education",
                "neuromodulation", "Non-invasive brain stimulation (rTMS, tDCS)",
                "other", "Other treatment"));

    static final Taxonomy MRI_MODALITIES =
        of(
            "MRI modalities",
            concepts(
                "mri", "Magnetic resonance imaging",
                "mri/structural", "Structural MRI",
                "mri/structural/grey-matter-volume", "Grey matter volume or density",
                "mri/structural/cortical-thickness", "Cortical thickness",
                "mri/structural/white-matter-dti", "White matter, diffusion tensor imaging",
                "mri/functional", "Functional MRI",
                "mri/functional/resting-state", "Resting-state functional MRI",
                "mri/functional/task", "Task-based functional MRI",
                "mri/functional/task/pain-evoked", "Pain-evoked activation",
                "mri/functional/task/pressure-evoked", "Pressure-evoked activation",
                "mri/functional/task/cognitive", "Cognitive or emotional task activation",
                "mri/spectroscopy", "Magnetic resonance spectroscopy",
                "mri/perfusion", "Perfusion imaging (arterial spin labelling)"));

    /** Concepts from alternating codes and labels. */
    private static List<Concept> concepts(String... codesAndLabels) {
      List<Concept> concepts = new ArrayList<>();
      for (int i = 0; i < codesAndLabels.length; i += 2) {
        concepts.add(Concept.of(codesAndLabels[i], codesAndLabels[i + 1]));
      }
      return concepts;
    }
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
   * @throws IllegalArgumentException if the taxonomy has no such concept; the message lists the
   *     nearest codes
   */
  public Concept concept(String code) {
    Concept concept = concepts.get(code);
    if (concept == null) {
      List<String> near = nearest(code, 3);
      throw new IllegalArgumentException(
          "taxonomy '"
              + name
              + "' has no concept '"
              + code
              + "'"
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
   * Rolls a concept up to its ancestor at a depth: {@code rollUp("mri/functional/task/pain-evoked",
   * 2)} is {@code "mri/functional"}. A concept no deeper than {@code depth} is returned unchanged,
   * so rolling up is idempotent and {@code depth(rollUp(c, d)) == min(d, depth(c))}.
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
    return concepts.values().stream()
        .filter(c -> c.parent().filter(code::equals).isPresent())
        .map(Concept::code)
        .toList();
  }

  /**
   * Lists the known codes nearest to a code, for suggestions: first those sharing the most leading
   * segments with it ({@code mri/structural/vbm} suggests concepts under {@code mri/structural}),
   * then the longest common prefix ({@code mri/functional/rest} suggests {@code
   * mri/functional/resting-state} first), then by edit distance (Levenshtein), then by code. Only
   * codes sharing at least one leading segment, or within an edit distance of half the code's
   * length (at least 2), are listed.
   *
   * @param code the code, known or not
   * @param limit the most codes to list
   * @return up to {@code limit} codes, nearest first
   */
  public List<String> nearest(String code, int limit) {
    record Candidate(String code, int sharedSegments, int sharedPrefix, int distance) {}
    return concepts.keySet().stream()
        .map(
            known ->
                new Candidate(
                    known,
                    sharedSegments(code, known),
                    commonPrefix(code, known),
                    editDistance(code, known)))
        .filter(c -> c.sharedSegments() > 0 || c.distance() <= Math.max(2, code.length() / 2))
        .sorted(
            Comparator.comparingInt(Candidate::sharedSegments)
                .reversed()
                .thenComparing(Comparator.comparingInt(Candidate::sharedPrefix).reversed())
                .thenComparingInt(Candidate::distance)
                .thenComparing(Candidate::code))
        .limit(limit)
        .map(Candidate::code)
        .toList();
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

  /**
   * {@return whether the other object is a taxonomy of the same name and concepts in the same
   * order}
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Taxonomy that
        && that.name.equals(name)
        && List.copyOf(that.concepts.values()).equals(List.copyOf(concepts.values()));
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
