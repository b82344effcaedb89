package dev.appraise.grade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appraise.grade.testing.GradeArbitraries;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

class SummaryOfFindingsPropertiesTest {

  private static OutcomeSummary row(
      CertaintyAssessment a, List<AssumedRisk> risks, double comparatorMean) {
    Effect e = a.evidence().effect().orElseThrow();
    String m = e.measure().toUpperCase(Locale.ROOT);
    if (AbsoluteEffect.appliesTo(m)) {
      return OutcomeSummary.of(a, risks);
    }
    return OutcomeSummary.of(
        a,
        m.equals("MD")
            ? AbsoluteMeanDifference.of(e, comparatorMean)
            : AbsoluteMeanDifference.of(e));
  }

  @Provide
  Arbitrary<SummaryOfFindings> tables() {
    Arbitrary<OutcomeSummary> rows =
        Combinators.combine(
                GradeArbitraries.assessments().filter(a -> a.evidence().effect().isPresent()),
                GradeArbitraries.assumedRisks().list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.doubles().between(-100, 100))
            .as(SummaryOfFindingsPropertiesTest::row);
    return rows.list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(
            list ->
                SummaryOfFindings.builder()
                    .intervention("X | <i>")
                    .comparison("placebo")
                    .population("adults & children")
                    .outcomes(list)
                    .build());
  }

  private static double[] perThousand(AbsoluteEffect a) {
    return new double[] {
      a.comparatorRisk() * 1000,
      a.interventionRisk() * 1000,
      a.interventionLower() * 1000,
      a.interventionUpper() * 1000,
      a.difference() * 1000,
      a.differenceLower() * 1000,
      a.differenceUpper() * 1000
    };
  }

  private static final String[] ABSOLUTE = {
    "baseline_per_1000",
    "intervention_per_1000",
    "intervention_ci_lower",
    "intervention_ci_upper",
    "difference_per_1000",
    "difference_ci_lower",
    "difference_ci_upper"
  };

  @Property(tries = 200)
  void theCsvNumbersAreTheModels(@ForAll("tables") SummaryOfFindings sof) throws Exception {
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(SummaryOfFindingsWriter.withDefaults().csv(sof)))
            .getRecords();
    List<CSVRecord> expected = new ArrayList<>(records);
    int i = 0;
    for (OutcomeSummary row : sof.outcomes()) {
      if (row.absoluteEffects().isEmpty()) {
        CSVRecord r = expected.get(i++);
        AbsoluteMeanDifference md = row.meanDifference().orElseThrow();
        assertThat(Double.parseDouble(r.get("mean_difference"))).isEqualTo(md.difference());
        assertThat(Double.parseDouble(r.get("mean_difference_ci_lower"))).isEqualTo(md.lower());
        assertThat(Double.parseDouble(r.get("mean_difference_ci_upper"))).isEqualTo(md.upper());
      }
      for (AbsoluteEffect a : row.absoluteEffects()) {
        CSVRecord r = expected.get(i++);
        assertThat(r.get("outcome")).isEqualTo(row.outcome());
        double[] x = perThousand(a);
        for (int j = 0; j < ABSOLUTE.length; j++) {
          assertThat(Double.parseDouble(r.get(ABSOLUTE[j]))).isEqualTo(x[j]);
        }
      }
    }
    assertThat(i).isEqualTo(records.size());
  }

  @Property(tries = 200)
  void theJsonNumbersAreTheModels(@ForAll("tables") SummaryOfFindings sof) throws Exception {
    JsonNode root = new ObjectMapper().readTree(SummaryOfFindingsWriter.withDefaults().json(sof));
    for (int i = 0; i < sof.outcomes().size(); i++) {
      OutcomeSummary row = sof.outcomes().get(i);
      JsonNode o = root.get("outcomes").get(i);
      assertThat(o.get("outcome").asText()).isEqualTo(row.outcome());
      assertThat(o.get("certainty").asText()).isEqualTo(row.assessment().certainty().fhirCode());
      assertThat(o.get("relative_effect").get("estimate").asDouble())
          .isEqualTo(row.relativeEffect().orElseThrow().estimate());
      for (int j = 0; j < row.absoluteEffects().size(); j++) {
        double[] x = perThousand(row.absoluteEffects().get(j));
        for (int f = 0; f < ABSOLUTE.length; f++) {
          assertThat(o.get("absolute").get(j).get(ABSOLUTE[f]).asDouble()).isEqualTo(x[f]);
        }
      }
      assertThat(o.get("statement").asText()).isEqualTo(sof.statement(row));
    }
  }

  @Property(tries = 200)
  void theTableShowsTheModelsNumbersRounded(@ForAll("tables") SummaryOfFindings sof) {
    SummaryOfFindingsWriter w = SummaryOfFindingsWriter.withDefaults();
    var table = w.table(sof);
    for (int i = 0; i < sof.outcomes().size(); i++) {
      OutcomeSummary row = sof.outcomes().get(i);
      var cells = table.rows().get(i);
      assertThat(cells.get(0).text()).isEqualTo(row.outcome());
      List<String> intervention = new ArrayList<>();
      List<String> difference = new ArrayList<>();
      for (AbsoluteEffect a : row.absoluteEffects()) {
        intervention.add(
            SummaryOfFindingsWriter.rounded(a.interventionRisk(), 1000)
                + " per 1000 ("
                + SummaryOfFindingsWriter.rounded(a.interventionLower(), 1000)
                + " to "
                + SummaryOfFindingsWriter.rounded(a.interventionUpper(), 1000)
                + ")");
        difference.add(
            Math.abs(SummaryOfFindingsWriter.rounded(a.difference(), 1000))
                + (a.difference() > 0 ? " more" : " fewer")
                + " per 1000");
      }
      if (!intervention.isEmpty()) {
        assertThat(cells.get(2).text()).isEqualTo(String.join("\n", intervention));
        List<String> shown = List.of(cells.get(3).text().split("\n"));
        for (int j = 0; j < shown.size(); j++) {
          assertThat(shown.get(j)).startsWith(difference.get(j));
        }
      }
      Certainty c = row.assessment().certainty();
      assertThat(cells.get(6).text()).startsWith(c.symbol() + " " + c.label());
      assertThat(cells.get(7).text()).isEqualTo(sof.statement(row));
    }
    String md = w.markdown(sof);
    String header = md.lines().filter(l -> l.startsWith("| Outcomes")).findFirst().orElseThrow();
    md.lines()
        .filter(l -> l.startsWith("| ") && !l.startsWith("| ---"))
        .forEach(
            l -> assertThat(l.split("(?<!\\\\)\\|")).hasSameSizeAs(header.split("(?<!\\\\)\\|")));
    assertThat(w.html(sof)).doesNotContain("<i>");
  }
}
