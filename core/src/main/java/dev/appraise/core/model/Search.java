package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One literature search: the sources searched, the date it was run, and the strategy.
 *
 * <p>Build with {@link #builder()}; at least one source must be named, no source may be blank or
 * named twice, and the strategy must not be blank.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSearch.class)
@JsonDeserialize(as = ImmutableSearch.class)
public abstract class Search {

  Search() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the databases and registers searched (e.g. {@code "PubMed"}, {@code "Embase"})} */
  public abstract List<String> sources();

  /** {@return the date the search was run (or its last update)} */
  public abstract LocalDate date();

  /** {@return the search strategy, e.g. the query string} */
  public abstract Optional<String> strategy();

  @Value.Check
  void check() {
    if (sources().isEmpty()) {
      throw new IllegalArgumentException("search sources must name at least one source, was []");
    }
    sources().forEach(s -> Checks.nonBlank("search source", s));
    Checks.unique("search sources", sources(), s -> s);
    Checks.nonBlank("search strategy", strategy());
  }

  /** Builds {@link Search} values. */
  public static final class Builder extends ImmutableSearch.Builder {
    Builder() {}
  }
}
