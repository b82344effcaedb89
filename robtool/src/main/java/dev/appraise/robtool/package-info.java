/**
 * Risk-of-bias tools as data (Cochrane RoB 1, RoB 2, ROBINS-I, QUADAS-2 and user-defined tools),
 * the RoB 2 algorithms that propose judgements, the two-rater workflow from independent assessments
 * through agreement, consensus and adjudication to a final assessment with its trail, and summaries
 * of a body of judgements.
 */
@NullMarked
@ValueStyle
package dev.appraise.robtool;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
