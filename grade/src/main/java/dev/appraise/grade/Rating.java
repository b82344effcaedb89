package dev.appraise.grade;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/**
 * One GRADE rating: a domain, the signed number of levels (negative rates down, positive rates up)
 * and the footnote that explains it in an evidence profile.
 *
 * <p>The levels must lie in the {@linkplain CertaintyDomain#requireValid(int) domain's range}; a
 * rating that changes the level must carry a non-blank footnote, because GRADE asks that every
 * rating down or up be explained (Schünemann et al., Cochrane Handbook version 6.4, section 14.2).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRating.class)
@JsonDeserialize(as = ImmutableRating.class)
public abstract class Rating {

  Rating() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Rates a domain down.
   *
   * @param domain a domain that rates down
   * @param levels how many levels down, 0 to 2 (to 3 for imprecision)
   * @param footnote why
   * @return the rating, with levels {@code -levels}
   * @throws IllegalArgumentException naming the domain and the value if the levels are out of range
   */
  public static Rating down(CertaintyDomain domain, int levels, String footnote) {
    return builder().domain(domain).levels(-levels).footnote(footnote).build();
  }

  /**
   * Rates a domain up.
   *
   * @param domain a domain that rates up
   * @param levels how many levels up, 0 to 2 for large effect, 0 or 1 otherwise
   * @param footnote why
   * @return the rating
   * @throws IllegalArgumentException naming the domain and the value if the levels are out of range
   */
  public static Rating up(CertaintyDomain domain, int levels, String footnote) {
    return builder().domain(domain).levels(levels).footnote(footnote).build();
  }

  /**
   * A rating of no change, with a footnote that may say why none was needed.
   *
   * @param domain the domain
   * @param footnote the footnote, may be empty
   * @return the rating
   */
  public static Rating none(CertaintyDomain domain, String footnote) {
    return builder().domain(domain).levels(0).footnote(footnote).build();
  }

  /** {@return the domain rated} */
  public abstract CertaintyDomain domain();

  /** {@return the signed change in levels: negative rates down, positive rates up} */
  public abstract int levels();

  /** {@return the footnote explaining the rating; empty only for a rating of no change} */
  @Value.Default
  public String footnote() {
    return "";
  }

  /**
   * {@return the judgement as an evidence profile words it: for the domains that rate down "not
   * serious", "serious", "very serious" or "extremely serious"; for large effect "none", "large" or
   * "very large"; for the other domains that rate up "none" or "present"}
   */
  @Value.Lazy
  public String judgement() {
    if (domain().ratesDown()) {
      switch (levels()) {
        case 0:
          return "not serious";
        case -1:
          return "serious";
        case -2:
          return "very serious";
        default:
          return "extremely serious";
      }
    }
    if (levels() == 0) {
      return "none";
    }
    if (domain() == CertaintyDomain.LARGE_EFFECT) {
      return levels() == 1 ? "large" : "very large";
    }
    return "present";
  }

  @Value.Check
  void check() {
    domain().requireValid(levels());
    if (levels() != 0 && footnote().isBlank()) {
      throw new IllegalArgumentException(
          domain().label()
              + " rating of "
              + CertaintyDomain.signed(levels())
              + " needs a footnote, was '"
              + footnote()
              + "'");
    }
  }

  /** Builds {@link Rating} values. */
  public static final class Builder extends ImmutableRating.Builder {
    Builder() {}
  }
}
