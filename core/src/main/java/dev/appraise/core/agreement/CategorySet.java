package dev.appraise.core.agreement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * The declared, ordered set of categories a rating may take.
 *
 * <p>Declaring the set makes two things explicit that the ratings alone cannot show: categories
 * that nobody used (they still count, for example in Brennan-Prediger's chance agreement {@code
 * 1/q}) and the order of ordinal categories (the position in the list). A category set may also
 * carry a numeric value per category, used by the interval and ratio levels of Krippendorff's alpha
 * and by the linear and quadratic weights; categories that are {@link Number}s get their own value
 * automatically.
 *
 * <p>Ratings are stored as the category's position ({@code 0 .. size()-1}), so a category set is
 * the encoding of a {@link RatingTable}. Lookup is a hash map: O(1) per rating. The statistics of a
 * table take O(k^2) memory for {@code k} categories, so numeric ratings with thousands of distinct
 * values are better rounded to a grid first.
 *
 * @param <C> the category type; {@code equals}/{@code hashCode} define identity
 */
public final class CategorySet<C> {

  /** The largest number of categories: codes are stored as {@code short}. */
  public static final int MAX_CATEGORIES = Short.MAX_VALUE;

  private final List<C> categories;
  private final Map<C, Integer> index;
  private final double @Nullable [] values;

  private CategorySet(List<C> categories, double @Nullable [] values) {
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("a category set needs at least one category");
    }
    if (categories.size() > MAX_CATEGORIES) {
      throw new IllegalArgumentException(
          "a category set holds at most "
              + MAX_CATEGORIES
              + " categories, was "
              + categories.size());
    }
    this.categories = Collections.unmodifiableList(new ArrayList<>(categories));
    this.index = new HashMap<>(categories.size() * 2);
    for (int i = 0; i < categories.size(); i++) {
      C c = Objects.requireNonNull(categories.get(i), "category " + i + " is null");
      if (index.put(c, i) != null) {
        throw new IllegalArgumentException(
            "category set lists '" + c + "' twice (position " + (i + 1) + ")");
      }
    }
    if (values != null) {
      for (int i = 0; i < values.length; i++) {
        if (!Double.isFinite(values[i])) {
          throw new IllegalArgumentException(
              "numeric value of category '"
                  + categories.get(i)
                  + "' must be finite, was "
                  + values[i]);
        }
      }
    }
    this.values = values;
  }

  /**
   * A category set in the given order. If every category is a {@link Number}, its {@code
   * doubleValue()} is its numeric value.
   *
   * @param categories the categories, distinct, in their (ordinal) order
   * @param <C> the category type
   * @return the category set
   * @throws IllegalArgumentException if the list is empty, has a duplicate or more than {@link
   *     #MAX_CATEGORIES}
   */
  public static <C> CategorySet<C> of(List<C> categories) {
    boolean numeric =
        !categories.isEmpty() && categories.stream().allMatch(c -> c instanceof Number);
    double[] values = null;
    if (numeric) {
      values = new double[categories.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = ((Number) categories.get(i)).doubleValue();
      }
    }
    return new CategorySet<>(categories, values);
  }

  /**
   * A category set in the given order.
   *
   * @param categories the categories, distinct, in their (ordinal) order
   * @param <C> the category type
   * @return the category set
   * @throws IllegalArgumentException if there is no category or a duplicate
   */
  @SafeVarargs
  public static <C> CategorySet<C> of(C... categories) {
    List<C> list = new ArrayList<>(categories.length);
    for (C category : categories) {
      list.add(category);
    }
    return of(list);
  }

  /**
   * A category set whose categories carry numeric values (for interval and ratio alpha and for
   * linear or quadratic weights), for example strings {@code "1", "2", "5"} read from a file.
   *
   * @param categories the categories, distinct, in their order
   * @param value the numeric value of each category, finite
   * @param <C> the category type
   * @return the category set
   * @throws IllegalArgumentException if there is no category, a duplicate, or a value is not finite
   */
  public static <C> CategorySet<C> numeric(List<C> categories, ToDoubleFunction<? super C> value) {
    double[] values = new double[categories.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value.applyAsDouble(categories.get(i));
    }
    return new CategorySet<>(categories, values);
  }

  /** {@return the categories in their declared order} */
  public List<C> categories() {
    return categories;
  }

  /** {@return the number of categories} */
  public int size() {
    return categories.size();
  }

  /**
   * The category at a position.
   *
   * @param code the position, {@code 0 <= code < size()}
   * @return the category
   */
  public C get(int code) {
    return categories.get(code);
  }

  /**
   * The position of a category.
   *
   * @param category the category
   * @return its position, or {@code -1} if it is not in the set
   */
  public int indexOf(Object category) {
    Integer i = index.get(category);
    return i == null ? -1 : i;
  }

  /**
   * Whether the set contains a category.
   *
   * @param category the category
   * @return whether it is one of the declared categories
   */
  public boolean contains(Object category) {
    return index.containsKey(category);
  }

  /** {@return whether every category has a numeric value} */
  public boolean isNumeric() {
    return values != null;
  }

  /**
   * The numeric value of a category.
   *
   * @param code the category's position
   * @return its value, empty if the set is not numeric
   */
  public Optional<Double> numericValue(int code) {
    return values == null ? Optional.empty() : Optional.of(values[code]);
  }

  /**
   * The numeric values used by weights and distances: the declared values, or the positions {@code
   * 1..size()} when the set is not numeric.
   */
  double[] scores() {
    double[] s = new double[size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = values == null ? i + 1 : values[i];
    }
    return s;
  }

  /**
   * Whether another set has the same categories, order and values.
   *
   * @param o the other object
   * @return whether they are equal
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CategorySet<?> other
        && categories.equals(other.categories)
        && java.util.Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return categories.hashCode();
  }

  @Override
  public String toString() {
    return categories.toString();
  }
}
