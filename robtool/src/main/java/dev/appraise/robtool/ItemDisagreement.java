package dev.appraise.robtool;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.appraise.core.model.RiskOfBiasJudgement;
import org.immutables.value.Value;

/** An item on which the two raters' independent judgements differ, with both judgements. */
@Value.Immutable
@JsonSerialize(as = ImmutableItemDisagreement.class)
@JsonDeserialize(as = ImmutableItemDisagreement.class)
public abstract class ItemDisagreement {

  ItemDisagreement() {}

  /**
   * Creates a disagreement.
   *
   * @param rater1 the first rater's judgement
   * @param rater2 the second rater's judgement of the same item
   * @return the disagreement
   */
  public static ItemDisagreement of(RiskOfBiasJudgement rater1, RiskOfBiasJudgement rater2) {
    return builder().item(ItemKey.of(rater1)).rater1(rater1).rater2(rater2).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the item} */
  public abstract ItemKey item();

  /** {@return the first rater's judgement} */
  public abstract RiskOfBiasJudgement rater1();

  /** {@return the second rater's judgement} */
  public abstract RiskOfBiasJudgement rater2();

  @Value.Check
  void check() {
    if (rater1().level() == rater2().level()) {
      throw new IllegalArgumentException(
          item()
              + ": both raters judged "
              + rater1().level().label()
              + "; that is no disagreement");
    }
  }

  /** Builds {@link ItemDisagreement} values. */
  public static final class Builder extends ImmutableItemDisagreement.Builder {
    Builder() {}
  }
}
