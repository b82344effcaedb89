package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.grade.testing.GradeArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class GradeJsonPropertiesTest {

  @Provide
  Arbitrary<Grading> gradings() {
    return GradeArbitraries.gradings();
  }

  @Provide
  Arbitrary<EvidenceProfile> profiles() {
    return GradeArbitraries.profiles();
  }

  @Property
  void gradingsRoundTripThroughJson(@ForAll("gradings") Grading g) {
    assertThat(GradeJson.read(GradeJson.write(g), Grading.class)).isEqualTo(g);
  }

  @Property(tries = 200)
  void profilesRoundTripThroughJson(@ForAll("profiles") EvidenceProfile p) {
    assertThat(GradeJson.read(GradeJson.write(p), EvidenceProfile.class)).isEqualTo(p);
  }

  @Test
  void anInvalidRatingInJsonIsReportedWithItsPointer() {
    String json = "{\"domain\": \"RISK_OF_BIAS\", \"levels\": -3, \"footnote\": \"x\"}";
    assertThatThrownBy(() -> GradeJson.read(json, Rating.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("risk of bias rating must be between -2 and 0 levels, was -3");
  }

  @Test
  void aFieldNameInThePointerIsEscaped() {
    String json = "{\"studies\": 2, \"weights\": {\"a/b~c\": \"heavy\"}}";
    assertThatThrownBy(() -> GradeJson.read(json, EvidenceBody.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("EvidenceBody JSON at /weights/a~1b~0c: ");
  }

  @Test
  void jsonNullIsRefusedNotReturned() {
    assertThatThrownBy(() -> GradeJson.read("null", EvidenceProfile.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("EvidenceProfile JSON: expected an object, was null");
  }
}
