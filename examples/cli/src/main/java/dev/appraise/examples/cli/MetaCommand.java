package dev.appraise.examples.cli;

import dev.appraise.core.stats.PooledEffect;
import dev.appraise.examples.cli.MetaReport.Attempt;
import dev.appraise.grade.AbsoluteEffect;
import dev.appraise.grade.AssumedRisk;
import dev.appraise.grade.Effect;
import dev.appraise.grade.EvidenceBody;
import dev.appraise.grade.Suggestion;
import dev.appraise.grade.Suggestions;
import dev.appraise.synthesis.ConvergenceException;
import dev.appraise.synthesis.EffectMeasure;
import dev.appraise.synthesis.EffectSize;
import dev.appraise.synthesis.EggerTestResult;
import dev.appraise.synthesis.LeaveOneOut;
import dev.appraise.synthesis.MetaAnalysis;
import dev.appraise.synthesis.MetaAnalysisResult;
import dev.appraise.synthesis.MetaRegressionResult;
import dev.appraise.synthesis.ModelMatrix;
import dev.appraise.synthesis.RankCorrelationTestResult;
import dev.appraise.synthesis.SmallStudyTests;
import dev.appraise.synthesis.SubgroupAnalysis;
import dev.appraise.synthesis.SubgroupResult;
import dev.appraise.synthesis.Tau2Method;
import dev.appraise.synthesis.TestKind;
import dev.appraise.synthesis.TrimAndFill;
import dev.appraise.synthesis.TrimAndFillResult;
import dev.appraise.synthesis.plot.ForestPlot;
import dev.appraise.synthesis.plot.FunnelPlot;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code appraise meta}: a meta-analysis of a CSV of studies as R's metafor computes it ({@code
 * escalc}, {@code rma.uni}, {@code confint}, {@code regtest}, {@code ranktest}, {@code trimfill},
 * {@code leave1out}), with subgroups and meta-regression. Everything is computed by {@code
 * dev.appraise.synthesis}; this command reads, validates and prints, and draws the forest and
 * funnel plots of {@code dev.appraise.synthesis.plot} on request. The options, JSON fields and exit
 * codes are the command-line contract of DESIGN.md.
 */
@Command(
    name = "meta",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Meta-analysis as R's metafor computes it: effect sizes (escalc), equal- or random-effects model (rma) with the"
          + " Q-profile interval for tau^2, I^2 and H^2, and on request subgroups, meta-regression, small-study tests"
          + " and leave-one-out.",
      "FILE is a CSV with a header: a 'study' column, then the columns escalc names for the measure: ai,bi,ci,di (or"
          + " ai,n1i,ci,n2i: events and group sizes) for RR, OR, RD, PETO; m1i,sd1i,n1i,m2i,sd2i,n2i for MD, SMD, ROM;"
          + " ri,ni for ZCOR, COR; yi,vi (or yi,sei) for GEN. Any other column can be a subgroup or a moderator.",
      "Estimates are on the analysis scale (log scale for RR, OR, PETO, ROM, with the ratio added). --bias and"
          + " --leave-one-out report a test or a row that cannot be computed (too few studies, no convergence) as"
          + " undefined with the reason; the trim-and-fill refit uses the z test at 95 %%, as metafor's trimfill does.",
      "--baseline-risk and --grade read the pooled effect as GRADE does: absolute effects per 1000 at each assumed"
          + " comparator risk (RR, OR, PETO, RD), and suggested ratings with their reasons, each to be accepted or"
          + " overridden by the reviewer."
    },
    exitCodeListHeading = "Exit status:%n",
    exitCodeList = {
      "0:the analysis was printed",
      "1:an iterative estimator (ML, REML, EB, PM, a Q-profile bound) did not converge, in the model or a subgroup;"
          + " one line on stderr names it with its iterations and last change",
      "2:bad usage or bad input: one line on stderr naming the file, the line and the problem; nothing on stdout"
    })
public final class MetaCommand implements Callable<Integer> {

