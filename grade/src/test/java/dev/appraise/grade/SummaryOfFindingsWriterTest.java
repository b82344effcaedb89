package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.model.StudyDesign;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryOfFindingsWriterTest {

  private static CertaintyAssessment assessment(
      String outcome, Effect effect, List<Rating> ratings) {
    EvidenceBody body =
        EvidenceBody.builder()
            .studies(3)
            .participants(900)
            .designs(
                List.of(
                    StudyDesign.CONTROLLED_COHORT,
                    StudyDesign.CONTROLLED_COHORT,
                    StudyDesign.CASE_CONTROL))
            .effect(effect)
            .build();
    return CertaintyAssessment.builder()
        .outcome(outcome)
        .evidence(body)
        .grading(GradingPolicy.handbook().grade(Start.fromDesigns(body.designs()), ratings))
        .build();
  }

  private static SummaryOfFindings hostile() {
    CertaintyAssessment a =
        assessment(
            "Death | <b>",
            Effect.of("RR", 0.5, 0.3, 0.8),
            List.of(
                Rating.down(
                    CertaintyDomain.INDIRECTNESS, 1, "<script>x</script> & \"older\" | adults")));
    return SummaryOfFindings.builder()
        .intervention("Drug <A>")
        .comparison("placebo & care")
        .population("adults | 65+")
        .setting("ward")
        .addOutcomes(
            OutcomeSummary.builder()
                .from(
                    OutcomeSummary.of(
                        a,
                        List.of(
                            AssumedRisk.builder()
                                .label("Low <risk>")
                                .risk(0.01)
                                .source("cohort | <registry>")
                                .build())))
                .comment("see *note*")
                .build())
        .build();
  }

  @Test
  void htmlEscapesEveryText() {
    String html = SummaryOfFindingsWriter.withDefaults().html(hostile());
    assertThat(html)
        .doesNotContain("<script>")
        .doesNotContain("<b>")
        .doesNotContain("<A>")
        .doesNotContain("<risk>");
    assertThat(html)
        .startsWith(
            "<div class=\"summary-of-findings\"><p class=\"question\">Patient or population:"
                + " adults | 65+<br/>Setting: ward<br/>Intervention: Drug &lt;A&gt;<br/>Comparison: placebo &amp; care</p>");
    assertThat(html)
        .contains(
            "<caption>Drug &lt;A&gt; compared with placebo &amp; care for adults | 65+</caption>");
    assertThat(html).contains("<td>Low &lt;risk&gt;: 10 per 1000 [a]</td>");
    assertThat(html)
        .contains(
            "<li id=\"note-b\">b: Indirectness, serious: &lt;script&gt;x&lt;/script&gt; &amp;"
                + " &quot;older&quot; | adults</li>");
    assertThat(html).contains("<td>⊕◯◯◯ Very low [b]</td>");
    assertThat(html).contains("<td>900<br/>(3 observational studies)</td>");
  }

  @Test
  void markdownKeepsItsColumnsAndShowsTheQuestion() {
    String md = SummaryOfFindingsWriter.withDefaults().markdown(hostile());
    assertThat(md)
        .startsWith(
            "## Drug \\<A\\> compared with placebo \\& care for adults \\| 65+\n\n"
                + "Patient or population: adults \\| 65+  \nSetting: ward  \nIntervention: Drug \\<A\\>  \n"
                + "Comparison: placebo \\& care\n\n| Outcomes |");
    String header = md.lines().filter(l -> l.startsWith("| Outcomes")).findFirst().orElseThrow();
    String row = md.lines().filter(l -> l.startsWith("| Death")).findFirst().orElseThrow();
    assertThat(row.split("(?<!\\\\)\\|")).hasSameSizeAs(header.split("(?<!\\\\)\\|"));
    assertThat(row)
        .contains(
            "| 5 per 1000 (3 to 8) | 5 fewer per 1000 (from 7 fewer to 2 fewer) |"
                + " RR 0.50 (0.30 to 0.80) | 900<br/>(3 observational studies) |");
    assertThat(md).contains("- a: Low \\<risk\\>: cohort \\| \\<registry\\>");
  }

  @Test
  void theStatementFollowsTheCertaintyAndTheSizeOfTheEffect() {
    SummaryOfFindings sof = hostile();
    OutcomeSummary row = sof.outcomes().get(0);
    assertThat(sof.statement(row))
        .isEqualTo(
            "The evidence is very uncertain about the effect of Drug <A> on death |" + " <b>.");
    CertaintyAssessment moderate =
        assessment(
            "Stroke",
            Effect.of("RR", 0.2, 0.1, 0.4),
            List.of(
                Rating.up(CertaintyDomain.LARGE_EFFECT, 2, "RR 0.2"),
                Rating.down(CertaintyDomain.IMPRECISION, 1, "few")));
    OutcomeSummary large =
        OutcomeSummary.builder()
            .from(OutcomeSummary.of(moderate, List.of(AssumedRisk.of(0.05))))
            .magnitude(EffectMagnitude.LARGE)
            .build();
    assertThat(moderate.certainty()).isEqualTo(Certainty.MODERATE);
    assertThat(sof.statement(large))
        .isEqualTo("Drug <A> likely results in a large reduction in stroke.");
    OutcomeSummary own = OutcomeSummary.builder().from(large).statement("Our own words.").build();
    assertThat(sof.statement(own)).isEqualTo("Our own words.");
  }

  @Test
  void informativeStatementsForEveryCertaintyAndSize() {
    assertThat(InformativeStatements.of(Certainty.HIGH, EffectMagnitude.LARGE, false, "X", "O"))
        .isEqualTo("X results in a large reduction in O.");
    assertThat(InformativeStatements.of(Certainty.HIGH, EffectMagnitude.MODERATE, true, "X", "O"))
        .isEqualTo("X increases O.");
    assertThat(InformativeStatements.of(Certainty.HIGH, EffectMagnitude.SMALL, false, "X", "O"))
        .isEqualTo("X reduces O slightly.");
    assertThat(InformativeStatements.of(Certainty.HIGH, EffectMagnitude.TRIVIAL, false, "X", "O"))
        .isEqualTo("X results in little to no difference in O.");
    assertThat(InformativeStatements.of(Certainty.MODERATE, EffectMagnitude.LARGE, true, "X", "O"))
        .isEqualTo("X likely results in a large increase in O.");
    assertThat(
            InformativeStatements.of(Certainty.MODERATE, EffectMagnitude.MODERATE, false, "X", "O"))
        .isEqualTo("X likely reduces O.");
    assertThat(InformativeStatements.of(Certainty.MODERATE, EffectMagnitude.SMALL, true, "X", "O"))
        .isEqualTo("X likely increases O slightly.");
    assertThat(
            InformativeStatements.of(Certainty.MODERATE, EffectMagnitude.TRIVIAL, true, "X", "O"))
        .isEqualTo("X likely results in little to no difference in O.");
    assertThat(InformativeStatements.of(Certainty.LOW, EffectMagnitude.LARGE, false, "X", "O"))
        .isEqualTo("X may result in a large reduction in O.");
    assertThat(InformativeStatements.of(Certainty.LOW, EffectMagnitude.MODERATE, true, "X", "O"))
        .isEqualTo("X may increase O.");
    assertThat(InformativeStatements.of(Certainty.LOW, EffectMagnitude.SMALL, false, "X", "O"))
        .isEqualTo("X may reduce O slightly.");
    assertThat(InformativeStatements.of(Certainty.LOW, EffectMagnitude.TRIVIAL, false, "X", "O"))
        .isEqualTo("X may result in little to no difference in O.");
    for (EffectMagnitude m : EffectMagnitude.values()) {
      assertThat(InformativeStatements.of(Certainty.VERY_LOW, m, true, "X", "O"))
          .isEqualTo("The evidence is very uncertain about the effect of X on O.");
    }
    assertThat(EffectMagnitude.of(-4, 5, 20, 50)).isEqualTo(EffectMagnitude.TRIVIAL);
    assertThat(EffectMagnitude.of(-5, 5, 20, 50)).isEqualTo(EffectMagnitude.SMALL);
    assertThat(EffectMagnitude.of(30, 5, 20, 50)).isEqualTo(EffectMagnitude.MODERATE);
    assertThat(EffectMagnitude.of(-50, 5, 20, 50)).isEqualTo(EffectMagnitude.LARGE);
    assertThatThrownBy(() -> EffectMagnitude.of(1, 5, 2, 50))
        .hasMessageContaining("0 < small <= moderate <= large");
  }

  @Test
  void rareEventsReadPerAnotherDenominatorAndLabelsFollowTheReview() {
    SummaryOfFindingsWriter w =
        SummaryOfFindingsWriter.withDefaults()
            .withPer(100_000)
            .withLabels(CertaintyLabels.standard().with(Certainty.VERY_LOW, "Preliminary"));
    String md = w.markdown(hostile());
    assertThat(md)
        .contains(
            "Low \\<risk\\>: 1000 per 100000 \\[a\\] | 500 per 100000 (300 to 800) |"
                + " 500 fewer per 100000 (from 700 fewer to 200 fewer)");
    assertThat(md).contains("⊕◯◯◯ Preliminary");
    assertThat(w.csv(hostile())).contains(",very-low,Preliminary,");
  }

  @Test
  void continuousOutcomesShowMeansAndTheDifference() {
    CertaintyAssessment a =
        assessment("Oedema score", Effect.of("MD", -4.7, -4.9, -4.5), List.of());
    SummaryOfFindings sof =
        SummaryOfFindings.builder()
            .intervention("Stockings")
            .comparison("no stockings")
            .addOutcomes(
                OutcomeSummary.of(
                    a, AbsoluteMeanDifference.of(Effect.of("MD", -4.7, -4.9, -4.5), 7.5)))
            .addOutcomes(
                OutcomeSummary.of(
                    assessment("Pain", Effect.of("SMD", -0.5, -0.8, -0.2), List.of()),
                    AbsoluteMeanDifference.backTransformed(Effect.of("SMD", -0.5, -0.8, -0.2), 10)))
            .build();
    String md = SummaryOfFindingsWriter.withDefaults().markdown(sof);
    assertThat(md)
        .contains(
            "| Oedema score | The mean oedema score was 7.5 | The mean oedema score was 2.8 |"
                + " MD 4.7 lower (4.9 lower to 4.5 lower) | - | 900<br/>(3 observational studies) |");
    assertThat(md).contains("| Pain |  |  | MD 5 lower (8 lower to 2 lower) \\[a\\] | - |");
    assertThat(md)
        .contains("- a: The standardised mean difference times a typical standard deviation of 10");
    assertThat(SummaryOfFindingsWriter.withDefaults().json(sof))
        .contains("\"standard_deviation\" : 10.0");
  }

  @Test
  void rowsMustShareOneConfidenceLevel() {
    CertaintyAssessment a = assessment("A", Effect.of("RR", 0.5, 0.3, 0.8), List.of());
    Effect ninety =
        Effect.builder()
            .measure("RR")
            .estimate(0.5)
            .lower(0.35)
            .upper(0.7)
            .confidenceLevel(0.9)
            .build();
    CertaintyAssessment b =
        CertaintyAssessment.builder().from(assessment("B", ninety, List.of())).build();
    SummaryOfFindings sof =
        SummaryOfFindings.builder()
            .intervention("X")
            .comparison("Y")
            .addOutcomes(OutcomeSummary.of(a, List.of()), OutcomeSummary.of(b, List.of()))
            .build();
    assertThatThrownBy(() -> SummaryOfFindingsWriter.withDefaults().markdown(sof))
        .hasMessageContaining("must share one confidence level");
    SummaryOfFindings only =
        SummaryOfFindings.builder()
            .from(sof)
            .outcomes(List.of(OutcomeSummary.of(b, List.of())))
            .build();
    assertThat(SummaryOfFindingsWriter.withDefaults().markdown(only))
        .contains("Relative effect (90% CI)");
    assertThat(GradeJson.read(GradeJson.write(sof), SummaryOfFindings.class)).isEqualTo(sof);
  }
}
