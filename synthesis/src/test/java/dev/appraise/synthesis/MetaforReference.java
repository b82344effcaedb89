package dev.appraise.synthesis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One case of {@code src/test/resources/metafor}: the input rows as a user would type them and the
 * values metafor 3.8-1 computed from them (see the README there).
 */
final class MetaforReference {

  static final List<String> CASES =
      List.of(
          "bcg-rr",
          "bcg-or",
          "bcg-rd",
          "viechtbauer2005-example1",
          "viechtbauer2005-example2",
          "dersimonian2007-clasp",
          "zero-cells-rr",
          "zero-cells-or",
          "zero-cells-rd",
          "zero-cells-peto",
          "zero-cells-peto-add0",
          "normand1999-smd",
          "normand1999-md",
          "normand1999-rom",
          "molloy2014-zcor",
          "molloy2014-cor",
          "gen-vi",
          "gen-sei",
          "two-studies",
          "homogeneous-yusuf1985",
          "identical-estimates",
          "constructed-120-studies",
          "constructed-171-studies");

  final String name;
  final JsonNode root;

  private MetaforReference(String name, JsonNode root) {
    this.name = name;
    this.root = root;
  }

  static MetaforReference load(String name) {
    try (InputStream in =
        MetaforReference.class.getResourceAsStream("/metafor/" + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("no reference file metafor/" + name + ".json");
      }
      return new MetaforReference(name, new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  EffectMeasure measure() {
    return EffectMeasure.valueOf(root.get("escalc").get("measure").asText());
  }

  JsonNode data() {
    return root.get("data");
  }

  /**
   * The effect sizes of the rows, computed by appraise; {@code null} where metafor's escalc gives
   * NA (the calculator must then reject the row).
   */
  List<EffectSize> effects() {
    JsonNode escalc = root.get("escalc");
    EffectMeasure measure = measure();
    EffectSizes es = EffectSizes.withDefaults();
    if (escalc.has("add")) {
      es =
          es.withContinuityCorrection(
              escalc.get("add").asDouble(),
              CorrectionScope.valueOf(
                  escalc.get("to").asText().equals("only0")
                      ? "ONLY_ZERO"
                      : escalc.get("to").asText().toUpperCase(Locale.ROOT)));
    }
    List<EffectSize> out = new ArrayList<>();
    for (JsonNode row : data()) {
      String study = row.get("study").asText();
      try {
        if (measure.isTwoByTwo()) {
          out.add(
              es.twoByTwo(
                  measure,
                  TwoByTwo.of(study, d(row, "ai"), d(row, "bi"), d(row, "ci"), d(row, "di"))));
        } else if (measure.isMeans()) {
          out.add(
              es.means(
                  measure,
                  study,
                  d(row, "m1i"),
                  d(row, "sd1i"),
                  d(row, "n1i"),
                  d(row, "m2i"),
                  d(row, "sd2i"),
                  d(row, "n2i")));
        } else if (measure.isCorrelation()) {
          out.add(es.correlation(measure, study, d(row, "ri"), d(row, "ni")));
        } else if (row.has("sei")) {
          out.add(es.genericFromStandardError(study, d(row, "yi"), d(row, "sei")));
        } else {
          out.add(es.generic(study, d(row, "yi"), d(row, "vi")));
        }
      } catch (IllegalArgumentException e) {
        out.add(null);
      }
    }
    return out;
  }

  static double d(JsonNode row, String field) {
    return row.get(field).asDouble();
  }

  @Override
  public String toString() {
    return name;
  }
}
