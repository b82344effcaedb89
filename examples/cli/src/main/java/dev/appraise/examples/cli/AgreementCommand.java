package dev.appraise.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.appraise.core.agreement.AgreementOptions;
import dev.appraise.core.agreement.AgreementReport;
import dev.appraise.core.agreement.AgreementStatsAccumulator;
import dev.appraise.core.agreement.CategorySet;
import dev.appraise.core.agreement.Coefficient;
import dev.appraise.core.agreement.Estimate;
import dev.appraise.core.agreement.Level;
import dev.appraise.core.agreement.Weights;
import dev.appraise.core.agreement.icc.IccResult;
import dev.appraise.core.agreement.icc.IntraclassCorrelation;
import dev.appraise.core.agreement.proportion.ProportionOfAgreement;
import dev.appraise.core.stats.ConfidenceInterval;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code appraise agreement}: every agreement coefficient defined for a CSV of ratings, or percent
 * agreement with its intervals from a count ({@code --agreed K --total N}). All statistics come
 * from {@code dev.appraise.core .agreement}; this command reads, validates and prints.
 */
@Command(
    name = "agreement",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Inter-rater agreement: every coefficient defined for the input, with standard errors and intervals.",
      "FILE is a CSV with a header: the unit id, then one column per rater; an empty cell or NA is missing.",
      "With --long, FILE has one rating a line under the header unit,rater,value.",
      "With --level interval or ratio and numeric ratings, the six Shrout-Fleiss ICC forms are added "
          + "(units with a missing rating are left out of them)."
    })
public final class AgreementCommand implements Callable<Integer> {

  /**
   * The coefficient names of the command-line contract, in their order; others stay in the text
   * report only.
   */
  static final List<String> CONTRACT_NAMES =
      List.of(
          "percent_agreement",
          "cohen_kappa",
          "scott_pi",
          "fleiss_kappa",
          "conger_kappa",
          "light_kappa",
          "gwet_ac1",
          "gwet_ac2",
          "brennan_prediger",
          "krippendorff_alpha",
          "specific_positive_agreement",
          "specific_negative_agreement",
          "icc1",
          "icc2",
          "icc3",
          "icc1k",
          "icc2k",
          "icc3k");

  @Spec CommandSpec spec;

  @Option(
      names = "--level",
      paramLabel = "nominal|ordinal|interval|ratio",
      defaultValue = "nominal",
      description = "Level of measurement of Krippendorff's alpha (default: ${DEFAULT-VALUE}).")
  String level = "nominal";

  @Option(
      names = "--weights",
      paramLabel = "identity|linear|quadratic",
      defaultValue = "identity",
      description =
          "Weights of the weighted kappa family and AC2; irr's names equal and squared are linear and"
              + " quadratic (default: ${DEFAULT-VALUE}).")
  String weights = "identity";

  @Option(
      names = "--categories",
      paramLabel = "a,b,c",
      split = ",",
      description = "The declared categories in their order; a value outside them is an error.")
  @Nullable List<String> categories;

  @Option(
      names = "--confidence",
      paramLabel = "LEVEL",
      defaultValue = "0.95",
      description = "Confidence level of the intervals (default: ${DEFAULT-VALUE}).")
  double confidence = 0.95;

  @Option(
      names = "--bootstrap",
      paramLabel = "N",
      description = "Bootstrap replicates over units (needs --seed).")
  @Nullable Integer bootstrap;

  @Option(names = "--seed", paramLabel = "S", description = "Seed of the bootstrap.")
  @Nullable Long seed;

  @Option(
      names = "--table",
      description = "FILE is a square two-rater contingency table: ,cat1,cat2,...")
  boolean table;

  @Option(names = "--counts", description = "FILE holds per-unit counts: unit,cat1,cat2,...")
  boolean counts;

  @Option(
      names = "--long",
      description =
          "FILE holds one rating a line: unit,rater,value (memory follows the ratings, not units x"
              + " raters).")
  boolean longShape;

