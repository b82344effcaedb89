package dev.appraise.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.flow.PrismaFlow;
import dev.appraise.core.flow.PrismaFlowSvg;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's example of checking a flow and reported numbers, as written there. */
class ReadmeChecksExampleTest {

  @Test
  void theReadmeExampleRunsAndSaysWhatItClaims() {
    PrismaFlow flow =
        PrismaFlow.builder()
            .recordsIdentified(
                749) // from three databases; stages the review does not report stay empty
            .includedFromDatabases(7)
            .includedFromOtherMethods(2) // reference lists
            .studiesIncluded(9)
            .build();
    List<Finding> findings =
        flow.check(); // every stage equation: consistent, inconsistent, or not evaluable
    // naming the unreported stages
    String svg =
        PrismaFlowSvg.render(
            flow); // the PRISMA 2020 diagram, "not reported" where a count is missing

    ReportedNumbers check = ReportedNumbers.withDefaults();
    Finding percentage = check.statement("90.3% (65 of 72 items)");
    Finding items = check.product(72, 9, 7);

    assertThat(findings).allSatisfy(f -> assertThat(f.verdict()).isEqualTo(Verdict.NOT_EVALUABLE));
    assertThat(svg).contains("(not reported)").contains("(n = 749)");
    assertThat(percentage.toString())
        .startsWith("CONSISTENT: 65 of 72 ≈ 90.2778%, within [90.25%, 90.35%], ");
    assertThat(items.toString()).isEqualTo("INCONSISTENT: 9 × 7 = 63, not 72");
  }
}
