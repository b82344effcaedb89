package dev.appraise.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.appraise.grade.CertaintyDomain;
import dev.appraise.grade.Grading;
import dev.appraise.grade.GradingPolicy;
import dev.appraise.grade.Rating;
import dev.appraise.grade.Start;
import dev.appraise.grade.Step;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code appraise grade}: grades one body of evidence from its start and the levels rated down and
 * up, and prints how the certainty was reached. Levels are counted: {@code --imprecision 2} rates
 * imprecision down two levels. Values GRADE does not allow exit with status 2 and one line on
 * stderr.
 */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    description = {
      "Grade the certainty of a body of evidence (GRADE): start from the design, rate down and up by levels.",
      "Prints the certainty and every step that led to it."
    })
public final class GradeCommand implements Callable<Integer> {

  /** The designs a body of evidence can start from. */
  enum StartOption {
    rct,
    observational
  }

  /** Output formats. */
  enum Format {
    text,
    json
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--start",
      required = true,
      description = "rct (starts high) or observational (starts low)")
  StartOption start;

  @Option(
      names = "--risk-of-bias",
      paramLabel = "N",
      description = "levels rated down for risk of bias (0-2)")
  Integer riskOfBias;

  @Option(
      names = "--inconsistency",
      paramLabel = "N",
      description = "levels rated down for inconsistency (0-2)")
  Integer inconsistency;

  @Option(
      names = "--indirectness",
      paramLabel = "N",
      description = "levels rated down for indirectness (0-2)")
  Integer indirectness;

  @Option(
      names = "--imprecision",
      paramLabel = "N",
      description = "levels rated down for imprecision (0-3)")
  Integer imprecision;

  @Option(
      names = "--publication-bias",
      paramLabel = "N",
      description = "levels rated down for publication bias (0-2)")
  Integer publicationBias;

  @Option(
      names = "--large-effect",
      paramLabel = "N",
      description = "levels rated up for a large effect (0-2)")
  Integer largeEffect;

  @Option(
      names = "--dose-response",
      paramLabel = "N",
      description = "levels rated up for a dose-response gradient (0-1)")
  Integer doseResponse;

  @Option(
      names = "--confounding",
      paramLabel = "N",
      description =
          "levels rated up because plausible residual confounding would reduce the effect (0-1)")
  Integer confounding;

  @Option(
      names = "--rate-up-randomised",
      description = "apply ratings up to randomised evidence too (the handbook policy does not)")
  boolean rateUpRandomised;

  @Option(
      names = "--rate-up-only-when-nothing-rated-down",
      description = "apply ratings up only when no domain was rated down")
  boolean rateUpOnlyWhenNothingRatedDown;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() throws JsonProcessingException {
    List<Rating> ratings = new ArrayList<>();
    add(ratings, CertaintyDomain.RISK_OF_BIAS, "--risk-of-bias", riskOfBias);
    add(ratings, CertaintyDomain.INCONSISTENCY, "--inconsistency", inconsistency);
    add(ratings, CertaintyDomain.INDIRECTNESS, "--indirectness", indirectness);
    add(ratings, CertaintyDomain.IMPRECISION, "--imprecision", imprecision);
    add(ratings, CertaintyDomain.PUBLICATION_BIAS, "--publication-bias", publicationBias);
    add(ratings, CertaintyDomain.LARGE_EFFECT, "--large-effect", largeEffect);
    add(ratings, CertaintyDomain.DOSE_RESPONSE, "--dose-response", doseResponse);
    add(ratings, CertaintyDomain.RESIDUAL_CONFOUNDING, "--confounding", confounding);
    GradingPolicy policy =
        GradingPolicy.handbook()
            .withRatingUpRandomised(rateUpRandomised)
            .withRateUpOnlyWhenNothingRatedDown(rateUpOnlyWhenNothingRatedDown);
    Start s = start == StartOption.rct ? Start.randomisedTrials() : Start.observationalStudies();
    Grading g = policy.grade(s, ratings);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(json(g));
    } else {
      out.println(g.explanation());
    }
    out.flush();
    return 0;
  }

  private static void add(
      List<Rating> ratings, CertaintyDomain domain, String option, Integer levels) {
    if (levels == null) {
      return;
    }
    if (levels < 0) {
      throw new BadInputException(option + " counts levels and must be >= 0, was " + levels);
    }
    int signed = domain.ratesDown() ? -levels : levels;
    try {
      domain.requireValid(signed);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(option + " " + levels + ": " + e.getMessage());
    }
    ratings.add(
        Rating.builder()
            .domain(domain)
            .levels(signed)
            .footnote(levels == 0 ? "" : option + " " + levels + " given on the command line")
            .build());
  }

  private static String json(Grading g) throws JsonProcessingException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("certainty", g.certainty().name());
    root.put("start", g.start().certainty().name());
    List<Map<String, Object>> steps = new ArrayList<>();
    for (Step step : g.steps()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", step.kind().name().toLowerCase(Locale.ROOT));
      m.put("domain", step.domain().map(CertaintyDomain::code).orElse(null));
      m.put("change", step.change());
      m.put("level", step.level());
      m.put("text", step.text());
      steps.add(m);
    }
    root.put("steps", steps);
    root.put("clamped", g.clamped());
    return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
  }
}
