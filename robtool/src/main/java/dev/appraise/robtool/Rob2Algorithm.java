package dev.appraise.robtool;

import static dev.appraise.core.model.RiskOfBiasLevel.HIGH;
import static dev.appraise.core.model.RiskOfBiasLevel.LOW;
import static dev.appraise.core.model.RiskOfBiasLevel.SOME_CONCERNS;

import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The RoB 2 algorithms for individually randomised parallel-group trials: from the answers to a
 * domain's signalling questions to a proposed judgement (low, some concerns, high) with its rule
 * path, and from the five domain judgements to a proposed overall judgement.
 *
 * <p>The mappings are those of the RoB 2 guidance (Sterne JAC et al., BMJ 2019;366:l4898; Higgins
 * JPT et al., Revised Cochrane risk-of-bias tool for randomized trials (RoB 2), full guidance
 * document, 22 August 2019, the algorithm figures of each domain). In short:
 *
 * <ul>
 *   <li>D1: allocation not concealed (1.2 N/PN) is high; no information on concealment is high with
 *       baseline imbalance (1.3 Y/PY), otherwise some concerns; concealed allocation is low unless
 *       the sequence was not random (1.1 N/PN) or baseline imbalance suggests a problem, which give
 *       some concerns.
 *   <li>D2, effect of assignment: part one (2.1-2.5) is low if nobody was aware of the assignment
 *       or departures did not arise from the trial context, some concerns if that is unknown or the
 *       departures could not have affected the outcome or were balanced, high if they could have
 *       and were not balanced; part two is low with an appropriate analysis (2.6 Y/PY), some
 *       concerns if the failure had no substantial impact (2.7 N/PN), high otherwise; the domain is
 *       the worse of the two parts.
 *   <li>D2, effect of adhering: low if co-interventions were balanced (or nobody was aware) and
 *       neither failures of implementation nor non-adherence could have affected the outcome;
 *       otherwise some concerns with an analysis appropriate for adherence (2.6 Y/PY), high
 *       without.
 *   <li>D3: low with (nearly) complete data, or evidence of no bias, or missingness unrelated to
 *       the true value; some concerns if missingness could but probably did not depend on it (3.4
 *       N/PN); high otherwise.
 *   <li>D4: high if the method was inappropriate or measurement could have differed between arms
 *       (Y/PY); otherwise low when assessors were unaware or could not have been influenced, some
 *       concerns when influence was possible but not likely, high when likely. With no information
 *       on 4.2 the best available is some concerns: 4.1 N, 4.2 NI, 4.3 N gives some concerns, not
 *       low.
 *   <li>D5: high if the result was probably selected from several measurements or analyses (5.2 or
 *       5.3 Y/PY); some concerns if either is NI or the analysis plan was not fixed in advance (5.1
 *       N/PN/NI); low otherwise.
 *   <li>Overall: low if all domains are low, high if any is high, otherwise some concerns; with
 *       some concerns in more than one domain the guidance lets the rater judge high when together
 *       they substantially lower confidence, which the proposal flags ({@link
 *       Proposal#raterShouldConsiderHigher()}) without deciding.
 * </ul>
 *
 * <p>A question reached on the path but left unanswered, or answered NA although earlier answers
 * call for it, is read as NI, and the path says so: every combination of answers yields a proposal.
 * An answer the question does not accept, or a question the domain does not have, is an {@link
 * IllegalArgumentException}.
 */
public final class Rob2Algorithm {

  /** The identifiers a {@link Tool#algorithm()} may name. */
  public static final Set<String> ALGORITHM_IDS = Set.of("rob2-assignment", "rob2-adhering");

  /** The effect of interest, which selects the domain 2 variant. */
  public enum Effect {
    /** The effect of assignment to intervention (intention to treat). */
    ASSIGNMENT,
    /** The effect of adhering to intervention (per protocol). */
    ADHERING
  }

  private final Effect effect;

  private Rob2Algorithm(Effect effect) {
    this.effect = effect;
  }

  /** {@return the algorithm for the effect of assignment} */
  public static Rob2Algorithm withDefaults() {
    return new Rob2Algorithm(Effect.ASSIGNMENT);
  }

  /**
   * Selects the effect of interest.
   *
   * @param effect the effect
   * @return an algorithm for that effect
   */
  public Rob2Algorithm withEffect(Effect effect) {
    return new Rob2Algorithm(effect);
  }

  /** {@return the effect of interest} */
  public Effect effect() {
    return effect;
  }

  /** {@return the tool this algorithm answers: {@code rob2} or {@code rob2-adhering}} */
  public Tool tool() {
    return Tools.load(effect == Effect.ASSIGNMENT ? "rob2" : "rob2-adhering");
  }

  /**
   * The algorithm a tool names, if any.
   *
   * @param tool the tool
   * @return the algorithm, or empty when the rater judges the tool's domains directly
   */
  public static Optional<Rob2Algorithm> forTool(Tool tool) {
    return tool.algorithm()
        .map(
            a ->
                new Rob2Algorithm(a.equals("rob2-adhering") ? Effect.ADHERING : Effect.ASSIGNMENT));
  }

  /**
   * Proposes a domain judgement.
   *
   * @param domainId {@code "D1"} to {@code "D5"}
   * @param answers the answers by question identifier ({@code "1.1"}); questions not reached may be
   *     absent or NA
   * @return the proposal with its rule path
   * @throws IllegalArgumentException if the domain is unknown, an answer names a question the
   *     domain does not have, or an answer is not one the question accepts
   */
  public Proposal propose(String domainId, Map<String, Answer> answers) {
    ToolDomain domain = tool().domain(domainId);
    for (Map.Entry<String, Answer> e : answers.entrySet()) {
      SignallingQuestion q =
          domain
              .question(e.getKey())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "RoB 2 domain "
                              + domainId
                              + " has no signalling question '"
                              + e.getKey()
                              + "'"));
      if (!q.answers().contains(e.getValue())) {
        throw new IllegalArgumentException(
            "RoB 2 question "
                + q.id()
                + " does not accept "
                + e.getValue()
                + "; it accepts "
                + q.answers());
      }
    }
    Path p = new Path(answers);
    switch (domainId) {
      case "D1":
        return d1(p);
      case "D2":
        return effect == Effect.ASSIGNMENT ? d2Assignment(p) : d2Adhering(p);
      case "D3":
        return d3(p);
      case "D4":
        return d4(p);
      case "D5":
        return d5(p);
      default:
        throw new AssertionError(domainId);
    }
  }

  /**
   * Proposes the overall judgement from the five domain judgements.
   *
   * @param domainLevels the level of each of D1 to D5
   * @return the proposal; flagged when several domains have some concerns
   * @throws IllegalArgumentException if a domain is missing or a level is not low, some concerns or
   *     high
   */
  public Proposal proposeOverall(Map<String, RiskOfBiasLevel> domainLevels) {
    List<String> path = new ArrayList<>();
    List<String> concerns = new ArrayList<>();
    List<String> high = new ArrayList<>();
    for (String d : List.of("D1", "D2", "D3", "D4", "D5")) {
      RiskOfBiasLevel level = domainLevels.get(d);
      if (level == null) {
        throw new IllegalArgumentException(
            "RoB 2 overall judgement needs domain " + d + ", which is missing");
      }
      if (level != LOW && level != SOME_CONCERNS && level != HIGH) {
        throw new IllegalArgumentException(
            "RoB 2 domain " + d + ": level '" + level.label() + "' is not a RoB 2 level");
      }
      path.add(d + " = " + level.label());
      if (level == HIGH) {
        high.add(d);
      } else if (level == SOME_CONCERNS) {
        concerns.add(d);
      }
    }
    Proposal.Builder proposal = Proposal.builder();
    if (!high.isEmpty()) {
      path.add("high in " + String.join(", ", high) + ": high");
      proposal.level(HIGH);
    } else if (concerns.isEmpty()) {
      path.add("low in every domain: low");
      proposal.level(LOW);
    } else if (concerns.size() == 1) {
      path.add("some concerns in " + concerns.get(0) + " only: some concerns");
      proposal.level(SOME_CONCERNS);
    } else {
      path.add(
          "some concerns in "
              + String.join(", ", concerns)
              + ": some concerns; the rater may judge high if together"
              + " they substantially lower confidence in the result");
      proposal.level(SOME_CONCERNS).raterShouldConsiderHigher(true);
    }
    return proposal.path(path).build();
  }

  /**
   * Assesses one result: a proposal for every domain, each accepted as the rater's judgement, and
   * the overall proposal from them. Override any judgement afterwards with {@link
   * DomainJudgement#override}.
   *
   * @param studyId the study
   * @param outcome the outcome (RoB 2 judges one result)
   * @param rater the rater
   * @param answers the answers by domain ({@code "D1"} to {@code "D5"}) and question
   * @return the assessment, tool {@code rob2} or {@code rob2-adhering}
   * @throws IllegalArgumentException as {@link #propose(String, Map)}, or if a domain other than D1
   *     to D5 is given
   */
  public RaterAssessment assess(
      String studyId, String outcome, String rater, Map<String, Map<String, Answer>> answers) {
    Tool tool = tool();
    for (String d : answers.keySet()) {
      tool.domain(d);
    }
    RaterAssessment.Builder assessment =
        RaterAssessment.builder().tool(tool.id()).studyId(studyId).outcome(outcome).rater(rater);
    Map<String, RiskOfBiasLevel> levels = new java.util.LinkedHashMap<>();
    for (String d : tool.domainIds()) {
      Map<String, Answer> a = answers.getOrDefault(d, Map.of());
      Proposal proposal = propose(d, a);
      assessment.addDomains(DomainJudgement.accept(d, a, proposal));
      levels.put(d, proposal.level());
    }
    Proposal overall = proposeOverall(levels);
    assessment.overall(
        DomainJudgement.builder()
            .domain(dev.appraise.core.model.RiskOfBiasJudgement.OVERALL)
            .proposal(overall)
            .level(overall.level())
            .build());
    return assessment.build();
  }

  private static Proposal d1(Path p) {
    Answer concealed = p.read("1.2");
    if (concealed.isNo()) {
      return p.decide(HIGH, "allocation not concealed");
    }
    Answer imbalance = p.read("1.3");
    if (!concealed.isYes()) {
      return imbalance.isYes()
          ? p.decide(
              HIGH, "no information on concealment and baseline imbalance suggests a problem")
          : p.decide(
              SOME_CONCERNS,
              "no information on concealment, no baseline imbalance suggesting a problem");
    }
    Answer random = p.read("1.1");
    if (random.isNo()) {
      return p.decide(SOME_CONCERNS, "concealed allocation but sequence not random");
    }
    if (imbalance.isYes()) {
      return p.decide(
          SOME_CONCERNS, "concealed allocation but baseline imbalance suggests a problem");
    }
    return p.decide(
        LOW,
        "concealed allocation, random or unreported sequence, no imbalance suggesting a problem");
  }

  private static Proposal d2Assignment(Path p) {
    Answer participants = p.read("2.1");
    Answer carers = p.read("2.2");
    RiskOfBiasLevel part1;
    if (participants.isNo() && carers.isNo()) {
      part1 = p.step(LOW, "part 1 low: participants and carers unaware");
    } else {
      Answer context = p.read("2.3");
      if (context.isNo()) {
        part1 = p.step(LOW, "part 1 low: no departures arising from the trial context");
      } else if (!context.isYes()) {
        part1 =
            p.step(
                SOME_CONCERNS,
                "part 1 some concerns: no information on departures from the trial context");
      } else {
        Answer affected = p.read("2.4");
        if (affected.isNo()) {
          part1 =
              p.step(
                  SOME_CONCERNS,
                  "part 1 some concerns: departures unlikely to have affected the outcome");
        } else {
          Answer balanced = p.read("2.5");
          part1 =
              balanced.isYes()
                  ? p.step(SOME_CONCERNS, "part 1 some concerns: departures balanced between arms")
                  : p.step(
                      HIGH, "part 1 high: departures possibly affecting the outcome, not balanced");
        }
      }
    }
    RiskOfBiasLevel part2;
    Answer analysis = p.read("2.6");
    if (analysis.isYes()) {
      part2 = p.step(LOW, "part 2 low: appropriate analysis of the effect of assignment");
    } else {
      Answer impact = p.read("2.7");
      part2 =
          impact.isNo()
              ? p.step(
                  SOME_CONCERNS,
                  "part 2 some concerns: inappropriate analysis without substantial impact")
              : p.step(
                  HIGH, "part 2 high: inappropriate analysis with possibly substantial impact");
    }
    if (part1 == HIGH || part2 == HIGH) {
      return p.decide(HIGH, "a part is high");
    }
    if (part1 == LOW && part2 == LOW) {
      return p.decide(LOW, "both parts low");
    }
    return p.decide(SOME_CONCERNS, "no part high, not both low");
  }

  private static Proposal d2Adhering(Path p) {
    Answer participants = p.read("2.1");
    Answer carers = p.read("2.2");
    boolean problem = false;
    if (!(participants.isNo() && carers.isNo())) {
      Answer cointerventions = p.readApplicable("2.3");
      if (!(cointerventions.isYes() || cointerventions == Answer.NA)) {
        problem = true;
        p.note("co-interventions not shown to be balanced");
      }
    }
    for (String q : List.of("2.4", "2.5")) {
      Answer a = p.readApplicable(q);
      if (!(a.isNo() || a == Answer.NA)) {
        problem = true;
        p.note(
            q.equals("2.4")
                ? "implementation failures may have affected the outcome"
                : "non-adherence may have affected the outcome");
      }
    }
    if (!problem) {
      return p.decide(
          LOW,
          "no unbalanced co-interventions, implementation failures or non-adherence of concern");
    }
    Answer analysis = p.read("2.6");
    return analysis.isYes()
        ? p.decide(
            SOME_CONCERNS, "problems, but an analysis appropriate for the effect of adhering")
        : p.decide(HIGH, "problems and no analysis appropriate for the effect of adhering");
  }

  private static Proposal d3(Path p) {
    if (p.read("3.1").isYes()) {
      return p.decide(LOW, "outcome data for (nearly) all participants");
    }
    if (p.read("3.2").isYes()) {
      return p.decide(LOW, "evidence that the result is not biased by missing data");
    }
    if (p.read("3.3").isNo()) {
      return p.decide(LOW, "missingness could not depend on the true value");
    }
    return p.read("3.4").isNo()
        ? p.decide(
            SOME_CONCERNS, "missingness could, but probably did not, depend on the true value")
        : p.decide(HIGH, "missingness likely depended on the true value");
  }

  private static Proposal d4(Path p) {
    if (p.read("4.1").isYes()) {
      return p.decide(HIGH, "inappropriate method of measurement");
    }
    Answer differ = p.read("4.2");
    if (differ.isYes()) {
      return p.decide(HIGH, "measurement could have differed between arms");
    }
    RiskOfBiasLevel best = differ.isNo() ? LOW : SOME_CONCERNS;
    String why = differ.isNo() ? "" : " (no information on 4.2 caps the domain at some concerns)";
    if (p.read("4.3").isNo()) {
      return p.decide(best, "assessors unaware of the intervention received" + why);
    }
    if (p.read("4.4").isNo()) {
      return p.decide(
          best, "assessment could not have been influenced by knowledge of the intervention" + why);
    }
    return p.read("4.5").isNo()
        ? p.decide(SOME_CONCERNS, "influence possible but not likely")
        : p.decide(HIGH, "assessment likely influenced by knowledge of the intervention");
  }

  private static Proposal d5(Path p) {
    Answer measurements = p.read("5.2");
    Answer analyses = p.read("5.3");
    if (measurements.isYes() || analyses.isYes()) {
      return p.decide(HIGH, "result probably selected from several measurements or analyses");
    }
    if (!measurements.isNo() || !analyses.isNo()) {
      return p.decide(
          SOME_CONCERNS, "no information on selection from several measurements or analyses");
    }
    return p.read("5.1").isYes()
        ? p.decide(LOW, "analysed to a plan fixed in advance, no selection of the result")
        : p.decide(SOME_CONCERNS, "no selection of the result, but no plan fixed in advance");
  }

  /** Reads answers in order and records the rule path. */
  private static final class Path {
    private final Map<String, Answer> answers;
    private final List<String> steps = new ArrayList<>();

    Path(Map<String, Answer> answers) {
      this.answers = answers;
    }

    /** A question the path calls for: missing or NA reads as NI. */
    Answer read(String q) {
      Answer a = answers.get(q);
      if (a == null) {
        steps.add(q + " not answered, read as NI");
        return Answer.NI;
      }
      if (a == Answer.NA) {
        steps.add(q + " = NA although called for, read as NI");
        return Answer.NI;
      }
      steps.add(q + " = " + a);
      return a;
    }

    /** An "if applicable" question: NA keeps its meaning, a missing answer reads as NI. */
    Answer readApplicable(String q) {
      Answer a = answers.get(q);
      if (a == null) {
        steps.add(q + " not answered, read as NI");
        return Answer.NI;
      }
      steps.add(q + " = " + a);
      return a;
    }

    void note(String text) {
      steps.add(text);
    }

    RiskOfBiasLevel step(RiskOfBiasLevel level, String rule) {
      steps.add(rule);
      return level;
    }

    Proposal decide(RiskOfBiasLevel level, String rule) {
      steps.add(rule + ": " + level.label().toLowerCase(java.util.Locale.ROOT));
      return Proposal.builder().level(level).path(steps).build();
    }
  }
}