  @Option(
      names = "--positive",
      paramLabel = "CATEGORY",
      description =
          "The positive one of two categories, for specific agreement (default: the second).")
  @Nullable String positive;

  @Option(
      names = "--conventions",
      paramLabel = "appraise|irrcac|irr",
      defaultValue = "appraise",
      description =
          "Whose conventions where R's packages differ: intervals, divisors, missing ratings, Conger's"
              + " kappa for two raters, weighted alpha (default: ${DEFAULT-VALUE}).")
  String conventions = "appraise";

  @Option(
      names = "--weighted-alpha",
      description =
          "Krippendorff's alpha from the --weights (irrCAC's weighted alpha) instead of the --level.")
  boolean weightedAlpha;

  @Option(
      names = "--small-sample",
      paramLabel = "wald|exact",
      defaultValue = "wald",
      description =
          "Interval below 2q^2 units: the Wald one with a note, or for two raters the exact interval"
              + " conditional on the margins (default: ${DEFAULT-VALUE}).")
  String smallSample = "wald";

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format = "text";

  @Option(
      names = "--agreed",
      paramLabel = "K",
      description = "Items agreed on (with --total): percent agreement.")
  @Nullable Long agreed;

  @Option(names = "--total", paramLabel = "N", description = "Items rated (with --agreed).")
  @Nullable Long total;

  @Parameters(arity = "0..1", paramLabel = "FILE", description = "The CSV file.")
  @Nullable Path file;

  /** Creates the command; picocli sets its fields. */
  public AgreementCommand() {}

  @Override
  public Integer call() {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json")) {
      throw new BadInputException("--format must be text or json, was '" + format + "'");
    }
    ConfidenceInterval.checkLevel(confidence);
    Output output;
    if (agreed != null || total != null) {
      output = fromCount();
    } else {
      output = fromFile();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(fmt.equals("json") ? output.json() : output.text());
    out.flush();
    return 0;
  }

  private Output fromCount() {
    if (agreed == null || total == null) {
      throw new BadInputException("--agreed and --total go together");
    }
    if (file != null || table || counts || categories != null || bootstrap != null) {
      throw new BadInputException(
          "--agreed/--total take no FILE, --table, --counts, --categories or --bootstrap");
    }
    ProportionOfAgreement pa = ProportionOfAgreement.of(agreed, total, confidence);
    return new Output(
        null, pa.total(), null, List.of(), List.of(Row.of(pa.estimate(), null, null)), pa, 0);
  }

