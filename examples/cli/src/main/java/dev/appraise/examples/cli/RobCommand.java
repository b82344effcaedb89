package dev.appraise.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import dev.appraise.core.agreement.Estimate;
import dev.appraise.core.model.JudgementStage;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.core.model.RiskOfBiasPalette;
import dev.appraise.core.stats.ConfidenceInterval;
import dev.appraise.robtool.DomainDistribution;
import dev.appraise.robtool.ItemDisagreement;
import dev.appraise.robtool.OverallRule;
import dev.appraise.robtool.RobAgreementReport;
import dev.appraise.robtool.RobRow;
import dev.appraise.robtool.RobSummary;
import dev.appraise.robtool.RobTable;
import dev.appraise.robtool.Tool;
import dev.appraise.robtool.Tools;
import dev.appraise.robtool.TwoRaterWorkflow;
import dev.appraise.robtool.io.RobvisCsv;
import dev.appraise.robtool.io.SymbolConvention;
import dev.appraise.robtool.plot.SummaryPlot;
import dev.appraise.robtool.plot.TrafficLightPlot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code appraise rob}: risk-of-bias tables in robvis CSV ({@code Study, D1..Dn[, Overall][,
 * Weight]}): the agreement of two raters, figures and summaries. Everything is computed by {@code
 * dev.appraise.robtool} and, for agreement, {@code dev.appraise.core.agreement}; these commands
 * read, validate and print.
 */
@Command(
    name = "rob",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Risk of bias: two-rater agreement, traffic-light and summary plots, summaries.",
    subcommands = {RobCommand.Agreement.class, RobCommand.Plot.class, RobCommand.Summary.class})
