package dev.appraise.grade;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * An evidence profile (summary-of-findings table): a title and one {@link CertaintyAssessment} per
 * outcome or cluster. Exported by {@link EvidenceProfileWriter}; stored and read back by {@link
 * GradeJson}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEvidenceProfile.class)
@JsonDeserialize(as = ImmutableEvidenceProfile.class)
public abstract class EvidenceProfile {

  EvidenceProfile() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the title, e.g. the question: population, intervention, comparison} */
  public abstract String title();

  /** {@return the assessments, one row each, in order} */
  public abstract List<CertaintyAssessment> assessments();

  @Value.Check
  void check() {
    if (title().isBlank()) {
      throw new IllegalArgumentException(
          "evidence profile title must not be blank, was '" + title() + "'");
    }
  }

  /** Builds {@link EvidenceProfile} values. */
  public static final class Builder extends ImmutableEvidenceProfile.Builder {
    Builder() {}
  }
}
