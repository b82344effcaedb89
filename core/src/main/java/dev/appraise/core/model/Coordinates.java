package dev.appraise.core.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * A point in the brain in millimetres, with the stereotactic space it is given in (MNI or
 * Talairach); a coordinate without its space cannot be built.
 *
 * <p>Build with {@link #builder()} or {@link #of(double, double, double, CoordinateSpace)}; each
 * coordinate must be finite and within &plusmn;{@value #LIMIT_MM} mm of the origin.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCoordinates.class)
@JsonDeserialize(as = ImmutableCoordinates.class)
public abstract class Coordinates {

  /**
   * The largest absolute coordinate accepted, in millimetres; a human brain fits well inside it.
   */
  public static final double LIMIT_MM = 200;

  Coordinates() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a point.
   *
   * @param x left (negative) to right (positive), in mm
   * @param y posterior (negative) to anterior (positive), in mm
   * @param z inferior (negative) to superior (positive), in mm
   * @param space the stereotactic space
   * @return the point
   * @throws IllegalArgumentException if a coordinate is not finite or lies beyond {@link #LIMIT_MM}
   */
  public static Coordinates of(double x, double y, double z, CoordinateSpace space) {
    return builder().x(x).y(y).z(z).space(space).build();
  }

  /** {@return the left-right coordinate in mm (right positive)} */
  public abstract double x();

  /** {@return the posterior-anterior coordinate in mm (anterior positive)} */
  public abstract double y();

  /** {@return the inferior-superior coordinate in mm (superior positive)} */
  public abstract double z();

  /** {@return the stereotactic space} */
  public abstract CoordinateSpace space();

  @Value.Check
  void check() {
    Checks.between("coordinates x", x(), -LIMIT_MM, LIMIT_MM);
    Checks.between("coordinates y", y(), -LIMIT_MM, LIMIT_MM);
    Checks.between("coordinates z", z(), -LIMIT_MM, LIMIT_MM);
  }

  /** Builds {@link Coordinates} values. */
  public static final class Builder extends ImmutableCoordinates.Builder {
    Builder() {}
  }
}
