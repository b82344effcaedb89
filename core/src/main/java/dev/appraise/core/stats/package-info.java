/**
 * Statistical values shared across appraise: a {@link dev.appraise.core.stats.ConfidenceInterval}
 * with its level and method, as produced by the agreement coefficients, the intervals for
 * proportions, the intraclass correlations and meta-analysis; and a {@link
 * dev.appraise.core.stats.PooledEffect}, the result of a meta-analysis with its heterogeneity,
 * small-study tests and {@linkplain dev.appraise.core.stats.StudyEstimate study weights}, which
 * synthesis produces and GRADE reads.
 */
@NullMarked
@ValueStyle
package dev.appraise.core.stats;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