  private Output fromFile() {
    if (file == null) {
      throw new BadInputException("agreement needs a FILE, or --agreed K --total N");
    }
    InputFiles.readable(file);
    if (table && counts) {
      throw new BadInputException("--table and --counts exclude each other");
    }
    if (longShape && (table || counts)) {
      throw new BadInputException("--long excludes --table and --counts");
    }
    if (bootstrap != null && seed == null) {
      throw new BadInputException(
          "--bootstrap needs --seed, so that the intervals can be reproduced");
    }
    if (bootstrap == null && seed != null) {
      throw new BadInputException("--seed is only used with --bootstrap");
    }
    Level lvl = Level.of(level);
    Weights w = Weights.of(weights);
    AgreementOptions options =
        AgreementOptions.withDefaults()
            .withConfidence(confidence)
            .withWeights(w)
            .withLevel(lvl)
            .withConventions(AgreementOptions.Conventions.of(conventions));
    if (weightedAlpha) {
      options = options.withWeightedAlpha(true);
    }
    switch (smallSample.toLowerCase(Locale.ROOT)) {
      case "wald" -> {}
      case "exact" ->
          options =
              options.withSmallSampleInterval(
                  AgreementOptions.SmallSampleInterval.EXACT_CONDITIONAL);
      default ->
          throw new BadInputException(
              "--small-sample must be wald or exact, was '" + smallSample + "'");
    }
    if (positive != null) {
      options = options.withPositiveCategory(positive.strip());
    }
    if (bootstrap != null) {
      try {
        options = options.withBootstrap(bootstrap, seed);
      } catch (IllegalArgumentException e) {
        throw new BadInputException("--bootstrap " + bootstrap + ": " + e.getMessage());
      }
    }
    List<String> declared = categories == null ? null : declaredCategories(categories);
    boolean numericLevel = lvl == Level.INTERVAL || lvl == Level.RATIO;
    AgreementReport report;
    IccResult icc = null;
    if (table) {
      report = AgreementReport.of(AgreementCsv.table(file, declared), options);
    } else if (counts) {
      report = AgreementReport.of(AgreementCsv.counts(file, declared), options);
    } else {
      AgreementCsv.Ratings ratings =
          longShape
              ? AgreementCsv.longRatings(file, declared, numericLevel, "--level " + lvl.id())
              : AgreementCsv.ratings(file, declared, numericLevel, "--level " + lvl.id());
      CategorySet<String> found = ratings.table().categories();
      checkCategories(found);
      if (declared == null
          && !found.isNumeric()
          && (lvl == Level.ORDINAL || !w.name().equals("identity"))) {
        String needs = lvl == Level.ORDINAL ? "--level ordinal" : "--weights " + w.name();
        throw new BadInputException(
            file
                + ": "
                + needs
                + " needs the order of the categories, and the ratings are"
                + " labels, not numbers ("
                + String.join(", ", found.categories().subList(0, Math.min(5, found.size())))
                + (found.size() > 5 ? ", ..." : "")
                + "): give their order with --categories, from"
                + " lowest to highest");
      }
      report = AgreementReport.of(ratings.table(), options);
      if (numericLevel && ratings.numeric() != null) {
        IntraclassCorrelation iccOptions =
            IntraclassCorrelation.withDefaults().withLevel(confidence);
        if (AgreementOptions.Conventions.of(conventions) == AgreementOptions.Conventions.IRR) {
          iccOptions =
              iccOptions.withAverageIntervalRho(IntraclassCorrelation.AverageIntervalRho.ICC2K);
        }
        icc = iccOptions.compute(ratings.numeric());
      }
    }
    List<Row> rows = new ArrayList<>();
    for (Estimate e : report.coefficients()) {
      Coefficient c = e.coefficient();
      rows.add(
          Row.of(
              e, c.usesLevel() ? report.level() : null, c.usesWeights() ? report.weights() : null));
    }
    int dropped = 0;
    if (icc != null) {
      icc.forms().forEach(f -> rows.add(Row.of(f.estimate(), lvl.id(), null)));
      dropped = icc.unitsDropped();
    }
    Integer raters = report.raters() > 0 ? report.raters() : null;
    return new Output(
        file.toString(), report.units(), raters, report.categories(), rows, null, dropped);
  }

  /**
   * Refuses more distinct ratings than the agreement statistics take, naming the file and the
   * limit.
   */
  private void checkCategories(CategorySet<String> found) {
    if (found.size() > AgreementStatsAccumulator.MAX_CATEGORIES) {
      throw new BadInputException(
          file
              + ": "
              + found.size()
              + " distinct ratings, more than the "
              + AgreementStatsAccumulator.MAX_CATEGORIES
              + " categories agreement takes (its memory grows with their"
              + " square): round numeric ratings to a grid, or use the intraclass correlation for measurements");
    }
  }

  private static List<String> declaredCategories(List<String> given) {
    List<String> stripped = given.stream().map(String::strip).collect(Collectors.toList());
    if (stripped.stream().anyMatch(String::isEmpty)) {
      throw new BadInputException(
          "--categories has an empty category: '" + String.join(",", given) + "'");
    }
    if (Set.copyOf(stripped).size() != stripped.size()) {
      throw new BadInputException(
          "--categories lists a category twice: '" + String.join(",", given) + "'");
    }
    if (stripped.size() > AgreementStatsAccumulator.MAX_CATEGORIES) {
      throw new BadInputException(
          "--categories lists "
              + stripped.size()
              + " categories, more than the "
              + AgreementStatsAccumulator.MAX_CATEGORIES
              + " agreement takes (its memory grows with their square)");
    }
    return stripped;
  }

