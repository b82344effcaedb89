package dev.appraise.examples.jmh;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;

/** The peer: DKPro Agreement 2.2.1 computing the same coefficients on the same data. */
public final class Dkpro {

  private Dkpro() {}

  /**
   * DKPro's study of the data: one item per unit, the category values as {@link Integer}s (which
   * its ordinal and interval distances need), {@code null} for a missing cell.
   *
   * @param data the data
   * @return the study
   */
  public static CodingAnnotationStudy study(RatingData data) {
    CodingAnnotationStudy study = new CodingAnnotationStudy(data.raters());
    Integer[] values = new Integer[RatingData.CATEGORIES];
    for (int code = 0; code < values.length; code++) {
      values[code] = RatingData.value(code);
    }
    Object[] item = new Object[data.raters()];
    for (int unit = 0; unit < data.units(); unit++) {
      for (int rater = 0; rater < data.raters(); rater++) {
        int code = data.code(unit, rater);
        item[rater] = code == RatingData.MISSING ? null : values[code];
      }
      study.addItemAsArray(item);
    }
    return study;
  }

  /**
   * Computes a coefficient the way a DKPro user does: a new measure object over the study, then its
   * agreement.
   *
   * @param coefficient the coefficient
   * @param study the study
   * @return the coefficient's value
   */
  public static double compute(BenchmarkCase coefficient, CodingAnnotationStudy study) {
    switch (coefficient) {
      case ALPHA_NOMINAL:
        return new KrippendorffAlphaAgreement(study, new NominalDistanceFunction())
            .calculateAgreement();
      case ALPHA_ORDINAL:
        return new KrippendorffAlphaAgreement(study, new OrdinalDistanceFunction())
            .calculateAgreement();
      case ALPHA_INTERVAL:
        return new KrippendorffAlphaAgreement(study, new IntervalDistanceFunction())
            .calculateAgreement();
      case FLEISS_KAPPA:
        return new FleissKappaAgreement(study).calculateAgreement();
      case COHEN_KAPPA:
        return new CohenKappaAgreement(study).calculateAgreement();
      default:
        throw new AssertionError(coefficient);
    }
  }
}
