/**
 * Inter-rater agreement of categorical ratings: percent agreement, the kappa family, Gwet's
 * AC1/AC2, Brennan-Prediger, Krippendorff's alpha and specific agreement, each with its standard
 * error and confidence interval where the literature gives one. Intraclass correlation of numeric
 * ratings is in {@link dev.appraise.core.agreement.icc}; percent agreement given as a count ("65 of
 * 72 items") with intervals for a proportion is in {@link dev.appraise.core.agreement.proportion};
 * the {@link dev.appraise.core.stats.ConfidenceInterval} of every result is in {@link
 * dev.appraise.core.stats}.
 *
 * <p><b>Categorical agreement in one call.</b> Build a {@link
 * dev.appraise.core.agreement.RatingTable} (units x raters, missing cells allowed) with a {@link
 * dev.appraise.core.agreement.RatingTableAccumulator}, or give a two-rater {@link
 * dev.appraise.core.agreement.ContingencyTable} or per-unit {@link
 * dev.appraise.core.agreement.CategoryCounts}, then ask for every coefficient defined for it:
 *
 * <pre>{@code
 * CategorySet<String> levels = CategorySet.of("low", "some concerns", "high");
 * RatingTableAccumulator<String> ratings = RatingTableAccumulator.create(levels, List.of("Ann", "Ben"));
 * ratings.add("Smith 2014, D1", List.of("low", "low"));
 * ratings.add("Smith 2014, D2", Arrays.asList("high", null)); // Ben's rating is missing
 * AgreementReport report = AgreementReport.of(ratings.snapshot(),
 *     AgreementOptions.withDefaults().withWeights(Weights.linear()).withBootstrap(2000, 42L));
 * Estimate kappa = report.coefficient(Coefficient.COHEN_KAPPA).orElseThrow();
 * }</pre>
 *
 * <p>Each {@link dev.appraise.core.agreement.Estimate} carries its value (or the reason it is
 * undefined), its standard error and the method that produced it, and its interval with the
 * interval's method. The formulas, the references, the missing-data rule and the cost of each
 * coefficient are on {@link dev.appraise.core.agreement.Coefficient}; the shapes and missing-data
 * rules on {@link dev.appraise.core.agreement.AgreementReport}.
 *
 * <p><b>Large inputs.</b> Ratings are stored as {@code short} codes, never one object per cell. To
 * go beyond memory, feed units to an {@link dev.appraise.core.agreement.AgreementStatsAccumulator}
 * (O(k^2) memory; accumulators of chunks merge) and report from its {@link
 * dev.appraise.core.agreement.AgreementStats}: every point estimate, and the standard errors that
 * depend on the margins only.
 *
 * <p><b>Bootstrap.</b> {@link dev.appraise.core.agreement.AgreementOptions#withBootstrap(int,
 * long)} resamples whole units with replacement (seeded, reproducible) and recomputes every
 * coefficient from the encoded data; intervals are percentile or BCa with the jackknife
 * acceleration of Efron and Tibshirani (1993). For Krippendorff's alpha this differs from the
 * bootstrap of Hayes and Krippendorff (2007), which resamples pairable values.
 */
@NullMarked
@ValueStyle
package dev.appraise.core.agreement;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
