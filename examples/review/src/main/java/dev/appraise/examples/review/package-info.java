/**
 * The seed review (Pain Physician 2017;20:139-154, nine studies of brain changes after conservative
 * treatment of chronic musculoskeletal pain) as data, run end to end: PRISMA flow check, an
 * illustrative two-rater risk-of-bias rating through the consensus workflow, clusters by treatment
 * and MRI modality, GRADE per cluster and the checks of the numbers the review reports; written as
 * an HTML and Markdown report.
 */
@NullMarked
@ValueStyle
package dev.appraise.examples.review;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
