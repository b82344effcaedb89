package dev.appraise.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class TaxonomyTest {

  private final Taxonomy treatments = Taxonomy.treatments();
  private final Taxonomy mri = Taxonomy.mriModalities();

  @Test
  void defaultTaxonomiesHoldTheDocumentedConcepts() {
    assertThat(treatments.name()).isEqualTo("treatments");
    assertThat(mri.name()).isEqualTo("MRI modalities");
    ModelArbitraries.TREATMENTS.forEach(c -> assertThat(treatments.contains(c)).as(c).isTrue());
    ModelArbitraries.MODALITIES.forEach(c -> assertThat(mri.contains(c)).as(c).isTrue());
    assertThat(treatments.concept("psychological/cbt").label())
        .isEqualTo("Cognitive-behavioural therapy");
    assertThat(Taxonomy.treatments()).isSameAs(treatments);
  }

  @Test
  void isADepthParentChildrenAndRollUp() {
    assertThat(mri.isA("mri/functional/task/pain-evoked", "mri/functional")).isTrue();
    assertThat(mri.isA("mri/functional", "mri/functional")).isTrue();
    assertThat(mri.isA("mri/functional", "mri/functional/task")).isFalse();
    assertThat(mri.isA("mri/structural/cortical-thickness", "mri/functional")).isFalse();
    assertThat(treatments.isA("exercise/aerobic", "exercise")).isTrue();
    assertThat(treatments.isA("education", "exercise")).isFalse();
    assertThat(mri.depth("mri")).isEqualTo(1);
    assertThat(mri.depth("mri/functional/task/pressure-evoked")).isEqualTo(4);
    assertThat(mri.rollUp("mri/functional/task/pain-evoked", 2)).isEqualTo("mri/functional");
    assertThat(mri.rollUp("mri/functional/task/pain-evoked", 9))
        .isEqualTo("mri/functional/task/pain-evoked");
    assertThat(mri.parent("mri/functional")).contains("mri");
    assertThat(mri.parent("mri")).isEmpty();
    assertThat(mri.children("mri/functional"))
        .containsExactly("mri/functional/resting-state", "mri/functional/task");
    assertThat(treatments.concept("exercise/aerobic").parent()).contains("exercise");
  }

  @Test
  void anUnknownCodeIsRejectedWithTheNearestKnownCodes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> treatments.concept("psychological/cbd"))
        .withMessage(
            "taxonomy 'treatments' has no concept 'psychological/cbd'; nearest known codes: "
                + "psychological/cbt, psychological/other, psychological/mindfulness");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> mri.isA("mri/functional/resting", "mri"))
        .withMessageStartingWith(
            "taxonomy 'MRI modalities' has no concept 'mri/functional/resting'; nearest known "
                + "codes: mri/functional/resting-state");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> mri.depth("cbt"))
        .withMessage("taxonomy 'MRI modalities' has no concept 'cbt'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> treatments.rollUp("exercise/aerobics", 1))
        .withMessageContaining("nearest known codes: exercise/aerobic");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> treatments.rollUp("exercise", 0))
        .withMessage("roll-up depth must be >= 1, was 0");
  }

  @Test
  void usersExtendATaxonomy() {
    Taxonomy extended =
        treatments.extend(
            Concept.of("exercise/aquatic", "Aquatic exercise"),
            Concept.builder()
                .code("exercise/aquatic/hydrotherapy")
                .label("Hydrotherapy")
                .description("warm pool")
                .build());
    assertThat(extended.isA("exercise/aquatic/hydrotherapy", "exercise")).isTrue();
    assertThat(extended.rollUp("exercise/aquatic/hydrotherapy", 2)).isEqualTo("exercise/aquatic");
    assertThat(treatments.contains("exercise/aquatic")).isFalse();
    assertThat(extended)
        .isNotEqualTo(treatments)
        .isEqualTo(
            treatments.extend(
                extended
                    .concepts()
                    .subList(treatments.concepts().size(), extended.concepts().size())));
    assertThat(extended.hashCode())
        .isEqualTo(
            treatments
                .extend(
                    extended
                        .concepts()
                        .subList(treatments.concepts().size(), extended.concepts().size()))
                .hashCode());
    assertThat(extended).hasToString("Taxonomy[treatments, 22 concepts]");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                treatments.extend(
                    Concept.of("exercise", "again"), Concept.of("dance/tango", "Tango")))
        .withMessage(
            "taxonomy 'treatments': concept code 'exercise' appears more than once; concept 'dance/tango' "
                + "needs its parent 'dance', which is missing");
  }

  @Test
  void conceptInvariants() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Concept.of("Exercise", "x"))
        .withMessage(
            "concept code must be lower-case segments separated by '/' (e.g. 'psychological/cbt'), was 'Exercise'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Concept.of("exercise", " "))
        .withMessage("concept label must not be blank, was ' '");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Concept.builder().code("x").label("x").description("").build())
        .withMessage("concept description must not be blank, was ''");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Taxonomy.of(" ", List.of()))
        .withMessage("taxonomy name must not be blank, was ' '");
  }

  @Property
  void rollUpIsIdempotent(
      @ForAll("allCodes") String code, @ForAll @IntRange(min = 1, max = 5) int depth) {
    Taxonomy t = taxonomyOf(code);
    String once = t.rollUp(code, depth);
    assertThat(t.rollUp(once, depth)).isEqualTo(once);
  }

  @Property
  void rollUpGivesAnAncestorAtTheClampedDepth(
      @ForAll("allCodes") String code, @ForAll @IntRange(min = 1, max = 5) int depth) {
    Taxonomy t = taxonomyOf(code);
    String rolled = t.rollUp(code, depth);
    assertThat(t.isA(code, rolled)).isTrue();
    assertThat(t.depth(rolled)).isEqualTo(Math.min(depth, t.depth(code)));
  }

  @Property
  void rollingUpInStepsEqualsRollingUpAtOnce(
      @ForAll("allCodes") String code,
      @ForAll @IntRange(min = 1, max = 5) int shallow,
      @ForAll @IntRange(min = 1, max = 5) int deep) {
    Taxonomy t = taxonomyOf(code);
    int d1 = Math.min(shallow, deep);
    int d2 = Math.max(shallow, deep);
    assertThat(t.rollUp(t.rollUp(code, d2), d1)).isEqualTo(t.rollUp(code, d1));
  }

  @Provide
  Arbitrary<String> allCodes() {
    return Arbitraries.of(concat(Taxonomy.treatments(), Taxonomy.mriModalities()));
  }

  private static List<String> concat(Taxonomy a, Taxonomy b) {
    return java.util.stream.Stream.concat(a.concepts().stream(), b.concepts().stream())
        .map(Concept::code)
        .toList();
  }

  private static Taxonomy taxonomyOf(String code) {
    return Taxonomy.treatments().contains(code) ? Taxonomy.treatments() : Taxonomy.mriModalities();
  }
}
