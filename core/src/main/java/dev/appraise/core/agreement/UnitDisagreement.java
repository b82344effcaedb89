package dev.appraise.core.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit on which the raters who rated it gave different categories, with each rater's value.
 *
 * @param <C> the category type
 */
@Value.Immutable
public abstract class UnitDisagreement<C> {

  UnitDisagreement() {}

  /**
   * A new builder.
   *
   * @param <C> the category type
   * @return the builder
   */
  public static <C> Builder<C> builder() {
    return new Builder<>();
  }

  static <C> UnitDisagreement<C> of(String unitId, List<String> raters, List<Optional<C>> values) {
    List<Optional<C>> copy = new ArrayList<>(values);
    return UnitDisagreement.<C>builder().unitId(unitId).raters(raters).values(copy).build();
  }

  /** {@return the unit's identifier} */
  public abstract String unitId();

  /** {@return the raters' names, in the order of {@link #values()}} */
  public abstract List<String> raters();

  /** {@return each rater's category, empty where the rating is missing} */
  public abstract List<Optional<C>> values();

  @Value.Check
  void check() {
    if (raters().size() != values().size()) {
      throw new IllegalArgumentException(
          "disagreement of unit '"
              + unitId()
              + "': "
              + raters().size()
              + " raters but "
              + values().size()
              + " values");
    }
  }

  /**
   * Builds {@link UnitDisagreement} values.
   *
   * @param <C> the category type
   */
  public static final class Builder<C> extends ImmutableUnitDisagreement.Builder<C> {
    Builder() {}
  }
}
