/**
 * GRADE certainty of evidence: certainty levels, the domains for rating down and up, grading
 * policies that turn a starting level and a set of ratings into a certainty with an explanation of
 * every step, suggestion policies that propose ratings from data (never deciding silently), and
 * evidence profiles exported to Markdown, CSV, JSON and HTML.
 *
 * <p>A meta-analysis reaches this package as {@link dev.appraise.core.stats.PooledEffect}, a {@code
 * core} type, through {@link dev.appraise.grade.EvidenceBody#fromPooledEffect}; the policies then
 * read its I², tau², prediction interval, study intervals and weights and small-study tests ({@link
 * dev.appraise.grade.Suggestions#forMetaAnalysis()}). {@link dev.appraise.grade.AbsoluteEffect}
 * turns a relative effect and an {@link dev.appraise.grade.AssumedRisk} into risks and risk
 * differences, {@link dev.appraise.grade.AbsoluteMeanDifference} does the same for continuous
 * outcomes, and {@link dev.appraise.grade.SummaryOfFindingsWriter} writes a {@link
 * dev.appraise.grade.SummaryOfFindings} in the layout of GRADEpro and Cochrane reviews with the
 * informative statements of {@link dev.appraise.grade.InformativeStatements}.
 *
 * <p>References: Guyatt et al., GRADE guidelines 3-9, J Clin Epidemiol 2011;64; Guyatt et al.,
 * GRADE guidelines 12 and 13, J Clin Epidemiol 2013;66:158-172 and 173-183; Schünemann et al.,
 * GRADE guidelines 18, J Clin Epidemiol 2019;111:105-114; Santesso et al., GRADE guidelines 26, J
 * Clin Epidemiol 2020;119:126-135; Zeng et al., GRADE guidance 34, J Clin Epidemiol
 * 2022;150:216-224; Cochrane Handbook for Systematic Reviews of Interventions version 6.4, chapters
 * 10 and 14.
 */
@NullMarked
@ValueStyle
package dev.appraise.grade;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
