package dev.appraise.synthesis.swim;

import dev.appraise.core.agreement.proportion.ProportionInterval;
import dev.appraise.core.stats.ConfidenceInterval;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Vote counting by direction of effect in one outcome domain: how many studies favour the
 * intervention, how many the comparator, how many show no change or conflicting results; the
 * proportion favouring the intervention among the studies with a direction, {@code f / (f + a)},
 * with its Wilson score interval ({@link ProportionInterval#WILSON}); and the exact two-sided sign
 * test ({@link SignTest}). Built by {@link VoteCounting#count(List)}.
 *
 * <p>When no study has a direction the proportion, the interval and the test are undefined: they
 * are empty and {@link #undefinedReason()} says why; nothing is reported as 0 or 0.5.
 */
@Value.Immutable
public abstract class DomainVoteCount {

  DomainVoteCount() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the outcome domain} */
  public abstract String domain();

  /**
   * {@return each study's combined direction in the domain, in the order the studies first appear}
   */
  public abstract List<StudyDirection> studies();

  /** {@return the confidence level of the interval, e.g. 0.95} */
  public abstract double level();

  /** {@return the studies whose results favour the intervention} */
  public int favouring() {
    return count(EffectDirection.FAVOURS_INTERVENTION);
  }

  /** {@return the studies whose results favour the comparator} */
  public int against() {
    return count(EffectDirection.FAVOURS_COMPARATOR);
  }

  /** {@return the studies with no change} */
  public int noChange() {
    return count(EffectDirection.NO_CHANGE);
  }

  /** {@return the studies with conflicting results} */
  public int conflicting() {
    return count(EffectDirection.CONFLICTING);
  }

  /**
   * {@return the studies without a direction, no change and conflicting together; the sign test
   * leaves them out}
   */
  public int unclear() {
    return noChange() + conflicting();
  }

  /**
   * {@return the studies with a direction, {@code favouring + against}: the sign test's {@code n}}
   */
  public int withDirection() {
    return favouring() + against();
  }

  /**
   * {@return the proportion of the studies with a direction that favour the intervention; empty if
   * none has one}
   */
  public OptionalDouble proportion() {
    int n = withDirection();
    return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) favouring() / n);
  }

  /**
   * {@return the Wilson score interval of the proportion at {@link #level()}; empty if no study has
   * a direction}
   */
  public Optional<ConfidenceInterval> interval() {
    int n = withDirection();
    return n == 0
        ? Optional.empty()
        : Optional.of(ProportionInterval.WILSON.interval(favouring(), n, level()));
  }

  /** {@return the exact two-sided sign test's p-value; empty if no study has a direction} */
  public OptionalDouble signTestP() {
    return withDirection() == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(SignTest.twoSidedP(favouring(), against()));
  }

  /**
   * {@return why the proportion, the interval and the test are undefined; empty when they are
   * defined}
   */
  public Optional<String> undefinedReason() {
    if (withDirection() > 0) {
      return Optional.empty();
    }
    if (studies().isEmpty()) {
      return Optional.of("no study has a result in " + domain());
    }
    return Optional.of(
        "no study in "
            + domain()
            + " has a direction of effect ("
            + noChange()
            + " with no change, "
            + conflicting()
            + " conflicting)");
  }

  private int count(EffectDirection direction) {
    return (int) studies().stream().filter(s -> s.direction() == direction).count();
  }

  @Value.Check
  void check() {
    ConfidenceInterval.checkLevel(level());
    Set<String> seen = new HashSet<>();
    for (StudyDirection s : studies()) {
      if (!s.domain().equals(domain())) {
        throw new IllegalArgumentException(
            "vote count of "
                + domain()
                + " must hold its own studies only, had "
                + s.study()
                + " in "
                + s.domain());
      }
      if (!seen.add(s.study())) {
        throw new IllegalArgumentException(
            "vote count of " + domain() + " counts study " + s.study() + " twice");
      }
    }
  }

  /** Builds {@link DomainVoteCount} values. */
  public static final class Builder extends ImmutableDomainVoteCount.Builder {
    Builder() {}
  }
}
