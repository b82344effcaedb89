package dev.appraise.synthesis;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The moderators of a meta-regression: an intercept column {@code "intrcpt"} of ones followed by
 * named columns, one row per study in the order of the effect sizes, as R's {@code model.matrix}
 * builds them for metafor's {@code mods}.
 *
 * <pre>{@code
 * ModelMatrix x = ModelMatrix.builder(13)
 *     .continuous("ablat", 44, 55, 42, 52, 13, 44, 19, 13, 27, 42, 18, 33, 33)
 *     .categorical("alloc", allocations)   // "alternate", "random", "systematic"
 *     .build();                            // intrcpt, ablat, allocrandom, allocsystematic
 * }</pre>
 *
 * <p>A categorical moderator is treatment coded: its first level is the reference and every other
 * level gets a 0/1 column named moderator name plus level ({@code "allocrandom"}), as {@code
 * model.matrix} names them. Levels are sorted in Java's natural string order unless given (R sorts
 * a factor's levels in the collation of its locale, which agrees for lower-case names and in the C
 * locale). Immutable.
 */
public final class ModelMatrix {

  /** The name of the intercept column, as metafor names it. */
  public static final String INTERCEPT = "intrcpt";

  private final ImmutableList<String> names;
  private final double[][] columns;
  private final int rows;

  private ModelMatrix(List<String> names, double[][] columns, int rows) {
    this.names = ImmutableList.copyOf(names);
    this.columns = columns;
    this.rows = rows;
  }

