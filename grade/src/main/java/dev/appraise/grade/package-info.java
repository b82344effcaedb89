/**
 * GRADE certainty of evidence: certainty levels, the domains for rating down and up, grading
 * policies that turn a starting level and a set of ratings into a certainty with an explanation of
 * every step, suggestion policies that propose ratings from data (never deciding silently), and
 * evidence profiles exported to Markdown, CSV, JSON and HTML.
 *
 * <p>References: Guyatt et al., GRADE guidelines 3-9, J Clin Epidemiol 2011;64; Schünemann et al.,
 * GRADE guidelines 18, J Clin Epidemiol 2019;111:105-114; Zeng et al., GRADE guidance 34, J Clin
 * Epidemiol 2022;150:216-224; Cochrane Handbook for Systematic Reviews of Interventions version
 * 6.4, chapters 10 and 14.
 */
@NullMarked
@ValueStyle
package dev.appraise.grade;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
