/**
 * Statistical values shared across appraise: a {@link dev.appraise.core.stats.ConfidenceInterval}
 * with its level and method, as produced by the agreement coefficients, the intervals for
 * proportions, the intraclass correlations and meta-analysis.
 */
@NullMarked
@ValueStyle
package dev.appraise.core.stats;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
