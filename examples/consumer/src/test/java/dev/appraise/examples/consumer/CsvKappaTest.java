package dev.appraise.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CsvKappaTest {

  /** Krippendorff's (2011) reliability data; irrCAC 1.0's fleiss.kappa.raw gives 0.7611693, [0.424376, 1]. */
  @Test
  void printsFleissKappaOfTheQuickstartDataWithItsInterval() {
    assertThat(CsvKappa.line(Path.of("../data/reliability.csv"))).isEqualTo("kappa 0.761 (95 % CI 0.424 to 1.000)");
  }
}
