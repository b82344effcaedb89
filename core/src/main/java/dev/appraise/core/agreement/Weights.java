package dev.appraise.core.agreement;

import java.util.Locale;

/**
 * Agreement weights {@code w_kl} in [0, 1] for the weighted kappa family (Cohen 1968) and Gwet's
 * AC2: full credit ({@code w_kk = 1}) on the diagonal, partial credit off it.
 *
 * <ul>
 *   <li>{@link #identity()}: {@code w_kl = [k = l]}, the unweighted coefficients;
 *   <li>{@link #linear()}: {@code w_kl = 1 - |x_k - x_l| / (x_max - x_min)} (Cicchetti and Allison
 *       1971);
 *   <li>{@link #quadratic()}: {@code w_kl = 1 - (x_k - x_l)^2 / (x_max - x_min)^2} (Fleiss and
 *       Cohen 1973);
 *   <li>{@link #custom(double[][])}: any k x k matrix.
 * </ul>
 *
 * <p>{@code x_k} is the category's numeric value when the {@link CategorySet} is numeric, otherwise
 * its position {@code 1..q}, as in Gwet (2014) and the irrCAC package.
 */
public final class Weights {

  private final String name;
  private final double @org.jspecify.annotations.Nullable [][] custom;

  private Weights(String name, double @org.jspecify.annotations.Nullable [][] custom) {
    this.name = name;
    this.custom = custom;
  }

  /** {@return the identity weights (unweighted coefficients)} */
  public static Weights identity() {
    return new Weights("identity", null);
  }

  /** {@return linear (Cicchetti-Allison) weights} */
  public static Weights linear() {
    return new Weights("linear", null);
  }

  /** {@return quadratic (Fleiss-Cohen) weights} */
  public static Weights quadratic() {
    return new Weights("quadratic", null);
  }

  /**
   * A custom weight matrix.
   *
   * @param weights {@code weights[k][l]}, square, finite, one row per category of the data it is
   *     used with
   * @return the weights
   * @throws IllegalArgumentException if the matrix is not square or has a non-finite entry
   */
  public static Weights custom(double[][] weights) {
    double[][] copy = new double[weights.length][];
    for (int i = 0; i < weights.length; i++) {
      if (weights[i].length != weights.length) {
        throw new IllegalArgumentException(
            "weight matrix must be square ("
                + weights.length
                + " x "
                + weights.length
                + "): row "
                + (i + 1)
                + " has "
                + weights[i].length
                + " entries");
      }
      for (double w : weights[i]) {
        if (!Double.isFinite(w)) {
          throw new IllegalArgumentException(
              "weight matrix row " + (i + 1) + " has a non-finite entry " + w);
        }
      }
      copy[i] = weights[i].clone();
    }
    return new Weights("custom", copy);
  }

  /**
   * The weights named {@code identity}, {@code linear} or {@code quadratic}.
   *
   * @param name the name, any case
   * @return the weights
   * @throws IllegalArgumentException for any other name
   */
  public static Weights of(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "identity":
      case "unweighted":
        return identity();
      case "linear":
        return linear();
      case "quadratic":
        return quadratic();
      default:
        throw new IllegalArgumentException(
            "weights must be identity, linear or quadratic, was '" + name + "'");
    }
  }

  /** {@return the name: {@code identity}, {@code linear}, {@code quadratic} or {@code custom}} */
  public String name() {
    return name;
  }

  /** {@return whether these are the identity weights} */
  public boolean isIdentity() {
    return name.equals("identity");
  }

  /**
   * The weight matrix for a category set.
   *
   * @param categories the categories
   * @return {@code w[k][l]}
   * @throws IllegalArgumentException if a custom matrix does not have one row per category
   */
  public double[][] matrix(CategorySet<?> categories) {
    int q = categories.size();
    if (custom != null) {
      if (custom.length != q) {
        throw new IllegalArgumentException(
            "custom weight matrix is "
                + custom.length
                + " x "
                + custom.length
                + " but there are "
                + q
                + " categories");
      }
      double[][] copy = new double[q][];
      for (int i = 0; i < q; i++) {
        copy[i] = custom[i].clone();
      }
      return copy;
    }
    double[] x = categories.scores();
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : x) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double range = max - min;
    double[][] w = new double[q][q];
    for (int i = 0; i < q; i++) {
      for (int j = 0; j < q; j++) {
        if (i == j || name.equals("identity") || range == 0) {
          w[i][j] = i == j ? 1 : 0;
        } else if (name.equals("linear")) {
          w[i][j] = 1 - Math.abs(x[i] - x[j]) / range;
        } else {
          double d = (x[i] - x[j]) / range;
          w[i][j] = 1 - d * d;
        }
      }
    }
    return w;
  }

  /**
   * The weight matrix for a category set, flattened row by row: {@code w_kl} at {@code k * q + l}.
   */
  double[] flat(CategorySet<?> categories) {
    double[][] w = matrix(categories);
    int k = w.length;
    double[] flat = new double[k * k];
    for (int i = 0; i < k; i++) {
      System.arraycopy(w[i], 0, flat, i * k, k);
    }
    return flat;
  }

  /** The identity weights of {@code k} categories, flattened row by row. */
  static double[] flatIdentity(int k) {
    double[] flat = new double[k * k];
    for (int i = 0; i < k; i++) {
      flat[i * k + i] = 1;
    }
    return flat;
  }

  @Override
  public String toString() {
    return name;
  }
}
