package dev.appraise.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appraise.examples.cli.MetaReport.Attempt;
import dev.appraise.grade.AbsoluteEffect;
import dev.appraise.grade.Suggestion;
import dev.appraise.grade.SummaryOfFindingsWriter;
import dev.appraise.synthesis.EggerTestResult;
import dev.appraise.synthesis.Heterogeneity;
import dev.appraise.synthesis.HeterogeneityInterval;
import dev.appraise.synthesis.LeaveOneOutFit;
import dev.appraise.synthesis.LeaveOneOutResult;
import dev.appraise.synthesis.MetaAnalysisResult;
import dev.appraise.synthesis.MetaRegressionResult;
import dev.appraise.synthesis.ModelCoefficient;
import dev.appraise.synthesis.ModeratorTest;
import dev.appraise.synthesis.Prediction;
import dev.appraise.synthesis.RankCorrelationTestResult;
import dev.appraise.synthesis.RatioScale;
import dev.appraise.synthesis.SubgroupDifferences;
import dev.appraise.synthesis.SubgroupFit;
import dev.appraise.synthesis.SubgroupResult;
import dev.appraise.synthesis.Tau2Method;
import dev.appraise.synthesis.TrimAndFillResult;
import dev.appraise.synthesis.WeightedStudy;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of {@code appraise meta}: one object with the fields of DESIGN.md's command-line
 * contract, in its order, and a few more (level, df, tau, the tau and H² bounds, the regression's
 * R²). Numbers are plain JSON numbers at full precision on the analysis scale; an undefined value
 * is {@code null}.
 */
