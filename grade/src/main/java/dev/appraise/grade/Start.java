package dev.appraise.grade;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.model.StudyDesign;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Where grading starts: a certainty level, what it rests on, and why.
 *
 * <p>From the design ({@link #fromDesigns}): randomised trials start {@link Certainty#HIGH},
 * observational studies {@link Certainty#LOW} (Balshem et al., GRADE guidelines 3, J Clin Epidemiol
 * 2011;64:401-406), taken from {@link StudyDesign#gradeStart()}. Non-randomised studies whose risk
 * of bias was assessed with ROBINS-I may start high ({@link #robinsI}; Schünemann et al., GRADE
 * guidelines 18, J Clin Epidemiol 2019;111:105-114), since ROBINS-I then carries the concerns about
 * confounding and selection into the risk-of-bias rating. Any start can be overridden with a reason
 * ({@link #overriddenTo}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStart.class)
@JsonDeserialize(as = ImmutableStart.class)
public abstract class Start {

  /** What a starting level rests on. */
  public enum Basis {
    /** The designs of the studies, through {@link StudyDesign#gradeStart()}. */
    DESIGN,
    /** Non-randomised studies assessed with ROBINS-I, starting high (GRADE guidelines 18). */
    ROBINS_I,
    /** A reviewer's override, with a reason. */
    OVERRIDE
  }

  Start() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts from one study design.
   *
   * @param design the design
   * @return the start at the design's GRADE starting level
   */
  public static Start fromDesign(StudyDesign design) {
    return fromDesigns(List.of(design));
  }

  /**
   * Starts from the designs of the studies in a body of evidence, one entry per study. When the
   * designs start at different levels (randomised and observational studies together), the start is
   * low and the reason says so: GRADE rates such bodies from the weaker design unless the reviewer
   * overrides it.
   *
   * @param designs the design of each study, not empty
   * @return the start
   * @throws IllegalArgumentException if there are no designs
   */
  public static Start fromDesigns(Collection<StudyDesign> designs) {
    if (designs.isEmpty()) {
      throw new IllegalArgumentException("start designs must not be empty");
    }
    boolean allHigh = designs.stream().allMatch(d -> d.gradeStart() == StudyDesign.GradeStart.HIGH);
    boolean allLow = designs.stream().allMatch(d -> d.gradeStart() == StudyDesign.GradeStart.LOW);
    String names = describe(designs);
    String reason;
    if (allHigh) {
      reason = "randomised evidence starts high (" + names + ")";
    } else if (allLow) {
      reason = "non-randomised evidence starts low (" + names + ")";
    } else {
      reason =
          "randomised and non-randomised studies together start low, from the weaker design ("
              + names
              + ")";
    }
    return builder()
        .certainty(allHigh ? Certainty.HIGH : Certainty.LOW)
        .basis(Basis.DESIGN)
        .designs(designs)
        .reason(reason)
        .build();
  }

  /**
   * Starts high for randomised trials whose individual designs are not listed.
   *
   * @return the start at {@link Certainty#HIGH}
   */
  public static Start randomisedTrials() {
    return builder()
        .certainty(Certainty.HIGH)
        .basis(Basis.DESIGN)
        .randomised(true)
        .reason("randomised evidence starts high")
        .build();
  }

  /**
   * Starts low for observational studies whose individual designs are not listed.
   *
   * @return the start at {@link Certainty#LOW}
   */
  public static Start observationalStudies() {
    return builder()
        .certainty(Certainty.LOW)
        .basis(Basis.DESIGN)
        .randomised(false)
        .reason("non-randomised evidence starts low")
        .build();
  }

  /**
   * Starts high for non-randomised studies assessed with ROBINS-I (GRADE guidelines 18).
   *
   * @param designs the design of each study, not empty
   * @param reason why ROBINS-I applies, e.g. the tool version and who assessed
   * @return the start at {@link Certainty#HIGH}
   */
  public static Start robinsI(Collection<StudyDesign> designs, String reason) {
    return builder()
        .certainty(Certainty.HIGH)
        .basis(Basis.ROBINS_I)
        .designs(designs)
        .reason(reason)
        .build();
  }

  /**
   * Returns a start overridden to another level, keeping the designs.
   *
   * @param certainty the level to start at
   * @param why the reason for the override, not blank
   * @return the overridden start
   */
  public Start overriddenTo(Certainty certainty, String why) {
    return builder().from(this).certainty(certainty).basis(Basis.OVERRIDE).reason(why).build();
  }

  /** {@return the starting level} */
  public abstract Certainty certainty();

  /** {@return what the starting level rests on} */
  public abstract Basis basis();

  /** {@return the design of each study, where known} */
  public abstract List<StudyDesign> designs();

  /** {@return why grading starts here} */
  public abstract String reason();

  /**
   * {@return whether the evidence is randomised: by default, whether designs are known and every
   * study is randomised}
   */
  @Value.Default
  public boolean randomised() {
    return !designs().isEmpty() && designs().stream().allMatch(StudyDesign::isRandomised);
  }

  @Value.Check
  void check() {
    if (reason().isBlank()) {
      throw new IllegalArgumentException("start reason must not be blank, was '" + reason() + "'");
    }
    boolean fromDesigns =
        !designs().isEmpty() && designs().stream().allMatch(StudyDesign::isRandomised);
    if (!designs().isEmpty() && randomised() != fromDesigns) {
      throw new IllegalArgumentException(
          "start randomised must agree with the designs ("
              + describe(designs())
              + "), was "
              + randomised());
    }
    if (basis() == Basis.DESIGN && certainty() != (randomised() ? Certainty.HIGH : Certainty.LOW)) {
      throw new IllegalArgumentException(
          "start from "
              + (randomised() ? "randomised" : "non-randomised")
              + " designs must be "
              + (randomised() ? "HIGH" : "LOW")
              + ", was "
              + certainty()
              + "; override it with a reason instead");
    }
    if (basis() == Basis.ROBINS_I
        && (designs().isEmpty() || designs().stream().anyMatch(StudyDesign::isRandomised))) {
      throw new IllegalArgumentException(
          "ROBINS-I start applies to non-randomised studies only, was "
              + (designs().isEmpty() ? "no designs" : describe(designs())));
    }
    if (basis() != Basis.OVERRIDE
        && certainty() != Certainty.HIGH
        && certainty() != Certainty.LOW) {
      throw new IllegalArgumentException(
          "start certainty from " + basis() + " must be HIGH or LOW, was " + certainty());
    }
  }

  static String describe(Collection<StudyDesign> designs) {
    return designs.stream()
        .collect(
            Collectors.groupingBy(
                d -> d, () -> new java.util.EnumMap<>(StudyDesign.class), Collectors.counting()))
        .entrySet()
        .stream()
        .map(e -> label(e.getKey()) + " (" + e.getValue() + ")")
        .collect(Collectors.joining(", "));
  }

  private static String label(StudyDesign d) {
    switch (d) {
      case NON_RANDOMISED_CONTROLLED_TRIAL:
        return "non-randomised controlled trial";
      case CASE_CONTROL:
        return "case-control";
      case CROSS_SECTIONAL:
        return "cross-sectional";
      default:
        return d.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /** Builds {@link Start} values. */
  public static final class Builder extends ImmutableStart.Builder {
    Builder() {}
  }
}
