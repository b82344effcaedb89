package dev.appraise.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The invariant checks shared by the model's value types; each failure names the field and the
 * value.
 */
final class Checks {

  /**
   * A concept code: lower-case segments of letters, digits and inner hyphens, separated by slashes.
   */
  static final Pattern CONCEPT_CODE =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)*");

  /** An identifier: a letter or digit, then letters, digits, dots, underscores or hyphens. */
  static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private Checks() {}

  static void nonBlank(String field, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank, was '" + value + "'");
    }
  }

  static void nonBlank(String field, Optional<String> value) {
    value.ifPresent(v -> nonBlank(field, v));
  }

  static void identifier(String field, String value) {
    if (!IDENTIFIER.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " must start with a letter or digit and hold only letters, digits, '.', '_' and '-', was '"
              + value
              + "'");
    }
  }

  static void conceptCode(String field, String value) {
    if (!CONCEPT_CODE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field
              + " must be lower-case segments separated by '/' (e.g. 'psychological/cbt'), was '"
              + value
              + "'");
    }
  }

  static void finite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be finite, was " + value);
    }
  }

  static void between(String field, double value, double min, double max) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(
          field + " must be between " + format(min) + " and " + format(max) + ", was " + value);
    }
  }

  static void between(String field, OptionalDouble value, double min, double max) {
    if (value.isPresent()) {
      between(field, value.getAsDouble(), min, max);
    }
  }

  static void atLeast(String field, OptionalDouble value, double min) {
    if (value.isPresent()
        && !(value.getAsDouble() >= min && Double.isFinite(value.getAsDouble()))) {
      throw new IllegalArgumentException(
          field + " must be finite and >= " + format(min) + ", was " + value.getAsDouble());
    }
  }

  static void positive(String field, OptionalDouble value) {
    if (value.isPresent() && !(value.getAsDouble() > 0 && Double.isFinite(value.getAsDouble()))) {
      throw new IllegalArgumentException(
          field + " must be finite and > 0, was " + value.getAsDouble());
    }
  }

  static <T> void unique(String what, List<T> items, Function<T, String> key) {
    Set<String> seen = new HashSet<>();
    for (T item : items) {
      String k = key.apply(item);
      if (!seen.add(k)) {
        throw new IllegalArgumentException(
            what + " must be unique, '" + k + "' appears more than once");
      }
    }
  }

  private static String format(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15
        ? String.format(Locale.ROOT, "%d", (long) d)
        : Double.toString(d);
  }
}
