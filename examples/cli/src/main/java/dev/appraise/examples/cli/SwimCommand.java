package dev.appraise.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appraise.core.InputFormatException;
import dev.appraise.core.InputProblem;
import dev.appraise.core.markup.NumberText;
import dev.appraise.core.stats.ConfidenceInterval;
import dev.appraise.synthesis.plot.EffectDirectionPlot;
import dev.appraise.synthesis.swim.DirectionData;
import dev.appraise.synthesis.swim.DomainVoteCount;
import dev.appraise.synthesis.swim.EffectDirectionCsv;
import dev.appraise.synthesis.swim.VoteCountResult;
import dev.appraise.synthesis.swim.VoteCounting;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
 * {@code appraise swim FILE}: synthesis without meta-analysis of a CSV of directions of effect
 * ({@code study, outcome, direction} with {@code up}, {@code down}, {@code none} or {@code mixed},
 * and optionally {@code n}, {@code design}, {@code group}): per outcome, the studies favouring the
 * intervention and the comparator, those without a direction, the proportion favouring with its
 * Wilson interval and the exact two-sided sign test; optionally the effect-direction plot.
 * Everything is computed by {@code dev.appraise.synthesis.swim}; the command reads, validates and
 * prints.
 */
@Command(
    name = "swim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Synthesis without meta-analysis: vote counting by direction of effect, with the sign test.",
      "FILE: CSV with columns study, outcome, direction (up = favours the intervention, down = favours the"
          + " comparator, none = no change, mixed = conflicting), optionally n, design, group. A study's several"
          + " rows in one outcome are combined: the direction at least --threshold of them share, else mixed."
    })
final class SwimCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "The directions of effect, one row per result.")
  Path file = Path.of("");

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format = "text";

  @Option(
      names = "--threshold",
      paramLabel = "SHARE",
      defaultValue = "0.7",
      description =
          "Share of a study's results in one outcome that must agree (above 0.5, at most 1; default:"
              + " ${DEFAULT-VALUE}, the 70 % rule of Boon and Thomson 2021).")
  double threshold = VoteCounting.DEFAULT_THRESHOLD;

  @Option(
      names = "--level",
      paramLabel = "PERCENT",
      defaultValue = "95",
      description =
          "Confidence level of the Wilson interval, in percent (default: ${DEFAULT-VALUE}).")
  double level = 95;

  @Option(
      names = "--plot",
      paramLabel = "OUT.svg",
      description = "Also draw the effect-direction plot into OUT.svg.")
  @Nullable Path plot;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new BadInputException("--format must be text or json, was '" + format + "'");
    }
    if (!(threshold > 0.5 && threshold <= 1)) {
      throw new BadInputException("--threshold must be above 0.5 and at most 1, was " + threshold);
    }
    if (!(level > 0 && level < 100)) {
      throw new BadInputException("--level must be above 0 and below 100, was " + level);
    }
    if (plot != null) {
      SvgOutput.checkNotInput("--plot", plot, file);
    }
    DirectionData data = read(file);
    VoteCounting counting =
        VoteCounting.withDefaults().withThreshold(threshold).withLevel(level / 100);
    VoteCountResult result = counting.count(data.outcomes());
    if (plot != null) {
      SvgOutput.write(
          "--plot", plot, EffectDirectionPlot.withDefaults().withCounting(counting).render(data));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format.equals("json") ? json(result) : text(result));
    out.flush();
    return 0;
  }

  /**
   * Reads the file, turning every problem into one line naming the file, the lines and the values.
   */
  static DirectionData read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + ": no such file");
    }
    try {
      return EffectDirectionCsv.read(file);
    } catch (InputFormatException e) {
      throw new BadInputException(
          e.source()
              + ": "
              + e.problems().stream()
                  .map(InputProblem::toString)
                  .collect(Collectors.joining("; ")));
    } catch (UncheckedIOException e) {
      throw new BadInputException(
          file
              + ": cannot read: "
              + Optional.ofNullable(e.getCause().getMessage()).orElse(e.getMessage()));
    }
  }

  private static String json(VoteCountResult result) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    ArrayNode outcomes = root.putArray("outcomes");
    for (DomainVoteCount d : result.domains()) {
      ObjectNode o =
          outcomes
              .addObject()
              .put("outcome", d.domain())
              .put("studies", d.studies().size())
              .put("favouring", d.favouring())
              .put("against", d.against())
              .put("unclear", d.unclear());
      if (d.undefinedReason().isPresent()) {
        o.putNull("proportion")
            .putNull("ci_lower")
            .putNull("ci_upper")
            .putNull("sign_test_p")
            .put("reason", d.undefinedReason().get());
      } else {
        ConfidenceInterval ci = d.interval().orElseThrow();
        o.put("proportion", d.proportion().getAsDouble())
            .put("ci_lower", ci.lower())
            .put("ci_upper", ci.upper())
            .put("sign_test_p", d.signTestP().getAsDouble());
      }
    }
    try {
      return mapper.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the vote counts as JSON", e);
    }
  }

  private static String text(VoteCountResult result) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "vote counting by direction of effect (within a study: %s %% must agree;"
                + " %s %% Wilson intervals; exact two-sided sign test)%n",
            NumberText.format(100 * result.threshold(), 1),
            NumberText.format(100 * result.level(), 1)));
    for (DomainVoteCount d : result.domains()) {
      s.append(
          String.format(
              Locale.ROOT,
              "%n%s: %d %s%n",
              d.domain(),
              d.studies().size(),
              d.studies().size() == 1 ? "study" : "studies"));
      s.append(
          String.format(
              Locale.ROOT,
              "  favouring the intervention: %d, the comparator: %d, no change: %d,"
                  + " conflicting: %d%n",
              d.favouring(),
              d.against(),
              d.noChange(),
              d.conflicting()));
      if (d.undefinedReason().isPresent()) {
        s.append("  proportion and sign test undefined: ")
            .append(d.undefinedReason().get())
            .append(System.lineSeparator());
      } else {
        ConfidenceInterval ci = d.interval().orElseThrow();
        s.append(
            String.format(
                Locale.ROOT,
                "  proportion favouring: %d of %d = %s (%s to %s)%n",
                d.favouring(),
                d.withDirection(),
                NumberText.fixed(d.proportion().getAsDouble(), 3),
                NumberText.fixed(ci.lower(), 3),
                NumberText.fixed(ci.upper(), 3)));
        s.append(
            String.format(
                Locale.ROOT,
                "  sign test: p = %s%n",
                NumberText.fixed(d.signTestP().getAsDouble(), 4)));
      }
    }
    return s.toString();
  }
}
