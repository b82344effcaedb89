package dev.appraise.synthesis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.appraise.core.stats.PooledEffect;
import dev.appraise.core.stats.StudyEstimate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The BCG trials' random-effects fit as core's {@link PooledEffect}, against the values metafor
 * 3.8-1 computed ({@code src/test/resources/metafor/bcg-rr.json}: the REML fit, {@code regtest} and
 * {@code ranktest}).
 */
class Colditz1994BcgPooledEffectTest {

  private static final double TOLERANCE = 1e-9;

  private static JsonNode fit(MetaforReference ref, String method) {
    for (JsonNode f : ref.root.get("fits")) {
      if (f.get("method").asText().equals(method) && f.get("test").asText().equals("z")) {
        return f;
      }
    }
    throw new IllegalStateException("no " + method + " fit");
  }

  @Test
  void theRandomEffectsFitCarriesEstimateIntervalsHeterogeneityAndWeights() {
    MetaforReference ref = MetaforReference.load("bcg-rr");
    JsonNode expected = fit(ref, "REML");
    PooledEffect p = MetaAnalysis.withDefaults().fit(ref.effects()).toPooledEffect();
    assertThat(p.measure()).isEqualTo("RR");
    assertThat(p.ratio()).isTrue();
    assertThat(p.method()).isEqualTo("REML");
    assertThat(p.k()).isEqualTo(13);
    assertThat(p.estimate()).isCloseTo(expected.get("beta").asDouble(), within(TOLERANCE));
    assertThat(p.standardError()).isCloseTo(expected.get("se").asDouble(), within(TOLERANCE));
    assertThat(p.ciLower()).isCloseTo(expected.get("ci_lb").asDouble(), within(TOLERANCE));
    assertThat(p.ciUpper()).isCloseTo(expected.get("ci_ub").asDouble(), within(TOLERANCE));
    assertThat(p.piLower().getAsDouble())
        .isCloseTo(expected.get("pi_lb").asDouble(), within(TOLERANCE));
    assertThat(p.piUpper().getAsDouble())
        .isCloseTo(expected.get("pi_ub").asDouble(), within(TOLERANCE));
    assertThat(p.tau2()).isCloseTo(expected.get("tau2").asDouble(), within(TOLERANCE));
    assertThat(p.i2()).isCloseTo(expected.get("I2").asDouble(), within(TOLERANCE));
    assertThat(p.q()).isCloseTo(expected.get("QE").asDouble(), within(TOLERANCE));
    assertThat(p.qDf()).isEqualTo(12);
    assertThat(p.qPValue()).isCloseTo(expected.get("QEp").asDouble(), within(1e-30));
    assertThat(p.level()).isEqualTo(0.95);
    assertThat(p.reported(p.estimate()))
        .isCloseTo(expected.get("exp").get("estimate").asDouble(), within(TOLERANCE));
    List<StudyEstimate> studies = p.studies();
    for (int i = 0; i < studies.size(); i++) {
      assertThat(studies.get(i).study()).isEqualTo(ref.data().get(i).get("study").asText());
      assertThat(studies.get(i).estimate())
          .isEqualTo(ref.root.get("escalc").get("yi").get(i).asDouble());
      assertThat(studies.get(i).variance())
          .isCloseTo(ref.root.get("escalc").get("vi").get(i).asDouble(), within(1e-15));
      assertThat(studies.get(i).weight())
          .isCloseTo(expected.get("weights").get(i).asDouble(), within(TOLERANCE));
    }
    // every participant of dat.bcg: tpos + tneg + cpos + cneg over the 13 trials
    int participants = 0;
    for (JsonNode row : ref.data()) {
      participants +=
          row.get("ai").asInt()
              + row.get("bi").asInt()
              + row.get("ci").asInt()
              + row.get("di").asInt();
    }
    assertThat(p.participants()).hasValue(participants);
    assertThat(p.eggerPValue()).isEmpty();
    assertThat(p.rankCorrelationPValue()).isEmpty();
  }

  @Test
  void theSmallStudyTestsAddTheirPValues() {
    MetaforReference ref = MetaforReference.load("bcg-rr");
    JsonNode bias = ref.root.get("bias").get(0);
    MetaAnalysisResult fit = MetaAnalysis.withDefaults().fit(ref.effects());
    PooledEffect p =
        fit.toPooledEffect(SmallStudyTests.egger(fit), SmallStudyTests.rankCorrelation(fit));
    assertThat(p.eggerPValue().getAsDouble())
        .isCloseTo(bias.get("regtest").get("pval").asDouble(), within(1e-9));
    assertThat(p.rankCorrelationPValue().getAsDouble())
        .isCloseTo(bias.get("ranktest").get("pval").asDouble(), within(1e-12));
    assertThat(PooledEffect.builder().from(p).build()).isEqualTo(p);
  }

  @Test
  void anEqualEffectsFitHasNoPredictionIntervalAndGivenEstimatesNoParticipants() {
    MetaforReference ref = MetaforReference.load("gen-vi");
    PooledEffect p =
        MetaAnalysis.withDefaults().withMethod(Tau2Method.FE).fit(ref.effects()).toPooledEffect();
    assertThat(p.method()).isEqualTo("FE");
    assertThat(p.ratio()).isFalse();
    assertThat(p.piLower()).isEmpty();
    assertThat(p.tau2()).isZero();
    assertThat(p.participants()).isEmpty();
  }

  @Test
  void testsOfAnotherFitAreRefused() {
    List<EffectSize> bcg = MetaforReference.load("bcg-rr").effects();
    MetaAnalysisResult all = MetaAnalysis.withDefaults().fit(bcg);
    MetaAnalysisResult some = MetaAnalysis.withDefaults().fit(bcg.subList(0, 10));
    assertThatThrownBy(
            () ->
                all.toPooledEffect(
                    SmallStudyTests.egger(some), SmallStudyTests.rankCorrelation(all)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be of this fit's 13 studies");
  }
}
