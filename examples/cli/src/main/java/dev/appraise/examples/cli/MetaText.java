package dev.appraise.examples.cli;

import dev.appraise.examples.cli.MetaReport.Attempt;
import dev.appraise.grade.AbsoluteEffect;
import dev.appraise.grade.Suggestion;
import dev.appraise.grade.SummaryOfFindingsWriter;
import dev.appraise.synthesis.BoundKind;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The text of {@code appraise meta}, laid out as metafor prints its results ({@code print.rma.uni},
 * {@code confint}, {@code predict}, {@code regtest}, {@code ranktest}, {@code trimfill}, {@code
 * leave1out}): four decimals, I² in percent with two, p-values below 0.0001 as {@code <.0001}. The
 * Q-profile interval follows each heterogeneity line.
 */
final class MetaText {

  private final StringBuilder out = new StringBuilder();
  private final MetaReport report;
  private final String level;

  private MetaText(MetaReport report) {
    this.report = report;
    this.level = percent(report.level()) + "%";
  }

  /** The report as text, each line ended by the platform's line separator. */
  static String write(MetaReport report) {
    MetaText text = new MetaText(report);
    MetaAnalysisResult model = report.model();
    MetaRegressionResult regression = report.regression();
    if (model != null) {
      text.model(model);
    } else if (regression != null) {
      text.regression(regression);
    }
    SubgroupResult subgroups = report.subgroups();
    if (subgroups != null) {
      text.subgroups(subgroups);
    }
    Attempt<EggerTestResult> egger = report.egger();
    if (egger != null) {
      text.egger(egger);
    }
    Attempt<RankCorrelationTestResult> rankTest = report.rankTest();
    if (rankTest != null) {
      text.rankTest(rankTest);
    }
    Attempt<TrimAndFillResult> trimAndFill = report.trimAndFill();
    if (trimAndFill != null) {
      text.trimAndFill(trimAndFill);
    }
    Attempt<LeaveOneOutResult> leaveOneOut = report.leaveOneOut();
    if (leaveOneOut != null && model != null) {
      text.leaveOneOut(model, leaveOneOut);
    }
    if (!report.absolute().isEmpty() && model != null) {
      text.absolute(model, report.absolute());
    }
    List<Suggestion> grade = report.grade();
    if (grade != null) {
      text.grade(grade);
    }
    return text.out.toString().replace("\n", System.lineSeparator());
  }

  private void model(MetaAnalysisResult fit) {
    Tau2Method method = fit.method();
    line(
        method.isRandomEffects()
            ? "Random-Effects Model (k = " + fit.k() + "; tau^2 estimator: " + method + ")"
            : "Fixed-Effects Model (k = " + fit.k() + ")");
    line("");
    heterogeneity(
        fit.heterogeneity(), method, fit.heterogeneityInterval(), false, OptionalDouble.empty());
    line("Test for Heterogeneity:");
    Heterogeneity h = fit.heterogeneity();
    line("Q(df = " + h.qDf() + ") = " + decimal(h.q()) + ", p-val " + pValueClause(h.qPValue()));
    line("");
    line("Model Results (" + fit.measure().label() + "):");
    line("");
    coefficients(List.of(fit.pooled()), fit.df(), false);
    line("");
    Optional<Prediction> prediction = fit.prediction();
    if (prediction.isPresent()) {
      line("Prediction (" + fit.measure().label() + ", " + level + " intervals):");
      line("");
      table(
          List.of(
              List.of("pred", "ci.lb", "ci.ub", "pi.lb", "pi.ub"),
              List.of(
                  decimal(fit.estimate()),
                  decimal(fit.ciLower()),
                  decimal(fit.ciUpper()),
                  decimal(prediction.get().lower()),
                  decimal(prediction.get().upper()))),
          0);
      line("");
    }
    Optional<RatioScale> ratio = fit.ratioScale();
    if (ratio.isPresent()) {
      RatioScale r = ratio.get();
      line(fit.measure().reportedLabel() + " (back-transformed, " + level + " intervals):");
      line("");
      List<String> header = new ArrayList<>(List.of("pred", "ci.lb", "ci.ub"));
      List<String> row =
          new ArrayList<>(
              List.of(decimal(r.estimate()), decimal(r.ciLower()), decimal(r.ciUpper())));
      if (r.piLower().isPresent() && r.piUpper().isPresent()) {
        header.addAll(List.of("pi.lb", "pi.ub"));
        row.addAll(List.of(decimal(r.piLower().getAsDouble()), decimal(r.piUpper().getAsDouble())));
      }
      table(List.of(header, row), 0);
      line("");
    }
  }

