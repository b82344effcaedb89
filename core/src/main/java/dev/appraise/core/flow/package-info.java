/**
 * The PRISMA 2020 flow of records and reports through a systematic review: the counts a review
 * reports ({@link dev.appraise.core.flow.PrismaFlow}), the arithmetic that links its stages ({@link
 * dev.appraise.core.flow.PrismaFlowCheck}) and the flow diagram as SVG ({@link
 * dev.appraise.core.flow.PrismaFlowSvg}).
 *
 * <p>Reference: Page MJ, McKenzie JE, Bossuyt PM, et al. The PRISMA 2020 statement: an updated
 * guideline for reporting systematic reviews. BMJ 2021;372:n71, figure 1 (flow diagram template for
 * new systematic reviews which included searches of databases, registers and other sources).
 */
@NullMarked
@ValueStyle
package dev.appraise.core.flow;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
