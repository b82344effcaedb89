package dev.appraise.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every command that reads CSV reads a file that starts with a byte order mark, as spreadsheet
 * programs on Windows save UTF-8, exactly as it reads the same file without one.
 */
class ByteOrderMarkTest {

  @TempDir Path dir;

  @ParameterizedTest
  @CsvSource({
    "reliability.csv, agreement",
    "reliability.csv, agreement --level ordinal",
    "bcg.csv, meta --measure RR",
    "seed-directions.csv, swim",
    "rob-rater1.csv, rob summary"
  })
  void aByteOrderMarkIsSkipped(String data, String command) throws IOException {
    Path plain = Path.of("../data", data);
    Path marked = dir.resolve(data);
    Files.writeString(
        marked, "\uFEFF" + Files.readString(plain, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    Cli withMark = Cli.run(args(command, marked));
    Cli without = Cli.run(args(command, plain));
    assertThat(without.status()).as(without.err()).isZero();
    assertThat(withMark.status()).as(withMark.err()).isZero();
    assertThat(withMark.out().replace(marked.toString(), plain.toString()))
        .isEqualTo(without.out());
  }

  private static String[] args(String command, Path file) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add(file.toString());
    return args.toArray(new String[0]);
  }
}
