package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.stats.ConfidenceInterval;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The README's five-line example, reading a CSV and printing kappa with its interval, as written
 * there (the path from this module's directory). The printed values are irrCAC 1.0's {@code
 * fleiss.kappa.raw} on the same file: 0.7611693, 95 % interval 0.424376 to 1.
 */
class ReadmeCsvKappaExampleTest {

  @Test
  void readmeExamplePrintsKappaWithItsInterval() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    PrintStream system = System.out;
    System.setOut(out);
    try {
      RatingTable<String> ratings =
          RatingTableCsv.withDefaults().read(Path.of("../examples/data/reliability.csv"));
      Estimate kappa =
          AgreementReport.of(ratings, AgreementOptions.withDefaults())
              .coefficient(Coefficient.FLEISS_KAPPA)
              .orElseThrow();
      ConfidenceInterval ci = kappa.intervalOrThrow();
      System.out.printf(
          Locale.ROOT,
          "kappa %.3f (95 %% CI %.3f to %.3f)%n",
          kappa.valueOrThrow(),
          ci.lower(),
          ci.upper());
    } finally {
      System.setOut(system);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8))
        .isEqualTo("kappa 0.761 (95 % CI 0.424 to 1.000)" + System.lineSeparator());
  }
}
