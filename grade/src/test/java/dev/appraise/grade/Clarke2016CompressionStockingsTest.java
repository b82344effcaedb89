package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.model.StudyDesign;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The summary-of-findings example of the Cochrane Handbook, chapter 14 (Schünemann et al., version
 * 6.4, Figure 14.1.a): Clarke MJ et al., Compression stockings for preventing deep vein thrombosis
 * in airline passengers, Cochrane Database Syst Rev 2016, CD004002.pub3. Randomised trials;
 * published rows used here:
 *
 * <ul>
 *   <li>symptomless DVT: OR 0.10 (95 % CI 0.04 to 0.25), 2637 participants, 9 studies, certainty
 *       high;
 *   <li>superficial vein thrombosis: OR 0.45 (95 % CI 0.18 to 1.13), 1804 participants, 8 studies,
 *       certainty moderate.
 * </ul>
 *
 * The suggestion policies, accepted by a reviewer, reproduce both certainties from these numbers:
 * the first interval excludes no effect and the large effect is not applied to randomised evidence;
 * the second crosses no effect and is rated down once for imprecision (and its 2.2-fold reduction
 * is not proposed as large, since the interval includes no effect). The reasons for the other
 * published rows are not reproduced here.
 */
class Clarke2016CompressionStockingsTest {

  private static CertaintyAssessment assess(
      String outcome, int studies, int participants, Effect effect) {
    EvidenceBody body =
        EvidenceBody.builder()
            .studies(studies)
            .designs(Collections.nCopies(studies, StudyDesign.RANDOMISED_CONTROLLED_TRIAL))
            .participants(participants)
            .effect(effect)
            .build();
    List<Decision> decisions = new ArrayList<>();
    Suggestions.none()
        .with(ImprecisionPolicy.withDefaults())
        .with(LargeEffectPolicy.withDefaults())
        .suggest(body)
        .forEach(s -> decisions.add(Decision.accept(s, "reviewer")));
    return CertaintyAssessment.of(
        outcome, body, Start.fromDesigns(body.designs()), decisions, GradingPolicy.handbook());
  }

  private static EvidenceProfile profile() {
    return EvidenceProfile.builder()
        .title("Compression stockings compared with no stockings for people taking long flights")
        .addAssessments(assess("Symptomless DVT", 9, 2637, Effect.of("OR", 0.10, 0.04, 0.25)))
        .addAssessments(
            assess("Superficial vein thrombosis", 8, 1804, Effect.of("OR", 0.45, 0.18, 1.13)))
        .build();
  }

  @Test
  void certaintiesMatchThePublishedTable() {
    EvidenceProfile p = profile();
    assertThat(p.assessments())
        .extracting(CertaintyAssessment::certainty)
        .containsExactly(Certainty.HIGH, Certainty.MODERATE);
    CertaintyAssessment svt = p.assessments().get(1);
    assertThat(svt.grading().rating(CertaintyDomain.IMPRECISION).orElseThrow().levels())
        .isEqualTo(-1);
    CertaintyAssessment dvt = p.assessments().get(0);
    assertThat(dvt.grading().rating(CertaintyDomain.LARGE_EFFECT).orElseThrow().levels())
        .isEqualTo(2);
    assertThat(dvt.grading().explanation())
        .contains("not applied")
        .contains("does not rate up randomised evidence");
    assertThat(dvt.decisions())
        .allSatisfy(d -> assertThat(d.kind()).isEqualTo(Decision.Kind.ACCEPTED));
  }

  @Test
  void markdownHasARowPerOutcomeAndLetteredFootnotes() {
    String md = EvidenceProfileWriter.withDefaults().markdown(profile());
    assertThat(md)
        .startsWith(
            "## Compression stockings compared with no stockings for people taking long flights");
    assertThat(md).contains("| Symptomless DVT | 9 | randomised controlled trial (9) | 2637 |");
    assertThat(md).contains("OR 0.1 (95% CI 0.04 to 0.25) | ⊕⊕⊕⊕ High |");
    assertThat(md).contains("OR 0.45 (95% CI 0.18 to 1.13) | ⊕⊕⊕◯ Moderate |");
    // footnote marks are written with Markdown's escaped brackets, shown as [b] and [c]
    assertThat(md)
        .contains("| very large \\[b\\] |")
        .contains("| serious \\[c\\] |")
        .contains("- c: the interval of OR 0.45 (95% CI 0.18 to 1.13) crosses 1");
  }

  @Test
  void csvReadsBackWithOneRecordPerOutcome() throws Exception {
    String csv = EvidenceProfileWriter.withDefaults().csv(profile());
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv))
            .getRecords();
    assertThat(records).hasSize(2);
    assertThat(records.get(1).get("outcome")).isEqualTo("Superficial vein thrombosis");
    assertThat(records.get(1).get("imprecision")).isEqualTo("-1");
    assertThat(records.get(1).get("imprecision_footnote")).contains("crosses 1");
    assertThat(records.get(1).get("certainty")).isEqualTo("MODERATE");
    assertThat(records.get(1).get("fhir_code")).isEqualTo("moderate");
    assertThat(records.get(0).get("large-effect")).isEqualTo("+2");
    assertThat(records.get(1).get("large-effect")).isEqualTo("0");
  }

  @Test
  void jsonRoundTripsTheProfile() {
    EvidenceProfile p = profile();
    assertThat(GradeJson.read(GradeJson.write(p), EvidenceProfile.class)).isEqualTo(p);
  }
}
