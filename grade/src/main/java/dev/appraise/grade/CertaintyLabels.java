package dev.appraise.grade;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Display labels for the certainty levels, for reviews that use their own words.
 *
 * <p>{@link #standard()} uses GRADE's labels (High, Moderate, Low, Very low). A review that calls
 * its weakest evidence "preliminary" writes {@code
 * CertaintyLabels.standard().with(Certainty.VERY_LOW, "Preliminary")}. Instances are immutable.
 */
public final class CertaintyLabels {

  private static final CertaintyLabels STANDARD = new CertaintyLabels(standardMap());

  private final Map<Certainty, String> labels;

  private CertaintyLabels(Map<Certainty, String> labels) {
    this.labels = labels;
  }

  /** {@return GRADE's standard labels} */
  public static CertaintyLabels standard() {
    return STANDARD;
  }

  /**
   * Returns a copy with one label replaced.
   *
   * @param certainty the level to relabel
   * @param label the new label, not blank
   * @return the new labels
   * @throws IllegalArgumentException if the label is blank
   */
  public CertaintyLabels with(Certainty certainty, String label) {
    if (label.isBlank()) {
      throw new IllegalArgumentException(
          "label for " + certainty + " must not be blank, was '" + label + "'");
    }
    Map<Certainty, String> copy = new EnumMap<>(labels);
    copy.put(certainty, label.strip());
    return new CertaintyLabels(copy);
  }

  /**
   * Returns the label of a level.
   *
   * @param certainty the level
   * @return its display label
   */
  public String label(Certainty certainty) {
    return Objects.requireNonNull(labels.get(certainty));
  }

  private static Map<Certainty, String> standardMap() {
    Map<Certainty, String> m = new EnumMap<>(Certainty.class);
    for (Certainty c : Certainty.values()) {
      m.put(c, c.label());
    }
    return m;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CertaintyLabels other && other.labels.equals(labels);
  }

  @Override
  public int hashCode() {
    return labels.hashCode();
  }

  @Override
  public String toString() {
    return "CertaintyLabels" + labels;
  }
}
