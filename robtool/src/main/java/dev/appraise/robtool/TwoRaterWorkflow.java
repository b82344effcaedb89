package dev.appraise.robtool;

import dev.appraise.core.model.JudgementStage;
import dev.appraise.core.model.RiskOfBiasJudgement;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The two-rater workflow: two independent assessments of the same items, an agreement report,
 * consensus decisions on disagreements, third-reviewer adjudication of what remains, and a final
 * assessment with its trail.
 *
 * <p>An immutable value: each decision returns a new workflow. The laws it keeps: agreed plus
 * disagreed items equal the items compared; consensus applies only to disagreements and never
 * changes an agreed item; adjudication applies only to disagreements consensus left unresolved. A
 * decision that breaks them is an {@link IllegalArgumentException} naming study and domain.
 *
 * <pre>{@code
 * TwoRaterWorkflow w = TwoRaterWorkflow.of(rater1Judgements, rater2Judgements);
 * RobAgreementReport report = w.agreement();
 * w = w.consensus(ItemKey.of("Shpaner2014", "D7"), RiskOfBiasLevel.HIGH, "recruitment by advertisement");
 * w = w.adjudicate(ItemKey.of("Erpelding2020", "D5"), RiskOfBiasLevel.LOW, "JS", "attrition balanced");
 * FinalAssessment done = w.finish();
 * }</pre>
 */
public final class TwoRaterWorkflow {

  private final String rater1;
  private final String rater2;
  private final Map<ItemKey, RiskOfBiasJudgement> first;
  private final Map<ItemKey, RiskOfBiasJudgement> second;
  private final Map<ItemKey, RiskOfBiasJudgement> consensus;
  private final Map<ItemKey, RiskOfBiasJudgement> adjudicated;

  private TwoRaterWorkflow(
      String rater1,
      String rater2,
      Map<ItemKey, RiskOfBiasJudgement> first,
      Map<ItemKey, RiskOfBiasJudgement> second,
      Map<ItemKey, RiskOfBiasJudgement> consensus,
      Map<ItemKey, RiskOfBiasJudgement> adjudicated) {
    this.rater1 = rater1;
    this.rater2 = rater2;
    this.first = first;
    this.second = second;
    this.consensus = consensus;
    this.adjudicated = adjudicated;
  }

  /**
   * Starts the workflow from two raters' independent judgements of the same items.
   *
   * @param rater1 the first rater's judgements, one per item, all by one rater, at the individual
   *     stage
   * @param rater2 the second rater's judgements of exactly the same items
   * @return the workflow
   * @throws IllegalArgumentException naming study and domain if an item is judged twice, by one
   *     rater only, or not at the individual stage, or if a list mixes raters or tools, or both
   *     lists are by the same rater
   */
  public static TwoRaterWorkflow of(
      List<RiskOfBiasJudgement> rater1, List<RiskOfBiasJudgement> rater2) {
    Map<ItemKey, RiskOfBiasJudgement> first = index(rater1, "first");
    Map<ItemKey, RiskOfBiasJudgement> second = index(rater2, "second");
    String name1 = first.values().iterator().next().rater();
    String name2 = second.values().iterator().next().rater();
    if (name1.equals(name2)) {
      throw new IllegalArgumentException(
          "both assessments are by rater " + name1 + "; two raters are needed");
    }
    for (ItemKey k : first.keySet()) {
      if (!second.containsKey(k)) {
        throw new IllegalArgumentException(k + " is judged by " + name1 + " but not by " + name2);
      }
    }
    for (ItemKey k : second.keySet()) {
      if (!first.containsKey(k)) {
        throw new IllegalArgumentException(k + " is judged by " + name2 + " but not by " + name1);
      }
    }
    String tool1 = first.values().iterator().next().tool();
    String tool2 = second.values().iterator().next().tool();
    if (!tool1.equals(tool2)) {
      throw new IllegalArgumentException(
          "the raters used different tools: " + tool1 + " and " + tool2);
    }
    return new TwoRaterWorkflow(name1, name2, first, second, Map.of(), Map.of());
  }

  /**
   * Starts the workflow from two raters' assessments (per study, and per outcome for RoB 2).
   *
   * @param rater1 the first rater's assessments
   * @param rater2 the second rater's assessments of the same studies and outcomes
   * @return the workflow
   * @throws IllegalArgumentException as {@link #of(List, List)}
   */
  public static TwoRaterWorkflow ofAssessments(
      List<RaterAssessment> rater1, List<RaterAssessment> rater2) {
    return of(flatten(rater1), flatten(rater2));
  }

