package dev.appraise.examples.review;

import dev.appraise.core.io.ReviewJson;
import dev.appraise.core.model.Review;
import dev.appraise.robtool.CohortSelectionItem;
import dev.appraise.robtool.Tool;
import dev.appraise.robtool.Tools;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Function;

/**
 * The seed review run end to end: Meeus, Cagnie, De Pauw et al., "Does Conservative Treatment Change the Brain in
 * Patients with Chronic Musculoskeletal Pain? A Systematic Review", Pain Physician 2017;20:139-154.
 *
 * <p>The review's facts live in {@code seed-review.json} (read through {@link ReviewJson}), each with the quote it
 * comes from. The raters' item-level risk-of-bias judgements are not in the text (its Fig. 2 is an image), so the
 * two raters' tables ({@code rob-illustrative-rater1-jk.csv}, {@code rob-illustrative-rater2-ic.csv}) and the
 * decisions that settle their disagreements ({@code rob-illustrative-decisions.csv}) are an <b>illustrative</b>
 * rating built to agree with everything the text reports: the two RCTs unclear on allocation concealment, every
 * study high on blinding of participants and personnel, one study low on blinding of outcome assessors, incomplete
 * outcome data low in 8 of 9, the cohorts high on sequence generation and allocation concealment, and 65 of 72
 * items agreed. The review names 7 domains for 9 studies (63 items) yet reports 72; the example reaches 72 with the
 * seven RoB 1 domains plus an eighth item for selection bias in cohort studies ({@link CohortSelectionItem#ADDED}).
 */
public final class SeedReview {

  /** The first rater's initials, as the review gives them. */
  public static final String RATER_1 = "J.K.";

  /** The second rater's initials. */
  public static final String RATER_2 = "I.C.";

  /** The third reviewer who settled what consensus did not. */
  public static final String THIRD_REVIEWER = "M.M.";

  /** The note every illustrative risk-of-bias judgement carries. */
  public static final String ILLUSTRATIVE =
      "Illustrative rating: the review reports only totals (65 of 72 items agreed); its item-level judgements"
          + " (Fig. 2) are an image.";

  static final String REVIEW_JSON = "seed-review.json";
  static final String RATER_1_CSV = "rob-illustrative-rater1-jk.csv";
  static final String RATER_2_CSV = "rob-illustrative-rater2-ic.csv";
  static final String DECISIONS_CSV = "rob-illustrative-decisions.csv";

  private SeedReview() {}

  /**
   * Reads the seed review's facts.
   *
   * @return the review as the text reports it, without risk-of-bias judgements
   * @throws dev.appraise.core.InputFormatException if the data file is malformed
   */
  public static Review review() {
    return read(REVIEW_JSON, (in) -> {
      try {
        return ReviewJson.withDefaults().read(in, REVIEW_JSON);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** {@return the tool the example rates with: Cochrane RoB 1 plus the cohort selection-bias item as D8} */
  public static Tool tool() {
    return Tools.rob1(CohortSelectionItem.ADDED);
  }

  private static <T> T read(String resource, Function<InputStream, T> parse) {
    try (InputStream in = SeedReview.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the jar: " + resource);
      }
      return parse.apply(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
