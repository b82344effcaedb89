package dev.appraise.examples.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.appraise.synthesis.ConvergenceException;
import dev.appraise.synthesis.EffectSize;
import dev.appraise.synthesis.HeterogeneityInterval;
import dev.appraise.synthesis.MetaAnalysis;
import dev.appraise.synthesis.MetaAnalysisResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Before anything is timed: the meta-analyses of {@link MetaAnalysisBenchmark} are what metafor
 * 3.8-1 fits from the CSV files {@link MetaData#main(String[])} writes (values printed by R from
 * those files, see {@code examples/jmh/src/test/scripts/metafor-timing.R}), so both programs are
 * timed on the same data and the same answer.
 */
class MetaDataTest {

  @TempDir Path dir;

  @Test
  void tenStudiesGiveMetaforsFitAndInterval() {
    MetaAnalysisResult fit =
        MetaAnalysis.withDefaults().fit(MetaData.studies(MetaAnalysisBenchmark.SMALL));

    // metafor 3.8-1: rma(yi, vi, data = read.csv("meta-10.csv")) and confint() of it
    assertThat(fit.heterogeneity().tau2()).isCloseTo(0.08162388056425358, within(1e-12));
    assertThat(fit.estimate()).isCloseTo(-0.5753076527835933, within(1e-12));
    assertThat(fit.standardError()).isCloseTo(0.14529582608046457, within(1e-12));
    HeterogeneityInterval ci = fit.heterogeneityInterval().orElseThrow();
    assertThat(ci.tau2Lower()).isZero();
    assertThat(ci.tau2Upper()).isCloseTo(0.4324601992188757, within(1e-12));
  }

  @Test
  void theLargeMetaAnalysisBeginsWithTheThousandStudiesOfTheSmallerSize() {
    List<EffectSize> thousand = MetaData.studies(1000);
    assertThat(MetaData.studies(MetaAnalysisBenchmark.LARGE).subList(0, 1000)).isEqualTo(thousand);

    // metafor 3.8-1: rma(yi, vi, data = read.csv("meta-100000.csv")[1:1000, ])
    MetaAnalysisResult fit = MetaAnalysis.withDefaults().fit(thousand);
    assertThat(fit.heterogeneity().tau2()).isCloseTo(0.10181685686516648, within(1e-12));
    assertThat(fit.estimate()).isCloseTo(-0.4929550257854915, within(1e-12));
  }

  @Test
  void theBatchHasSetsWhereFisherScoringCyclesAsMetaforFinds() {
    List<List<EffectSize>> batch = MetaData.batch(500, MetaAnalysisBenchmark.SMALL);

    // metafor 3.8-1 stops with "Fisher scoring algorithm did not converge" on sets 195, 357 and 454
    // (of the first 500)
    for (int set = 1; set <= batch.size(); set++) {
      boolean converged;
      try {
        MetaAnalysis.withDefaults().fit(batch.get(set - 1));
        converged = true;
      } catch (ConvergenceException e) {
        converged = false;
      }
      assertThat(converged).as("set %d", set).isEqualTo(set != 195 && set != 357 && set != 454);
    }
  }

  @Test
  void theCsvFilesReadBackAsTheSameNumbers() throws IOException {
    MetaData.main(new String[] {dir.toString()});

    List<String> lines = Files.readAllLines(dir.resolve("meta-10.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("set,study,yi,vi");
    List<EffectSize> studies = MetaData.studies(MetaAnalysisBenchmark.SMALL);
    assertThat(lines).hasSize(studies.size() + 1);
    for (int i = 0; i < studies.size(); i++) {
      String[] cells = lines.get(i + 1).split(",", -1);
      assertThat(cells[1]).isEqualTo(studies.get(i).study());
      assertThat(Double.parseDouble(cells[2])).isEqualTo(studies.get(i).yi());
      assertThat(Double.parseDouble(cells[3])).isEqualTo(studies.get(i).vi());
    }
    try (Stream<String> batch = Files.lines(dir.resolve("meta-batch.csv"))) {
      assertThat(batch.count())
          .isEqualTo(1L + MetaAnalysisBenchmark.BATCH * MetaAnalysisBenchmark.SMALL);
    }
  }
}