final class MetaJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private MetaJson() {}

  /** The report as one JSON object, with a line separator at the end. */
  static String write(MetaReport report) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("measure", report.measure().name());
    MetaAnalysisResult model = report.model();
    MetaRegressionResult regression = report.regression();
    if (model != null) {
      model(root, report, model);
    } else if (regression != null) {
      regression(root, report, regression);
    }
    SubgroupResult subgroups = report.subgroups();
    if (subgroups != null) {
      subgroups(root, subgroups);
    }
    Attempt<EggerTestResult> egger = report.egger();
    if (egger != null) {
      egger(root.putObject("egger"), egger);
    }
    Attempt<RankCorrelationTestResult> rankTest = report.rankTest();
    if (rankTest != null) {
      rankTest(root.putObject("rank_test"), rankTest);
    }
    Attempt<TrimAndFillResult> trimAndFill = report.trimAndFill();
    if (trimAndFill != null) {
      trimAndFill(root.putObject("trim_and_fill"), trimAndFill);
    }
    Attempt<LeaveOneOutResult> leaveOneOut = report.leaveOneOut();
    if (leaveOneOut != null && model != null) {
      leaveOneOut(root.putArray("leave_one_out"), model, leaveOneOut);
    }
    if (!report.absolute().isEmpty()) {
      ArrayNode absolute = root.putArray("absolute");
      for (AbsoluteEffect a : report.absolute()) {
        SummaryOfFindingsWriter.putAbsolute(absolute.addObject(), a);
      }
    }
    List<Suggestion> grade = report.grade();
    if (grade != null) {
      ArrayNode suggestions = root.putArray("grade");
      for (Suggestion s : grade) {
        suggestions
            .addObject()
            .put("domain", s.domain().code())
            .put("levels", s.rating().levels())
            .put("judgement", s.rating().judgement())
            .put("reason", s.rationale())
            .put("basis", s.basis());
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the meta-analysis as JSON", e);
    }
  }

  private static void model(ObjectNode root, MetaReport report, MetaAnalysisResult fit) {
    settings(root, report, fit.method(), fit.k(), fit.df());
    number(root, "estimate", fit.estimate());
    number(root, "standard_error", fit.standardError());
    number(root, "statistic", fit.statistic());
    number(root, "p_value", fit.pValue());
    number(root, "ci_lower", fit.ciLower());
    number(root, "ci_upper", fit.ciUpper());
    Optional<Prediction> prediction = fit.prediction();
    if (fit.method().isRandomEffects()) {
      number(root, "pi_lower", prediction.map(Prediction::lower).orElse(null));
      number(root, "pi_upper", prediction.map(Prediction::upper).orElse(null));
    }
    heterogeneity(
        root, fit.heterogeneity(), fit.method().isRandomEffects(), fit.heterogeneityInterval());
    studies(root, fit.studies());
    Optional<RatioScale> ratio = fit.ratioScale();
    if (ratio.isPresent()) {
      ObjectNode transformed = root.putObject("transformed");
      number(transformed, "estimate", ratio.get().estimate());
      number(transformed, "ci_lower", ratio.get().ciLower());
      number(transformed, "ci_upper", ratio.get().ciUpper());
      if (fit.method().isRandomEffects()) {
        number(transformed, "pi_lower", ratio.get().piLower());
        number(transformed, "pi_upper", ratio.get().piUpper());
      }
    }
  }

  private static void regression(ObjectNode root, MetaReport report, MetaRegressionResult fit) {
    settings(root, report, fit.method(), fit.k(), fit.df());
    ArrayNode coefficients = root.putArray("coefficients");
    for (ModelCoefficient c : fit.coefficients()) {
      ObjectNode node = coefficients.addObject();
      node.put("name", c.name());
      number(node, "estimate", c.estimate());
      number(node, "standard_error", c.standardError());
      number(node, "statistic", c.statistic());
      number(node, "p_value", c.pValue());
      number(node, "ci_lower", c.ciLower());
      number(node, "ci_upper", c.ciUpper());
    }
    ArrayNode dropped = root.putArray("dropped");
    fit.droppedColumns().forEach(dropped::add);
    ModeratorTest qm = fit.moderatorTest();
    number(root, "qm", qm.statistic());
    root.put("qm_df", qm.df());
    integer(root, "qm_denominator_df", qm.denominatorDf());
    number(root, "qm_p_value", qm.pValue());
    number(root, "r2", fit.r2());
    heterogeneity(
        root, fit.heterogeneity(), fit.method().isRandomEffects(), fit.heterogeneityInterval());
    studies(root, fit.studies());
  }

  private static void settings(
      ObjectNode root, MetaReport report, Tau2Method method, int k, OptionalInt df) {
    root.put("method", method.name());
    root.put("test", report.test());
    if (report.level() == Math.rint(report.level())) {
      root.put("level", (long) report.level());
    } else {
      root.put("level", report.level());
    }
    root.put("k", k);
    integer(root, "df", df);
  }

  private static void heterogeneity(
      ObjectNode root, Heterogeneity h, boolean random, Optional<HeterogeneityInterval> interval) {
    number(root, "tau2", h.tau2());
    number(root, "tau", h.tau());
    number(root, "i2", h.i2());
    number(root, "h2", h.h2());
    if (random) {
      number(root, "tau2_standard_error", h.tau2StandardError());
      HeterogeneityInterval ci = interval.orElse(null);
      number(root, "tau2_ci_lower", ci == null ? null : ci.tau2Lower());
      number(root, "tau2_ci_upper", ci == null ? null : ci.tau2Upper());
      number(root, "tau_ci_lower", ci == null ? null : ci.tauLower());
      number(root, "tau_ci_upper", ci == null ? null : ci.tauUpper());
      number(root, "i2_ci_lower", ci == null ? null : ci.i2Lower());
      number(root, "i2_ci_upper", ci == null ? null : ci.i2Upper());
      number(root, "h2_ci_lower", ci == null ? null : ci.h2Lower());
      number(root, "h2_ci_upper", ci == null ? null : ci.h2Upper());
    }
    number(root, "q", h.q());
    root.put("q_df", h.qDf());
    number(root, "q_p_value", h.qPValue());
  }

  private static void studies(ObjectNode root, List<WeightedStudy> studies) {
    ArrayNode array = root.putArray("studies");
    for (WeightedStudy s : studies) {
      ObjectNode node = array.addObject();
      node.put("study", s.study());
      number(node, "yi", s.effect().yi());
      number(node, "vi", s.effect().vi());
      number(node, "weight", s.weight());
    }
  }

  private static void subgroups(ObjectNode root, SubgroupResult result) {
    ArrayNode array = root.putArray("subgroups");
    for (SubgroupFit group : result.subgroups()) {
      MetaAnalysisResult fit = group.fit();
      ObjectNode node = array.addObject();
      node.put("group", group.group());
      node.put("k", fit.k());
      number(node, "estimate", fit.estimate());
      number(node, "standard_error", fit.standardError());
      number(node, "p_value", fit.pValue());
      number(node, "ci_lower", fit.ciLower());
      number(node, "ci_upper", fit.ciUpper());
      number(node, "tau2", fit.heterogeneity().tau2());
      number(node, "i2", fit.heterogeneity().i2());
      number(node, "q", fit.heterogeneity().q());
    }
    SubgroupDifferences differences = result.differences().orElse(null);
    if (differences == null) {
      // a single subgroup: nothing to compare
      root.putNull("subgroup_test");
      return;
    }
    ObjectNode test = root.putObject("subgroup_test");
    number(test, "q", differences.q());
    test.put("df", differences.df());
    number(test, "p_value", differences.pValue());
  }

  private static void egger(ObjectNode node, Attempt<EggerTestResult> attempt) {
    EggerTestResult egger = attempt.value();
    number(node, "statistic", egger == null ? null : egger.statistic());
    number(node, "p_value", egger == null ? null : egger.pValue());
    if (egger == null) {
      node.put("reason", attempt.reason());
      return;
    }
    integer(node, "df", egger.df());
    number(node, "limit_estimate", egger.limitEstimate().estimate());
    number(node, "limit_ci_lower", egger.limitEstimate().ciLower());
    number(node, "limit_ci_upper", egger.limitEstimate().ciUpper());
  }

  private static void rankTest(ObjectNode node, Attempt<RankCorrelationTestResult> attempt) {
    RankCorrelationTestResult rank = attempt.value();
    number(node, "tau", rank == null ? null : rank.tau());
    number(node, "p_value", rank == null ? null : rank.pValue());
    if (rank == null) {
      node.put("reason", attempt.reason());
      return;
    }
    if (Double.isNaN(rank.tau())) {
      node.put(
          "reason",
          "Kendall's tau is undefined: every study has the same variance or the same standardized"
              + " effect");
    }
    node.put("exact", rank.exact());
  }

  private static void trimAndFill(ObjectNode node, Attempt<TrimAndFillResult> attempt) {
    TrimAndFillResult fill = attempt.value();
    if (fill == null) {
      node.putNull("missing");
      node.putNull("side");
    } else {
      node.put("missing", fill.missing());
      node.put("side", fill.side().metaforName());
    }
    number(node, "estimate", fill == null ? null : fill.estimate());
    number(node, "ci_lower", fill == null ? null : fill.ciLower());
    number(node, "ci_upper", fill == null ? null : fill.ciUpper());
    if (fill == null) {
      node.put("reason", attempt.reason());
      return;
    }
    number(node, "missing_standard_error", fill.missingStandardError());
    node.put("k", fill.k());
    number(node, "standard_error", fill.standardError());
    number(node, "tau2", fill.tau2());
    fill.model()
        .ratioScale()
        .ifPresent(
            ratio -> {
              ObjectNode transformed = node.putObject("transformed");
              number(transformed, "estimate", ratio.estimate());
              number(transformed, "ci_lower", ratio.ciLower());
              number(transformed, "ci_upper", ratio.ciUpper());
            });
  }

  private static void leaveOneOut(
      ArrayNode array, MetaAnalysisResult model, Attempt<LeaveOneOutResult> attempt) {
    LeaveOneOutResult result = attempt.value();
    for (int i = 0; i < model.k(); i++) {
      ObjectNode node = array.addObject();
      node.put("study", model.studies().get(i).study());
      LeaveOneOutFit row = result == null ? null : result.rows().get(i);
      MetaAnalysisResult fit = row == null ? null : row.fit().orElse(null);
      number(node, "estimate", fit == null ? null : fit.estimate());
      number(node, "ci_lower", fit == null ? null : fit.ciLower());
      number(node, "ci_upper", fit == null ? null : fit.ciUpper());
      number(node, "tau2", fit == null ? null : fit.heterogeneity().tau2());
      number(node, "i2", fit == null ? null : fit.heterogeneity().i2());
      number(node, "q", fit == null ? null : fit.heterogeneity().q());
      if (fit == null) {
        node.put("reason", row == null ? attempt.reason() : row.failure().orElse(null));
      } else {
        number(node, "standard_error", fit.standardError());
        number(node, "p_value", fit.pValue());
      }
    }
  }

  private static void number(ObjectNode node, String field, @Nullable Double value) {
    if (value == null || !Double.isFinite(value)) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  private static void number(ObjectNode node, String field, OptionalDouble value) {
    number(node, field, value.isPresent() ? value.getAsDouble() : null);
  }

  private static void integer(ObjectNode node, String field, OptionalInt value) {
    if (value.isPresent()) {
      node.put(field, value.getAsInt());
    } else {
      node.putNull(field);
    }
  }
}
