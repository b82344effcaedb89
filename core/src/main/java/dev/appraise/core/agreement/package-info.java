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
 * ratings.add("Smith 2014, D1", "low", "low");
 * ratings.add("Smith 2014, D2", "high", null); // Ben's rating is missing
 * AgreementReport report = AgreementReport.of(ratings.snapshot(),
 *     AgreementOptions.withDefaults().withWeights(Weights.linear()).withBootstrap(2000, 42L));
 * Estimate kappa = report.coefficient(Coefficient.COHEN_KAPPA).orElseThrow();
 * }</pre>
 *
 * <p><b>Ratings as triples.</b> Ratings exported one per line as (unit, rater, value), as
 * annotation and screening platforms give them, go in one at a time with {@link
 * dev.appraise.core.agreement.RatingTableAccumulator#addRating}; units and raters are named by the
 * ratings (or the raters fixed at creation, so that a rater who rated nothing still counts), and
 * every coefficient the data supports follows, the rater-aware ones (Conger's and Light's kappa,
 * each rater's margins) included. The table is the same {@link
 * dev.appraise.core.agreement.RatingTable}, kept sparse when most cells are missing: its memory and
 * every pass over it follow the ratings given, not units x raters (200,000 units rated 3 times by
 * 2,000 raters: about 6 MB of ratings instead of 800 MB of cells), and the raters' pairwise tables
 * are kept only for pairs that rated a unit in common. A sparse form of the table rather than a
 * type of its own, so that every method that takes a table takes it.
 *
 * <pre>{@code
 * RatingTableAccumulator<String> crowd = RatingTableAccumulator.create();
 * crowd.addRating("doc-17", "annotator-3", "relevant");
 * crowd.addRating("doc-17", "annotator-9", "irrelevant");
 * AgreementReport report = AgreementReport.of(crowd.snapshot(), AgreementOptions.withDefaults());
 * }</pre>
 *
 * <p>A units x raters CSV (unit id, then one column per rater, an empty cell or {@code NA} missing)
 * is read in one call, every problem with its line in one {@link
 * dev.appraise.core.InputFormatException}: {@code
 * RatingTableCsv.withDefaults().read(Path.of("ratings.csv"))}, or with the categories declared,
 * {@code read(path, CategorySet.integers(1, 5))}; see {@link
 * dev.appraise.core.agreement.RatingTableCsv}.
 *
 * <p>Each {@link dev.appraise.core.agreement.Estimate} carries its value (or the reason it is
 * undefined), its standard error and the method that produced it, and its interval with the
 * interval's method; {@code valueOrThrow()}, {@code standardErrorOrThrow()} and {@code
 * intervalOrThrow()} read them in one step, saying why when there is none. It also names the
 * conventions it followed ({@code conventions()}: missing ratings, weights, variance divisor,
 * population) and, for specific agreement and the prevalence and bias indices, the category it took
 * as positive. The formulas, the references, the missing-data rule and the cost of each coefficient
 * are on {@link dev.appraise.core.agreement.Coefficient}; the shapes and missing-data rules on
 * {@link dev.appraise.core.agreement.AgreementReport}.
 *
 * <p><b>Conventions.</b> By default every coefficient follows its own literature: Cohen's kappa the
 * Fleiss, Cohen and Everitt (1969) variance (divided by {@code n}) with a normal interval, the
 * others Gwet's (2014) linearisation variance (divided by {@code n - 1}) with Student's t on {@code
 * n - 1} degrees of freedom; the two-rater coefficients read the units both raters rated, the
 * others Gwet's missing-data rule, alpha and specific agreement every pairable value; alpha's
 * finite-population correction counts the pairable units; Conger's kappa needs three raters; alpha
 * takes its level's differences, not the weights; the lower bound of a Wald interval is clipped to
 * the coefficient's least value. R's packages differ, each in its own way, and {@link
 * dev.appraise.core.agreement.AgreementOptions.Conventions} names their sets:
 *
 * <table>
 *   <caption>R functions and the options that give their values</caption>
 *   <tr><th>R</th><th>here</th></tr>
 *   <tr><td>irrCAC {@code pa.coeff.raw}, {@code gwet.ac1.raw}, {@code fleiss.kappa.raw}, {@code conger.kappa.raw},
 *       {@code bp.coeff.raw}, {@code krippen.alpha.raw}</td>
 *       <td>{@code withConventions(IRRCAC)}; {@code gwet.ac1.raw} with weights is {@code GWET_AC2}; on two raters
 *       {@code conger.kappa.raw} is also {@code COHEN_KAPPA} and {@code fleiss.kappa.raw} {@code SCOTT_PI}</td></tr>
 *   <tr><td>irrCAC {@code kappa2.table}, {@code scott2.table}, {@code gwet.ac1.table}, {@code bp2.table},
 *       {@code pa2.table}</td>
 *       <td>{@code withConventions(IRRCAC).withVarianceDivisor(N)}, categories at their positions</td></tr>
 *   <tr><td>irr {@code kappa2}, {@code kappam.fleiss} (its {@code exact = TRUE}: {@code CONGER_KAPPA}),
 *       {@code kappam.light}, {@code agree} (two raters)</td>
 *       <td>{@code withConventions(IRR)}; its {@code equal} and {@code squared} weights are
 *       {@code Weights.of("equal")} and {@code Weights.of("squared")} on the categories' positions</td></tr>
 *   <tr><td>irr {@code kripp.alpha}</td><td>the defaults, {@code withLevel(...)}</td></tr>
 *   <tr><td>psych {@code cohen.kappa}</td><td>the defaults; its weights are quadratic on the positions</td></tr>
 *   <tr><td>irr {@code icc}, psych {@code ICC(lmer = FALSE)}</td>
 *       <td>{@link dev.appraise.core.agreement.icc.IntraclassCorrelation}; irr's ICC(2,k) interval with
 *       {@code withAverageIntervalRho(ICC2K)}</td></tr>
 * </table>
 *
 * <p>Compared with irrCAC 1.0, irr 0.84.1 and psych 2.2.9 on 32 tables (2 to 8 raters, 2 to 7
 * categories, 0 to 30 % missing, 9 to 500 units; {@code r_comparison.R} and {@code
 * RPackagesComparisonTest} in the tests): of 1,923 values, 1,878 agree to 1e-6 under these options
 * (1,394 under the defaults alone); of the other 45, 27 are errors of the packages (psych's
 * weighted kappa variance, irr's alpha on complete tables of three or more raters) and 18 are
 * psych's REML intraclass correlations, which no option reproduces.
 *
 * <p><b>Small samples.</b> A standard error of 0 (perfect agreement, or a rater who put every unit
 * in one category) gets no interval: its zero width would say nothing, and {@link
 * dev.appraise.core.agreement.Estimate#intervalNote()} says why; so does a bootstrap whose
 * replicates are all equal. Below {@link
 * dev.appraise.core.agreement.AgreementOptions#smallSampleUnits(int) 2 q^2 units} (Cicchetti and
 * Fleiss 1977) an analytic interval carries a note recommending the bootstrap BCa interval.
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
