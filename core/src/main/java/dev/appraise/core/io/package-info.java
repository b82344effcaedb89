/**
 * Reading and writing a whole review as JSON ({@link dev.appraise.core.io.ReviewJson}), in the format described by the
 * JSON Schema shipped as {@code /dev/appraise/core/io/review.schema.json}.
 */
@NullMarked
@ValueStyle
package dev.appraise.core.io;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