  private static List<RiskOfBiasJudgement> flatten(List<RaterAssessment> assessments) {
    return assessments.stream()
        .flatMap(a -> a.toJudgements().stream())
        .collect(Collectors.toList());
  }

  private static Map<ItemKey, RiskOfBiasJudgement> index(
      List<RiskOfBiasJudgement> judgements, String which) {
    if (judgements.isEmpty()) {
      throw new IllegalArgumentException("the " + which + " rater's assessment has no judgements");
    }
    Map<ItemKey, RiskOfBiasJudgement> out = new LinkedHashMap<>();
    RiskOfBiasJudgement head = judgements.get(0);
    for (RiskOfBiasJudgement j : judgements) {
      ItemKey k = ItemKey.of(j);
      if (!j.rater().equals(head.rater())) {
        throw new IllegalArgumentException(
            k
                + ": the "
                + which
                + " assessment mixes raters "
                + head.rater()
                + " and "
                + j.rater());
      }
      if (!j.tool().equals(head.tool())) {
        throw new IllegalArgumentException(
            k + ": the " + which + " assessment mixes tools " + head.tool() + " and " + j.tool());
      }
      if (j.stage() != JudgementStage.INDIVIDUAL) {
        throw new IllegalArgumentException(
            k + ": independent judgements must be at the individual stage, was " + j.stage());
      }
      if (out.put(k, j) != null) {
        throw new IllegalArgumentException(k + " is judged twice by " + j.rater());
      }
    }
    return Collections.unmodifiableMap(out);
  }

  /** {@return the first rater} */
  public String rater1() {
    return rater1;
  }

  /** {@return the second rater} */
  public String rater2() {
    return rater2;
  }

  /** {@return every item compared, in the order of the first rater's judgements} */
  public List<ItemKey> items() {
    return List.copyOf(first.keySet());
  }

  /** {@return the items on which the raters agreed independently} */
  public List<ItemKey> agreed() {
    return first.keySet().stream().filter(this::isAgreed).collect(Collectors.toUnmodifiableList());
  }

  /** {@return the disagreements, with both judgements} */
  public List<ItemDisagreement> disagreements() {
    return first.keySet().stream()
        .filter(k -> !isAgreed(k))
        .map(k -> ItemDisagreement.of(judged(first, k), judged(second, k)))
        .collect(Collectors.toUnmodifiableList());
  }

  /** {@return the disagreements not yet settled by consensus or adjudication} */
  public List<ItemKey> unresolved() {
    return first.keySet().stream()
        .filter(k -> !isAgreed(k) && !consensus.containsKey(k) && !adjudicated.containsKey(k))
        .collect(Collectors.toUnmodifiableList());
  }

  /** {@return the consensus judgements made so far} */
  public List<RiskOfBiasJudgement> consensusJudgements() {
    return List.copyOf(consensus.values());
  }

  /** {@return the adjudicated judgements made so far} */
  public List<RiskOfBiasJudgement> adjudicatedJudgements() {
    return List.copyOf(adjudicated.values());
  }

  /**
   * The agreement report at the default 95 % confidence level.
   *
   * @return the report
   */
  public RobAgreementReport agreement() {
    return RobAgreementReport.of(List.copyOf(first.values()), List.copyOf(second.values()), 0.95);
  }

  /**
   * Records the raters' consensus on a disagreement.
   *
   * @param item the item
   * @param level the level agreed in discussion
   * @param note what settled it
   * @return the workflow with the decision
   * @throws IllegalArgumentException naming study and domain if the item is unknown, was agreed
   *     independently, or is already settled
   */
  public TwoRaterWorkflow consensus(ItemKey item, RiskOfBiasLevel level, String note) {
    checkOpen(item, "consensus");
    RiskOfBiasJudgement j =
        decision(item, level, rater1 + " & " + rater2, JudgementStage.CONSENSUS, note);
    Map<ItemKey, RiskOfBiasJudgement> next = new LinkedHashMap<>(consensus);
    next.put(item, j);
    return new TwoRaterWorkflow(
        rater1, rater2, first, second, Collections.unmodifiableMap(next), adjudicated);
  }