public final class RobCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code appraise rob agreement RATER1.csv RATER2.csv}. */
  @Command(
      name = "agreement",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description = {
        "Agreement of two raters' independent risk-of-bias judgements.",
        "Each file is a robvis-style table: header Study then one column per item (no Overall column); both files"
            + " must have the same studies and columns. An empty cell is an item not judged, by both or neither."
      })
  public static final class Agreement implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RATER1.csv", description = "The first rater's table.")
    Path rater1 = Path.of("");

    @Parameters(index = "1", paramLabel = "RATER2.csv", description = "The second rater's table.")
    Path rater2 = Path.of("");

    @Option(
        names = "--format",
        paramLabel = "text|json",
        defaultValue = "text",
        description = "Output format (default: ${DEFAULT-VALUE}).")
    String format = "text";

    @Override
    public Integer call() {
      checkFormat(format);
      RobTable a = read(rater1);
      RobTable b = read(rater2);
      for (var t : List.of(Map.entry(rater1, a), Map.entry(rater2, b))) {
        if (t.getValue().hasOverall() || t.getValue().hasWeights()) {
          throw new BadInputException(
              t.getKey()
                  + ": line 1: agreement compares items only; remove the Overall and"
                  + " Weight columns");
        }
      }
      if (!a.domains().equals(b.domains())) {
        throw new BadInputException(
            rater2
                + ": line 1: columns "
                + b.domains()
                + " differ from "
                + rater1
                + "'s "
                + a.domains());
      }
      List<String> studiesA = a.rows().stream().map(RobRow::study).collect(Collectors.toList());
      List<String> studiesB = b.rows().stream().map(RobRow::study).collect(Collectors.toList());
      for (String s : studiesA) {
        if (!studiesB.contains(s)) {
          throw new BadInputException(rater2 + ": study '" + s + "' of " + rater1 + " is missing");
        }
      }
      for (String s : studiesB) {
        if (!studiesA.contains(s)) {
          throw new BadInputException(rater1 + ": study '" + s + "' of " + rater2 + " is missing");
        }
      }
      List<RiskOfBiasJudgement> first = new ArrayList<>();
      List<RiskOfBiasJudgement> second = new ArrayList<>();
      for (RobRow rowA : a.rows()) {
        RobRow rowB = b.rows().get(studiesB.indexOf(rowA.study()));
        for (String d : a.domains()) {
          RiskOfBiasLevel la = rowA.levels().get(d);
          RiskOfBiasLevel lb = rowB.levels().get(d);
          if ((la == null) != (lb == null)) {
            Path empty = la == null ? rater1 : rater2;
            throw new BadInputException(
                empty
                    + ": study '"
                    + rowA.study()
                    + "', column "
                    + d
                    + ": no judgement, but the other rater judged "
                    + (la == null ? lb : la).label());
          }
          if (la != null) {
            first.add(judgement(rowA.study(), d, la, "rater1"));
            second.add(judgement(rowA.study(), d, lb, "rater2"));
          }
        }
      }
      if (first.isEmpty()) {
        throw new BadInputException(rater1 + ": no judgements to compare");
      }
      RobAgreementReport report = TwoRaterWorkflow.of(first, second).agreement();
      PrintWriter out = spec.commandLine().getOut();
      out.print(format.equals("json") ? json(report) : text(report));
      out.flush();
      return 0;
    }

    private static RiskOfBiasJudgement judgement(
        String study, String domain, RiskOfBiasLevel level, String rater) {
      return RiskOfBiasJudgement.builder()
          .studyId(study)
          .tool("robvis")
          .domain(domain)
          .level(level)
          .rater(rater)
          .stage(JudgementStage.INDIVIDUAL)
          .build();
    }

    private static String json(RobAgreementReport r) {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = mapper.createObjectNode();
      root.put("compared", r.compared());
      root.put("agreed", r.agreed());
      root.put("percent_agreement", r.percentAgreement().valueOrThrow());
      ConfidenceInterval wilson = r.percentAgreement().interval().orElseThrow();
      root.putArray("wilson").add(wilson.lower()).add(wilson.upper());
      Estimate kappa = r.cohenKappa();
      if (kappa.isDefined()) {
        root.put("cohen_kappa", kappa.valueOrThrow());
      } else {
        root.putNull("cohen_kappa");
      }
      ArrayNode list = root.putArray("disagreements");
      for (ItemDisagreement d : r.disagreements()) {
        list.addObject()
            .put("study", d.item().studyId())
            .put("domain", d.item().domain())
            .put("rater1", d.rater1().level().label())
            .put("rater2", d.rater2().level().label());
      }
      try {
        return mapper.writeValueAsString(root) + System.lineSeparator();
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write the agreement report as JSON", e);
      }
    }

    private static String text(RobAgreementReport r) {
      StringBuilder s = new StringBuilder();
      ConfidenceInterval w = r.percentAgreement().interval().orElseThrow();
      s.append(String.format(Locale.ROOT, "items compared: %d%n", r.compared()));
      s.append(
          String.format(
              Locale.ROOT,
              "agreed: %d (%.1f %%, Wilson %.0f %% interval %.1f %% to %.1f %%)%n",
              r.agreed(),
              100 * r.percentAgreement().valueOrThrow(),
              100 * w.level(),
              100 * w.lower(),
              100 * w.upper()));
      s.append("Cohen's kappa: ").append(kappaText(r.cohenKappa())).append(System.lineSeparator());
      s.append("Cohen's kappa by domain: ")
          .append(
              r.cohenKappaByDomain().entrySet().stream()
                  .map(e -> e.getKey() + " " + kappaText(e.getValue()))
                  .collect(Collectors.joining(", ")))
          .append(System.lineSeparator());
      s.append(String.format(Locale.ROOT, "disagreements: %d%n", r.disagreed()));
      for (ItemDisagreement d : r.disagreements()) {
        s.append(
            String.format(
                Locale.ROOT,
                "  %s, %s: rater 1 %s, rater 2 %s%n",
                d.item().studyId(),
                d.item().domain(),
                d.rater1().level().label(),
                d.rater2().level().label()));
      }
      return s.toString();
    }

    private static String kappaText(Estimate e) {
      return e.isDefined()
          ? String.format(Locale.ROOT, "%.3f", e.valueOrThrow())
          : "undefined (" + e.undefinedReason().orElse("") + ")";
    }
  }

  /** {@code appraise rob plot FILE.csv -o OUT.svg}. */
  @Command(
      name = "plot",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description =
          "Draws a robvis-style table as an SVG traffic-light plot or weighted summary bar chart.")
  public static final class Plot implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "FILE.csv",
        description = "The table: Study, D1..Dn[, Overall][, Weight].")
    Path file = Path.of("");

    @Option(
        names = {"-o", "--output"},
        required = true,
        paramLabel = "OUT.svg",
        description = "The SVG to write.")
    Path output = Path.of("");

    @Option(
        names = "--kind",
        paramLabel = "traffic-light|summary",
        defaultValue = "traffic-light",
        description = "The figure (default: ${DEFAULT-VALUE}).")
    String kind = "traffic-light";

    @Option(
        names = "--palette",
        paramLabel = "cochrane|colourblind",
        defaultValue = "cochrane",
        description =
            "robvis' colours or the Okabe-Ito colour-blind-safe palette (default: ${DEFAULT-VALUE}).")
    String palette = "cochrane";

    @Option(
        names = "--symbols",
        paramLabel = "robvis|cochrane|seed-reversed",
        defaultValue = "robvis",
        description = "The symbols in the cells (default: ${DEFAULT-VALUE}).")
    String symbols = "robvis";

    @Option(
        names = "--tool",
        paramLabel = "ID",
        description = "Name the domains after a tool: ${COMPLETION-CANDIDATES}.",
        completionCandidates = ToolIds.class)
    @Nullable String tool;

    @Override
    public Integer call() {
      RiskOfBiasPalette p;
      switch (palette.toLowerCase(Locale.ROOT)) {
        case "cochrane":
          p = RiskOfBiasPalette.COCHRANE;
          break;
        case "colourblind":
        case "colorblind":
          p = RiskOfBiasPalette.COLOURBLIND;
          break;
        default:
          throw new BadInputException(
              "--palette must be cochrane or colourblind, was '" + palette + "'");
      }
      SymbolConvention s;
      switch (symbols.toLowerCase(Locale.ROOT)) {
        case "robvis":
          s = SymbolConvention.ROBVIS;
          break;
        case "cochrane":
          s = SymbolConvention.COCHRANE;
          break;
        case "seed-reversed":
          s = SymbolConvention.SEED_FIG2_REVERSED;
          break;
        default:
          throw new BadInputException(
              "--symbols must be robvis, cochrane or seed-reversed, was '" + symbols + "'");
      }
      if (!kind.equals("traffic-light") && !kind.equals("summary")) {
        throw new BadInputException("--kind must be traffic-light or summary, was '" + kind + "'");
      }
      RobTable table = named(read(file), tool);
      String svg =
          kind.equals("summary")
              ? SummaryPlot.withDefaults().withPalette(p).render(table)
              : TrafficLightPlot.withDefaults().withPalette(p).withSymbols(s).render(table);
      try {
        Files.writeString(output, svg, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new BadInputException(output + ": cannot write: " + e.getMessage());
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("wrote " + output + " (" + kind + ", " + table.rows().size() + " studies)");
      out.flush();
      return 0;
    }
  }

  /** {@code appraise rob summary FILE.csv}. */
  @Command(
      name = "summary",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description =
          "Plain-text summary of a robvis-style table: counts per domain and level, and the overall"
              + " judgement per study (from the Overall column, or by the tool's rule or the worst domain).")
  public static final class Summary implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "FILE.csv",
        description = "The table: Study, D1..Dn[, Overall][, Weight].")
    Path file = Path.of("");

    @Option(
        names = "--tool",
        paramLabel = "ID",
        description =
            "Name the domains and take the overall rule from a"
                + " tool: ${COMPLETION-CANDIDATES}.",
        completionCandidates = ToolIds.class)
    @Nullable String tool;

    @Override
    public Integer call() {
      RobTable table = named(read(file), tool);
      OverallRule rule = tool == null ? OverallRule.WORST_DOMAIN : Tools.load(tool).overallRule();
      if (!table.hasOverall() && rule != OverallRule.NONE) {
        table = RobSummary.withOverall(table, rule);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(table.rows().size() + " studies, " + table.domains().size() + " domains");
      for (String sentence : RobSummary.sentences(table)) {
        out.println(sentence);
      }
      if (table.hasWeights()) {
        out.println("weighted by study weight:");
        for (DomainDistribution d : RobSummary.distributions(table, true)) {
          String name =
              d.domain().equals(RiskOfBiasJudgement.OVERALL)
                  ? "overall"
                  : table.domainName(d.domain());
          out.println(
              "  "
                  + name
                  + ": "
                  + d.shares().entrySet().stream()
                      .map(
                          e ->
                              e.getKey().label().toLowerCase(Locale.ROOT)
                                  + " "
                                  + String.format(Locale.ROOT, "%.1f %%", 100 * e.getValue()))
                      .collect(Collectors.joining(", ")));
        }
      }
      out.flush();
      return 0;
    }
  }

  /** The shipped tool identifiers, for help texts. */
  static final class ToolIds extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    ToolIds() {
      super(Tools.ids());
    }
  }

  private static void checkFormat(String format) {
    if (!format.equals("text") && !format.equals("json")) {
      throw new BadInputException("--format must be text or json, was '" + format + "'");
    }
  }

  private static RobTable named(RobTable table, @Nullable String tool) {
    if (tool == null) {
      return table;
    }
    Tool t = Tools.load(tool);
    return table.withNamesOf(t);
  }

  /** Reads a robvis CSV, turning every problem into one line naming file, line and value. */
  static RobTable read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": no such file");
    }
    try {
      return RobvisCsv.withDefaults().read(file);
    } catch (InputFormatException e) {
      throw new BadInputException(
          e.source()
              + ": "
              + e.problems().stream()
                  .map(InputProblem::toString)
                  .collect(Collectors.joining("; ")));
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof NoSuchFileException) {
        throw new BadInputException(file + ": no such file");
      }
      throw new BadInputException(
          file
              + ": cannot read: "
              + Optional.ofNullable(e.getCause().getMessage()).orElse(e.getMessage()));
    }
  }
}
