package dev.appraise.core.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The crowd shape (200,000 units, 2,000 raters, 3 ratings a unit), given as triples, builds and
 * reports every coefficient with its standard errors in a 100 MB heap: a check of memory, run in a
 * JVM of its own so that the limit is the heap's, not a measurement.
 */
class CrowdMemoryTest {

  @Test
  void crowdShapeFitsIn100Megabytes() throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "-Xmx100m",
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    CrowdShape.class.getName()))
            .redirectErrorStream(true)
            .start();
    boolean done = process.waitFor(2, TimeUnit.MINUTES);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!done) {
      process.destroyForcibly();
    }
    assertThat(done).as("finished").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("units=200000 ratings=600000 sparse=true");
  }
}
