/**
 * Quantitative synthesis with the results of R's metafor (Viechtbauer 2010), its defaults and its
 * names: effect sizes ({@code escalc}), equal- and random-effects meta-analysis and meta-regression
 * ({@code rma.uni}) with the tau² estimators FE, DL, HE, HS, SJ, ML, REML, EB and PM, z, t and
 * Knapp-Hartung tests, prediction intervals, Q, I², H² and the Q-profile intervals for tau², tau,
 * I² and H² ({@code confint.rma.uni}); on a fitted model, leave-one-out ({@code leave1out}),
 * Egger's regression test ({@code regtest}), the rank correlation test ({@code ranktest}) and
 * trim-and-fill ({@code trimfill}); subgroup analysis with the test for subgroup differences as
 * RevMan reports it.
 *
 * <p><b>From data to a pooled effect.</b>
 *
 * <pre>{@code
 * EffectSizes es = EffectSizes.withDefaults();                  // escalc: add 1/2 to tables with a zero cell
 * List<EffectSize> studies = List.of(
 *     es.twoByTwo(EffectMeasure.RR, TwoByTwo.of("Aronson 1948", 4, 119, 11, 128)),
 *     es.twoByTwo(EffectMeasure.RR, TwoByTwo.of("Ferguson & Simes 1949", 6, 300, 29, 274)),
 *     es.twoByTwo(EffectMeasure.RR, TwoByTwo.of("Rosenthal 1960", 3, 228, 11, 209)));
 * MetaAnalysisResult fit = MetaAnalysis.withDefaults()         // REML, z test, level 0.95
 *     .withMethod(Tau2Method.DL).withTest(TestKind.KNHA).fit(studies);
 * fit.estimate();                     // pooled log risk ratio
 * fit.ratioScale().orElseThrow();     // risk ratio with its interval
 * fit.heterogeneity().i2();           // I² in percent
 * fit.heterogeneityInterval();        // Q-profile interval for tau², tau, I², H²
 * }</pre>
 *
 * <p><b>Meta-regression.</b> {@link dev.appraise.synthesis.ModelMatrix} holds the moderators as
 * named columns after the intercept, continuous or categorical with treatment coding as R's {@code
 * model.matrix} builds them; {@link dev.appraise.synthesis.MetaAnalysis#fit(java.util.List,
 * dev.appraise.synthesis.ModelMatrix)} returns the coefficients, the omnibus test of the moderators
 * (QM), residual heterogeneity and the pseudo R².
 *
 * <p><b>Sensitivity, small-study effects, subgroups.</b> The analyses of a fitted model refit it
 * with its own settings ({@link dev.appraise.synthesis.MetaAnalysisResult#analysis()}), as metafor
 * reuses the model's arguments:
 *
 * <pre>{@code
 * LeaveOneOut.of(fit).rows();                          // the model without each study in turn
 * SmallStudyTests.egger(fit).pValue();                 // regtest: the meta-regression on sqrt(vi)
 * SmallStudyTests.rankCorrelation(fit).tau();          // ranktest: Begg and Mazumdar's Kendall tau
 * TrimAndFill.withDefaults().fill(fit).missing();      // trimfill: L0, the side estimated as metafor does
 * SubgroupAnalysis.of(MetaAnalysis.withDefaults())     // a model per subgroup, then Q between on G - 1 df
 *     .fit(studies, labels).differences();
 * }</pre>
 *
 * <p><b>Agreement with metafor.</b> Closed-form quantities (effect sizes, the FE, DL, HE, HS and SJ
 * estimates, weights, tests, intervals, Q, I², H²) agree with metafor to rounding. The iterative
 * ones follow metafor's algorithms step by step: Fisher scoring for ML, REML and EB from the HE
 * estimate with step halving, threshold {@code 1e-5} and at most 100 iterations; Brent's root
 * finding as R's {@code uniroot} does it, with tolerance {@code .Machine$double.eps^0.25}, for PM
 * and the Q-profile bounds; they therefore agree with metafor to far better than their tolerances.
 * An estimator that does not converge throws a {@link dev.appraise.synthesis.ConvergenceException};
 * nothing is returned silently.
 *
 * <p><b>Beside this package.</b> Where effect estimates cannot be pooled, {@link
 * dev.appraise.synthesis.swim} counts studies by the direction of their effect (vote counting with
 * the sign test, as the Cochrane Handbook's chapter 12 and the SWiM guideline describe it); {@link
 * dev.appraise.synthesis.plot} draws forest and funnel plots of a fitted model and the
 * effect-direction plot of a vote count.
 *
 * <p>References: Viechtbauer W (2010), Conducting meta-analyses in R with the metafor package, J
 * Stat Softw 36(3):1-48. Egger M, Davey Smith G, Schneider M, Minder C (1997), Bias in
 * meta-analysis detected by a simple, graphical test, BMJ 315:629-634. Begg CB, Mazumdar M (1994),
 * Operating characteristics of a rank correlation test for publication bias, Biometrics
 * 50:1088-1101. Duval S, Tweedie R (2000), Biometrics 56:455-463 and J Am Stat Assoc 95:89-98.
 * Sterne JAC, Egger M (2005), Regression methods to detect publication and other bias in
 * meta-analysis, in Rothstein HR, Sutton AJ, Borenstein M (eds), Publication bias in meta-analysis,
 * Wiley, 99-110.
 */
@NullMarked
@ValueStyle
package dev.appraise.synthesis;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
