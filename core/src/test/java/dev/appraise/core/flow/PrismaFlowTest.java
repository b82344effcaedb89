package dev.appraise.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PrismaFlowTest {

  /**
   * A made-up review: three databases, reference lists as the other method, two studies with two
   * reports.
   */
  static PrismaFlow fullFlow() {
    Map<String, Integer> sources = new LinkedHashMap<>();
    sources.put("MEDLINE", 412);
    sources.put("Embase", 388);
    sources.put("PsycINFO", 150);
    return PrismaFlow.builder()
        .putAllRecordsPerSource(sources)
        .recordsIdentified(950)
        .duplicatesRemoved(210)
        .recordsRemovedByAutomation(0)
        .recordsRemovedOther(5)
        .recordsScreened(735)
        .recordsExcluded(690)
        .reportsSought(45)
        .reportsNotRetrieved(3)
        .reportsAssessed(42)
        .reportsExcluded(31)
        .putReportsExcludedPerReason("wrong population", 12)
        .putReportsExcludedPerReason("no imaging outcome", 15)
        .putReportsExcludedPerReason("conference abstract", 4)
        .includedFromDatabases(11)
        .putRecordsPerOtherMethod("reference lists", 6)
        .putRecordsPerOtherMethod("citation searching", 2)
        .otherReportsSought(8)
        .otherReportsNotRetrieved(1)
        .otherReportsAssessed(7)
        .otherReportsExcluded(4)
        .putOtherReportsExcludedPerReason("wrong population", 4)
        .includedFromOtherMethods(3)
        .studiesIncluded(12)
        .reportsOfIncludedStudies(14)
        .build();
  }

  @Test
  void everyCountIsOptionalAndStaysUnreported() {
    PrismaFlow empty = PrismaFlow.builder().build();
    assertThat(empty.recordsIdentifiedTotal()).isEmpty();
    assertThat(empty.reportsExcludedTotal()).isEmpty();
    assertThat(empty.otherRecordsIdentifiedTotal()).isEmpty();
    assertThat(empty.otherReportsExcludedTotal()).isEmpty();
    assertThat(empty.studiesIncluded()).isEmpty();
    assertThat(empty.hasOtherMethods()).isFalse();
  }

  @Test
  void statedTotalsWinOverTheSumOfTheirParts() {
    PrismaFlow flow = fullFlow();
    assertThat(flow.recordsIdentifiedTotal()).hasValue(950);
    assertThat(flow.reportsExcludedTotal()).hasValue(31);
    assertThat(flow.otherReportsExcludedTotal()).hasValue(4);
    assertThat(flow.otherRecordsIdentifiedTotal()).hasValue(8);
    assertThat(flow.hasOtherMethods()).isTrue();
  }

  @Test
  void totalsFallBackToTheSumOfTheirPartsWhenNotStated() {
    PrismaFlow flow =
        PrismaFlow.builder()
            .putRecordsPerSource("PubMed", 10)
            .putRecordsPerSource("Scopus", 5)
            .putReportsExcludedPerReason("wrong design", 2)
            .putReportsExcludedPerReason("wrong outcome", 1)
            .build();
    assertThat(flow.recordsIdentified()).isEmpty();
    assertThat(flow.recordsIdentifiedTotal()).hasValue(15);
    assertThat(flow.reportsExcluded()).isEmpty();
    assertThat(flow.reportsExcludedTotal()).hasValue(3);
  }

  @Test
  void keepsTheOrderOfSourcesAndReasons() {
    assertThat(fullFlow().recordsPerSource().keySet())
        .containsExactly("MEDLINE", "Embase", "PsycINFO");
    assertThat(fullFlow().reportsExcludedPerReason().keySet())
        .containsExactly("wrong population", "no imaging outcome", "conference abstract");
  }

  static Stream<Arguments> countSetters() {
    return Stream.of(
        Arguments.of(
            "recordsIdentified",
            (BiConsumer<PrismaFlow.Builder, Integer>) PrismaFlow.Builder::recordsIdentified),
        Arguments.of(
            "duplicatesRemoved",
            (BiConsumer<PrismaFlow.Builder, Integer>) PrismaFlow.Builder::duplicatesRemoved),
        Arguments.of(
            "recordsRemovedByAutomation",
            (BiConsumer<PrismaFlow.Builder, Integer>)
                PrismaFlow.Builder::recordsRemovedByAutomation),
        Arguments.of(
            "recordsRemovedOther",
            (BiConsumer<PrismaFlow.Builder, Integer>) PrismaFlow.Builder::recordsRemovedOther),
        Arguments.of(
            "recordsScreened",
            (BiConsumer<PrismaFlow.Builder, Integer>) PrismaFlow.Builder::recordsScreened),
        Arguments.of(
            "recordsExcluded",
            (BiConsumer<PrismaFlow.Builder, Integer>) PrismaFlow.Builder::recordsExcluded),
        Arguments.of(
            "reportsSought",
            (BiConsumer<PrismaFlow.Builder, Integer>) PrismaFlow.Builder::reportsSought),
        Arguments.of(
            "reportsNotRetrieved",
            (BiConsumer<PrismaFlow.Builder, Integer>) PrismaFlow.Builder::reportsNotRetrieved),
        Arguments.of(
            "reportsAssessed",
            (BiConsumer<PrismaFlow.Builder, Integer>) PrismaFlow.Builder::reportsAssessed),
        Arguments.of(
            "reportsExcluded",
            (BiConsumer<PrismaFlow.Builder, Integer>) PrismaFlow.Builder::reportsExcluded),
        Arguments.of(
            "includedFromDatabases",
            (BiConsumer<PrismaFlow.Builder, Integer>) PrismaFlow.Builder::includedFromDatabases),
        Arguments.of(
            "otherReportsSought",
            (BiConsumer<PrismaFlow.Builder, Integer>) PrismaFlow.Builder::otherReportsSought),
        Arguments.of(
            "otherReportsNotRetrieved",
            (BiConsumer<PrismaFlow.Builder, Integer>) PrismaFlow.Builder::otherReportsNotRetrieved),
        Arguments.of(
            "otherReportsAssessed",
            (BiConsumer<PrismaFlow.Builder, Integer>) PrismaFlow.Builder::otherReportsAssessed),
        Arguments.of(
            "otherReportsExcluded",
            (BiConsumer<PrismaFlow.Builder, Integer>) PrismaFlow.Builder::otherReportsExcluded),
        Arguments.of(
            "includedFromOtherMethods",
            (BiConsumer<PrismaFlow.Builder, Integer>) PrismaFlow.Builder::includedFromOtherMethods),
        Arguments.of(
            "studiesIncluded",
            (BiConsumer<PrismaFlow.Builder, Integer>) PrismaFlow.Builder::studiesIncluded),
        Arguments.of(
            "reportsOfIncludedStudies",
            (BiConsumer<PrismaFlow.Builder, Integer>)
                PrismaFlow.Builder::reportsOfIncludedStudies));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("countSetters")
  void rejectsANegativeCountNamingTheFieldAndTheValue(
      String field, BiConsumer<PrismaFlow.Builder, Integer> setter) {
    PrismaFlow.Builder builder = PrismaFlow.builder();
    setter.accept(builder, -3);
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(field + " must be >= 0, was -3");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("countSetters")
  void acceptsZeroAsAReportedCount(String field, BiConsumer<PrismaFlow.Builder, Integer> setter) {
    PrismaFlow.Builder builder = PrismaFlow.builder();
    setter.accept(builder, 0);
    assertThat(builder.build()).isNotNull();
  }

  @Test
  void rejectsANegativeCountPerSourceMethodOrReason() {
    assertThatThrownBy(() -> PrismaFlow.builder().putRecordsPerSource("Embase", -1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recordsPerSource count for \"Embase\" must be >= 0, was -1");
    assertThatThrownBy(() -> PrismaFlow.builder().putRecordsPerOtherMethod("websites", -2).build())
        .hasMessage("recordsPerOtherMethod count for \"websites\" must be >= 0, was -2");
    assertThatThrownBy(
            () -> PrismaFlow.builder().putReportsExcludedPerReason("wrong design", -4).build())
        .hasMessage("reportsExcludedPerReason count for \"wrong design\" must be >= 0, was -4");
    assertThatThrownBy(
            () -> PrismaFlow.builder().putOtherReportsExcludedPerReason("no MRI", -5).build())
        .hasMessage("otherReportsExcludedPerReason count for \"no MRI\" must be >= 0, was -5");
  }

  @Test
  void rejectsABlankSourceMethodOrReason() {
    assertThatThrownBy(() -> PrismaFlow.builder().putRecordsPerSource(" ", 1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recordsPerSource source must not be blank, was \" \"");
    assertThatThrownBy(() -> PrismaFlow.builder().putRecordsPerOtherMethod("", 1).build())
        .hasMessage("recordsPerOtherMethod method must not be blank, was \"\"");
    assertThatThrownBy(() -> PrismaFlow.builder().putReportsExcludedPerReason("", 1).build())
        .hasMessage("reportsExcludedPerReason reason must not be blank, was \"\"");
    assertThatThrownBy(() -> PrismaFlow.builder().putOtherReportsExcludedPerReason("\t", 1).build())
        .hasMessage("otherReportsExcludedPerReason reason must not be blank, was \"\t\"");
  }

  @Test
  void rejectsPartsWhoseSumOverflowsACount() {
    assertThatThrownBy(
            () ->
                PrismaFlow.builder()
                    .putRecordsPerSource("A", Integer.MAX_VALUE)
                    .putRecordsPerSource("B", 1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recordsPerSource counts must sum to at most 2147483647, was 2147483648");
  }

  @Test
  void roundTripsThroughJson() throws Exception {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new GuavaModule())
            .registerModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    for (PrismaFlow flow : List.of(fullFlow(), PrismaFlow.builder().build(), seedLikeFlow())) {
      String json = mapper.writeValueAsString(flow);
      assertThat(mapper.readValue(json, PrismaFlow.class)).isEqualTo(flow);
    }
    String json = mapper.writeValueAsString(seedLikeFlow());
    assertThat(json).contains("\"recordsIdentified\":749").doesNotContain("recordsScreened\":0");
  }

  @Property(tries = 200)
  void everyFlowRoundTripsThroughJson(@ForAll("flows") PrismaFlow flow) throws Exception {
    ObjectMapper mapper =
        new ObjectMapper()
            .registerModule(new GuavaModule())
            .registerModule(new Jdk8Module())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    PrismaFlow read = mapper.readValue(mapper.writeValueAsString(flow), PrismaFlow.class);
    assertThat(read).isEqualTo(flow);
    assertThat(read.recordsPerSource().keySet())
        .containsExactlyElementsOf(flow.recordsPerSource().keySet());
  }

  @Provide
  Arbitrary<PrismaFlow> flows() {
    return new PrismaFlowSvgTest().flows();
  }

  /**
   * A flow shaped like a small review that reports little: 749 records from three databases, 7 + 2
   * included.
   */
  static PrismaFlow seedLikeFlow() {
    return PrismaFlow.builder()
        .recordsIdentified(749)
        .includedFromDatabases(7)
        .includedFromOtherMethods(2)
        .studiesIncluded(9)
        .build();
  }

  @Test
  void anUnreportedCountIsNotAZero() {
    PrismaFlow flow = seedLikeFlow();
    assertThat(flow.recordsScreened()).isEqualTo(OptionalInt.empty());
    assertThat(flow).isNotEqualTo(PrismaFlow.builder().from(flow).recordsScreened(0).build());
  }
}
