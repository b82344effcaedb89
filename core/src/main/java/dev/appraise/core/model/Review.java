package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.flow.PrismaFlow;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * A systematic review: its question, searches, the flow of records through it, included studies and
 * risk-of-bias judgements.
 *
 * <p>Build with {@link #builder()}. Invariants: the schema version is {@value #SCHEMA_VERSION}; the
 * title is not blank; study ids are unique; every risk-of-bias judgement is about one of the
 * review's studies.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableReview.class)
@JsonDeserialize(as = ImmutableReview.class)
public abstract class Review {

  /** The version of the review format this library reads and writes. */
  public static final int SCHEMA_VERSION = 1;

  Review() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the version of the review format; {@value #SCHEMA_VERSION} by default} */
  @Value.Default
  public int schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** {@return the review's title} */
  public abstract String title();

  /** {@return the review question} */
  public abstract PicoQuestion question();

  /** {@return the literature searches} */
  public abstract List<Search> searches();

  /** {@return the PRISMA 2020 flow of records and reports, where the review reports one} */
  public abstract Optional<PrismaFlow> prismaFlow();

  /** {@return the included studies} */
  public abstract List<Study> studies();

  /** {@return the risk-of-bias judgements, of every rater and stage} */
  public abstract List<RiskOfBiasJudgement> riskOfBias();

  /**
   * Finds a study by its id.
   *
   * @param studyId the study's id
   * @return the study, or empty if the review has none of that id
   */
  public Optional<Study> study(String studyId) {
    return studies().stream().filter(s -> s.id().equals(studyId)).findFirst();
  }

  @Value.Check
  void check() {
    if (schemaVersion() != SCHEMA_VERSION) {
      throw new IllegalArgumentException(
          "review schemaVersion must be " + SCHEMA_VERSION + ", was " + schemaVersion());
    }
    Checks.nonBlank("review title", title());
    Checks.unique("review study ids", studies(), Study::id);
    Set<String> ids = new TreeSet<>();
    studies().forEach(s -> ids.add(s.id()));
    for (RiskOfBiasJudgement j : riskOfBias()) {
      if (!ids.contains(j.studyId())) {
        throw new IllegalArgumentException(
            "review risk-of-bias judgement study id must name one of the review's "
                + "studies "
                + ids
                + ", was '"
                + j.studyId()
                + "'");
      }
    }
  }

  /** Builds {@link Review} values. */
  public static final class Builder extends ImmutableReview.Builder {
    Builder() {}
  }
}