  /** The tests of the contract: metafor's {@code test} argument. */
  enum Test {
    z(TestKind.Z),
    knha(TestKind.KNHA);

    final TestKind kind;

    Test(TestKind kind) {
      this.kind = kind;
    }
  }

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file of studies.")
  Path file = Path.of("");

  @Option(
      names = "--measure",
      required = true,
      paramLabel = "RR|OR|RD|PETO|MD|SMD|ROM|ZCOR|COR|GEN",
      description = "The effect measure, metafor's names.")
  EffectMeasure measure = EffectMeasure.GEN;

  @Option(
      names = "--method",
      paramLabel = "FE|DL|HE|HS|SJ|ML|REML|EB|PM",
      defaultValue = "REML",
      description =
          "The tau^2 estimator; FE for an equal-effects model (default: ${DEFAULT-VALUE}).")
  Tau2Method method = Tau2Method.REML;

  @Option(
      names = "--test",
      paramLabel = "z|knha",
      defaultValue = "z",
      description =
          "z tests, or Knapp-Hartung (Hartung-Knapp-Sidik-Jonkman) t tests (default: ${DEFAULT-VALUE}).")
  Test test = Test.z;

  @Option(
      names = "--level",
      paramLabel = "PERCENT",
      defaultValue = "95",
      description = "Confidence level of the intervals, in percent (default: ${DEFAULT-VALUE}).")
  double level = 95;

  @Option(
      names = "--subgroup",
      paramLabel = "COLUMN",
      description =
          "Fit the model in each subgroup of this column and test for subgroup differences.")
  @Nullable String subgroup;

  @Option(
      names = "--moderator",
      paramLabel = "COLUMN",
      description =
          "A moderator of a meta-regression; repeat for more. A column of numbers is continuous, any other"
              + " categorical with treatment coding (levels sorted, the first the reference).")
  List<String> moderators = new ArrayList<>();

  @Option(
      names = "--bias",
      description = "Egger's regression test, the rank correlation test and trim-and-fill.")
  boolean bias;

  @Option(names = "--leave-one-out", description = "The model refitted without each study in turn.")
  boolean leaveOneOut;

  @Option(
      names = "--baseline-risk",
      paramLabel = "R",
      description =
          "An assumed risk with the comparator, as a proportion (0.04) or per 1000 (40/1000); repeat for more"
              + " (e.g. low, moderate and high risk). Adds the absolute effects: the risk with the intervention and"
              + " the risk difference per 1000, with their intervals. Binary measures only (RR, OR, PETO, RD).")
  List<String> baselineRisks = new ArrayList<>();

  @Option(
      names = "--grade",
      description =
          "GRADE's suggested ratings from the meta-analysis (inconsistency, imprecision, publication bias, large"
              + " effect) with their reasons; advisory, for the reviewer to accept or override.")
  boolean grade;

  @Option(
      names = "--forest",
      paramLabel = "OUT.svg",
      description =
          "Also draw the forest plot into OUT.svg: studies, weights, the pooled diamond, the prediction"
              + " interval, heterogeneity; with --subgroup, a block per subgroup.")
  @Nullable Path forest;

  @Option(
      names = "--funnel",
      paramLabel = "OUT.svg",
      description =
          "Also draw the funnel plot into OUT.svg; with --bias, with the studies trim-and-fill filled.")
  @Nullable Path funnel;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  private static final Pattern PER = Pattern.compile("\\s*([0-9]*\\.?[0-9]+)\\s*/\\s*([0-9]+)\\s*");

  /** Creates the command; picocli sets its fields. */
  public MetaCommand() {}