  /**
   * A builder for a matrix with the given number of rows (studies).
   *
   * @param rows the number of rows, {@code >= 1}
   * @return the builder, holding the intercept column
   * @throws IllegalArgumentException if {@code rows < 1}
   */
  public static Builder builder(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("model matrix rows must be >= 1, was " + rows);
    }
    return new Builder(rows);
  }

  /**
   * The intercept-only matrix.
   *
   * @param rows the number of rows (studies), {@code >= 1}
   * @return a matrix of one column of ones
   * @throws IllegalArgumentException if {@code rows < 1}
   */
  public static ModelMatrix interceptOnly(int rows) {
    return builder(rows).build();
  }

  /** {@return the number of rows (studies)} */
  public int rows() {
    return rows;
  }

  /** {@return the number of columns, the intercept included} */
  public int columns() {
    return columns.length;
  }

  /** {@return the column names, {@code "intrcpt"} first} */
  public List<String> columnNames() {
    return names;
  }

  /**
   * An entry.
   *
   * @param row the row, from 0
   * @param column the column, from 0 (the intercept)
   * @return the entry
   * @throws IndexOutOfBoundsException if the row or column does not exist
   */
  public double get(int row, int column) {
    return columns[column][row];
  }

  /**
   * A column's values.
   *
   * @param name the column name
   * @return a copy of the column
   * @throws IllegalArgumentException naming the columns there are, if none has that name
   */
  public double[] column(String name) {
    int j = names.indexOf(name);
    if (j < 0) {
      throw new IllegalArgumentException(
          "model matrix has no column " + name + "; it has " + names);
    }
    return columns[j].clone();
  }

  /**
   * The matrix restricted to some rows, in the order given (a subgroup, a leave-one-out subset).
   *
   * @param indices row indices, from 0
   * @return the matrix of those rows
   * @throws IllegalArgumentException if no index is given
   * @throws IndexOutOfBoundsException if an index does not exist
   */
  public ModelMatrix rows(int... indices) {
    if (indices.length == 0) {
      throw new IllegalArgumentException("model matrix subset must have at least one row");
    }
    double[][] sub = new double[columns.length][indices.length];
    for (int i = 0; i < indices.length; i++) {
      if (indices[i] < 0 || indices[i] >= rows) {
        throw new IndexOutOfBoundsException(
            "model matrix row " + indices[i] + " does not exist; rows: " + rows);
      }
      for (int j = 0; j < columns.length; j++) {
        sub[j][i] = columns[j][indices[i]];
      }
    }
    return new ModelMatrix(names, sub, indices.length);
  }

  /**
   * The matrix with one more continuous column at the end, e.g. the standard errors for Egger's
   * regression test.
   *
   * @param name the new column's name, not yet used
   * @param values one finite value per row
   * @return the extended matrix
   * @throws IllegalArgumentException if the name is taken or blank, the length differs from {@link
   *     #rows()}, or a value is not finite
   */
  public ModelMatrix withColumn(String name, double... values) {
    Builder b = new Builder(rows);
    b.names.clear();
    b.columns.clear();
    for (int j = 0; j < columns.length; j++) {
      b.names.add(names.get(j));
      b.columns.add(columns[j]);
    }
    return b.continuous(name, values).build();
  }

  @Override
  public String toString() {
    return "ModelMatrix" + names + " (" + rows + " rows)";
  }

  double[][] columnArrays() {
    return columns;
  }

  /** Builds a {@link ModelMatrix}, column by column after the intercept. */
  public static final class Builder {

    private final int rows;
    private final List<String> names = new ArrayList<>();
    private final List<double[]> columns = new ArrayList<>();

    private Builder(int rows) {
      this.rows = rows;
      double[] ones = new double[rows];
      Arrays.fill(ones, 1.0);
      names.add(INTERCEPT);
      columns.add(ones);
    }

    /**
     * Adds a continuous moderator.
     *
     * @param name the column name, not blank and not yet used
     * @param values one finite value per row
     * @return this builder
     * @throws IllegalArgumentException if the name is taken or blank, the length differs from the
     *     rows, or a value is not finite
     */
    public Builder continuous(String name, double... values) {
      checkName(name);
      if (values.length != rows) {
        throw new IllegalArgumentException(
            "moderator "
                + name
                + " must have "
                + rows
                + " values, one per study, had "
                + values.length);
      }
      for (int i = 0; i < values.length; i++) {
        if (!Double.isFinite(values[i])) {
          throw new IllegalArgumentException(
              "moderator "
                  + name
                  + ", row "
                  + (i + 1)
                  + ": value must be finite, was "
                  + values[i]);
        }
      }
      names.add(name);
      columns.add(values.clone());
      return this;
    }

    /**
     * Adds a categorical moderator, its levels in natural string order, the first the reference.
     *
     * @param name the moderator's name, the prefix of its column names
     * @param values one level per row
     * @return this builder
     * @throws IllegalArgumentException if the length differs from the rows, a value is blank, or a
     *     column name is taken
     */
    public Builder categorical(String name, List<String> values) {
      return categorical(name, values, List.copyOf(new TreeSet<>(values)));
    }

    /**
     * Adds a categorical moderator with its levels in the order given, the first the reference (R's
     * {@code relevel}/{@code factor(levels = ...)}); a level no row has gives a column of zeros,
     * which the fit drops.
     *
     * @param name the moderator's name, the prefix of its column names
     * @param values one level per row
     * @param levels every level, each once, the reference first
     * @return this builder
     * @throws IllegalArgumentException if the length differs from the rows, a value is not among
     *     the levels, a level repeats, or a column name is taken
     */
    public Builder categorical(String name, List<String> values, List<String> levels) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("moderator name must not be blank");
      }
      if (values.size() != rows) {
        throw new IllegalArgumentException(
            "moderator "
                + name
                + " must have "
                + rows
                + " values, one per study, had "
                + values.size());
      }
      Set<String> distinct = new LinkedHashSet<>(levels);
      if (distinct.size() != levels.size()) {
        throw new IllegalArgumentException(
            "moderator " + name + ": levels must not repeat, were " + levels);
      }
      for (int i = 0; i < values.size(); i++) {
        if (!distinct.contains(values.get(i))) {
          throw new IllegalArgumentException(
              "moderator "
                  + name
                  + ", row "
                  + (i + 1)
                  + ": value '"
                  + values.get(i)
                  + "' is not one of the levels "
                  + levels);
        }
      }
      for (int l = 1; l < levels.size(); l++) {
        double[] dummy = new double[rows];
        for (int i = 0; i < rows; i++) {
          dummy[i] = values.get(i).equals(levels.get(l)) ? 1 : 0;
        }
        continuous(name + levels.get(l), dummy);
      }
      return this;
    }

    private void checkName(String name) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("moderator column name must not be blank");
      }
      if (names.contains(name)) {
        throw new IllegalArgumentException(
            "moderator column name " + name + " is already used; columns: " + names);
      }
    }

    /** {@return the model matrix} */
    public ModelMatrix build() {
      return new ModelMatrix(names, columns.toArray(new double[0][]), rows);
    }
  }
}