  /** One coefficient as printed. */
  record Row(Estimate estimate, @Nullable String level, @Nullable String weights) {
    static Row of(Estimate estimate, @Nullable String level, @Nullable String weights) {
      return new Row(estimate, level, weights);
    }
  }

  /** What the command prints, in either format. */
  private final class Output {
    private final @Nullable String source;
    private final long units;
    private final @Nullable Integer raters;
    private final List<String> categoryLabels;
    private final List<Row> rows;
    private final @Nullable ProportionOfAgreement count;
    private final int iccUnitsDropped;

    Output(
        @Nullable String source,
        long units,
        @Nullable Integer raters,
        List<String> categoryLabels,
        List<Row> rows,
        @Nullable ProportionOfAgreement count,
        int iccUnitsDropped) {
      this.source = source;
      this.units = units;
      this.raters = raters;
      this.categoryLabels = categoryLabels;
      this.rows = rows;
      this.count = count;
      this.iccUnitsDropped = iccUnitsDropped;
    }

    String json() {
      ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode root = mapper.createObjectNode();
      root.put("units", units);
      if (raters == null) {
        root.putNull("raters");
      } else {
        root.put("raters", raters);
      }
      ArrayNode cats = root.putArray("categories");
      categoryLabels.forEach(cats::add);
      ArrayNode coefficients = root.putArray("coefficients");
      for (Row row : rows) {
        if (!CONTRACT_NAMES.contains(row.estimate().coefficient().id())) {
          continue;
        }
        coefficients.add(coefficient(mapper, row));
      }
      try {
        return mapper.writeValueAsString(root) + System.lineSeparator();
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write the agreement report as JSON", e);
      }
    }

    private ObjectNode coefficient(ObjectMapper mapper, Row row) {
      Estimate e = row.estimate();
      ObjectNode node = mapper.createObjectNode();
      node.put("name", e.coefficient().id());
      node.put("level", row.level());
      node.put("weights", row.weights());
      number(node, "estimate", e.value().isPresent() ? e.value().getAsDouble() : null);
      number(
          node,
          "standard_error",
          e.standardError().isPresent() ? e.standardError().getAsDouble() : null);
      ConfidenceInterval ci = e.interval().orElse(null);
      number(node, "ci_lower", ci == null ? null : ci.lower());
      number(node, "ci_upper", ci == null ? null : ci.upper());
      node.put("interval_method", ci == null ? null : ci.method());
      e.undefinedReason().ifPresent(reason -> node.put("reason", reason));
      e.positiveCategory().ifPresent(category -> node.put("positive", category));
      e.intervalNote().ifPresent(note -> node.put("interval_note", note));
      if (!e.conventions().isEmpty()) {
        ObjectNode used = node.putObject("conventions");
        e.conventions().forEach(used::put);
      }
      if (count != null && e.coefficient() == ProportionOfAgreement.COEFFICIENT) {
        ObjectNode intervals = node.putObject("intervals");
        pair(intervals.putArray("wilson"), count.wilson());
        pair(intervals.putArray("clopper_pearson"), count.clopperPearson());
      }
      return node;
    }

    private void pair(ArrayNode array, ConfidenceInterval ci) {
      array.add(ci.lower());
      array.add(ci.upper());
    }

    private void number(ObjectNode node, String field, @Nullable Double value) {
      if (value == null || !Double.isFinite(value)) {
        node.putNull(field);
      } else {
        node.put(field, value);
      }
    }