  private void regression(MetaRegressionResult fit) {
    Tau2Method method = fit.method();
    line(
        method.isRandomEffects()
            ? "Mixed-Effects Model (k = " + fit.k() + "; tau^2 estimator: " + method + ")"
            : "Fixed-Effects with Moderators Model (k = " + fit.k() + ")");
    line("");
    heterogeneity(fit.heterogeneity(), method, fit.heterogeneityInterval(), true, fit.r2());
    Heterogeneity h = fit.heterogeneity();
    line("Test for Residual Heterogeneity:");
    line("QE(df = " + h.qDf() + ") = " + decimal(h.q()) + ", p-val " + pValueClause(h.qPValue()));
    line("");
    ModeratorTest qm = fit.moderatorTest();
    int first = fit.p() - qm.df() + 1;
    line(
        "Test of Moderators (coefficient"
            + (qm.df() == 1 ? " " + first : "s " + first + ":" + fit.p())
            + "):");
    String statistic =
        qm.isF()
            ? "F(df1 = " + qm.df() + ", df2 = " + qm.denominatorDf().getAsInt() + ")"
            : "QM(df = " + qm.df() + ")";
    line(statistic + " = " + decimal(qm.statistic()) + ", p-val " + pValueClause(qm.pValue()));
    line("");
    line("Model Results (" + fit.measure().label() + "):");
    line("");
    coefficients(fit.coefficients(), fit.df(), true);
    if (!fit.droppedColumns().isEmpty()) {
      line("");
      line(
          "Redundant predictors dropped from the model: "
              + String.join(", ", fit.droppedColumns()));
    }
    line("");
  }

  private void heterogeneity(
      Heterogeneity h,
      Tau2Method method,
      Optional<HeterogeneityInterval> interval,
      boolean residual,
      OptionalDouble r2) {
    String kind = residual ? "residual" : "total";
    List<String[]> lines = new ArrayList<>();
    HeterogeneityInterval ci = interval.orElse(null);
    if (method.isRandomEffects()) {
      String se =
          h.tau2StandardError().isPresent()
              ? " (SE = " + decimal(h.tau2StandardError().getAsDouble()) + ")"
              : "";
      lines.add(
          new String[] {
            "tau^2 (estimated amount of " + kind + " heterogeneity):",
            decimal(h.tau2())
                + se
                + (ci == null ? "" : ", " + interval(ci.tau2Lower(), ci.tau2Upper(), 4, ""))
          });
      lines.add(
          new String[] {
            "tau (square root of estimated tau^2 value):",
            decimal(h.tau())
                + (ci == null ? "" : ", " + interval(ci.tauLower(), ci.tauUpper(), 4, ""))
          });
    }
    lines.add(
        new String[] {
          residual
              ? "I^2 (residual heterogeneity / unaccounted variability):"
              : "I^2 (total heterogeneity / total variability):",
          fixed(h.i2(), 2)
              + "%"
              + (ci == null ? "" : ", " + interval(ci.i2Lower(), ci.i2Upper(), 2, "%"))
        });
    lines.add(
        new String[] {
          residual
              ? "H^2 (unaccounted variability / sampling variability):"
              : "H^2 (total variability / sampling variability):",
          fixed(h.h2(), 2) + (ci == null ? "" : ", " + interval(ci.h2Lower(), ci.h2Upper(), 2, ""))
        });
    if (r2.isPresent()) {
      lines.add(
          new String[] {
            "R^2 (amount of heterogeneity accounted for):", fixed(r2.getAsDouble(), 2) + "%"
          });
    }
    // metafor aligns the values as if every line were printed, the tau lines included
    int width =
        Math.max(
            lines.stream().mapToInt(l -> l[0].length()).max().orElse(0),
            ("tau^2 (estimated amount of " + kind + " heterogeneity):").length());
    for (String[] l : lines) {
      line(String.format(Locale.ROOT, "%-" + width + "s %s", l[0], l[1]));
    }
    if (ci != null) {
      line("(" + level + " intervals: Q-profile method)");
      if (ci.isEmpty()) {
        line(
            "(the Q-profile interval is empty: Q at tau^2 = 0 is below the lower quantile; both bounds set to 0)");
      } else if (ci.upperKind() == BoundKind.ABOVE_SEARCH_MAXIMUM) {
        line(
            "(the upper bound lies beyond the end of the search, tau^2 = "
                + decimal(ci.searchMaximum())
                + ")");
      }
    }
    line("");
  }

