package dev.appraise.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of core, read from their sources: which uses which, and that no two use each other
 * in a cycle.
 */
class PackageDependenciesTest {

  private static final Path SOURCES = Path.of("src/main/java/dev/appraise/core");
  private static final Pattern REFERENCE =
      Pattern.compile("dev\\.appraise\\.core\\.([a-z]+)\\.[A-Z]");

  /**
   * {@return each package of core with the other packages of core its code (comments aside) refers
   * to}
   */
  static Map<String, Set<String>> dependencies() throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> dirs = Files.list(SOURCES)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        String pkg = dir.getFileName().toString();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
            for (String line : Files.readAllLines(file)) {
              String code = line.strip();
              if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
                continue;
              }
              Matcher m = REFERENCE.matcher(code);
              while (m.find()) {
                if (!m.group(1).equals(pkg)) {
                  used.add(m.group(1));
                }
              }
            }
          }
        }
        uses.put(pkg, used);
      }
    }
    return uses;
  }

  @Test
  void markupDependsOnNoOtherPackageOfAppraise() throws Exception {
    assertThat(dependencies().get("markup")).isEmpty();
    try (Stream<Path> files = Files.walk(SOURCES.resolve("markup"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        assertThat(Files.readString(file))
            .as(file.toString())
            .doesNotContain("import dev.appraise")
            .doesNotContain("import static dev.appraise");
      }
    }
  }

  @Test
  void flowWritesItsDiagramWithMarkupNotIo() throws Exception {
    assertThat(dependencies().get("flow")).contains("markup").doesNotContain("io");
  }

  @Test
  void noPackagesDependOnEachOtherInACycle() throws Exception {
    Map<String, Set<String>> uses = dependencies();
    assertThat(uses).containsKeys("model", "flow", "io", "markup");
    for (String start : uses.keySet()) {
      List<String> path = new ArrayList<>();
      assertThat(cycle(uses, start, start, path, new TreeSet<>()))
          .as("cycle through " + path)
          .isFalse();
    }
  }

  private static boolean cycle(
      Map<String, Set<String>> uses, String start, String at, List<String> path, Set<String> seen) {
    path.add(at);
    for (String next : uses.getOrDefault(at, Set.of())) {
      if (next.equals(start)) {
        path.add(next);
        return true;
      }
      if (seen.add(next) && cycle(uses, start, next, path, seen)) {
        return true;
      }
    }
    path.remove(path.size() - 1);
    return false;
  }
}