  /**
   * Records a third reviewer's decision on a disagreement consensus did not settle.
   *
   * @param item the item
   * @param level the level decided
   * @param adjudicator the third reviewer, not one of the two raters
   * @param note the reason
   * @return the workflow with the decision
   * @throws IllegalArgumentException naming study and domain if the item is unknown, was agreed
   *     independently, or is already settled; or if the adjudicator is one of the raters
   */
  public TwoRaterWorkflow adjudicate(
      ItemKey item, RiskOfBiasLevel level, String adjudicator, String note) {
    checkOpen(item, "adjudication");
    if (adjudicator.equals(rater1) || adjudicator.equals(rater2)) {
      throw new IllegalArgumentException(
          item + ": the adjudicator must be a third reviewer, not " + adjudicator);
    }
    RiskOfBiasJudgement j = decision(item, level, adjudicator, JudgementStage.ADJUDICATED, note);
    Map<ItemKey, RiskOfBiasJudgement> next = new LinkedHashMap<>(adjudicated);
    next.put(item, j);
    return new TwoRaterWorkflow(
        rater1, rater2, first, second, consensus, Collections.unmodifiableMap(next));
  }

  private void checkOpen(ItemKey item, String step) {
    if (!first.containsKey(item)) {
      throw new IllegalArgumentException(
          item + " was not assessed; " + step + " needs an assessed item");
    }
    if (isAgreed(item)) {
      throw new IllegalArgumentException(
          item
              + ": the raters agreed ("
              + judged(first, item).level().label()
              + "); "
              + step
              + " applies only to disagreements");
    }
    if (consensus.containsKey(item)) {
      throw new IllegalArgumentException(
          item + ": already resolved by consensus (" + consensus.get(item).level().label() + ")");
    }
    if (adjudicated.containsKey(item)) {
      throw new IllegalArgumentException(
          item
              + ": already resolved by adjudication ("
              + adjudicated.get(item).level().label()
              + ")");
    }
  }

  private RiskOfBiasJudgement decision(
      ItemKey item, RiskOfBiasLevel level, String rater, JudgementStage stage, String note) {
    if (note.isBlank()) {
      throw new IllegalArgumentException(
          item
              + ": a "
              + stage.name().toLowerCase(java.util.Locale.ROOT)
              + " decision needs a note");
    }
    return RiskOfBiasJudgement.builder()
        .from(judged(first, item))
        .level(level)
        .rater(rater)
        .stage(stage)
        .support(note)
        .build();
  }

  private static RiskOfBiasJudgement judged(Map<ItemKey, RiskOfBiasJudgement> rater, ItemKey item) {
    RiskOfBiasJudgement judgement = rater.get(item);
    if (judgement == null) {
      throw new IllegalArgumentException("no item " + item + " in this workflow");
    }
    return judgement;
  }

  private boolean isAgreed(ItemKey k) {
    return judged(first, k).level() == judged(second, k).level();
  }

  /**
   * Ends the workflow.
   *
   * @return the final assessment with its trail
   * @throws IllegalStateException listing the unresolved items if any disagreement is not settled
   */
  public FinalAssessment finish() {
    List<ItemKey> open = unresolved();
    if (!open.isEmpty()) {
      throw new IllegalStateException(
          open.size()
              + " disagreements are unresolved: "
              + open.stream().map(ItemKey::toString).collect(Collectors.joining("; ")));
    }
    List<RiskOfBiasJudgement> finals = new ArrayList<>();
    for (ItemKey k : first.keySet()) {
      finals.add(settled(k));
    }
    List<RiskOfBiasJudgement> trail = new ArrayList<>(first.values());
    trail.addAll(second.values());
    trail.addAll(consensus.values());
    trail.addAll(adjudicated.values());
    return FinalAssessment.builder().judgements(finals).trail(trail).build();
  }

  private RiskOfBiasJudgement settled(ItemKey k) {
    Optional<RiskOfBiasJudgement> decided =
        Optional.ofNullable(adjudicated.get(k)).or(() -> Optional.ofNullable(consensus.get(k)));
    if (decided.isPresent()) {
      return decided.get();
    }
    RiskOfBiasJudgement a = judged(first, k);
    RiskOfBiasJudgement b = judged(second, k);
    String support =
        a.support().orElse("")
            + (a.support().isPresent() && b.support().isPresent() ? " | " : "")
            + b.support().orElse("");
    return RiskOfBiasJudgement.builder()
        .from(a)
        .rater(rater1 + " & " + rater2)
        .support(support.isEmpty() ? Optional.empty() : Optional.of(support))
        .build();
  }
}
