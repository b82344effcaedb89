/**
 * The typed model of a systematic review: studies, their design, population, arms, interventions,
 * comparators, imaging and clinical outcomes, risk-of-bias judgements, and the review that holds
 * them.
 */
@NullMarked
@ValueStyle
package dev.appraise.core.model;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
