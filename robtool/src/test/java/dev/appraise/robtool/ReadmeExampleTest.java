package dev.appraise.robtool;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.robtool.io.RobvisCsv;
import dev.appraise.robtool.io.SymbolConvention;
import dev.appraise.robtool.plot.TrafficLightPlot;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's risk-of-bias example, compiled and run. */
class ReadmeExampleTest {

  @Test
  void readmeExample() throws URISyntaxException {
    Path csv = Path.of(ReadmeExampleTest.class.getResource("/seed-shaped-rob1.csv").toURI());
    List<RiskOfBiasJudgement> rater1 = TwoRaterWorkflowTest.rater("AB", false);
    List<RiskOfBiasJudgement> rater2 = TwoRaterWorkflowTest.rater("CD", true);

    RobTable table = RobvisCsv.withDefaults().read(csv).withNamesOf(Tools.load("rob1"));
    String svg =
        TrafficLightPlot.withDefaults().withSymbols(SymbolConvention.COCHRANE).render(table);
    List<String> text = RobSummary.sentences(table);

    TwoRaterWorkflow w = TwoRaterWorkflow.of(rater1, rater2);
    RobAgreementReport report = w.agreement();
    for (ItemKey open : w.unresolved()) {
      w = w.consensus(open, RiskOfBiasLevel.HIGH, "discussed: recruitment by advertisement");
    }
    FinalAssessment done = w.finish();

    assertThat(svg).contains("class=\"judgement\"");
    assertThat(text).contains("incomplete outcome data low in 8 of 9 studies");
    assertThat(report.agreed()).isEqualTo(65);
    assertThat(done.judgements()).hasSize(72);
  }
}
