/**
 * Percent agreement given as a count, "agreed on 65 of 72 items", with confidence intervals for a
 * binomial proportion: Wilson, Clopper-Pearson and Agresti-Coull.
 *
 * <pre>{@code
 * ProportionOfAgreement pa = ProportionOfAgreement.of(65, 72);  // 90.3 %
 * ConfidenceInterval wilson = pa.wilson();                      // [0.8126, 0.9521]
 * ConfidenceInterval exact = pa.clopperPearson();               // [0.8099, 0.9600]
 * }</pre>
 *
 * <p>{@link dev.appraise.core.agreement.proportion.ProportionInterval} is each interval method on
 * its own, for any {@code k} of {@code n}; {@link
 * dev.appraise.core.agreement.proportion.ProportionOfAgreement} holds the count and gives its
 * proportion, binomial standard error, intervals and agreement {@link
 * dev.appraise.core.agreement.Estimate}.
 */
@NullMarked
@ValueStyle
package dev.appraise.core.agreement.proportion;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
