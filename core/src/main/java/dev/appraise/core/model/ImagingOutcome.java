package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One imaging finding of a study: the MRI modality, the analysis and contrast, the regions, the
 * direction of change, the statistics as reported, and any associations with clinical measures.
 *
 * <p>Build with {@link #builder()}. Invariants: the label is not blank; the modality is a concept
 * code of the MRI modality taxonomy's form ({@code mri/functional/resting-state}); every statistic
 * that names a region names one of this outcome's regions; the arm, if given, is an arm of the
 * study (checked by {@link Study}).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImagingOutcome.class)
@JsonDeserialize(as = ImmutableImagingOutcome.class)
public abstract class ImagingOutcome {

  ImagingOutcome() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a short description of the finding (e.g. {@code "DMN-insula connectivity"})} */
  public abstract String label();

  /** {@return the concept code in the MRI modality taxonomy} */
  public abstract String modality();

  /** {@return the analysis that produced the finding} */
  public abstract ImagingAnalysis analysis();

  /** {@return the comparison the finding rests on} */
  public abstract ImagingContrast contrast();

  /** {@return the regions in which the finding was reported} */
  public abstract List<BrainRegion> regions();

  /** {@return the direction of change} */
  public abstract ChangeDirection direction();

  /** {@return the statistics as reported} */
  public abstract List<ReportedStatistic> statistics();

  /** {@return associations of the finding with clinical measures} */
  public abstract List<ClinicalAssociation> associations();

  /** {@return the id of the arm the finding was measured in} */
  public abstract Optional<String> armId();

  /** {@return where in the report the finding is} */
  public abstract Optional<SourceLocation> source();

  @Value.Check
  void check() {
    Checks.nonBlank("imaging outcome label", label());
    Checks.conceptCode("imaging outcome modality", modality());
    armId().ifPresent(id -> Checks.identifier("imaging outcome arm id", id));
    Set<String> regionLabels = new HashSet<>();
    regions().forEach(r -> regionLabels.add(r.label()));
    for (ReportedStatistic statistic : statistics()) {
      if (statistic.region().isPresent() && !regionLabels.contains(statistic.region().get())) {
        throw new IllegalArgumentException(
            "imaging outcome '"
                + label()
                + "' statistic region must name one of its "
                + "regions "
                + regionLabels.stream().sorted().toList()
                + ", was '"
                + statistic.region().get()
                + "'");
      }
    }
  }

  /** Builds {@link ImagingOutcome} values. */
  public static final class Builder extends ImmutableImagingOutcome.Builder {
    Builder() {}
  }
}
