/**
 * Clustering of studies and their imaging outcomes by treatment concept, MRI modality concept and
 * population subgroup ({@link dev.appraise.core.cluster.StudyClustering}), with a summary per
 * cluster.
 */
@NullMarked
@ValueStyle
package dev.appraise.core.cluster;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