  @Override
  public Integer call() {
    checkOptions();
    Map<String, String> wanted = new LinkedHashMap<>();
    moderators.forEach(m -> wanted.put(m, "--moderator"));
    if (subgroup != null) {
      wanted.put(subgroup, "--subgroup");
    }
    MetaCsv.Studies studies = MetaCsv.read(file, measure, wanted);
    MetaAnalysis analysis =
        MetaAnalysis.withDefaults().withMethod(method).withTest(test.kind).withLevel(level / 100);
    MetaReport report;
    try {
      report = analyse(analysis, studies);
    } catch (ConvergenceException e) {
      spec.commandLine().getErr().println("appraise: " + studies.file() + ": " + e.getMessage());
      return 1;
    } catch (IllegalArgumentException e) {
      throw new BadInputException(studies.file() + ": " + e.getMessage());
    }
    drawPlots(report);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? MetaJson.write(report) : MetaText.write(report));
    out.flush();
    return 0;
  }

  private void checkOptions() {
    checkAbsoluteAndGrade();
    if (!(level >= 1 && level < 100)) {
      throw new BadInputException(
          "--level is a percentage from 1 to below 100, e.g. 95 for a 95 % interval; was " + level);
    }
    List<String> seen = new ArrayList<>();
    for (String m : moderators) {
      if (seen.contains(m)) {
        throw new BadInputException("--moderator " + m + " is given twice");
      }
      seen.add(m);
    }
    if (forest != null) {
      OutputFiles.file(forest, "--forest", file);
    }
    if (funnel != null) {
      OutputFiles.file(funnel, "--funnel", file);
    }
    if (forest != null
        && funnel != null
        && forest.toAbsolutePath().normalize().equals(funnel.toAbsolutePath().normalize())) {
      throw new BadInputException(forest + ": --forest and --funnel name the same file");
    }
    if (!moderators.isEmpty() && (forest != null || funnel != null)) {
      throw new BadInputException(
          "--forest and --funnel draw the model without moderators; run them without --moderator");
    }
    if (!moderators.isEmpty() && (subgroup != null || bias || leaveOneOut)) {
      // metafor's leave1out, ranktest and trimfill refuse models with moderators; a subgroup
      // analysis pools each
      // subgroup without them
      throw new BadInputException(
          "--subgroup, --bias and --leave-one-out apply to the model without moderators,"
              + " as metafor's leave1out, ranktest and trimfill do; run them without --moderator");
    }
  }

  /**
   * The assumed risks of {@code --baseline-risk}, and what {@code --baseline-risk} and {@code
   * --grade} need: a model without moderators, and for absolute effects a measure of a binary
   * outcome.
   */
  private void checkAbsoluteAndGrade() {
    if (!moderators.isEmpty() && (grade || !baselineRisks.isEmpty())) {
      throw new BadInputException(
          "--baseline-risk and --grade read the pooled effect of the model without moderators;"
              + " run them without --moderator");
    }
    if (!baselineRisks.isEmpty() && !AbsoluteEffect.appliesTo(measure.name())) {
      throw new BadInputException(
          "--baseline-risk applies to the measures of a binary outcome (RR, OR, PETO, RD), not to "
              + measure.name()
              + (measure.isMeans() ? ", a measure of a continuous outcome" : ""));
    }
    assumedRisks();
  }

  /** The values of {@code --baseline-risk} as risks: a proportion or {@code N/1000}. */
  private List<AssumedRisk> assumedRisks() {
    List<AssumedRisk> out = new ArrayList<>();
    for (String text : baselineRisks) {
      double risk;
      Matcher per = PER.matcher(text);
      try {
        if (per.matches()) {
          risk = Double.parseDouble(per.group(1)) / Double.parseDouble(per.group(2));
        } else {
          risk = Double.parseDouble(text.strip());
        }
      } catch (NumberFormatException e) {
        risk = Double.NaN;
      }
      if (!(risk > 0 && risk < 1)) {
        throw new BadInputException(
            "--baseline-risk must lie strictly between 0 and 1, as a proportion (0.04) or per 1000"
                + " (40/1000); was "
                + text);
      }
      out.add(AssumedRisk.of(risk));
    }
    return out;
  }

  private MetaReport analyse(MetaAnalysis analysis, MetaCsv.Studies studies) {
    List<EffectSize> effects = studies.effects();
    String file = studies.file();
    if (!moderators.isEmpty()) {
      MetaRegressionResult regression = analysis.fit(effects, modelMatrix(studies));
      return new MetaReport(
          file,
          measure,
          test.name(),
          level,
          null,
          regression,
          null,
          null,
          null,
          null,
          null,
          null,
          List.of(),
          null);
    }
    MetaAnalysisResult fit = analysis.fit(effects);
    SubgroupResult groups =
        subgroup == null
            ? null
            : SubgroupAnalysis.of(analysis).fit(effects, studies.column(subgroup));
    Attempt<EggerTestResult> egger =
        bias || grade ? Attempt.of(() -> SmallStudyTests.egger(fit)) : null;
    Attempt<RankCorrelationTestResult> rankTest =
        bias || grade ? Attempt.of(() -> SmallStudyTests.rankCorrelation(fit)) : null;
    PooledEffect pooled = pooled(fit, egger, rankTest);
    List<AbsoluteEffect> absolute = new ArrayList<>();
    for (AssumedRisk risk : assumedRisks()) {
      absolute.add(AbsoluteEffect.of(Effect.ofPooled(pooled), risk));
    }
    List<Suggestion> suggestions =
        grade ? Suggestions.forMetaAnalysis().suggest(EvidenceBody.fromPooledEffect(pooled)) : null;
    return new MetaReport(
        file,
        measure,
        test.name(),
        level,
        fit,
        null,
        subgroup,
        groups,
        bias ? egger : null,
        bias ? rankTest : null,
        bias ? Attempt.of(() -> TrimAndFill.withDefaults().fill(fit)) : null,
        leaveOneOut ? Attempt.of(() -> LeaveOneOut.of(fit)) : null,
        absolute,
        suggestions);
  }

  /**
   * The fit as the pooled effect GRADE reads, with the small-study tests' p-values where they were
   * computed.
   */
  private static PooledEffect pooled(
      MetaAnalysisResult fit,
      @Nullable Attempt<EggerTestResult> egger,
      @Nullable Attempt<RankCorrelationTestResult> rankTest) {
    PooledEffect.Builder b = PooledEffect.builder().from(fit.toPooledEffect());
    EggerTestResult e = egger == null ? null : egger.value();
    if (e != null && Double.isFinite(e.pValue())) {
      b.eggerPValue(e.pValue());
    }
    RankCorrelationTestResult r = rankTest == null ? null : rankTest.value();
    if (r != null && Double.isFinite(r.pValue())) {
      b.rankCorrelationPValue(r.pValue());
    }
    return b.build();
  }

  /**
   * Writes the figures asked for, each through a temporary file beside its target, before anything
   * is printed.
   */
  private void drawPlots(MetaReport report) {
    MetaAnalysisResult fit = report.model();
    if (fit == null) {
      return;
    }
    if (forest != null) {
      ForestPlot plot = ForestPlot.withDefaults();
      SubgroupResult groups = report.subgroups();
      OutputFiles.write(
          forest,
          groups == null ? plot.render(fit) : plot.render(fit, groups),
          spec.commandLine().getErr());
    }
    if (funnel != null) {
      MetaReport.Attempt<TrimAndFillResult> filled = report.trimAndFill();
      TrimAndFillResult trimmed = filled == null ? null : filled.value();
      FunnelPlot plot = FunnelPlot.withDefaults();
      OutputFiles.write(
          funnel,
          trimmed == null ? plot.render(fit) : plot.render(trimmed),
          spec.commandLine().getErr());
    }
  }

  /**
   * The moderators as metafor's {@code mods}: a column of numbers is continuous, any other
   * categorical.
   */
  private ModelMatrix modelMatrix(MetaCsv.Studies studies) {
    ModelMatrix.Builder x = ModelMatrix.builder(studies.effects().size());
    for (String name : moderators) {
      List<String> cells = studies.column(name);
      if (cells.stream().allMatch(CsvFile::isNumber)) {
        x.continuous(name, cells.stream().mapToDouble(Double::parseDouble).toArray());
      } else {
        x.categorical(name, cells);
      }
    }
    return x.build();
  }
}
