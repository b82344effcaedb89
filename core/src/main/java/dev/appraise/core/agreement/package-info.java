/**
 * Inter-rater agreement: percent agreement, the kappa family, Gwet's AC1/AC2, Brennan-Prediger, Krippendorff's
 * alpha, specific agreement, intraclass correlation and intervals for proportions, each with its standard error and
 * confidence interval where the literature gives one.
 */
@NullMarked
@ValueStyle
package dev.appraise.core.agreement;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
