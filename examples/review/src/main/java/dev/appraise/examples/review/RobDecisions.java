package dev.appraise.examples.review;

import dev.appraise.core.model.JudgementStage;
import dev.appraise.core.model.RiskOfBiasLevel;
import dev.appraise.robtool.ItemKey;
import dev.appraise.robtool.TwoRaterWorkflow;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The decisions that settle the raters' disagreements, read from CSV with the header {@code
 * Study,Domain,Stage,Level,Rater,Note}: {@code Stage} is {@code consensus} or {@code adjudicated},
 * {@code Rater} the third reviewer for an adjudicated item (for a consensus item it is empty or
 * names both raters).
 *
 * @param decisions the decisions in file order
 */
record RobDecisions(List<Decision> decisions) {

  /** The header the file must have. */
  static final List<String> HEADER = List.of("Study", "Domain", "Stage", "Level", "Rater", "Note");

  /**
   * One decision on one item.
   *
   * @param item the study and domain
   * @param stage consensus or adjudicated
   * @param level the level decided
   * @param rater the adjudicator, for adjudicated items
   * @param note why
   */
  record Decision(
      ItemKey item,
      JudgementStage stage,
      RiskOfBiasLevel level,
      Optional<String> rater,
      String note) {}

  /**
   * Reads the decisions, collecting every problem.
   *
   * @param in the CSV text
   * @param source the file name for messages
   * @return the decisions
   * @throws IllegalArgumentException listing every problem with its file and line
   */
  static RobDecisions read(Reader in, String source) {
    List<String> problems = new ArrayList<>();
    List<Decision> out = new ArrayList<>();
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (CSVParser parser = CSVParser.parse(in, format)) {
      if (!parser.getHeaderNames().equals(HEADER)) {
        throw new IllegalArgumentException(
            source
                + ", line 1: header must be "
                + String.join(",", HEADER)
                + ", was "
                + String.join(",", parser.getHeaderNames()));
      }
      for (CSVRecord r : parser) {
        String where = source + ", line " + parser.getCurrentLineNumber() + ": ";
        if (!r.isConsistent()) {
          problems.add(where + "expected " + HEADER.size() + " cells, was " + r.size());
          continue;
        }
        Optional<JudgementStage> stage = stage(r.get("Stage"));
        Optional<RiskOfBiasLevel> level = RiskOfBiasLevel.parse(r.get("Level"));
        if (stage.isEmpty()) {
          problems.add(
              where + "stage must be consensus or adjudicated, was '" + r.get("Stage") + "'");
        }
        if (level.isEmpty()) {
          problems.add(where + "unknown risk-of-bias level '" + r.get("Level") + "'");
        }
        if (r.get("Study").isEmpty() || r.get("Domain").isEmpty() || r.get("Note").isEmpty()) {
          problems.add(where + "study, domain and note must not be empty");
          continue;
        }
        if (stage.orElse(null) == JudgementStage.ADJUDICATED && r.get("Rater").isEmpty()) {
          problems.add(where + "an adjudicated decision must name the third reviewer");
          continue;
        }
        if (stage.isPresent() && level.isPresent()) {
          String rater = r.get("Rater");
          out.add(
              new Decision(
                  ItemKey.of(r.get("Study"), r.get("Domain")),
                  stage.get(),
                  level.get(),
                  rater.isEmpty() ? Optional.empty() : Optional.of(rater),
                  r.get("Note")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read", e);
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          problems.size() + " problems in " + source + ":\n" + String.join("\n", problems));
    }
    return new RobDecisions(List.copyOf(out));
  }

  /**
   * Applies the decisions to a workflow: consensus decisions first, then adjudications, as the
   * review describes (discussion until consensus, then the third reviewer).
   *
   * @param workflow the workflow after both raters' judgements
   * @return the workflow with every decision recorded
   * @throws IllegalArgumentException naming the item if a decision does not fit the workflow
   */
  TwoRaterWorkflow applyTo(TwoRaterWorkflow workflow) {
    TwoRaterWorkflow w = workflow;
    for (Decision d : decisions) {
      if (d.stage() == JudgementStage.CONSENSUS) {
        w = w.consensus(d.item(), d.level(), d.note());
      }
    }
    for (Decision d : decisions) {
      if (d.stage() == JudgementStage.ADJUDICATED) {
        w = w.adjudicate(d.item(), d.level(), d.rater().orElseThrow(), d.note());
      }
    }
    return w;
  }

  private static Optional<JudgementStage> stage(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "consensus":
        return Optional.of(JudgementStage.CONSENSUS);
      case "adjudicated":
      case "adjudication":
        return Optional.of(JudgementStage.ADJUDICATED);
      default:
        return Optional.empty();
    }
  }
}
