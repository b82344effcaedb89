package dev.appraise.synthesis;

import org.immutables.value.Value;

/**
 * One study's 2x2 table, in metafor's cell names:
 *
 * <pre>
 *            event   no event   total
 * group 1     ai        bi       n1i = ai + bi
 * group 2     ci        di       n2i = ci + di
 * </pre>
 *
 * <p>Counts are non-negative whole numbers (given as {@code double} so that a count read as {@code
 * 2.5} is reported, not truncated) and each group has at least one participant.
 */
@Value.Immutable
public abstract class TwoByTwo {

  TwoByTwo() {}

  /**
   * A table from its four cells.
   *
   * @param study the study's id, e.g. {@code "Aronson 1948"}
   * @param ai events in group 1
   * @param bi non-events in group 1
   * @param ci events in group 2
   * @param di non-events in group 2
   * @return the table
   * @throws IllegalArgumentException naming the study and the cell if a count is negative, not a
   *     whole number or not finite, or a group is empty
   */
  public static TwoByTwo of(String study, double ai, double bi, double ci, double di) {
    return ImmutableTwoByTwo.builder().study(study).ai(ai).bi(bi).ci(ci).di(di).build();
  }

  /**
   * A table from events and group sizes ({@code ai, n1i, ci, n2i}).
   *
   * @param study the study's id
   * @param events1 events in group 1 ({@code ai})
   * @param total1 participants in group 1 ({@code n1i})
   * @param events2 events in group 2 ({@code ci})
   * @param total2 participants in group 2 ({@code n2i})
   * @return the table with {@code bi = n1i - ai} and {@code di = n2i - ci}
   * @throws IllegalArgumentException naming the study and the field if a count is negative, not a
   *     whole number or not finite, or events exceed the group size
   */
  public static TwoByTwo ofEvents(
      String study, double events1, double total1, double events2, double total2) {
    EffectSizes.checkCount(study, "ai", events1);
    EffectSizes.checkCount(study, "n1i", total1);
    EffectSizes.checkCount(study, "ci", events2);
    EffectSizes.checkCount(study, "n2i", total2);
    if (events1 > total1) {
      throw new IllegalArgumentException(
          "study " + study + ": events ai = " + events1 + " exceed the group size n1i = " + total1);
    }
    if (events2 > total2) {
      throw new IllegalArgumentException(
          "study " + study + ": events ci = " + events2 + " exceed the group size n2i = " + total2);
    }
    return of(study, events1, total1 - events1, events2, total2 - events2);
  }

  /** {@return the study's id} */
  public abstract String study();

  /** {@return events in group 1} */
  public abstract double ai();

  /** {@return non-events in group 1} */
  public abstract double bi();

  /** {@return events in group 2} */
  public abstract double ci();

  /** {@return non-events in group 2} */
  public abstract double di();

  /** {@return the size of group 1, {@code ai + bi}} */
  public double n1i() {
    return ai() + bi();
  }

  /** {@return the size of group 2, {@code ci + di}} */
  public double n2i() {
    return ci() + di();
  }

  /** {@return whether a cell is 0} */
  public boolean hasZeroCell() {
    return ai() == 0 || bi() == 0 || ci() == 0 || di() == 0;
  }

  /**
   * Whether the table has no events in either group or only events in both ({@code ai = ci = 0} or
   * {@code bi = di = 0}); such a study carries no information on a ratio and metafor's {@code
   * drop00 = TRUE} leaves it out. It is kept by default, as in metafor.
   *
   * @return whether the study is a double-zero study
   */
  public boolean isDoubleZero() {
    return (ai() == 0 && ci() == 0) || (bi() == 0 && di() == 0);
  }

  @Value.Check
  void check() {
    if (study().isBlank()) {
      throw new IllegalArgumentException("2x2 table study id must not be blank");
    }
    EffectSizes.checkCount(study(), "ai", ai());
    EffectSizes.checkCount(study(), "bi", bi());
    EffectSizes.checkCount(study(), "ci", ci());
    EffectSizes.checkCount(study(), "di", di());
    if (n1i() == 0) {
      throw new IllegalArgumentException(
          "study " + study() + ": group 1 has no participants (ai = bi = 0)");
    }
    if (n2i() == 0) {
      throw new IllegalArgumentException(
          "study " + study() + ": group 2 has no participants (ci = di = 0)");
    }
  }
}
