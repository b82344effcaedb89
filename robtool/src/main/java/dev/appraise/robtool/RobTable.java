package dev.appraise.robtool;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.model.JudgementStage;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A risk-of-bias table: studies by domains, as robvis draws it and review reports print it. The
 * exchange formats ({@code dev.appraise.robtool.io}), the figures ({@code
 * dev.appraise.robtool.plot}) and {@link RobSummary} work on it.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRobTable.class)
@JsonDeserialize(as = ImmutableRobTable.class)
public abstract class RobTable {

  RobTable() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the domain identifiers (column headers), in order} */
  public abstract List<String> domains();

  /** {@return full names of domains by identifier, where known (for keys and text)} */
  public abstract Map<String, String> domainNames();

  /** {@return the rows, one per study, in order} */
  public abstract List<RobRow> rows();

  /**
   * {@return a domain's full name, or its identifier when no name is known}
   *
   * @param domain the domain identifier
   */
  public String domainName(String domain) {
    return domainNames().getOrDefault(domain, domain);
  }

  /** {@return whether any row has a weight} */
  public boolean hasWeights() {
    return rows().stream().anyMatch(r -> r.weight().isPresent());
  }

  /** {@return whether any row has an overall level} */
  public boolean hasOverall() {
    return rows().stream().anyMatch(r -> r.overall().isPresent());
  }

  /**
   * A table with the domain names of a tool, for domains whose identifiers the tool knows.
   *
   * @param tool the tool
   * @return the table with names
   */
  public RobTable withNamesOf(Tool tool) {
    Map<String, String> names = new LinkedHashMap<>(domainNames());
    for (ToolDomain d : tool.domains()) {
      if (domains().contains(d.id())) {
        names.put(d.id(), d.name());
      }
    }
    return builder().from(this).domainNames(names).build();
  }

  /**
   * Builds a table from judgements: one row per study (and outcome, written {@code study
   * (outcome)}), one column per domain in first-seen order; {@link RiskOfBiasJudgement#OVERALL}
   * judgements fill the overall column.
   *
   * @param judgements one judgement per study, outcome and domain (e.g. the final judgements of a
   *     workflow)
   * @return the table
   * @throws IllegalArgumentException naming study and domain if a cell is judged twice
   */
  public static RobTable of(List<RiskOfBiasJudgement> judgements) {
    List<String> domains = new ArrayList<>();
    Map<String, RobRow.Builder> rows = new LinkedHashMap<>();
    Set<String> cells = new HashSet<>();
    for (RiskOfBiasJudgement j : judgements) {
      String study = j.studyId() + j.outcome().map(o -> " (" + o + ")").orElse("");
      if (!cells.add(study + "\u0000" + j.domain())) {
        throw new IllegalArgumentException(
            "study " + study + ", domain " + j.domain() + " is judged twice");
      }
      RobRow.Builder row = rows.computeIfAbsent(study, s -> RobRow.builder().study(s));
      if (j.isOverall()) {
        row.overall(j.level());
      } else {
        if (!domains.contains(j.domain())) {
          domains.add(j.domain());
        }
        row.putLevels(j.domain(), j.level());
      }
    }
    Builder table = builder().domains(domains);
    rows.values().forEach(r -> table.addRows(r.build()));
    return table.build();
  }

  /**
   * The table's cells as judgements, overall included.
   *
   * @param tool the tool identifier
   * @param rater the rater to record
   * @param stage the stage to record
   * @return one judgement per filled cell, row by row
   */
  public List<RiskOfBiasJudgement> toJudgements(String tool, String rater, JudgementStage stage) {
    List<RiskOfBiasJudgement> out = new ArrayList<>();
    for (RobRow row : rows()) {
      for (String d : domains()) {
        RiskOfBiasLevel level = row.levels().get(d);
        if (level != null) {
          out.add(judgement(tool, rater, stage, row.study(), d, level));
        }
      }
      row.overall()
          .ifPresent(
              o ->
                  out.add(
                      judgement(tool, rater, stage, row.study(), RiskOfBiasJudgement.OVERALL, o)));
    }
    return out;
  }

  private static RiskOfBiasJudgement judgement(
      String tool,
      String rater,
      JudgementStage stage,
      String study,
      String domain,
      RiskOfBiasLevel level) {
    return RiskOfBiasJudgement.builder()
        .studyId(study)
        .tool(tool)
        .domain(domain)
        .level(level)
        .rater(rater)
        .stage(stage)
        .build();
  }

  @Value.Check
  void check() {
    Set<String> domainSet = new HashSet<>();
    for (String d : domains()) {
      if (d.isBlank() || !domainSet.add(d)) {
        throw new IllegalArgumentException(
            "risk-of-bias table domains must be unique and non-blank, was '" + d + "'");
      }
    }
    Set<String> studies = new HashSet<>();
    for (RobRow row : rows()) {
      if (!studies.add(row.study())) {
        throw new IllegalArgumentException(
            "risk-of-bias table study " + row.study() + " appears twice");
      }
      for (String d : row.levels().keySet()) {
        if (!domainSet.contains(d)) {
          throw new IllegalArgumentException(
              "study "
                  + row.study()
                  + ": domain "
                  + d
                  + " is not a column of the table "
                  + domains());
        }
      }
    }
  }

  /** Builds {@link RobTable} values. */
  public static final class Builder extends ImmutableRobTable.Builder {
    Builder() {}
  }
}
