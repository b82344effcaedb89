package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A brain region in which a finding was reported: its name, hemisphere, atlas label and peak
 * coordinates where given.
 *
 * <p>Build with {@link #builder()}; the label and the atlas label must not be blank.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBrainRegion.class)
@JsonDeserialize(as = ImmutableBrainRegion.class)
public abstract class BrainRegion {

  BrainRegion() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the region's name as the study gives it (e.g. {@code "anterior insula"})} */
  public abstract String label();

  /** {@return the hemisphere, where reported} */
  public abstract Optional<Hemisphere> hemisphere();

  /** {@return the label of the region in a named atlas (e.g. {@code "AAL: Insula_L"})} */
  public abstract Optional<String> atlasLabel();

  /** {@return the peak coordinates with their space} */
  public abstract Optional<Coordinates> coordinates();

  @Value.Check
  void check() {
    Checks.nonBlank("brain region label", label());
    Checks.nonBlank("brain region atlas label", atlasLabel());
  }

  /** Builds {@link BrainRegion} values. */
  public static final class Builder extends ImmutableBrainRegion.Builder {
    Builder() {}
  }
}
