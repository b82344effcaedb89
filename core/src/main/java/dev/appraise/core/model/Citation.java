package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The bibliographic reference of a study report.
 *
 * <p>Build with {@link #builder()}; {@code year}, when present, must lie between 1600 and 2200.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCitation.class)
@JsonDeserialize(as = ImmutableCitation.class)
public abstract class Citation {

  Citation() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the authors in publication order, each as written in the reference (e.g. {@code
   * "Shpaner M"})}
   */
  public abstract List<String> authors();

  /** {@return the year of publication} */
  public abstract OptionalInt year();

  /** {@return the title of the report} */
  public abstract String title();

  /** {@return the journal or other venue} */
  public abstract Optional<String> journal();

  /** {@return the Digital Object Identifier, without the {@code https://doi.org/} prefix} */
  public abstract Optional<String> doi();

  /** {@return the PubMed identifier} */
  public abstract Optional<String> pmid();

  @Value.Check
  void check() {
    if (year().isPresent()) {
      int y = year().getAsInt();
      if (y < 1600 || y > 2200) {
        throw new IllegalArgumentException("citation year must be between 1600 and 2200, was " + y);
      }
    }
  }

  /** Builds {@link Citation} values. */
  public static final class Builder extends ImmutableCitation.Builder {
    Builder() {}
  }
}
