package dev.appraise.robtool.io;

import static dev.appraise.core.model.RiskOfBiasLevel.HIGH;
import static dev.appraise.core.model.RiskOfBiasLevel.LOW;
import static dev.appraise.core.model.RiskOfBiasLevel.SOME_CONCERNS;
import static dev.appraise.core.model.RiskOfBiasLevel.UNCLEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.appraise.core.InputFormatException;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.robtool.RobRow;
import dev.appraise.robtool.RobTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobvisCsvTest {

  @Test
  void readsRobvisTemplateShapeTolerantly() {
    String csv =
        "Study,D1,D2,D3,D4,D5,Overall,Weight\n"
            + "Study 1, low ,LOW,Some concerns,some concerns,High risk,High,33.3\n"
            + "\n"
            + "Study 2,Low,Low,Low,Low,Low,Low,12\n";
    RobTable t = RobvisCsv.withDefaults().read(csv, "rob2.csv");
    assertThat(t.domains()).containsExactly("D1", "D2", "D3", "D4", "D5");
    RobRow first = t.rows().get(0);
    assertThat(first.study()).isEqualTo("Study 1");
    assertThat(first.levels())
        .containsEntry("D1", LOW)
        .containsEntry("D3", SOME_CONCERNS)
        .containsEntry("D5", HIGH);
    assertThat(first.overall()).contains(HIGH);
    assertThat(first.weight()).hasValue(33.3);
    assertThat(t.rows()).hasSize(2);
  }

  @Test
  void domainNamesAsHeadersAndMissingCells() {
    String csv = " study ,Random sequence generation,Incomplete outcome data\nA,Unclear,\n";
    RobTable t = RobvisCsv.withDefaults().read(csv, "rob1.csv");
    assertThat(t.domains())
        .containsExactly("Random sequence generation", "Incomplete outcome data");
    assertThat(t.rows().get(0).levels()).containsOnlyKeys("Random sequence generation");
    assertThat(t.hasOverall()).isFalse();
  }

  @Test
  void everyProblemIsListedWithFileLineAndValue() {
    String csv =
        "Study,D1,D2,Weight\n"
            + "A,Low,Lowish,1\n"
            + "B,Hihg,Low,x\n"
            + "A,Low,Low,1\n"
            + "C,Low\n";
    assertThatThrownBy(() -> RobvisCsv.withDefaults().read(csv, "rater1.csv"))
        .isInstanceOfSatisfying(
            InputFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Object::toString)
                    .containsExactly(
                        "line 2, column D2: unknown level 'Lowish'; expected one of Low, Some concerns, Unclear, Moderate,"
                            + " Serious, High, Critical, No information",
                        "line 3, column D1: unknown level 'Hihg'; expected one of Low, Some concerns, Unclear, Moderate,"
                            + " Serious, High, Critical, No information",
                        "line 3, column Weight: weight must be a number, was 'x'",
                        "line 4, column Study: study 'A' repeats line 2",
                        "line 5: expected 4 values as in the header, found 2"))
        .hasMessageStartingWith("rater1.csv: 5 problems");
  }

  @Test
  void symbolsNeedANamedConvention() {
    String csv = "Study,D1,D2\nA,+,-\nB,?,+\n";
    assertThatThrownBy(() -> RobvisCsv.withDefaults().read(csv, "fig.csv"))
        .hasMessageContaining("line 2, column D1: symbol '+' needs a named symbol convention");
    RobTable cochrane =
        RobvisCsv.withDefaults().withSymbols(SymbolConvention.COCHRANE).read(csv, "fig.csv");
    assertThat(cochrane.rows().get(0).levels()).containsEntry("D1", LOW).containsEntry("D2", HIGH);
    RobTable seed =
        RobvisCsv.withDefaults()
            .withSymbols(SymbolConvention.SEED_FIG2_REVERSED)
            .read(csv, "fig.csv");
    assertThat(seed.rows().get(0).levels()).containsEntry("D1", HIGH).containsEntry("D2", LOW);
    assertThat(seed.rows().get(1).levels()).containsEntry("D1", UNCLEAR);
  }

  @Test
  void headerMustStartWithStudy() {
    assertThatThrownBy(() -> RobvisCsv.withDefaults().read("Trial,D1\nA,Low\n", "x.csv"))
        .hasMessageContaining(
            "x.csv: line 1, column 1: the first column must be 'Study', was 'Trial'");
    assertThatThrownBy(() -> RobvisCsv.withDefaults().read("", "empty.csv"))
        .isInstanceOf(InputFormatException.class)
        .hasMessageContaining("empty file");
  }

  @Test
  void readsAndWritesFiles(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("t.csv");
    Files.writeString(file, "Study,D1\n\"Smith, J 2001\",Low\n");
    RobTable t = RobvisCsv.withDefaults().read(file);
    assertThat(t.rows().get(0).study()).isEqualTo("Smith, J 2001");
    assertThat(RobvisCsv.withDefaults().write(t)).isEqualTo("Study,D1\n\"Smith, J 2001\",Low\n");
    assertThatThrownBy(() -> RobvisCsv.withDefaults().read(dir.resolve("missing.csv")))
        .hasMessageContaining("missing.csv");
  }

  @Provide
  Arbitrary<RobTable> tables() {
    Arbitrary<Integer> domains = Arbitraries.integers().between(1, 8);
    Arbitrary<Integer> studies = Arbitraries.integers().between(0, 12);
    Arbitrary<String> name =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .ofMinLength(1)
            .ofMaxLength(12)
            .filter(s -> !s.isBlank() && s.strip().equals(s));
    return Combinators.combine(
            domains,
            studies,
            Arbitraries.randoms(),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            name.list().ofSize(20).uniqueElements())
        .as(
            (k, n, random, overall, weights, names) -> {
              List<String> ds = new ArrayList<>();
              for (int d = 0; d < k; d++) {
                ds.add("D" + (d + 1));
              }
              RobTable.Builder t = RobTable.builder().domains(ds);
              for (int s = 0; s < n; s++) {
                Map<String, RiskOfBiasLevel> levels = new LinkedHashMap<>();
                for (String d : ds) {
                  if (random.nextInt(10) > 0) {
                    levels.put(d, anyLevel(random));
                  }
                }
                RobRow.Builder row = RobRow.builder().study(names.get(s)).levels(levels);
                if (overall) {
                  row.overall(anyLevel(random));
                }
                if (weights) {
                  row.weight(random.nextDouble() * 100);
                }
                t.addRows(row.build());
              }
              return t.build();
            });
  }

  @Property(tries = 200)
  void writeThenReadIsTheIdentity(@ForAll("tables") RobTable table) {
    String csv = RobvisCsv.withDefaults().write(table);
    RobTable back = RobvisCsv.withDefaults().read(csv, "roundtrip.csv");
    assertThat(back.rows()).isEqualTo(table.rows());
    assertThat(back.domains()).isEqualTo(table.domains());
  }

  private static RiskOfBiasLevel anyLevel(java.util.Random random) {
    List<RiskOfBiasLevel> levels = List.of(RiskOfBiasLevel.values());
    return levels.get(random.nextInt(levels.size()));
  }
}
