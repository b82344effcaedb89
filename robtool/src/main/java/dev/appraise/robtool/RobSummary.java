package dev.appraise.robtool;

import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Summaries of a risk-of-bias table: per-domain distributions (optionally weighted by study
 * weight), an overall judgement per study by a chosen rule, and the plain counts a review writes in
 * its text.
 */
public final class RobSummary {

  private RobSummary() {}

  /**
   * The distribution of each domain's levels, and of the overall column when present.
   *
   * <p>Unweighted, each judged study counts 1; weighted, study {@code i} counts its weight {@code
   * w_i} (a study without a weight counts 0), and a level's share is {@code sum of w_i at that
   * level / sum of w_i}, as robvis' weighted summary plot computes it (McGuinness and Higgins, Res
   * Synth Methods 2021;12:55-61). A domain whose judged studies weigh 0 in total has empty shares.
   *
   * @param table the table
   * @param weighted whether to weight studies by {@link RobRow#weight()}
   * @return one distribution per domain in column order, then {@code overall} if the table has one
   */
  public static List<DomainDistribution> distributions(RobTable table, boolean weighted) {
    List<DomainDistribution> out = new ArrayList<>();
    for (String d : table.domains()) {
      out.add(distribution(d, table, row -> Optional.ofNullable(row.levels().get(d)), weighted));
    }
    if (table.hasOverall()) {
      out.add(distribution(RiskOfBiasJudgement.OVERALL, table, RobRow::overall, weighted));
    }
    return out;
  }

  private static DomainDistribution distribution(
      String domain,
      RobTable table,
      java.util.function.Function<RobRow, Optional<RiskOfBiasLevel>> cell,
      boolean weighted) {
    Map<RiskOfBiasLevel, Integer> counts = new EnumMap<>(RiskOfBiasLevel.class);
    Map<RiskOfBiasLevel, Double> weights = new EnumMap<>(RiskOfBiasLevel.class);
    double total = 0;
    for (RobRow row : table.rows()) {
      Optional<RiskOfBiasLevel> level = cell.apply(row);
      if (level.isPresent()) {
        double w = weighted ? row.weight().orElse(0) : 1;
        counts.merge(level.get(), 1, Integer::sum);
        weights.merge(level.get(), w, Double::sum);
        total += w;
      }
    }
    Map<RiskOfBiasLevel, Double> shares = new EnumMap<>(RiskOfBiasLevel.class);
    if (total > 0) {
      for (Map.Entry<RiskOfBiasLevel, Double> e : weights.entrySet()) {
        shares.put(e.getKey(), e.getValue() / total);
      }
    }
    return DomainDistribution.builder().domain(domain).counts(counts).shares(shares).build();
  }

  /**
   * The overall judgement of each study by a rule, from its domain levels (a given overall column
   * is ignored).
   *
   * @param table the table
   * @param rule the rule, e.g. {@link OverallRule#WORST_DOMAIN} or a tool's {@link
   *     Tool#overallRule()}
   * @return the overall level per study, in row order; empty where the rule gives none
   */
  public static Map<String, Optional<RiskOfBiasLevel>> overall(RobTable table, OverallRule rule) {
    Map<String, Optional<RiskOfBiasLevel>> out = new LinkedHashMap<>();
    for (RobRow row : table.rows()) {
      out.put(row.study(), rule.apply(row.levels().values()));
    }
    return out;
  }

  /**
   * The table with the overall column filled by a rule.
   *
   * @param table the table
   * @param rule the rule
   * @return a table whose rows carry the rule's overall level (rows where the rule gives none have
   *     no overall)
   */
  public static RobTable withOverall(RobTable table, OverallRule rule) {
    RobTable.Builder out = RobTable.builder().from(table).rows(List.of());
    for (RobRow row : table.rows()) {
      out.addRows(RobRow.builder().from(row).overall(rule.apply(row.levels().values())).build());
    }
    return out.build();
  }

  /**
   * The counts a review writes in its text, one sentence per domain and level, most frequent level
   * first: {@code "incomplete outcome data low in 8 of 9 studies"}. The denominator is the number
   * of studies in the table.
   *
   * @param table the table; domain names come from {@link RobTable#domainName(String)}
   * @return the sentences, domain by domain
   */
  public static List<String> sentences(RobTable table) {
    List<String> out = new ArrayList<>();
    int n = table.rows().size();
    for (DomainDistribution d : distributions(table, false)) {
      String name =
          d.domain().equals(RiskOfBiasJudgement.OVERALL) ? "overall" : table.domainName(d.domain());
      d.counts().entrySet().stream()
          .sorted(
              Comparator.<Map.Entry<RiskOfBiasLevel, Integer>>comparingInt(Map.Entry::getValue)
                  .reversed()
                  .thenComparing(Map.Entry::getKey))
          .forEach(e -> out.add(sentence(name, e.getKey(), e.getValue(), n)));
    }
    return out;
  }

  /**
   * One count sentence.
   *
   * @param domainName the domain's name
   * @param level the level
   * @param count the studies at that level
   * @param studies all studies
   * @return e.g. {@code "incomplete outcome data low in 8 of 9 studies"}
   */
  public static String sentence(String domainName, RiskOfBiasLevel level, int count, int studies) {
    String name =
        Character.isUpperCase(domainName.charAt(0))
                && domainName.length() > 1
                && Character.isLowerCase(domainName.charAt(1))
            ? domainName.substring(0, 1).toLowerCase(Locale.ROOT) + domainName.substring(1)
            : domainName;
    return name
        + " "
        + level.label().toLowerCase(Locale.ROOT)
        + " in "
        + count
        + " of "
        + studies
        + (studies == 1 ? " study" : " studies");
  }
}
