package dev.appraise.synthesis.swim;

import java.util.List;
import org.immutables.value.Value;

/**
 * Directions of effect as a file holds them: the results, and what is known of each study. Read by
 * {@link EffectDirectionCsv}.
 */
@Value.Immutable
public abstract class DirectionData {

  DirectionData() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the results, in file order} */
  public abstract List<OutcomeDirection> outcomes();

  /** {@return one entry per study, in the order the studies first appear} */
  public abstract List<StudyCharacteristics> studies();

  /** Builds {@link DirectionData} values. */
  public static final class Builder extends ImmutableDirectionData.Builder {
    Builder() {}
  }
}
