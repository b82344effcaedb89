/**
 * Checks of what a review reports against what its own numbers imply: a percentage against the
 * ratio it summarises, at the precision it is written with; a total against a product of counts or
 * a sum of parts. Each check returns a {@link dev.appraise.core.check.Finding}, which the PRISMA
 * flow check shares.
 */
@NullMarked
@ValueStyle
package dev.appraise.core.check;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
