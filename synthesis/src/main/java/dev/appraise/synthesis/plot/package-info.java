/**
 * Figures of a synthesis as SVG: the forest plot ({@link dev.appraise.synthesis.plot.ForestPlot})
 * and the funnel plot ({@link dev.appraise.synthesis.plot.FunnelPlot}) of a meta-analysis, and the
 * effect-direction plot ({@link dev.appraise.synthesis.plot.EffectDirectionPlot}) of a synthesis
 * without meta-analysis.
 *
 * <p>Every figure is a self-contained SVG 1.1 document written through core's markup layer: text is
 * text (a screen reader and a text search find every label and number), the document has a title
 * and a description, each study is a group with its own tooltip, and no reading depends on colour
 * alone. Layouts scale with the number of studies, so that 1 and 150 studies both read, and labels
 * are placed so that they do not overlap.
 */
@NullMarked
package dev.appraise.synthesis.plot;

import org.jspecify.annotations.NullMarked;
