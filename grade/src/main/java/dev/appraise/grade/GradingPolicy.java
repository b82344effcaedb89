package dev.appraise.grade;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules that turn a start and a set of ratings into a certainty: an immutable object configured
 * with {@code handbook().with...(...)}.
 *
 * <p>The level is the start plus the signed levels of every rating the policy applies, clamped to
 * the scale from {@link Certainty#VERY_LOW} (1) to {@link Certainty#HIGH} (4); the clamp is
 * recorded as a step and in {@link Grading#clamped()}. The result does not depend on the order in
 * which ratings are given: they are applied in domain order. Each domain may be rated at most once.
 *
 * <p>{@link #handbook()} follows the GRADE handbook (Schünemann et al. 2013) and the Cochrane
 * Handbook version 6.4, section 14.2: rating up applies to evidence from non-randomised studies
 * ("for evidence from non-randomized studies and rarely randomized studies, assessments can then be
 * upgraded"), so ratings up of randomised evidence are recorded but not applied; rating up is
 * otherwise applied even when something was rated down. The options:
 *
 * <ul>
 *   <li>{@link #withRateUpOnlyWhenNothingRatedDown(boolean)}: the stricter reading of Guyatt et
 *       al., GRADE guidelines 9 (J Clin Epidemiol 2011;64:1311-1316), that ratings up apply only to
 *       methodologically rigorous evidence with no reason to rate down;
 *   <li>{@link #withRatingUpRandomised(boolean)}: apply ratings up to randomised evidence too.
 * </ul>
 */
public final class GradingPolicy {

  private static final GradingPolicy HANDBOOK = new GradingPolicy("GRADE handbook", false, false);

  private final String name;
  private final boolean rateUpOnlyWhenNothingRatedDown;
  private final boolean ratingUpRandomised;

  @JsonCreator
  GradingPolicy(
      @JsonProperty("name") String name,
      @JsonProperty("rateUpOnlyWhenNothingRatedDown") boolean rateUpOnlyWhenNothingRatedDown,
      @JsonProperty("ratingUpRandomised") boolean ratingUpRandomised) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("policy name must not be blank, was '" + name + "'");
    }
    this.name = name;
    this.rateUpOnlyWhenNothingRatedDown = rateUpOnlyWhenNothingRatedDown;
    this.ratingUpRandomised = ratingUpRandomised;
  }

  /** {@return the GRADE handbook's default rules} */
  public static GradingPolicy handbook() {
    return HANDBOOK;
  }

  /** {@return the policy's name, shown in explanations} */
  @JsonProperty("name")
  public String name() {
    return name;
  }

  /** {@return whether ratings up apply only when no domain was rated down} */
  @JsonProperty("rateUpOnlyWhenNothingRatedDown")
  public boolean rateUpOnlyWhenNothingRatedDown() {
    return rateUpOnlyWhenNothingRatedDown;
  }

  /** {@return whether ratings up apply to randomised evidence} */
  @JsonProperty("ratingUpRandomised")
  public boolean ratingUpRandomised() {
    return ratingUpRandomised;
  }

  /**
   * Returns a copy with another name.
   *
   * @param newName the name, not blank
   * @return the renamed policy
   */
  public GradingPolicy withName(String newName) {
    return new GradingPolicy(newName, rateUpOnlyWhenNothingRatedDown, ratingUpRandomised);
  }

  /**
   * Returns a copy that applies ratings up only when nothing was rated down (or not).
   *
   * @param value whether ratings up need every down domain at 0
   * @return the new policy
   */
  public GradingPolicy withRateUpOnlyWhenNothingRatedDown(boolean value) {
    return new GradingPolicy(name, value, ratingUpRandomised);
  }

  /**
   * Returns a copy that applies ratings up to randomised evidence (or not).
   *
   * @param value whether randomised evidence may be rated up
   * @return the new policy
   */
  public GradingPolicy withRatingUpRandomised(boolean value) {
    return new GradingPolicy(name, rateUpOnlyWhenNothingRatedDown, value);
  }

  /**
   * Grades a body of evidence.
   *
   * @param start where grading starts
   * @param ratings the ratings, at most one per domain, in any order
   * @return the grading, with its steps
   * @throws IllegalArgumentException if a domain is rated more than once
   */
  public Grading grade(Start start, Collection<Rating> ratings) {
    List<Rating> sorted = new ArrayList<>(ratings);
    sorted.sort(Comparator.comparing(Rating::domain));
    Set<CertaintyDomain> seen = EnumSet.noneOf(CertaintyDomain.class);
    for (Rating r : sorted) {
      if (!seen.add(r.domain())) {
        throw new IllegalArgumentException(
            r.domain().label() + " rated more than once: " + ratings);
      }
    }
    boolean anyDown = sorted.stream().anyMatch(r -> r.levels() < 0);
    List<Step> steps = new ArrayList<>();
    int level = start.certainty().level();
    steps.add(
        Step.builder()
            .kind(Step.Kind.START)
            .change(0)
            .level(level)
            .text(
                "Start: " + start.certainty() + " (" + start.basis() + ": " + start.reason() + ")")
            .build());
    for (Rating r : sorted) {
      @Nullable String blocked = r.levels() > 0 ? ratingUpBlockedBy(start, anyDown) : null;
      if (blocked != null) {
        steps.add(step(Step.Kind.NOT_APPLIED, r, 0, level, "not applied, " + blocked));
      } else {
        level += r.levels();
        steps.add(step(Step.Kind.RATING, r, r.levels(), level, null));
      }
    }
    int clampedLevel =
        Math.max(Certainty.VERY_LOW.level(), Math.min(Certainty.HIGH.level(), level));
    boolean clamped = clampedLevel != level;
    if (clamped) {
      steps.add(
          Step.builder()
              .kind(Step.Kind.CLAMP)
              .change(clampedLevel - level)
              .level(clampedLevel)
              .text(
                  "Clamp: the sum "
                      + level
                      + " lies outside the scale 1 (very low) to 4 (high); clamped to "
                      + Certainty.ofLevel(clampedLevel))
              .build());
    }
    return Grading.builder()
        .start(start)
        .ratings(sorted)
        .policy(this)
        .certainty(Certainty.ofLevel(clampedLevel))
        .clamped(clamped)
        .steps(steps)
        .build();
  }

  private @Nullable String ratingUpBlockedBy(Start start, boolean anyDown) {
    if (start.randomised() && !ratingUpRandomised) {
      return "policy '" + name + "' does not rate up randomised evidence";
    }
    if (anyDown && rateUpOnlyWhenNothingRatedDown) {
      return "policy '" + name + "' rates up only when nothing was rated down";
    }
    return null;
  }

  private static Step step(Step.Kind kind, Rating r, int change, int level, @Nullable String note) {
    StringBuilder text = new StringBuilder();
    text.append(r.domain().label()).append(": ").append(CertaintyDomain.signed(r.levels()));
    text.append(" (").append(r.judgement()).append(')');
    if (!r.footnote().isBlank()) {
      text.append(" \u2014 ").append(r.footnote());
    }
    if (note != null) {
      text.append("; ").append(note);
    }
    text.append(" \u2192 level ").append(level).append(" (").append(levelName(level)).append(')');
    return Step.builder()
        .kind(kind)
        .domain(r.domain())
        .change(change)
        .level(level)
        .text(text.toString())
        .build();
  }

  /**
   * The running sum's name: a certainty on the scale, or which side of it the sum has left for now.
   */
  private static String levelName(int level) {
    if (level < Certainty.VERY_LOW.level()) {
      return "below the scale";
    }
    if (level > Certainty.HIGH.level()) {
      return "above the scale";
    }
    return Certainty.ofLevel(level).name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GradingPolicy p)) {
      return false;
    }
    return name.equals(p.name)
        && rateUpOnlyWhenNothingRatedDown == p.rateUpOnlyWhenNothingRatedDown
        && ratingUpRandomised == p.ratingUpRandomised;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, rateUpOnlyWhenNothingRatedDown, ratingUpRandomised);
  }

  @Override
  public String toString() {
    return "GradingPolicy{name="
        + name
        + ", rateUpOnlyWhenNothingRatedDown="
        + rateUpOnlyWhenNothingRatedDown
        + ", ratingUpRandomised="
        + ratingUpRandomised
        + "}";
  }
}