    String text() {
      StringBuilder out = new StringBuilder();
      String nl = System.lineSeparator();
      if (source != null) {
        out.append(source).append(": ");
      }
      out.append(units).append(units == 1 ? " unit" : " units");
      if (raters != null) {
        out.append(", ").append(raters).append(" raters");
      }
      if (count != null) {
        out.append(
            String.format(
                Locale.ROOT, ", %d agreed (%.1f %%)", count.agreed(), 100 * count.proportion()));
      }
      if (!categoryLabels.isEmpty()) {
        out.append(", categories: ").append(String.join(", ", categoryLabels));
      }
      out.append(nl);
      String ciHeader = String.format(Locale.ROOT, "%s %% interval", percent(confidence));
      String format = "%-30s %9s %9s  %-20s %s";
      out.append(
              String.format(
                      Locale.ROOT, format, "coefficient", "estimate", "std.err", ciHeader, "method")
                  .stripTrailing())
          .append(nl);
      for (Row row : rows) {
        Estimate e = row.estimate();
        String name = e.coefficient().id() + qualifier(row);
        if (!e.isDefined()) {
          out.append(
                  String.format(
                      Locale.ROOT, "%-30s undefined: %s", name, e.undefinedReason().orElse("")))
              .append(nl);
          continue;
        }
        String se = e.standardError().isPresent() ? decimal(e.standardError().getAsDouble()) : "-";
        ConfidenceInterval ci = e.interval().orElse(null);
        String interval =
            ci == null ? "-" : "[" + decimal(ci.lower()) + ", " + decimal(ci.upper()) + "]";
        out.append(
                String.format(
                        Locale.ROOT,
                        format,
                        name,
                        decimal(e.valueOrThrow()),
                        se,
                        interval,
                        ci == null ? "" : ci.method())
                    .stripTrailing())
            .append(nl);
      }
      if (count != null) {
        for (ConfidenceInterval ci : List.of(count.clopperPearson(), count.agrestiCoull())) {
          out.append(
                  String.format(
                          Locale.ROOT,
                          format,
                          "",
                          "",
                          "",
                          "[" + decimal(ci.lower()) + ", " + decimal(ci.upper()) + "]",
                          ci.method())
                      .stripTrailing())
              .append(nl);
        }
      }
      Map<String, List<String>> notes = new LinkedHashMap<>();
      for (Row row : rows) {
        Estimate e = row.estimate();
        e.intervalNote()
            .ifPresent(
                note ->
                    notes
                        .computeIfAbsent(commandLine(note), n -> new ArrayList<>())
                        .add(e.coefficient().id()));
      }
      notes.forEach(
          (note, names) ->
              out.append(String.join(", ", names)).append(": ").append(note).append(nl));
      if (iccUnitsDropped > 0) {
        out.append("ICC: ")
            .append(iccUnitsDropped)
            .append(iccUnitsDropped == 1 ? " unit" : " units")
            .append(" with a missing rating left out")
            .append(nl);
      }
      return out.toString();
    }

    private String qualifier(Row row) {
      List<String> parts = new ArrayList<>();
      if (row.level() != null && !row.estimate().coefficient().id().startsWith("icc")) {
        parts.add(row.level());
      }
      if (row.weights() != null && !row.weights().equals("identity")) {
        parts.add(row.weights());
      }
      row.estimate().positiveCategory().ifPresent(category -> parts.add("positive: " + category));
      return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }
  }

  /**
   * A library note as the command line's user acts on it: its options instead of the library's
   * calls.
   */
  private static String commandLine(String note) {
    return note.replace("AgreementOptions.withBootstrap", "--bootstrap N --seed S")
        .replace("AgreementOptions.withSmallSampleInterval", "--small-sample exact")
        .replace("AgreementOptions.withWeightedAlpha", "--weighted-alpha");
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  private static String percent(double level) {
    String text = String.format(Locale.ROOT, "%.4f", 100 * level);
    return text.replaceAll("\\.?0+$", "");
  }
}
