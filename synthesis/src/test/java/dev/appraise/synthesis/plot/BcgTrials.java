package dev.appraise.synthesis.plot;

import dev.appraise.synthesis.EffectMeasure;
import dev.appraise.synthesis.EffectSize;
import dev.appraise.synthesis.EffectSizes;
import dev.appraise.synthesis.TwoByTwo;
import java.util.ArrayList;
import java.util.List;

/**
 * The 13 BCG vaccine trials of Colditz GA et al. (1994), JAMA 271:698-702, as R's {@code
 * metadat::dat.bcg} holds them: trial, TB cases and non-cases among the vaccinated, among the
 * controls, allocation.
 */
final class BcgTrials {

  static final Object[][] TRIALS = {
    {"Aronson 1948", 4, 119, 11, 128, "random"},
    {"Ferguson & Simes 1949", 6, 300, 29, 274, "random"},
    {"Rosenthal et al 1960", 3, 228, 11, 209, "random"},
    {"Hart & Sutherland 1977", 62, 13536, 248, 12619, "random"},
    {"Frimodt-Moller et al 1973", 33, 5036, 47, 5761, "alternate"},
    {"Stein & Aronson 1953", 180, 1361, 372, 1079, "alternate"},
    {"Vandiviere et al 1973", 8, 2537, 10, 619, "random"},
    {"TPT Madras 1980", 505, 87886, 499, 87892, "random"},
    {"Coetzee & Berjak 1968", 29, 7470, 45, 7232, "random"},
    {"Rosenthal et al 1961", 17, 1699, 65, 1600, "systematic"},
    {"Comstock et al 1974", 186, 50448, 141, 27197, "systematic"},
    {"Comstock & Webster 1969", 5, 2493, 3, 2338, "systematic"},
    {"Comstock et al 1976", 27, 16886, 29, 17825, "systematic"},
  };

  private BcgTrials() {}

  static List<EffectSize> logRiskRatios() {
    List<TwoByTwo> tables = new ArrayList<>();
    for (Object[] t : TRIALS) {
      tables.add(TwoByTwo.of((String) t[0], (int) t[1], (int) t[2], (int) t[3], (int) t[4]));
    }
    return EffectSizes.withDefaults().twoByTwo(EffectMeasure.RR, tables);
  }

  static List<String> allocations() {
    List<String> out = new ArrayList<>();
    for (Object[] t : TRIALS) {
      out.add((String) t[5]);
    }
    return out;
  }
}
