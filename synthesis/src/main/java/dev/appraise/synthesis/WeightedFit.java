package dev.appraise.synthesis;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Weighted least squares for a k x p model matrix {@code X} and weights {@code w}: {@code A =
 * (X'WX)⁻¹} by the QR decomposition of {@code W^½ X} (metafor's {@code .invcalc}), the
 * coefficients, residual sums of squares, and the sums over {@code P = W - W X A X' W} that the
 * tau² estimators need, computed entry by entry without storing the k x k matrix.
 */
final class WeightedFit {

  private final double[][] x;
  private final double[] w;
  private final int k;
  private final int p;
  private final double[][] a;
  private final double logDet;

  /** {@code u[i] = A x_i}, so that {@code x_i' A x_j = x_i · u[j]}. */
  private final double[][] u;

  WeightedFit(double[][] columns, double[] w) {
    this.x = columns;
    this.w = w;
    this.p = columns.length;
    this.k = w.length;
    double[][] sx = new double[k][p];
    for (int i = 0; i < k; i++) {
      double s = Math.sqrt(w[i]);
      for (int j = 0; j < p; j++) {
        sx[i][j] = s * columns[j][i];
      }
    }
    RealMatrix r = new QRDecomposition(new Array2DRowRealMatrix(sx, false)).getR();
    double[][] rinv = new double[p][p];
    double ld = 0;
    for (int j = p - 1; j >= 0; j--) {
      double rjj = r.getEntry(j, j);
      if (rjj == 0) {
        throw new IllegalArgumentException(
            "model matrix is not of full rank; cannot fit the model");
      }
      ld += 2 * Math.log(Math.abs(rjj));
      rinv[j][j] = 1 / rjj;
      for (int col = j + 1; col < p; col++) {
        double s = 0;
        for (int l = j + 1; l <= col; l++) {
          s += r.getEntry(j, l) * rinv[l][col];
        }
        rinv[j][col] = -s / rjj;
      }
    }
    this.logDet = ld;
    this.a = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        double s = 0;
        for (int l = Math.max(i, j); l < p; l++) {
          s += rinv[i][l] * rinv[j][l];
        }
        a[i][j] = s;
      }
    }
    this.u = new double[k][p];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < p; j++) {
        double s = 0;
        for (int l = 0; l < p; l++) {
          s += a[j][l] * columns[l][i];
        }
        u[i][j] = s;
      }
    }
  }

  /** {@return {@code (X'WX)⁻¹}, p x p; not copied} */
  double[][] inverse() {
    return a;
  }

  /** {@return {@code log det(X'WX)}} */
  double logDet() {
    return logDet;
  }

  /** {@return the weights} */
  double[] weights() {
    return w;
  }

  /** {@return {@code b = (X'WX)⁻¹ X'W y}} */
  double[] coefficients(double[] y) {
    double[] b = new double[p];
    for (int i = 0; i < k; i++) {
      double wy = w[i] * y[i];
      for (int j = 0; j < p; j++) {
        b[j] += u[i][j] * wy;
      }
    }
    return b;
  }

  /** {@return the residuals {@code y - X b} of the weighted fit} */
  double[] residuals(double[] y) {
    double[] b = coefficients(y);
    double[] r = new double[k];
    for (int i = 0; i < k; i++) {
      double f = 0;
      for (int j = 0; j < p; j++) {
        f += x[j][i] * b[j];
      }
      r[i] = y[i] - f;
    }
    return r;
  }

  /** {@return {@code y'Py = Σ w (y - Xb)²}} */
  double rss(double[] y) {
    double[] r = residuals(y);
    double s = 0;
    for (int i = 0; i < k; i++) {
      s += w[i] * r[i] * r[i];
    }
    return s;
  }

  /** {@return {@code y'PPy = Σ (w (y - Xb))²}, since {@code Py = W (y - Xb)}} */
  double rssSquaredWeights(double[] y) {
    double[] r = residuals(y);
    double s = 0;
    for (int i = 0; i < k; i++) {
      double wr = w[i] * r[i];
      s += wr * wr;
    }
    return s;
  }

  /** {@return {@code x_i' A x_j}} */
  private double h(int i, int j) {
    double s = 0;
    for (int l = 0; l < p; l++) {
      s += x[l][i] * u[j][l];
    }
    return s;
  }

  /** {@return the entry {@code P[i][j]}} */
  double pEntry(int i, int j) {
    double e = -w[i] * w[j] * h(i, j);
    return i == j ? w[i] + e : e;
  }

  /** {@return {@code tr(P)}} */
  double traceP() {
    double s = 0;
    for (int i = 0; i < k; i++) {
      s += pEntry(i, i);
    }
    return s;
  }

  /**
   * Sums over P that need every entry: {@code tr(P)}, {@code tr(PP) = Σ P_ij²}, {@code tr(PV) = Σ
   * P_ii v_i}, {@code tr(PVPV) = Σ P_ij² v_i v_j} and {@code tr(PPV) = Σ P_ij² v_j}.
   */
  Sums sums(double[] v) {
    double trP = 0;
    double trPP = 0;
    double trPV = 0;
    double trPVPV = 0;
    double trPPV = 0;
    for (int i = 0; i < k; i++) {
      double rowV = 0;
      for (int j = 0; j < k; j++) {
        double e = pEntry(i, j);
        double e2 = e * e;
        trPP += e2;
        rowV += e2 * v[j];
        if (i == j) {
          trP += e;
          trPV += e * v[i];
        }
      }
      trPVPV += rowV * v[i];
      trPPV += rowV;
    }
    return new Sums(trP, trPP, trPV, trPVPV, trPPV);
  }

  /** The sums over P of {@link #sums(double[])}. */
  record Sums(double trP, double trPP, double trPV, double trPVPV, double trPPV) {}
}
