package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * One included study: its id and citation, design, population, arms, interventions and comparators,
 * imaging and clinical outcomes, and where in the report each fact comes from.
 *
 * <p>Build with {@link #builder()}. Invariants: the id is an identifier (letters, digits, {@code .
 * _ -}, e.g. {@code Lee2019}); arm ids are unique; every arm id an intervention, comparator or
 * outcome refers to is an arm of the study; in a women-only (men-only) population every reported
 * female share is 1 (0); the keys of {@link #sources()} are not blank.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStudy.class)
@JsonDeserialize(as = ImmutableStudy.class)
public abstract class Study {

  Study() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the stable id, conventionally first author and year (e.g. {@code "Lee2019"})} */
  public abstract String id();

  /** {@return the bibliographic reference} */
  public abstract Citation citation();

  /** {@return the design} */
  public abstract StudyDesign design();

  /** {@return the population recruited} */
  public abstract Population population();

  /** {@return the arms, in the order the study reports them} */
  public abstract List<Arm> arms();

  /** {@return the interventions given} */
  public abstract List<Intervention> interventions();

  /** {@return the comparators} */
  public abstract List<ComparatorCondition> comparators();

  /** {@return the imaging findings} */
  public abstract List<ImagingOutcome> imagingOutcomes();

  /** {@return the clinical outcomes} */
  public abstract List<ClinicalOutcome> clinicalOutcomes();

  /**
   * {@return where facts about the study come from, keyed by the fact: conventionally a JSON
   * pointer into the study (e.g. {@code "/arms/0/participants"}) or a short name such as {@code
   * "design"}}
   *
   * <p>Outcomes carry their own {@link ImagingOutcome#source()} and {@link
   * ClinicalOutcome#source()}.
   */
  public abstract Map<String, SourceLocation> sources();

  /** {@return the number of participants over all arms} */
  public int totalParticipants() {
    return arms().stream().mapToInt(a -> a.participants().n()).sum();
  }

  /**
   * Finds an arm by its id.
   *
   * @param armId the arm's id
   * @return the arm, or empty if the study has no arm of that id
   */
  public Optional<Arm> arm(String armId) {
    return arms().stream().filter(a -> a.id().equals(armId)).findFirst();
  }

  @Value.Check
  void check() {
    Checks.identifier("study id", id());
    String prefix = "study '" + id() + "' ";
    Checks.unique(prefix + "arm ids", arms(), Arm::id);
    Set<String> armIds = new TreeSet<>();
    arms().forEach(a -> armIds.add(a.id()));
    for (Intervention i : interventions()) {
      requireArm(prefix + "intervention '" + i.label() + "'", i.armId(), armIds);
    }
    for (ComparatorCondition c : comparators()) {
      requireArm(prefix + "comparator " + c.kind(), c.armId(), armIds);
    }
    for (ImagingOutcome o : imagingOutcomes()) {
      requireArm(prefix + "imaging outcome '" + o.label() + "'", o.armId(), armIds);
    }
    for (ClinicalOutcome o : clinicalOutcomes()) {
      requireArm(prefix + "clinical outcome '" + o.measure() + "'", o.armId(), armIds);
    }
    SexRestriction sex = population().sexRestriction();
    if (sex != SexRestriction.NONE) {
      double expected = sex == SexRestriction.WOMEN_ONLY ? 1 : 0;
      for (Arm arm : arms()) {
        if (arm.participants().femaleShare().isPresent()
            && arm.participants().femaleShare().getAsDouble() != expected) {
          throw new IllegalArgumentException(
              prefix
                  + "arm '"
                  + arm.id()
                  + "' female share must be "
                  + (int) expected
                  + " in a "
                  + sex
                  + " population, was "
                  + arm.participants().femaleShare().getAsDouble());
        }
      }
    }
    sources().keySet().forEach(k -> Checks.nonBlank(prefix + "source key", k));
  }

  private static void requireArm(String what, Optional<String> armId, Set<String> armIds) {
    if (armId.isPresent() && !armIds.contains(armId.get())) {
      throw new IllegalArgumentException(
          what
              + " arm id must name one of the study's arms "
              + armIds
              + ", was '"
              + armId.get()
              + "'");
    }
  }

  /** Builds {@link Study} values. */
  public static final class Builder extends ImmutableStudy.Builder {
    Builder() {}
  }
}
