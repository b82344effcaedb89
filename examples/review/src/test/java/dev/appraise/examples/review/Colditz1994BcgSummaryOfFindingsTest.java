package dev.appraise.examples.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.core.stats.PooledEffect;
import dev.appraise.grade.AbsoluteEffect;
import dev.appraise.grade.Certainty;
import dev.appraise.grade.CertaintyDomain;
import dev.appraise.grade.Decision;
import dev.appraise.grade.Suggestion;
import dev.appraise.grade.SummaryOfFindings;
import dev.appraise.grade.SummaryOfFindingsWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The BCG trials (Colditz et al., JAMA 1994;271:698-702) from meta-analysis to summary of findings.
 * The pooled risk ratio is the one Viechtbauer (2010, J Stat Softw 36(3), section 3.3) prints, 0.49
 * [0.34, 0.70] with the prediction interval [0.15, 1.55]; Egger's test (p = 0.4218) and the rank
 * correlation test (p = 0.9524) are metafor 3.8-1's ({@code
 * synthesis/src/test/resources/metafor/bcg-rr.json}).
 */
class Colditz1994BcgSummaryOfFindingsTest {

  private static final BcgWorkedExample BCG = BcgWorkedExample.run();

  private static Map<CertaintyDomain, Suggestion> suggestions() {
    return BCG.suggestions().stream().collect(Collectors.toMap(Suggestion::domain, s -> s));
  }

  @Test
  void thePooledEffectIsMetaforsRandomEffectsFit() {
    PooledEffect p = BCG.pooled();
    assertThat(p.k()).isEqualTo(13);
    assertThat(p.reported(p.estimate())).isCloseTo(0.49, within(0.005));
    assertThat(p.reported(p.ciLower())).isCloseTo(0.34, within(0.005));
    assertThat(p.reported(p.ciUpper())).isCloseTo(0.70, within(0.005));
    assertThat(p.reported(p.piLower().getAsDouble())).isCloseTo(0.15, within(0.005));
    assertThat(p.reported(p.piUpper().getAsDouble())).isCloseTo(1.55, within(0.005));
    assertThat(p.eggerPValue().getAsDouble()).isCloseTo(0.4218, within(5e-5));
    assertThat(p.rankCorrelationPValue().getAsDouble()).isCloseTo(0.9524, within(5e-5));
  }

  @Test
  void inconsistencyIsSeriousFromConsiderableHeterogeneityAcrossTheNull() {
    Suggestion s = suggestions().get(CertaintyDomain.INCONSISTENCY);
    assertThat(s.rating().levels()).isEqualTo(-1);
    // no trial's interval excludes 1 upwards (TPT Madras 1980 and Comstock & Webster 1969 lie above
    // 1 but include
    // it), so the studies do not point significantly in opposite directions: serious, not very
    // serious
    assertThat(s.rationale())
        .isEqualTo(
            "I² = 92 % (considerable heterogeneity), tau² = 0.313, Q = 152 on 12 df"
                + " (p < 0.001); study estimates lie on both sides of 1 and their intervals do not all overlap; the 95%"
                + " prediction interval 0.155 to 1.55 crosses 1; serious");
  }

  @Test
  void riskOfBiasWeighsTheQuasiRandomisedTrialsByTheirWeight() {
    Suggestion s = suggestions().get(CertaintyDomain.RISK_OF_BIAS);
    assertThat(s.rating().levels()).isEqualTo(-1);
    // the six trials with alternate or systematic allocation hold 49 % of the random-effects
    // weight: not more than
    // half (very serious), but more than none (serious)
    assertThat(s.rationale())
        .startsWith("13 studies judged: 49 % of weight at high or worse risk of bias");
  }

  @Test
  void imprecisionAndPublicationBiasAreNotSerious() {
    Suggestion imprecision = suggestions().get(CertaintyDomain.IMPRECISION);
    assertThat(imprecision.rating().levels()).isZero();
    assertThat(imprecision.rationale())
        .isEqualTo(
            "the interval of RR 0.489 (95% CI 0.344 to 0.696) crosses no"
                + " threshold (1): not serious");
    Suggestion publication = suggestions().get(CertaintyDomain.PUBLICATION_BIAS);
    assertThat(publication.rating().levels()).isZero();
    assertThat(publication.rationale())
        .isEqualTo(
            "13 studies; Egger's regression test p = 0.422, the rank correlation"
                + " test p = 0.952 (level 0.1): no test suggests funnel-plot asymmetry; not serious");
  }

  @Test
  void theLargeEffectIsSuggestedAndOverriddenWithItsReason() {
    assertThat(suggestions().get(CertaintyDomain.LARGE_EFFECT).rating().levels()).isEqualTo(1);
    Decision d =
        BCG.decisions().stream()
            .filter(x -> x.rating().domain() == CertaintyDomain.LARGE_EFFECT)
            .findFirst()
            .orElseThrow();
    assertThat(d.kind()).isEqualTo(Decision.Kind.OVERRIDDEN);
    assertThat(d.rating().levels()).isZero();
    assertThat(d.reason())
        .contains(
            "GRADE rates up for a large effect in observational studies; these trials start"
                + " high");
    assertThat(BCG.decisions()).filteredOn(x -> x.kind() == Decision.Kind.ACCEPTED).hasSize(4);
  }

  @Test
  void theCertaintyIsLow() {
    assertThat(BCG.assessment().certainty()).isEqualTo(Certainty.LOW);
  }

  @Test
  void theAbsoluteEffectsAreTheRiskRatioAppliedToTheControlArmsRisk() {
    SummaryOfFindings sof = BCG.summaryOfFindings();
    AbsoluteEffect study = sof.outcomes().get(0).absoluteEffects().get(0);
    // 1510 events in the 166283 participants of the 13 control arms; risk ratio exp(-0.7145) =
    // 0.4894
    double risk = 1510.0 / 166283;
    double rr = Math.exp(BCG.pooled().estimate());
    assertThat(study.comparatorRisk()).isEqualTo(risk);
    assertThat(study.interventionRisk()).isCloseTo(risk * rr, within(1e-15));
    assertThat(study.difference()).isCloseTo(risk * (rr - 1), within(1e-15));
    String md = SummaryOfFindingsWriter.withDefaults().markdown(sof);
    assertThat(md)
        .contains(
            "| Tuberculosis | Study population: 9 per 1000 \\[a\\]<br/>High risk: 256 per 1000 \\[b\\] |"
                + " 4 per 1000 (3 to 6)<br/>125 per 1000 (88 to 178) |"
                + " 5 fewer per 1000 (from 6 fewer to 3 fewer)<br/>131 fewer per 1000 (from 168 fewer to 78 fewer) |"
                + " RR 0.49 (0.34 to 0.70) | 357347<br/>(13 studies) | ⊕⊕◯◯ Low \\[c, d, e, f, g\\] |"
                + " BCG vaccine may reduce tuberculosis. |");
  }

  @Test
  void theDocumentedTableIsTheOneTheExampleWrites() throws Exception {
    Path doc = Path.of("../../docs/bcg-summary-of-findings.md");
    String written = Files.readString(doc, StandardCharsets.UTF_8);
    String table = SummaryOfFindingsWriter.withDefaults().markdown(BCG.summaryOfFindings());
    assertThat(written).endsWith(table);
  }
}
