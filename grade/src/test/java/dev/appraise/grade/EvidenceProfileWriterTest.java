package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.model.StudyDesign;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceProfileWriterTest {

  private static EvidenceProfile hostile() {
    EvidenceBody body =
        EvidenceBody.builder()
            .studies(2)
            .designs(List.of(StudyDesign.CONTROLLED_COHORT, StudyDesign.CONTROLLED_COHORT))
            .build();
    Grading g =
        GradingPolicy.handbook()
            .grade(
                Start.fromDesigns(body.designs()),
                List.of(
                    Rating.down(
                        CertaintyDomain.INDIRECTNESS,
                        1,
                        "<script>alert('x')</script> & \"healthy\" | controls")));
    return EvidenceProfile.builder()
        .title("CBT <vs> waiting list")
        .addAssessments(
            CertaintyAssessment.builder()
                .outcome("Grey matter | <b>")
                .evidence(body)
                .grading(g)
                .build())
        .build();
  }

  @Test
  void htmlEscapesEveryText() {
    String html = EvidenceProfileWriter.withDefaults().html(hostile());
    assertThat(html).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<vs>");
    assertThat(html).contains("CBT &lt;vs&gt; waiting list");
    assertThat(html)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;healthy&quot;");
    assertThat(html).contains("<td>serious [a]</td>");
  }

  @Test
  void markdownEscapesPipesSoTheTableKeepsItsColumns() {
    String md = EvidenceProfileWriter.withDefaults().markdown(hostile());
    String row = md.lines().filter(l -> l.startsWith("| Grey")).findFirst().orElseThrow();
    String header = md.lines().filter(l -> l.startsWith("| Outcome")).findFirst().orElseThrow();
    assertThat(row.split("(?<!\\\\)\\|")).hasSameSizeAs(header.split("(?<!\\\\)\\|"));
  }

  @Test
  void labelsFollowTheReviewsWording() {
    EvidenceProfile p = hostile();
    assertThat(p.assessments().get(0).certainty()).isEqualTo(Certainty.VERY_LOW);
    EvidenceProfileWriter seed =
        EvidenceProfileWriter.withDefaults()
            .withLabels(CertaintyLabels.standard().with(Certainty.VERY_LOW, "Preliminary"));
    assertThat(seed.markdown(p)).contains("⊕◯◯◯ Preliminary");
    assertThat(seed.csv(p)).contains("VERY_LOW,Preliminary,very-low");
  }
}
