package dev.appraise.examples.cli;

import static dev.appraise.examples.cli.AgreementCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.appraise.examples.cli.AgreementCommandTest.Run;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code appraise meta} against metafor 3.8-1: the reference values of {@code
 * synthesis/src/test/resources/metafor} (computed by {@code
 * synthesis/src/test/scripts/metafor-reference.R}), read here and compared with the command's JSON
 * to 1e-9 relative to {@code max(1, |value|)}; then every bad input of the contract, the text
 * layout and the help.
 */
class MetaCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * As the synthesis module's reference tests: {@code |appraise - metafor| / max(1, |metafor|)}.
   */
  private static final double TOLERANCE = 1e-9;

  /** The contract's fields of a model without moderators, in its order. */
  private static final List<String> MODEL_FIELDS =
      List.of(
          "measure",
          "method",
          "test",
          "k",
          "estimate",
          "standard_error",
          "statistic",
          "p_value",
          "ci_lower",
          "ci_upper",
          "pi_lower",
          "pi_upper",
          "tau2",
          "i2",
          "h2",
          "tau2_ci_lower",
          "tau2_ci_upper",
          "i2_ci_lower",
          "i2_ci_upper",
          "q",
          "q_df",
          "q_p_value",
          "studies");

  @TempDir Path dir;

  static Path repository() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("examples/data/bcg.csv"))) {
        return d;
      }
    }
    throw new AssertionError(
        "examples/data/bcg.csv not found above " + Path.of("").toAbsolutePath());
  }

  static Path bcg() {
    return repository().resolve("examples/data/bcg.csv");
  }

  static JsonNode reference(String name) throws IOException {
    return JSON.readTree(
        repository().resolve("synthesis/src/test/resources/metafor/" + name).toFile());
  }

  private Path file(String name, String... lines) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return path;
  }

  /**
   * A reference file's {@code data} rows as the CSV a user would write; a study id met again (two
   * reports of one author) gets its row number, since the command takes every id once.
   */
  private Path csvOf(JsonNode reference, String name) throws IOException {
    JsonNode data = reference.get("data");
    List<String> columns = new ArrayList<>();
    data.get(0).fieldNames().forEachRemaining(columns::add);
    StringWriter text = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
      printer.printRecord(columns);
      List<String> ids = new ArrayList<>();
      for (JsonNode row : data) {
        List<String> cells = new ArrayList<>();
        for (String c : columns) {
          cells.add(row.get(c).isNull() ? "NA" : row.get(c).asText());
        }
        String id = cells.get(columns.indexOf("study"));
        if (ids.contains(id)) {
          id = id + " (row " + (ids.size() + 1) + ")";
          cells.set(columns.indexOf("study"), id);
        }
        ids.add(id);
        printer.printRecord(cells);
      }
    }
    Path path = dir.resolve(name);
    Files.writeString(path, text.toString(), StandardCharsets.UTF_8);
    return path;
  }

  private static JsonNode json(String... args) throws IOException {
    Run run = run(args);
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    return run.json();
  }

  private static void close(String what, JsonNode actual, JsonNode expected) {
    if (expected == null || expected.isNull()) {
      assertThat(actual == null || actual.isNull())
          .as(what + ": metafor has none, appraise " + actual)
          .isTrue();
      return;
    }
    assertThat(actual).as(what + ": missing").isNotNull();
    assertThat(actual.isNumber()).as(what + ": a JSON number, was " + actual).isTrue();
    double e = expected.asDouble();
    double deviation = Math.abs(actual.asDouble() - e) / Math.max(1, Math.abs(e));
    assertThat(deviation)
        .as(what + ": appraise " + actual + ", metafor " + e)
        .isLessThanOrEqualTo(TOLERANCE);
  }

  /** p-values can be tiny; they are compared relative to themselves. */
  private static void closeP(String what, JsonNode actual, JsonNode expected) {
    double e = expected.asDouble();
    double deviation = e == 0 ? Math.abs(actual.asDouble()) : Math.abs(actual.asDouble() - e) / e;
    assertThat(deviation)
        .as(what + ": appraise " + actual + ", metafor " + e)
        .isLessThanOrEqualTo(TOLERANCE);
  }

  /** Every value of one metafor fit against the command's JSON for the same settings. */
  private static void assertFit(String what, JsonNode out, JsonNode fit, JsonNode escalc) {
    boolean random = !fit.get("method").asText().equals("FE");
    assertThat(out.get("method").asText()).isEqualTo(fit.get("method").asText());
    assertThat(out.get("test").asText()).isEqualTo(fit.get("test").asText());
    assertThat(out.get("k").asInt()).as(what).isEqualTo(fit.get("k").asInt());
    close(what + " estimate", out.get("estimate"), fit.get("beta"));
    close(what + " se", out.get("standard_error"), fit.get("se"));
    close(
        what + " statistic",
        out.get("statistic"),
        fit.has("zval") ? fit.get("zval") : fit.get("tval"));
    closeP(what + " p", out.get("p_value"), fit.get("pval"));
    close(what + " ci.lb", out.get("ci_lower"), fit.get("ci_lb"));
    close(what + " ci.ub", out.get("ci_upper"), fit.get("ci_ub"));
    close(what + " tau2", out.get("tau2"), fit.get("tau2"));
    close(what + " I2", out.get("i2"), fit.get("I2"));
    close(what + " H2", out.get("h2"), fit.get("H2"));
    close(what + " QE", out.get("q"), fit.get("QE"));
    assertThat(out.get("q_df").asInt()).isEqualTo(fit.get("QEdf").asInt());
    closeP(what + " QEp", out.get("q_p_value"), fit.get("QEp"));
    close(what + " df", out.get("df"), fit.get("dfs"));
    if (random) {
      close(what + " pi.lb", out.get("pi_lower"), fit.get("pi_lb"));
      close(what + " pi.ub", out.get("pi_upper"), fit.get("pi_ub"));
      close(what + " se.tau2", out.get("tau2_standard_error"), fit.get("se_tau2"));
      JsonNode confint = fit.get("confint");
      close(what + " tau2 ci.lb", out.get("tau2_ci_lower"), confint.get("tau2").get("ci_lb"));
      close(what + " tau2 ci.ub", out.get("tau2_ci_upper"), confint.get("tau2").get("ci_ub"));
      close(what + " I2 ci.lb", out.get("i2_ci_lower"), confint.get("I2").get("ci_lb"));
      close(what + " I2 ci.ub", out.get("i2_ci_upper"), confint.get("I2").get("ci_ub"));
      close(what + " H2 ci.lb", out.get("h2_ci_lower"), confint.get("H2").get("ci_lb"));
      close(what + " H2 ci.ub", out.get("h2_ci_upper"), confint.get("H2").get("ci_ub"));
    } else {
      for (String field :
          List.of(
              "pi_lower",
              "pi_upper",
              "tau2_ci_lower",
              "tau2_ci_upper",
              "i2_ci_lower",
              "i2_ci_upper")) {
        assertThat(out.has(field)).as(what + ": " + field + " is not for FE").isFalse();
      }
    }
    JsonNode studies = out.get("studies");
    assertThat(studies.size()).isEqualTo(escalc.get("yi").size());
    for (int i = 0; i < studies.size(); i++) {
      close(what + " yi " + i, studies.get(i).get("yi"), escalc.get("yi").get(i));
      close(what + " vi " + i, studies.get(i).get("vi"), escalc.get("vi").get(i));
      close(what + " weight " + i, studies.get(i).get("weight"), fit.get("weights").get(i));
    }
    if (fit.has("exp")) {
      JsonNode transformed = out.get("transformed");
      close(what + " exp estimate", transformed.get("estimate"), fit.get("exp").get("estimate"));
      close(what + " exp ci.lb", transformed.get("ci_lower"), fit.get("exp").get("ci_lb"));
      close(what + " exp ci.ub", transformed.get("ci_upper"), fit.get("exp").get("ci_ub"));
    } else {
      assertThat(out.has("transformed")).as(what).isFalse();
    }
  }

  private static String[] metaArgs(Path csv, String measure, JsonNode fit, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "meta",
                csv.toString(),
                "--measure",
                measure,
                "--method",
                fit.get("method").asText(),
                "--test",
                fit.get("test").asText(),
                "--level",
                fit.get("level").asText(),
                "--format",
                "json"));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  // ----------------------------------------------------------------------------------------------------------------
  // metafor's values

  @Test
  void bcgRiskRatioWithDefaultsGivesMetaforsRemlFit() throws IOException {
    JsonNode reference = reference("bcg-rr.json");
    JsonNode out = json("meta", bcg().toString(), "--measure", "RR", "--format", "json");

    JsonNode reml = null;
    for (JsonNode fit : reference.get("fits")) {
      if (fit.get("method").asText().equals("REML")
          && fit.get("test").asText().equals("z")
          && fit.get("level").asInt() == 95) {
        reml = fit;
      }
    }
    assertThat(reml).isNotNull();
    assertFit("bcg REML", out, reml, reference.get("escalc"));
    assertThat(out.get("measure").asText()).isEqualTo("RR");
    List<String> fields = new ArrayList<>();
    out.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsSubsequence(MODEL_FIELDS);
    assertThat(fields).contains("transformed");
    JsonNode first = out.get("studies").get(0);
    assertThat(first.get("study").asText()).isEqualTo("Aronson 1948");
    List<String> studyFields = new ArrayList<>();
    first.fieldNames().forEachRemaining(studyFields::add);
    assertThat(studyFields).containsExactly("study", "yi", "vi", "weight");
    double weights = 0;
    for (JsonNode s : out.get("studies")) {
      weights += s.get("weight").asDouble();
    }
    assertThat(weights).isCloseTo(100, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void everyEstimatorTestAndLevelOfTheBcgReferenceMatches() throws IOException {
    JsonNode reference = reference("bcg-rr.json");
    int fits = 0;
    for (JsonNode fit : reference.get("fits")) {
      String what =
          fit.get("method").asText()
              + "/"
              + fit.get("test").asText()
              + "/"
              + fit.get("level").asText();
      assertFit(what, json(metaArgs(bcg(), "RR", fit)), fit, reference.get("escalc"));
      fits++;
    }
    assertThat(fits).isEqualTo(13);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "bcg-or.json",
        "bcg-rd.json",
        "dersimonian2007-clasp.json",
        "gen-sei.json",
        "gen-vi.json",
        "homogeneous-yusuf1985.json",
        "identical-estimates.json",
        "molloy2014-cor.json",
        "molloy2014-zcor.json",
        "normand1999-md.json",
        "normand1999-rom.json",
        "normand1999-smd.json",
        "two-studies.json",
        "viechtbauer2005-example1.json",
        "viechtbauer2005-example2.json",
        "zero-cells-or.json",
        "zero-cells-peto.json",
        "zero-cells-rd.json",
        "zero-cells-rr.json"
      })
  void everyMeasureReadFromItsEscalcColumnsMatchesMetafor(String name) throws IOException {
    JsonNode reference = reference(name);
    Path csv = csvOf(reference, name.replace(".json", ".csv"));
    String measure = reference.get("escalc").get("measure").asText();
    for (JsonNode fit : reference.get("fits")) {
      String what = name + " " + fit.get("method").asText() + "/" + fit.get("test").asText();
      assertFit(what, json(metaArgs(csv, measure, fit)), fit, reference.get("escalc"));
    }
  }

  @Test
  void eventsAndGroupSizesGiveTheSameAnalysisAsTheFourCells() throws IOException {
    Path events =
        file(
            "events.csv",
            "study,ai,n1i,ci,n2i",
            "Aronson 1948,4,123,11,139",
            "Ferguson & Simes 1949,6,306,29,303",
            "Rosenthal et al 1960,3,231,11,220");
    Path cells =
        file(
            "cells.csv",
            "study,ai,bi,ci,di",
            "Aronson 1948,4,119,11,128",
            "Ferguson & Simes 1949,6,300,29,274",
            "Rosenthal et al 1960,3,228,11,209");

    for (String measure : List.of("RR", "OR", "RD", "PETO")) {
      assertThat(json("meta", events.toString(), "--measure", measure, "--format", "json"))
          .isEqualTo(json("meta", cells.toString(), "--measure", measure, "--format", "json"));
    }
  }

  @Test
  void moderatorsGiveMetaforsMetaRegressions() throws IOException {
    JsonNode reference = reference("bcg-rr.json");
    Map<String, List<String>> mods =
        Map.of(
            "~ablat",
            List.of("ablat"),
            "~alloc",
            List.of("alloc"),
            "~ablat + alloc",
            List.of("ablat", "alloc"));
    for (JsonNode reg : reference.get("metaregression")) {
      String what = reg.get("mods").asText();
      List<String> args =
          new ArrayList<>(List.of("meta", bcg().toString(), "--measure", "RR", "--format", "json"));
      for (String m : mods.get(what)) {
        args.addAll(List.of("--moderator", m));
      }
      JsonNode out = json(args.toArray(new String[0]));

      assertThat(out.get("k").asInt()).isEqualTo(13);
      JsonNode coefficients = out.get("coefficients");
      assertThat(coefficients.size()).as(what).isEqualTo(reg.get("coefficients").size());
      for (int j = 0; j < coefficients.size(); j++) {
        JsonNode c = coefficients.get(j);
        JsonNode e = reg.get("coefficients").get(j);
        assertThat(c.get("name").asText()).isEqualTo(e.get("name").asText());
        List<String> fields = new ArrayList<>();
        c.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
            .containsExactly(
                "name",
                "estimate",
                "standard_error",
                "statistic",
                "p_value",
                "ci_lower",
                "ci_upper");
        String n = what + " " + e.get("name").asText();
        close(n + " estimate", c.get("estimate"), e.get("estimate"));
        close(n + " se", c.get("standard_error"), e.get("se"));
        close(n + " z", c.get("statistic"), e.get("zval"));
        closeP(n + " p", c.get("p_value"), e.get("pval"));
        close(n + " ci.lb", c.get("ci_lower"), e.get("ci_lb"));
        close(n + " ci.ub", c.get("ci_upper"), e.get("ci_ub"));
      }
      close(what + " QM", out.get("qm"), reg.get("QM"));
      assertThat(out.get("qm_df").asInt()).isEqualTo(reg.get("QMdf").asInt());
      closeP(what + " QMp", out.get("qm_p_value"), reg.get("QMp"));
      close(what + " tau2", out.get("tau2"), reg.get("tau2"));
      close(what + " I2", out.get("i2"), reg.get("I2"));
      close(what + " H2", out.get("h2"), reg.get("H2"));
      close(what + " QE", out.get("q"), reg.get("QE"));
      assertThat(out.get("q_df").asInt()).isEqualTo(reg.get("QEdf").asInt());
      closeP(what + " QEp", out.get("q_p_value"), reg.get("QEp"));
      close(what + " R2", out.get("r2"), reg.get("R2"));
      assertThat(out.has("estimate")).isFalse();
    }
  }

  @Test
  void aModeratorOfNumbersIsContinuousAndTheTestFollowsTheOption() throws IOException {
    JsonNode reference = reference("bcg-rr-regression.json");
    JsonNode year = null;
    for (JsonNode c : reference.get("cases")) {
      if (c.get("mods").asText().contains("year")) {
        year = c;
      }
    }
    assertThat(year).isNotNull();
    JsonNode out =
        json(
            "meta",
            bcg().toString(),
            "--measure",
            "RR",
            "--moderator",
            "year",
            "--method",
            year.get("method").asText(),
            "--test",
            year.get("test").asText(),
            "--level",
            year.get("level").asText(),
            "--format",
            "json");

    assertThat(out.get("df").asInt()).isEqualTo(year.get("dfs").asInt());
    for (int j = 0; j < 2; j++) {
      JsonNode c = out.get("coefficients").get(j);
      JsonNode e = year.get("coefficients").get(j);
      assertThat(c.get("name").asText()).isEqualTo(e.get("name").asText());
      close("year " + j + " estimate", c.get("estimate"), e.get("estimate"));
      close("year " + j + " t", c.get("statistic"), e.get("statistic"));
      close("year " + j + " ci.lb", c.get("ci_lower"), e.get("ci_lb"));
    }
    // under knha QM is F(1, 11)
    close("year F", out.get("qm"), year.get("QM"));
    assertThat(out.get("qm_denominator_df").asInt()).isEqualTo(year.get("QMdf").get(1).asInt());
  }

  /**
   * metafor's subgroup fits (one per level, fitted with the settings of the first) and the test for
   * differences.
   */
  private static void assertSubgroups(String what, JsonNode out, JsonNode reference) {
    JsonNode groups = out.get("subgroups");
    assertThat(groups.size()).as(what).isEqualTo(reference.get("groups").size());
    for (JsonNode expected : reference.get("groups")) {
      JsonNode g = null;
      for (JsonNode candidate : groups) {
        if (candidate.get("group").asText().equals(expected.get("group").asText())) {
          g = candidate;
        }
      }
      String name = what + " subgroup " + expected.get("group").asText();
      assertThat(g).as(name).isNotNull();
      assertThat(g.get("k").asInt()).isEqualTo(expected.get("k").asInt());
      close(name + " estimate", g.get("estimate"), expected.get("beta"));
      close(name + " se", g.get("standard_error"), expected.get("se"));
      close(name + " ci.lb", g.get("ci_lower"), expected.get("ci_lb"));
      close(name + " ci.ub", g.get("ci_upper"), expected.get("ci_ub"));
      close(name + " tau2", g.get("tau2"), expected.get("tau2"));
      close(name + " I2", g.get("i2"), expected.get("I2"));
      close(name + " QE", g.get("q"), expected.get("QE"));
    }
    JsonNode test = out.get("subgroup_test");
    close(what + " Q between", test.get("q"), reference.get("test").get("Q"));
    assertThat(test.get("df").asInt()).isEqualTo(reference.get("test").get("df").asInt());
    closeP(what + " Q between p", test.get("p_value"), reference.get("test").get("pval"));
  }

  /**
   * metafor's regtest, ranktest and trimfill (estimator L0, side estimated) of one fitted model.
   */
  private static void assertBias(String what, JsonNode out, JsonNode bias) {
    JsonNode regtest = bias.get("regtest");
    JsonNode egger = out.get("egger");
    close(
        what + " egger statistic",
        egger.get("statistic"),
        regtest.has("zval") ? regtest.get("zval") : regtest.get("tval"));
    closeP(what + " egger p", egger.get("p_value"), regtest.get("pval"));
    close(what + " egger df", egger.get("df"), regtest.get("dfs"));
    close(what + " limit", egger.get("limit_estimate"), regtest.get("limit_estimate"));
    close(what + " limit ci.lb", egger.get("limit_ci_lower"), regtest.get("limit_ci_lb"));
    close(what + " limit ci.ub", egger.get("limit_ci_upper"), regtest.get("limit_ci_ub"));
    JsonNode ranktest = bias.get("ranktest");
    close(what + " rank tau", out.get("rank_test").get("tau"), ranktest.get("tau"));
    // beyond 170 studies R's exact p-value is NaN; the normal approximation is the reference there
    closeP(
        what + " rank p",
        out.get("rank_test").get("p_value"),
        ranktest.get("pval").isNull() ? ranktest.get("normal_pval") : ranktest.get("pval"));
    JsonNode trimfill = bias.get("trimfill");
    JsonNode fill = out.get("trim_and_fill");
    assertThat(fill.get("missing").asInt()).as(what).isEqualTo(trimfill.get("k0").asInt());
    assertThat(fill.get("side").asText()).as(what).isEqualTo(trimfill.get("side").asText());
    assertThat(fill.get("k").asInt()).as(what).isEqualTo(trimfill.get("k").asInt());
    close(what + " trimfill estimate", fill.get("estimate"), trimfill.get("beta"));
    close(what + " trimfill se", fill.get("standard_error"), trimfill.get("se"));
    close(what + " trimfill ci.lb", fill.get("ci_lower"), trimfill.get("ci_lb"));
    close(what + " trimfill ci.ub", fill.get("ci_upper"), trimfill.get("ci_ub"));
    close(what + " trimfill tau2", fill.get("tau2"), trimfill.get("tau2"));
    close(what + " trimfill k0 se", fill.get("missing_standard_error"), trimfill.get("se_k0"));
  }

  /** metafor's leave1out rows. */
  private static void assertLeaveOneOut(String what, JsonNode out, JsonNode rows) {
    JsonNode loo = out.get("leave_one_out");
    assertThat(loo.size()).as(what).isEqualTo(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode row = loo.get(i);
      JsonNode e = rows.get(i);
      String name = what + " without " + e.get("study").asText();
      close(name + " estimate", row.get("estimate"), e.get("estimate"));
      close(name + " se", row.get("standard_error"), e.get("se"));
      close(name + " ci.lb", row.get("ci_lower"), e.get("ci_lb"));
      close(name + " ci.ub", row.get("ci_upper"), e.get("ci_ub"));
      if (e.get("tau2").isNull() && !e.get("estimate").isNull()) {
        // an equal-effects model: metafor's leave1out leaves tau² out, the command reports its 0 as
        // the fit does
        assertThat(row.get("tau2").asDouble()).as(name + " tau2").isZero();
      } else {
        close(name + " tau2", row.get("tau2"), e.get("tau2"));
      }
      close(name + " I2", row.get("i2"), e.get("I2"));
      close(name + " Q", row.get("q"), e.get("Q"));
    }
  }

  @Test
  void subgroupsGiveEachGroupsFitAndTheTestForDifferences() throws IOException {
    JsonNode reference = reference("bcg-rr.json").get("subgroups");
    JsonNode out =
        json(
            "meta", bcg().toString(), "--measure", "RR", "--subgroup", "alloc", "--format", "json");

    assertThat(out.get("estimate")).isNotNull();
    assertSubgroups("bcg", out, reference);
    // in the order the groups first appear in the file
    assertThat(out.get("subgroups").get(0).get("group").asText()).isEqualTo("random");
    List<String> fields = new ArrayList<>();
    out.get("subgroups").get(0).fieldNames().forEachRemaining(fields::add);
    assertThat(fields)
        .containsSubsequence("group", "k", "estimate", "ci_lower", "ci_upper", "tau2");
    List<String> testFields = new ArrayList<>();
    out.get("subgroup_test").fieldNames().forEachRemaining(testFields::add);
    assertThat(testFields).containsExactly("q", "df", "p_value");
  }

  @Test
  void biasGivesEggerRankCorrelationAndTrimAndFillOfTheFittedModel() throws IOException {
    int fits = 0;
    for (JsonNode bias : reference("bcg-rr.json").get("bias")) {
      assertBias(
          "bcg " + bias.get("fit"), json(metaArgs(bcg(), "RR", bias.get("fit"), "--bias")), bias);
      fits++;
    }
    // REML, FE, REML with knha, DL at level 90: the trim-and-fill refit is z at 95 % in each, as in
    // metafor
    assertThat(fits).isEqualTo(4);
  }

  @Test
  void forestAndFunnelPlotsOfTheFittedModel() throws IOException {
    Path forest = dir.resolve("forest.svg");
    Path funnel = dir.resolve("plots/funnel.svg");
    JsonNode out =
        json(
            "meta",
            bcg().toString(),
            "--measure",
            "RR",
            "--subgroup",
            "alloc",
            "--bias",
            "--forest",
            forest.toString(),
            "--funnel",
            funnel.toString(),
            "--format",
            "json");
    assertThat(out.get("k").asInt()).isEqualTo(13);
    String forestSvg = Files.readString(forest, StandardCharsets.UTF_8);
    // Viechtbauer (2010), J Stat Softw 36(3), section 3.3: 0.49 [0.34, 0.70], prediction interval
    // [0.15, 1.55]
    assertThat(forestSvg)
        .startsWith("<?xml")
        .contains("class=\"forest-plot\"")
        .contains(">0.49 [0.34, 0.70]<")
        .contains(">[0.15, 1.55]<")
        .contains("data-group=\"alternate\"")
        .contains("Test for subgroup differences");
    String funnelSvg = Files.readString(funnel, StandardCharsets.UTF_8);
    assertThat(funnelSvg).contains("class=\"funnel-plot\"").contains("Estimate after filling");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("forest.svg", "plots");
    }
    // without --bias the funnel has no filled studies; text output is unchanged by the figures
    Run plain = run("meta", bcg().toString(), "--measure", "RR", "--funnel", funnel.toString());
    assertThat(plain.out()).isEqualTo(run("meta", bcg().toString(), "--measure", "RR").out());
    assertThat(Files.readString(funnel, StandardCharsets.UTF_8)).contains("Pooled estimate");
  }

  @Test
  void figuresThatWouldOverwriteTheInputOrNeedModeratorsAreBadInput() throws IOException {
    Path csv = Files.copy(bcg(), dir.resolve("bcg.csv"));
    assertBadInput(
        run("meta", csv.toString(), "--measure", "RR", "--forest", csv.toString()),
        csv + ": --forest would overwrite the input file");
    Path svg = dir.resolve("same.svg");
    assertBadInput(
        run(
            "meta",
            csv.toString(),
            "--measure",
            "RR",
            "--forest",
            svg.toString(),
            "--funnel",
            svg.toString()),
        svg + ": --forest and --funnel name the same file");
    assertBadInput(
        run(
            "meta",
            csv.toString(),
            "--measure",
            "RR",
            "--moderator",
            "ablat",
            "--forest",
            svg.toString()),
        "--forest and --funnel draw the model without moderators; run them without --moderator");
    assertThat(svg).doesNotExist();
    assertThat(Files.readString(csv)).isEqualTo(Files.readString(bcg()));
  }

  @Test
  void leaveOneOutRefitsWithoutEachStudy() throws IOException {
    JsonNode loo = reference("bcg-rr.json").get("leave1out");
    JsonNode out =
        json("meta", bcg().toString(), "--measure", "RR", "--leave-one-out", "--format", "json");

    assertLeaveOneOut("bcg", out, loo.get("rows"));
    assertThat(out.get("leave_one_out").get(0).get("study").asText()).isEqualTo("Aronson 1948");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "constructed-120-studies.json",
        "constructed-171-studies.json",
        "gen-vi.json",
        "homogeneous-yusuf1985.json",
        "molloy2014-cor.json",
        "molloy2014-zcor.json",
        "viechtbauer2005-example1.json",
        "viechtbauer2005-example2.json"
      })
  void everyAnalysisOfAFittedModelInTheReferencesMatches(String name) throws IOException {
    JsonNode reference = reference(name);
    Path csv = csvOf(reference, name.replace(".json", ".csv"));
    String measure = reference.get("escalc").get("measure").asText();
    for (JsonNode bias : reference.path("bias")) {
      assertBias(
          name + " " + bias.get("fit"),
          json(metaArgs(csv, measure, bias.get("fit"), "--bias")),
          bias);
    }
    JsonNode loo = reference.get("leave1out");
    if (loo != null) {
      assertLeaveOneOut(
          name, json(metaArgs(csv, measure, loo, "--leave-one-out")), loo.get("rows"));
    }
    JsonNode subgroups = reference.get("subgroups");
    if (subgroups != null) {
      JsonNode settings = subgroups.get("groups").get(0);
      assertSubgroups(
          name,
          json(metaArgs(csv, measure, settings, "--subgroup", subgroups.get("column").asText())),
          subgroups);
    }
  }

  @Test
  void analysesUndefinedForTheDataAreNullWithTheReason() throws IOException {
    Path two = file("two.csv", "study,yi,vi", "a,0.1,0.04", "b,0.5,0.09");

    JsonNode out =
        json(
            "meta",
            two.toString(),
            "--measure",
            "GEN",
            "--bias",
            "--leave-one-out",
            "--format",
            "json");

    // Egger's regression needs 3 studies with REML; leave-one-out leaves 1, too few for REML
    assertThat(out.get("egger").get("statistic").isNull()).isTrue();
    assertThat(out.get("egger").get("p_value").isNull()).isTrue();
    assertThat(out.get("egger").get("reason").asText()).contains("too few studies");
    assertThat(out.get("rank_test").get("tau").isNumber()).isTrue();
    for (JsonNode row : out.get("leave_one_out")) {
      assertThat(row.get("estimate").isNull()).isTrue();
      assertThat(row.get("reason").asText()).contains("too few studies");
    }
  }

  @Test
  void singleSubgroupHasNoTestForDifferences() throws IOException {
    Path one = file("one.csv", "study,yi,vi,arm", "a,0.1,0.04,x", "b,0.5,0.09,x", "c,0.3,0.05,x");

    JsonNode out =
        json("meta", one.toString(), "--measure", "GEN", "--subgroup", "arm", "--format", "json");

    assertThat(out.get("subgroups").size()).isEqualTo(1);
    assertThat(out.get("subgroup_test").isNull()).isTrue();
  }

  @Test
  void numbersUseAPointWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      Run json = run("meta", bcg().toString(), "--measure", "RR", "--format", "json");
      Run text = run("meta", bcg().toString(), "--measure", "RR");

      assertThat(json.out()).contains("-0.71453234836").doesNotContain("-0,7145");
      assertThat(text.out()).contains("-0.7145").doesNotContain("-0,7145");
    } finally {
      Locale.setDefault(before);
    }
  }

  // ----------------------------------------------------------------------------------------------------------------
  // text

  @Test
  void textReadsLikeMetaforsPrintout() {
    Run run = run("meta", bcg().toString(), "--measure", "RR");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Random-Effects Model (k = 13; tau^2 estimator: REML)");
    assertThat(lines)
        .containsSubsequence(
            "tau^2 (estimated amount of total heterogeneity): 0.3132 (SE = 0.1664), 95% CI [0.1197, 1.1115]",
            "tau (square root of estimated tau^2 value):      0.5597, 95% CI [0.3460, 1.0543]",
            "I^2 (total heterogeneity / total variability):   92.22%, 95% CI [81.92%, 97.68%]",
            "H^2 (total variability / sampling variability):  12.86, 95% CI [5.53, 43.07]",
            "Test for Heterogeneity:",
            "Q(df = 12) = 152.2330, p-val < .0001",
            "Model Results (Log Risk Ratio):",
            "estimate      se     zval    pval    ci.lb    ci.ub",
            " -0.7145  0.1798  -3.9744  <.0001  -1.0669  -0.3622",
            "Risk Ratio (back-transformed, 95% intervals):",
            "  pred   ci.lb   ci.ub   pi.lb   pi.ub",
            "0.4894  0.3441  0.6962  0.1546  1.5490");
  }

  @Test
  void textOfEqualEffectsKnappHartungAndModerators() {
    List<String> fe =
        run("meta", bcg().toString(), "--measure", "RR", "--method", "FE").out().lines().toList();
    assertThat(fe.get(0)).isEqualTo("Fixed-Effects Model (k = 13)");
    assertThat(fe).noneMatch(l -> l.startsWith("tau"));
    assertThat(fe)
        .contains(
            "I^2 (total heterogeneity / total variability):   92.12%",
            " -0.4303  0.0405  -10.6247  <.0001  -0.5097  -0.3509");

    List<String> knha =
        run("meta", bcg().toString(), "--measure", "RR", "--test", "knha").out().lines().toList();
    assertThat(knha)
        .containsSubsequence(
            "estimate      se     tval  df    pval    ci.lb    ci.ub",
            " -0.7145  0.1808  -3.9522  12  0.0019  -1.1084  -0.3206");

    List<String> mods =
        run(
                "meta",
                bcg().toString(),
                "--measure",
                "RR",
                "--moderator",
                "ablat",
                "--moderator",
                "alloc")
            .out()
            .lines()
            .toList();
    assertThat(mods.get(0)).isEqualTo("Mixed-Effects Model (k = 13; tau^2 estimator: REML)");
    assertThat(mods)
        .containsSubsequence(
            "R^2 (amount of heterogeneity accounted for):            53.84%",
            "Test for Residual Heterogeneity:",
            "QE(df = 9) = 26.2034, p-val = 0.0019",
            "Test of Moderators (coefficients 2:4):",
            "QM(df = 3) = 11.0605, p-val = 0.0114",
            "                 estimate      se     zval    pval    ci.lb    ci.ub",
            "intrcpt            0.2932  0.4050   0.7239  0.4691  -0.5006   1.0870",
            "ablat             -0.0273  0.0092  -2.9650  0.0030  -0.0453  -0.0092",
            "allocrandom       -0.2675  0.3504  -0.7633  0.4453  -0.9543   0.4193",
            "allocsystematic    0.0585  0.3795   0.1540  0.8776  -0.6854   0.8023");
  }

  @Test
  void textOfTheOptionalSections() {
    Run run =
        run(
            "meta",
            bcg().toString(),
            "--measure",
            "RR",
            "--subgroup",
            "alloc",
            "--bias",
            "--leave-one-out");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().lines().toList())
        .containsSubsequence(
            "Subgroups (alloc):",
            "alternate   2   -0.5408  0.2816  0.0548  -1.0927   0.0111  0.1326  82.02%",
            "Test for Subgroup Differences: Q(df = 2) = 1.8614, p-val = 0.3943",
            "Regression Test for Funnel Plot Asymmetry",
            "Test for Funnel Plot Asymmetry: z = -0.8033, p = 0.4218",
            "Limit Estimate (as sei -> 0):   b = -0.5104 (CI: -1.1182, 0.0974)",
            "Rank Correlation Test for Funnel Plot Asymmetry",
            "Kendall's tau = 0.0256, p = 0.9524",
            "Estimated number of missing studies on the right side: 1 (SE = 2.4528)",
            "Leave-One-Out Analysis (Log Risk Ratio):",
            "Aronson 1948                -0.7071  0.1900  0.0002  -1.0794  -0.3348  151.5826  0.3362  93.23%");
  }

  @Test
  void theReadmesMetaCommandsRunAndItsPrintoutIsWhatTheyPrint() throws IOException {
    List<String> readme =
        Files.readAllLines(repository().resolve("README.md"), StandardCharsets.UTF_8);
    int commands = 0;
    for (String line : readme) {
      if (line.startsWith("appraise meta ")) {
        String command = line.replaceAll("\\s+#.*$", "").strip();
        List<String> args =
            new ArrayList<>(List.of(command.substring("appraise ".length()).split("\\s+")));
        args.replaceAll(a -> a.equals("examples/data/bcg.csv") ? bcg().toString() : a);
        // figures go to this test's directory, not to the module's
        args.replaceAll(
            a -> a.endsWith(".svg") ? dir.resolve(Path.of(a).getFileName()).toString() : a);
        Run run = run(args.toArray(new String[0]));
        assertThat(run.status()).as(command + ": " + run.err()).isZero();
        commands++;
      }
    }
    assertThat(commands).isGreaterThanOrEqualTo(4);
    int start = readme.indexOf("Random-Effects Model (k = 13; tau^2 estimator: REML)");
    assertThat(start).isPositive();
    List<String> shown = new ArrayList<>();
    for (String line : readme.subList(start, readme.size())) {
      if (line.startsWith("```")) {
        break;
      }
      if (!line.equals("...") && !line.isEmpty()) {
        shown.add(line);
      }
    }
    List<String> printed = run("meta", bcg().toString(), "--measure", "RR").out().lines().toList();
    assertThat(printed).containsSubsequence(shown);
  }

  @Test
  void helpListsEveryOptionAndTheExitStatuses() {
    Run help = run("meta", "--help");

    assertThat(help.status()).isZero();
    for (String option :
        List.of(
            "--measure",
            "--method",
            "--test",
            "--level",
            "--subgroup",
            "--moderator",
            "--bias",
            "--leave-one-out",
            "--format",
            "--help",
            "--version",
            "FILE")) {
      assertThat(help.out()).contains(option);
    }
    assertThat(help.out())
        .contains(
            "RR|OR|RD|PETO|MD|SMD|ROM|ZCOR|COR|GEN", "FE|DL|HE|HS|SJ|ML|REML|EB|PM", "z|knha");
    assertThat(help.out().replaceAll("\\s+", " "))
        .contains("Exit status:", "did not converge", "bad input");
    assertThat(help.out()).contains("--forest", "--funnel");
    assertThat(run("--help").out()).contains("meta");
  }

  // ----------------------------------------------------------------------------------------------------------------
  // bad input: exit 2, one line on stderr naming the file, the line and the problem, nothing on
  // stdout

  private static void assertBadInput(Run run, String message) {
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("appraise: " + message + System.lineSeparator());
  }

  private void assertBadInput(String measure, List<String> lines, String message)
      throws IOException {
    Path csv = file("bad.csv", lines.toArray(new String[0]));
    assertBadInput(run("meta", csv.toString(), "--measure", measure), csv + ": " + message);
  }

  @Test
  void countsMustBeWholeNumbersAtLeastZero() throws IOException {
    assertBadInput(
        "RR",
        List.of("study,ai,bi,ci,di", "a,4,119,11,128", "b,-6,300,29,274"),
        "line 3: study b: ai must be a whole number >= 0, was -6.0");
    assertBadInput(
        "OR",
        List.of("study,ai,bi,ci,di", "a,4,119,11,128", "b,6,300,29.5,274"),
        "line 3: study b: ci must be a whole number >= 0, was 29.5");
    assertBadInput(
        "RR",
        List.of("study,ai,n1i,ci,n2i", "a,4,3,11,128"),
        "line 2: study a: events ai = 4.0 exceed the group size n1i = 3.0");
  }

  @Test
  void aMissingColumnIsNamedWithTheMeasureThatNeedsIt() throws IOException {
    assertBadInput(
        "RR",
        List.of("study,ai,bi,ci", "a,4,119,11"),
        "line 1: missing column 'di', which RR needs (ai,bi,ci,di or ai,n1i,ci,n2i)");
    assertBadInput(
        "SMD",
        List.of("study,m1i,sd1i,n1i,m2i,n2i", "a,1,1,10,2,10"),
        "line 1: missing column 'sd2i', which SMD needs (m1i,sd1i,n1i,m2i,sd2i,n2i)");
    assertBadInput(
        "GEN",
        List.of("study,yi", "a,1"),
        "line 1: missing column 'vi', which GEN needs (yi,vi or yi,sei)");
    assertBadInput(
        "ZCOR",
        List.of("name,ri,ni", "a,0.3,20"),
        "line 1: missing column 'study', which names each study; the header has name,ri,ni");
  }

  @Test
  void standardDeviationsThatLeaveNoVarianceAreBadInput() throws IOException {
    assertBadInput(
        "MD",
        List.of("study,m1i,sd1i,n1i,m2i,sd2i,n2i", "a,1,1,10,2,1,10", "b,1,0,10,2,0,10"),
        "line 3: study b: MD needs a standard deviation > 0 in a group, sd1i and sd2i were 0");
    assertBadInput(
        "SMD",
        List.of("study,m1i,sd1i,n1i,m2i,sd2i,n2i", "a,1,-1,10,2,1,10"),
        "line 2: study a: sd1i must be finite and >= 0, was -1.0");
  }

  @Test
  void aVarianceOfZeroOrNotFiniteIsBadInput() throws IOException {
    assertBadInput(
        "GEN",
        List.of("study,yi,vi", "a,0.1,0.04", "b,0.2,0"),
        "line 3: study b: vi must be finite and > 0, was 0.0");
    assertBadInput(
        "GEN",
        List.of("study,yi,vi", "a,0.1,Inf"),
        "line 2: study a: vi must be finite and > 0, was Infinity");
    assertBadInput(
        "GEN",
        List.of("study,yi,sei", "a,0.1,1e400"),
        "line 2: study a: sei must be finite and > 0, was Infinity");
    assertBadInput(
        "COR",
        List.of("study,ri,ni", "a,0.3,3"),
        "line 2: study a: ni must be > 3 for a correlation's variance, was 3.0");
  }

  @Test
  void aCellThatIsNotANumberIsBadInput() throws IOException {
    assertBadInput(
        "RR",
        List.of("study,ai,bi,ci,di", "a,4,119,eleven,128"),
        "line 2: study a: ci is not a number: 'eleven'");
    assertBadInput(
        "RR", List.of("study,ai,bi,ci,di", "a,4,119,,128"), "line 2: study a: ci is empty");
    assertBadInput(
        "RR",
        List.of("study,ai,bi,ci,di", "a,4,119,NA,128", "b,1,2,3"),
        "line 2: study a: ci is NA (missing) (and 1 more problem)");
  }

  @Test
  void aStudyIdTwiceIsBadInput() throws IOException {
    assertBadInput(
        "GEN",
        List.of("study,yi,vi", "a,0.1,0.04", "b,0.2,0.05", "a,0.3,0.06"),
        "line 4: study 'a' appears twice (first on line 2)");
    assertBadInput("GEN", List.of("study,yi,vi", " ,0.1,0.04"), "line 2: the study id is empty");
  }

  @Test
  void fewerStudiesThanTheModelNeedsIsBadInput() throws IOException {
    assertBadInput(
        "GEN",
        List.of("study,yi,vi", "a,0.1,0.04"),
        "too few studies: a model without moderators fitted by REML (which also estimates tau²) with the Z test"
            + " needs at least 2 studies, had 1");
  }

  @Test
  void aSubgroupTooSmallIsNamed() throws IOException {
    Path csv =
        file("groups.csv", "study,yi,vi,arm", "a,0.1,0.04,x", "b,0.2,0.05,x", "c,0.3,0.06,y");
    Run run = run("meta", csv.toString(), "--measure", "GEN", "--subgroup", "arm");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("appraise: " + csv + ": subgroup y: too few studies");
  }

  @Test
  void anUnknownMeasureMethodOrTestIsAUsageError() {
    for (String[] args :
        List.of(
            new String[] {"--measure", "HR"},
            new String[] {"--measure", "RR", "--method", "MLE"},
            new String[] {"--measure", "RR", "--test", "t"},
            new String[] {"--measure", "RR", "--format", "xml"})) {
      List<String> all = new ArrayList<>(List.of("meta", bcg().toString()));
      all.addAll(List.of(args));
      Run run = run(all.toArray(new String[0]));
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .startsWith("appraise: Invalid value for option '" + args[args.length - 2] + "'")
          .contains(args[args.length - 1]);
      assertThat(run.err().strip()).doesNotContain("\n");
    }
    Run missing = run("meta", bcg().toString());
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("--measure");
  }

  @Test
  void aModeratorOrSubgroupColumnThatDoesNotExistIsBadInput() {
    String file = bcg().toString();
    assertBadInput(
        run("meta", file, "--measure", "RR", "--moderator", "latitude"),
        file
            + ": line 1: no column 'latitude' for --moderator; the header has study,ai,bi,ci,di,ablat,alloc,year");
    assertBadInput(
        run("meta", file, "--measure", "RR", "--subgroup", "region"),
        file
            + ": line 1: no column 'region' for --subgroup; the header has study,ai,bi,ci,di,ablat,alloc,year");
  }

  @Test
  void anEmptyFileOrAHeaderAloneIsBadInput() throws IOException {
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "");
    assertBadInput(
        run("meta", empty.toString(), "--measure", "RR"),
        empty + ": empty file: expected a header line");
    assertBadInput("RR", List.of("study,ai,bi,ci,di"), "line 1: no study follows the header");
    Path none = dir.resolve("none.csv");
    assertBadInput(run("meta", none.toString(), "--measure", "RR"), none + ": no such file");
  }

  @Test
  void rowsOfAnotherWidthAndCellsOfModeratorsAreChecked() throws IOException {
    assertBadInput(
        "GEN",
        List.of("study,yi,vi", "a,0.1,0.04,9"),
        "line 2: has 4 fields, expected 3 as in the header");
    Path csv = file("mods.csv", "study,yi,vi,dose", "a,0.1,0.04,1", "b,0.2,0.05,", "c,0.3,0.06,2");
    assertBadInput(
        run("meta", csv.toString(), "--measure", "GEN", "--moderator", "dose"),
        csv + ": line 3: study b: --moderator column 'dose' is empty");
  }

  @Test
  void optionsThatDoNotGoTogetherAreUsageErrors() {
    String file = bcg().toString();
    assertBadInput(
        run("meta", file, "--measure", "RR", "--level", "0.95"),
        "--level is a percentage from 1 to below 100, e.g. 95 for a 95 % interval; was 0.95");
    assertBadInput(
        run("meta", file, "--measure", "RR", "--moderator", "ablat", "--moderator", "ablat"),
        "--moderator ablat is given twice");
    Run combined = run("meta", file, "--measure", "RR", "--moderator", "ablat", "--bias");
    assertThat(combined.status()).isEqualTo(2);
    assertThat(combined.out()).isEmpty();
    assertThat(combined.err())
        .startsWith("appraise: --subgroup, --bias and --leave-one-out apply to the model");
  }

  // ----------------------------------------------------------------------------------------------------------------
  // no convergence: exit 1

  @Test
  void anEstimatorThatDoesNotConvergeExitsOneSayingSo() throws IOException {
    // twelve studies on which metafor's Fisher scoring cycles
    // (synthesis/src/test/scripts/fisher-scoring-cycle.R)
    double[] yi = {
      -0x1.5cdb7a9253496p0,
      -0x1.2a34f254cceaap0,
      -0x1.3ee17b3bd09f2p-1,
      -0x1.fcc0b62d14ef5p0,
      -0x1.9906060c9230dp-2,
      -0x1.14a14ea0fac6fp0,
      -0x1.0d9ffe265e39fp-2,
      -0x1.50e9031f15f66p-2,
      -0x1.238f4eb486fe8p0,
      -0x1.08ed520e1c152p-1,
      -0x1.8c937b9118a87p-1,
      -0x1.be4235fe27f2cp0
    };
    double[] vi = {
      0x1.bea7c5ca46d3p-1,
      0x1.3aa1cd9041bc6p-2,
      0x1.bf8aff30bc1ap-1,
      0x1.39bd178ddfc5cp-6,
      0x1.28076c6c74a26p-1,
      0x1.788142d31305fp-1,
      0x1.8a1add5be8f5p-1,
      0x1.a134192d2894bp-1,
      0x1.edb0796c90c1dp-2,
      0x1.110bc37eefce4p-2,
      0x1.df4836745387dp-4,
      0x1.5b6920a38edc8p-1
    };
    List<String> lines = new ArrayList<>(List.of("study,yi,vi"));
    for (int i = 0; i < yi.length; i++) {
      // Double.toString reads back as the same double
      lines.add("s" + i + "," + yi[i] + "," + vi[i]);
    }
    Path cycling = file("cycling.csv", lines.toArray(new String[0]));

    for (String method : List.of("REML", "ML", "EB")) {
      Run run =
          run(
              "meta",
              cycling.toString(),
              "--measure",
              "GEN",
              "--method",
              method,
              "--format",
              "json");
      assertThat(run.status()).as(method).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err())
          .startsWith(
              "appraise: "
                  + cycling
                  + ": "
                  + method
                  + " tau² (Fisher scoring) did not"
                  + " converge after 101 iterations (last change ");
      assertThat(run.err().strip()).doesNotContain("\n");
    }
    assertThat(run("meta", cycling.toString(), "--measure", "GEN", "--method", "DL").status())
        .isZero();

    Path outlier =
        file(
            "outlier.csv",
            "study,yi,vi",
            "a,0,0.01",
            "b,0,0.01",
            "c,0,0.01",
            "d,0,0.01",
            "e,1000,0.01");
    Run pm = run("meta", outlier.toString(), "--measure", "GEN", "--method", "PM");
    assertThat(pm.status()).isEqualTo(1);
    assertThat(pm.out()).isEmpty();
    assertThat(pm.err())
        .startsWith("appraise: " + outlier + ": PM tau²")
        .contains("did not converge");
  }

  @Test
  void everyContractFieldOfAnEqualEffectsModelIsPresent() throws IOException {
    JsonNode out =
        json("meta", bcg().toString(), "--measure", "RR", "--method", "FE", "--format", "json");
    List<String> fields = new ArrayList<>();
    for (Iterator<String> i = out.fieldNames(); i.hasNext(); ) {
      fields.add(i.next());
    }
    List<String> expected = new ArrayList<>(MODEL_FIELDS);
    expected.removeAll(
        List.of(
            "pi_lower",
            "pi_upper",
            "tau2_ci_lower",
            "tau2_ci_upper",
            "i2_ci_lower",
            "i2_ci_upper"));
    assertThat(fields).containsSubsequence(expected);
    assertThat(out.get("tau2").asDouble()).isZero();
  }
}
