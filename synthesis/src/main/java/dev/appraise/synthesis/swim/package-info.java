/**
 * Synthesis without meta-analysis (SWiM): vote counting based on the direction of effect, the
 * synthesis the Cochrane Handbook (ch. 12) accepts when effect estimates cannot be pooled, as the
 * SWiM guideline (Campbell et al. 2020) asks it to be reported, with the within-study rule of Boon
 * and Thomson (2021).
 *
 * <pre>{@code
 * List<OutcomeDirection> results = List.of(
 *     OutcomeDirection.of("Smith 2001", "pain", EffectDirection.FAVOURS_INTERVENTION),
 *     OutcomeDirection.of("Smith 2001", "pain", EffectDirection.NO_CHANGE),       // a second pain measure
 *     OutcomeDirection.of("Jones 2004", "pain", EffectDirection.FAVOURS_COMPARATOR),
 *     OutcomeDirection.of("Lee 2010", "pain",
 *         EffectDirection.fromChange(ChangeDirection.DECREASE, ChangeDirection.DECREASE)));  // pain fell
 * DomainVoteCount pain = VoteCounting.withDefaults().count(results).domain("pain");
 * pain.favouring();     // 1: Smith's two results agree 50 %, under the 70 % rule: conflicting
 * pain.signTestP();     // exact two-sided sign test on 1 of 2
 * pain.interval();      // Wilson interval for the proportion favouring the intervention
 * }</pre>
 *
 * <p>Directions come from the data ({@link dev.appraise.synthesis.swim.EffectDirection#fromChange}
 * reads core's {@link dev.appraise.core.model.ChangeDirection} of an imaging or clinical outcome),
 * from a file ({@link dev.appraise.synthesis.swim.EffectDirectionCsv}) or from the reviewer. The
 * effect-direction plot is {@link dev.appraise.synthesis.plot.EffectDirectionPlot}; the SWiM items
 * are {@link dev.appraise.synthesis.swim.SwimItem}.
 *
 * <p>References: McKenzie JE, Brennan SE (2019), Synthesizing and presenting findings using other
 * methods, Cochrane Handbook for Systematic Reviews of Interventions, ch. 12. Campbell M et al.
 * (2020), BMJ 368:l6890. Boon MH, Thomson H (2021), Res Synth Methods 12:29-33.
 */
@NullMarked
@ValueStyle
package dev.appraise.synthesis.swim;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
