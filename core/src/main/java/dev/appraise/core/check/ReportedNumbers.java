package dev.appraise.core.check;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks numbers a review reports against what its other numbers imply: a percentage against the
 * ratio it summarises, a total against a product of counts, a total against the sum of its parts.
 *
 * <p>A percentage is checked at the precision it is written with: {@code "90.3"} has one decimal,
 * so it stands for the interval [90.25, 90.35] of values that round to it. With {@link
 * Rounding#INTERVAL} (the default) the ratio {@code 100 k / n} must lie in that closed interval,
 * which accepts either direction at an exact tie (rounding half up, half down or half to even);
 * with {@link Rounding#HALF_UP} the ratio rounded half up at that precision must equal the reported
 * value. All arithmetic is exact ({@link BigDecimal}, {@link BigInteger}); nothing depends on the
 * default locale.
 *
 * <p>Example: "the raters agreed on 90.3% (65 of 72 items)": 65 / 72 = 90.2777...%, which rounds to
 * 90.3% at one decimal, so the statement is consistent; "90.2%" would not be. "72 items" for 9
 * studies rated on 7 domains is inconsistent: 9 &times; 7 = 63.
 *
 * <p>The checker is an immutable object: {@code
 * ReportedNumbers.withDefaults().with(Rounding.HALF_UP)}. Malformed input (a negative count, {@code
 * k > n}, text that is not a number) is an {@link IllegalArgumentException} saying what is wrong; a
 * percentage of an empty ratio ({@code n = 0}) is a {@link Verdict#NOT_EVALUABLE} finding.
 */
public final class ReportedNumbers {

  /** How a reported percentage is taken to have been rounded. */
  public enum Rounding {
    /**
     * The reported value must equal {@code 100 k / n} rounded half up (ties away from zero) at its
     * precision.
     */
    HALF_UP,
    /**
     * The ratio {@code 100 k / n} must lie in the closed interval of values that round to the
     * reported value at its precision, {@code [r - u/2, r + u/2]} with {@code u} one unit in the
     * last written place; this accepts any rounding to nearest, whichever way it breaks ties.
     */
    INTERVAL
  }

  private static final ReportedNumbers DEFAULTS = new ReportedNumbers(Rounding.INTERVAL);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Pattern PERCENT_NUMBER =
      Pattern.compile("\\s*(\\d+)(?:[.,](\\d+))?\\s*%?\\s*");
  private static final Pattern PERCENT_IN_TEXT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*%");
  private static final Pattern RATIO_IN_TEXT =
      Pattern.compile(
          "(\\d+)\\s*(?:/|\\b(?:out\\s+of|of)(?:\\s+the)?\\b)\\s*(\\d+)", Pattern.CASE_INSENSITIVE);

  private final Rounding rounding;

  private ReportedNumbers(Rounding rounding) {
    this.rounding = rounding;
  }

  /** {@return a checker with the default settings: {@link Rounding#INTERVAL}} */
  public static ReportedNumbers withDefaults() {
    return DEFAULTS;
  }

  /**
   * Returns a checker that reads percentages as rounded the given way.
   *
   * @param rounding how reported percentages are taken to have been rounded
   * @return a checker like this one with the given rounding
   */
  public ReportedNumbers with(Rounding rounding) {
    return new ReportedNumbers(Objects.requireNonNull(rounding, "rounding"));
  }

  /** {@return how this checker reads reported percentages} */
  public Rounding rounding() {
    return rounding;
  }

  /**
   * Checks a statement such as {@code "90.3% (65 of 72 items)"}, {@code "65/72 (90.3 %)"} or {@code
   * "agreed on 65 out of the 72 items (90,3%)"}: one percentage and one ratio {@code k of n},
   * {@code k/n}, {@code k out of n} or {@code k of the n}, in either order.
   *
   * @param statement the statement as the review writes it
   * @return the finding for the percentage against the ratio, with the statement as written
   * @throws IllegalArgumentException if the statement does not hold exactly one percentage and one
   *     ratio, or the ratio is malformed
   */
  public Finding statement(String statement) {
    Matcher percent = PERCENT_IN_TEXT.matcher(statement);
    List<String> percents = new ArrayList<>();
    while (percent.find()) {
      percents.add(percent.group(1));
    }
    String withoutPercents = PERCENT_IN_TEXT.matcher(statement).replaceAll(" ");
    Matcher ratio = RATIO_IN_TEXT.matcher(withoutPercents);
    List<long[]> ratios = new ArrayList<>();
    while (ratio.find()) {
      ratios.add(
          new long[] {
            parseCount(ratio.group(1), statement), parseCount(ratio.group(2), statement)
          });
    }
    if (percents.size() != 1) {
      throw new IllegalArgumentException(
          "statement must hold exactly one percentage such as 90.3%, found "
              + percents.size()
              + " in \""
              + statement
              + "\"");
    }
    if (ratios.size() != 1) {
      throw new IllegalArgumentException(
          "statement must hold exactly one ratio such as 65 of 72, found "
              + ratios.size()
              + " in \""
              + statement
              + "\"");
    }
    return percentage(
        statement.strip(), parsePercent(percents.get(0)), ratios.get(0)[0], ratios.get(0)[1]);
  }

  /**
   * Checks a reported percentage, written as text, against the ratio {@code k / n}; the precision
   * is the number of decimals written ({@code "90.3"}, {@code "90.3%"}, {@code "90,3 %"}: one
   * decimal; {@code "90"}: none).
   *
   * @param reportedPercent the percentage as written, with or without the percent sign
   * @param k the count in the numerator, {@code 0 <= k <= n}
   * @param n the count in the denominator, {@code n >= 0}
   * @return the finding; {@link Verdict#NOT_EVALUABLE} when {@code n = 0}
   * @throws IllegalArgumentException if the text is not a non-negative decimal number or the counts
   *     are malformed
   */
  public Finding percentage(String reportedPercent, long k, long n) {
    BigDecimal reported = parsePercent(reportedPercent);
    return percentage(reported.toPlainString() + "% (" + k + " of " + n + ")", reported, k, n);
  }

  /**
   * Checks a reported percentage against the ratio {@code k / n}; the precision is the scale of the
   * number ({@code new BigDecimal("90.3")} has one decimal, {@code new BigDecimal("90.30")} two).
   *
   * @param reportedPercent the percentage as reported, {@code >= 0}, with a scale of 0 or more
   * @param k the count in the numerator, {@code 0 <= k <= n}
   * @param n the count in the denominator, {@code n >= 0}
   * @return the finding; {@link Verdict#NOT_EVALUABLE} when {@code n = 0}
   * @throws IllegalArgumentException if the percentage is negative or has a negative scale, or the
   *     counts are malformed
   */
  public Finding percentage(BigDecimal reportedPercent, long k, long n) {
    return percentage(
        reportedPercent.toPlainString() + "% (" + k + " of " + n + ")", reportedPercent, k, n);
  }

  private Finding percentage(String statement, BigDecimal reported, long k, long n) {
    if (reported.signum() < 0) {
      throw new IllegalArgumentException(
          "reported percentage must be >= 0, was " + reported.toPlainString());
    }
    if (reported.scale() < 0) {
      throw new IllegalArgumentException(
          "reported percentage must have 0 or more decimals, was "
              + reported
              + " (scale "
              + reported.scale()
              + ")");
    }
    if (n < 0) {
      throw new IllegalArgumentException("ratio denominator n must be >= 0, was " + n);
    }
    if (k < 0 || k > n) {
      throw new IllegalArgumentException(
          "ratio numerator k must be between 0 and n = " + n + ", was " + k);
    }
    int precision = reported.scale();
    String reportedText = reported.toPlainString() + "%";
    if (n == 0) {
      return Finding.builder()
          .verdict(Verdict.NOT_EVALUABLE)
          .statement(statement)
          .reported(reportedText)
          .message(k + " of " + n + " has no percentage: the denominator is 0")
          .build();
    }
    BigDecimal hundredK = HUNDRED.multiply(BigDecimal.valueOf(k));
    BigDecimal bigN = BigDecimal.valueOf(n);
    BigDecimal roundedHalfUp = hundredK.divide(bigN, precision, RoundingMode.HALF_UP);
    BigDecimal half = BigDecimal.ONE.movePointLeft(precision).divide(BigDecimal.valueOf(2));
    BigDecimal low = reported.subtract(half);
    BigDecimal high = reported.add(half);
    boolean inInterval =
        low.multiply(bigN).compareTo(hundredK) <= 0 && hundredK.compareTo(high.multiply(bigN)) <= 0;
    boolean consistent =
        rounding == Rounding.HALF_UP ? roundedHalfUp.compareTo(reported) == 0 : inInterval;

    String ratio = k + " of " + n + " " + exactOrApproximate(hundredK, bigN, precision) + "%";
    String at = "at " + decimals(precision);
    String interval = "[" + low.toPlainString() + "%, " + high.toPlainString() + "%]";
    String message;
    if (rounding == Rounding.HALF_UP) {
      message =
          consistent
              ? ratio + ", which rounds half up to " + reportedText + " " + at + ", as reported"
              : ratio
                  + ", which rounds half up to "
                  + roundedHalfUp.toPlainString()
                  + "% "
                  + at
                  + ", not "
                  + reportedText;
    } else {
      message =
          consistent
              ? ratio
                  + ", within "
                  + interval
                  + ", the values written as "
                  + reportedText
                  + " "
                  + at
                  + ", as reported"
              : ratio
                  + ", which rounds to "
                  + roundedHalfUp.toPlainString()
                  + "% "
                  + at
                  + ", not "
                  + reportedText
                  + " ("
                  + reportedText
                  + " stands for "
                  + interval
                  + ")";
    }
    return Finding.builder()
        .verdict(consistent ? Verdict.CONSISTENT : Verdict.INCONSISTENT)
        .statement(statement)
        .expected(roundedHalfUp.toPlainString() + "%")
        .reported(reportedText)
        .message(message)
        .build();
  }

  /**
   * Checks a reported total against the product of counts, e.g. 72 items reported for 9 studies
   * rated on 7 domains.
   *
   * @param reported the total as reported, {@code >= 0}
   * @param factors the counts whose product the total should be, each {@code >= 0}; at least one
   * @return the finding, e.g. inconsistent with the message {@code "9 × 7 = 63, not 72"}
   * @throws IllegalArgumentException if a count is negative or no factor is given
   */
  public Finding product(long reported, long... factors) {
    return product(reported + " = " + join(factors, " × "), reported, factors);
  }

  /**
   * Checks a reported total against the product of counts, keeping the statement as the review
   * wrote it.
   *
   * @param statement what the review says, e.g. {@code "72 items (9 studies, 7 domains)"}
   * @param reported the total as reported, {@code >= 0}
   * @param factors the counts whose product the total should be, each {@code >= 0}; at least one
   * @return the finding, e.g. inconsistent with the message {@code "9 × 7 = 63, not 72"}
   * @throws IllegalArgumentException if a count is negative, no factor is given, or the statement
   *     is blank
   */
  public Finding product(String statement, long reported, long... factors) {
    validate("product", reported, factors);
    BigInteger product = BigInteger.ONE;
    for (long f : factors) {
      product = product.multiply(BigInteger.valueOf(f));
    }
    return total(statement, reported, product, join(factors, " × "));
  }

  /**
   * Checks a reported total against the sum of its parts.
   *
   * @param reported the total as reported, {@code >= 0}
   * @param parts the counts the total should add up, each {@code >= 0}; at least one
   * @return the finding, e.g. inconsistent with the message {@code "30 + 25 = 55, not 56"}
   * @throws IllegalArgumentException if a count is negative or no part is given
   */
  public Finding sum(long reported, long... parts) {
    return sum(reported + " = " + join(parts, " + "), reported, parts);
  }

  /**
   * Checks a reported total against the sum of its parts, keeping the statement as the review wrote
   * it.
   *
   * @param statement what the review says, e.g. {@code "55 participants (30 women, 25 men)"}
   * @param reported the total as reported, {@code >= 0}
   * @param parts the counts the total should add up, each {@code >= 0}; at least one
   * @return the finding, e.g. inconsistent with the message {@code "30 + 25 = 55, not 56"}
   * @throws IllegalArgumentException if a count is negative, no part is given, or the statement is
   *     blank
   */
  public Finding sum(String statement, long reported, long... parts) {
    validate("sum", reported, parts);
    BigInteger sum = BigInteger.ZERO;
    for (long p : parts) {
      sum = sum.add(BigInteger.valueOf(p));
    }
    return total(statement, reported, sum, join(parts, " + "));
  }

  private static Finding total(
      String statement, long reported, BigInteger expected, String arithmetic) {
    boolean consistent = expected.equals(BigInteger.valueOf(reported));
    return Finding.builder()
        .verdict(consistent ? Verdict.CONSISTENT : Verdict.INCONSISTENT)
        .statement(statement)
        .expected(expected.toString())
        .reported(Long.toString(reported))
        .message(
            arithmetic + " = " + expected + (consistent ? ", as reported" : ", not " + reported))
        .build();
  }

  private static void validate(String kind, long reported, long[] terms) {
    if (reported < 0) {
      throw new IllegalArgumentException("reported total must be >= 0, was " + reported);
    }
    if (terms.length == 0) {
      throw new IllegalArgumentException(kind + " needs at least one count, was none");
    }
    for (int i = 0; i < terms.length; i++) {
      if (terms[i] < 0) {
        throw new IllegalArgumentException(
            kind + " count " + (i + 1) + " must be >= 0, was " + terms[i]);
      }
    }
  }

  private static String join(long[] terms, String operator) {
    return Arrays.stream(terms).mapToObj(Long::toString).collect(Collectors.joining(operator));
  }

  private static BigDecimal parsePercent(String text) {
    Matcher m = PERCENT_NUMBER.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "reported percentage must be a number such as 90.3 or 90.3%, was \"" + text + "\"");
    }
    return new BigDecimal(m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2));
  }

  private static long parseCount(String digits, String statement) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "count " + digits + " is too large in \"" + statement + "\"", e);
    }
  }

  /**
   * Writes 100 k / n exactly when it ends within a few more decimals than reported, else to that
   * many.
   */
  private static String exactOrApproximate(BigDecimal hundredK, BigDecimal n, int precision) {
    int shown = precision + 3;
    BigDecimal rounded = hundredK.divide(n, shown, RoundingMode.HALF_UP);
    boolean exact = rounded.multiply(n).compareTo(hundredK) == 0;
    return (exact ? "= " : "≈ ")
        + (exact ? rounded.stripTrailingZeros().toPlainString() : rounded.toPlainString());
  }

  private static String decimals(int precision) {
    return String.format(Locale.ROOT, "%d decimal%s", precision, precision == 1 ? "" : "s");
  }

  @Override
  public String toString() {
    return "ReportedNumbers[rounding=" + rounding + "]";
  }
}
