/**
 * JSON in formats described by JSON Schemas shipped with the library: a whole review ({@link
 * dev.appraise.core.io.ReviewJson}, {@code /dev/appraise/core/io/review.schema.json}) and a
 * taxonomy ({@link dev.appraise.core.io.TaxonomyJson}, {@code
 * /dev/appraise/core/io/taxonomy.schema.json}). Both read through {@link
 * dev.appraise.core.io.SchemaJsonReader}, the one way appraise reads JSON, which other modules use
 * for formats of their own: it checks a document against its schema, then builds it, and reports
 * every problem at its JSON pointer in one {@link dev.appraise.core.InputFormatException}.
 */
@NullMarked
@ValueStyle
package dev.appraise.core.io;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
