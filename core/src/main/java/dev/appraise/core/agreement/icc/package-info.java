/**
 * Intraclass correlation for numeric ratings: the six forms of Shrout and Fleiss (1979) with their
 * F tests and the F-based intervals of Shrout and Fleiss (1979) and McGraw and Wong (1996).
 *
 * <pre>{@code
 * double[][] ratings = {{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
 * IccResult icc = IntraclassCorrelation.withDefaults().compute(ratings);  // Shrout and Fleiss (1979), Table 2
 * Estimate icc2 = icc.estimate(IccType.ICC2);                             // 0.290, 95 % interval [0.019, 0.761]
 * }</pre>
 *
 * <p>{@link dev.appraise.core.agreement.icc.IntraclassCorrelation} computes an {@link
 * dev.appraise.core.agreement.icc.IccResult}: the {@link dev.appraise.core.agreement.icc.IccAnova}
 * mean squares and one {@link dev.appraise.core.agreement.icc.IccForm} per {@link
 * dev.appraise.core.agreement.icc.IccType}, each an agreement {@link
 * dev.appraise.core.agreement.Estimate} with its interval and its {@link
 * dev.appraise.core.agreement.icc.FTest}.
 */
@NullMarked
@ValueStyle
package dev.appraise.core.agreement.icc;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