  private void coefficients(List<ModelCoefficient> coefficients, OptionalInt df, boolean named) {
    boolean t = df.isPresent();
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    if (named) {
      header.add("");
    }
    header.addAll(
        t
            ? List.of("estimate", "se", "tval", "df", "pval", "ci.lb", "ci.ub")
            : List.of("estimate", "se", "zval", "pval", "ci.lb", "ci.ub"));
    rows.add(header);
    for (ModelCoefficient c : coefficients) {
      List<String> row = new ArrayList<>();
      if (named) {
        row.add(c.name());
      }
      row.add(decimal(c.estimate()));
      row.add(decimal(c.standardError()));
      row.add(decimal(c.statistic()));
      if (t) {
        row.add(String.valueOf(df.getAsInt()));
      }
      row.add(pValue(c.pValue()));
      row.add(decimal(c.ciLower()));
      row.add(decimal(c.ciUpper()));
      rows.add(row);
    }
    table(rows, named ? 1 : 0);
  }

  private void subgroups(SubgroupResult result) {
    line("Subgroups (" + report.subgroupColumn() + "):");
    line("");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("group", "k", "estimate", "se", "pval", "ci.lb", "ci.ub", "tau^2", "I^2"));
    for (SubgroupFit g : result.subgroups()) {
      MetaAnalysisResult fit = g.fit();
      rows.add(
          List.of(
              g.group(),
              String.valueOf(fit.k()),
              decimal(fit.estimate()),
              decimal(fit.standardError()),
              pValue(fit.pValue()),
              decimal(fit.ciLower()),
              decimal(fit.ciUpper()),
              decimal(fit.heterogeneity().tau2()),
              fixed(fit.heterogeneity().i2(), 2) + "%"));
    }
    table(rows, 1);
    line("");
    SubgroupDifferences d = result.differences().orElse(null);
    line(
        d == null
            ? "Test for Subgroup Differences: none, a single subgroup"
            : "Test for Subgroup Differences: Q(df = "
                + d.df()
                + ") = "
                + decimal(d.q())
                + ", p-val "
                + pValueClause(d.pValue()));
    line("");
  }

  private void egger(Attempt<EggerTestResult> attempt) {
    line("Regression Test for Funnel Plot Asymmetry");
    line("");
    EggerTestResult egger = attempt.value();
    if (egger == null) {
      line("Not available: " + attempt.reason());
      line("");
      return;
    }
    line(
        "Model:     "
            + (egger.model().method().isRandomEffects() ? "mixed" : "fixed")
            + "-effects meta-regression"
            + " model");
    line("Predictor: standard error");
    line("");
    String statistic =
        egger.df().isPresent()
            ? "t = " + decimal(egger.statistic()) + ", df = " + egger.df().getAsInt()
            : "z = " + decimal(egger.statistic());
    line("Test for Funnel Plot Asymmetry: " + statistic + ", p " + pValueClause(egger.pValue()));
    ModelCoefficient limit = egger.limitEstimate();
    line(
        "Limit Estimate (as sei -> 0):   b = "
            + decimal(limit.estimate())
            + " (CI: "
            + decimal(limit.ciLower())
            + ", "
            + decimal(limit.ciUpper())
            + ")");
    line("");
  }

  private void rankTest(Attempt<RankCorrelationTestResult> attempt) {
    line("Rank Correlation Test for Funnel Plot Asymmetry");
    line("");
    RankCorrelationTestResult rank = attempt.value();
    if (rank == null) {
      line("Not available: " + attempt.reason());
    } else {
      line(
          "Kendall's tau = "
              + decimal(rank.tau())
              + ", p "
              + pValueClause(rank.pValue())
              + (rank.exact() || Double.isNaN(rank.pValue()) ? "" : " (normal approximation)"));
    }
    line("");
  }

  private void trimAndFill(Attempt<TrimAndFillResult> attempt) {
    TrimAndFillResult fill = attempt.value();
    line("Trim-and-Fill Analysis" + (fill == null ? "" : " (estimator " + fill.estimator() + ")"));
    line("");
    if (fill == null) {
      line("Not available: " + attempt.reason());
      line("");
      return;
    }
    line(
        "Estimated number of missing studies on the "
            + fill.side().metaforName()
            + " side: "
            + fill.missing()
            + " (SE = "
            + decimal(fill.missingStandardError())
            + ")");
    MetaAnalysisResult model = fill.model();
    line(
        "Estimate with the filled studies (k = "
            + fill.k()
            + "): "
            + decimal(fill.estimate())
            + " (SE = "
            + decimal(fill.standardError())
            + "), "
            + percent(100 * model.level())
            + "% CI ["
            + decimal(fill.ciLower())
            + ", "
            + decimal(fill.ciUpper())
            + "]"
            + (model.method().isRandomEffects() ? "; tau^2 = " + decimal(fill.tau2()) : ""));
    model
        .ratioScale()
        .ifPresent(
            r ->
                line(
                    model.measure().reportedLabel()
                        + ": "
                        + decimal(r.estimate())
                        + ", "
                        + percent(100 * model.level())
                        + "% CI ["
                        + decimal(r.ciLower())
                        + ", "
                        + decimal(r.ciUpper())
                        + "]"));
    line("");
  }

  private void leaveOneOut(MetaAnalysisResult model, Attempt<LeaveOneOutResult> attempt) {
    line("Leave-One-Out Analysis (" + model.measure().label() + "):");
    line("");
    LeaveOneOutResult result = attempt.value();
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("study", "estimate", "se", "pval", "ci.lb", "ci.ub", "Q", "tau^2", "I^2"));
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < model.k(); i++) {
      String study = model.studies().get(i).study();
      LeaveOneOutFit row = result == null ? null : result.rows().get(i);
      MetaAnalysisResult fit = row == null ? null : row.fit().orElse(null);
      if (fit == null) {
        rows.add(List.of(study, "NA", "NA", "NA", "NA", "NA", "NA", "NA", "NA"));
        if (row != null) {
          failures.add(study + ": " + row.failure().orElse(""));
        }
        continue;
      }
      Heterogeneity h = fit.heterogeneity();
      rows.add(
          List.of(
              study,
              decimal(fit.estimate()),
              decimal(fit.standardError()),
              pValue(fit.pValue()),
              decimal(fit.ciLower()),
              decimal(fit.ciUpper()),
              decimal(h.q()),
              decimal(h.tau2()),
              fixed(h.i2(), 2) + "%"));
    }
    table(rows, 1);
    if (result == null) {
      line("");
      line("Not available: " + attempt.reason());
    }
    for (String failure : failures) {
      line("NA for " + failure);
    }
    line("");
  }

  /**
   * The absolute effects at each assumed comparator risk, per 1000 and rounded as GRADE
   * summary-of-findings tables round them (the JSON carries the unrounded values).
   */
  private void absolute(MetaAnalysisResult fit, List<AbsoluteEffect> effects) {
    String ratio =
        fit.ratioScale()
            .map(
                r ->
                    fit.measure().name()
                        + " "
                        + decimal(r.estimate())
                        + " ["
                        + decimal(r.ciLower())
                        + ", "
                        + decimal(r.ciUpper())
                        + "]")
            .orElse(
                fit.measure().name()
                    + " "
                    + decimal(fit.estimate())
                    + " ["
                    + decimal(fit.ciLower())
                    + ", "
                    + decimal(fit.ciUpper())
                    + "]");
    line(
        "Absolute Effects ("
            + ratio
            + " at each baseline risk, per 1000, "
            + level
            + " intervals):");
    line("");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("baseline", "intervention", "difference"));
    for (AbsoluteEffect a : effects) {
      rows.add(
          List.of(
              per1000(a.comparatorRisk()),
              per1000(a.interventionRisk())
                  + " ("
                  + SummaryOfFindingsWriter.rounded(a.interventionLower(), 1000)
                  + " to "
                  + SummaryOfFindingsWriter.rounded(a.interventionUpper(), 1000)
                  + ")",
              fewerOrMore(a.difference())
                  + " per 1000 (from "
                  + fewerOrMore(a.differenceLower())
                  + " to "
                  + fewerOrMore(a.differenceUpper())
                  + ")"));
    }
    table(rows, 3);
    line("");
  }

  private static String per1000(double risk) {
    return SummaryOfFindingsWriter.rounded(risk, 1000) + " per 1000";
  }

  private static String fewerOrMore(double difference) {
    return Math.abs(SummaryOfFindingsWriter.rounded(difference, 1000))
        + (difference > 0 ? " more" : " fewer");
  }

  /** GRADE's suggestions, one line each: the domain, the judgement with its levels, the reason. */
  private void grade(List<Suggestion> suggestions) {
    line("GRADE Suggestions (advisory: accept or override each, with a reason):");
    line("");
    for (Suggestion s : suggestions) {
      int levels = s.rating().levels();
      line(
          s.domain().label()
              + ": "
              + s.rating().judgement()
              + " ("
              + (levels > 0 ? "+" + levels : Integer.toString(levels))
              + "): "
              + s.rationale());
    }
    line(
        "Risk of bias and indirectness need judgements of the studies that a meta-analysis does not hold;"
            + " GRADE rates up for a large effect in observational studies, as a rule not in trials (GRADE guidelines 9).");
    line("");
  }

  /**
   * A table: the first {@code leftAligned} columns left-aligned, the others right-aligned, two
   * spaces apart.
   */
  private void table(List<List<String>> rows, int leftAligned) {
    int columns = rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int j = 0; j < columns; j++) {
        widths[j] = Math.max(widths[j], row.get(j).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder b = new StringBuilder();
      for (int j = 0; j < columns; j++) {
        if (j > 0) {
          b.append("  ");
        }
        String cell = row.get(j);
        String pad = " ".repeat(widths[j] - cell.length());
        b.append(j < leftAligned ? cell + pad : pad + cell);
      }
      line(b.toString().stripTrailing());
    }
  }

  private String interval(double lower, double upper, int digits, String unit) {
    return level + " CI [" + fixed(lower, digits) + unit + ", " + fixed(upper, digits) + unit + "]";
  }

  private void line(String text) {
    out.append(text).append('\n');
  }

  /**
   * Four decimals, as metafor prints with {@code digits = 4}; {@code NA} for an undefined value.
   */
  static String decimal(double value) {
    return fixed(value, 4);
  }

  private static String fixed(double value, int digits) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + digits + "f", value) : "NA";
  }

  /** A p-value as metafor prints it: {@code <.0001} below 0.0001, else four decimals. */
  static String pValue(double p) {
    return Double.isNaN(p) ? "NA" : p < 1e-4 ? "<.0001" : decimal(p);
  }

  /** The p-value after {@code p-val}: {@code < .0001} or {@code = 0.0019}. */
  private static String pValueClause(double p) {
    return Double.isNaN(p) ? "= NA" : p < 1e-4 ? "< .0001" : "= " + decimal(p);
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.4f", value).replaceAll("\\.?0+$", "");
  }
}
