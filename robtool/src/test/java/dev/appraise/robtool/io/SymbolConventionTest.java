package dev.appraise.robtool.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.appraise.core.model.RiskOfBiasLevel;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class SymbolConventionTest {

  @Test
  void cochraneAndTheSeedFigureAreReverses() {
    assertThat(SymbolConvention.COCHRANE.level("+")).contains(RiskOfBiasLevel.LOW);
    assertThat(SymbolConvention.COCHRANE.level("-")).contains(RiskOfBiasLevel.HIGH);
    assertThat(SymbolConvention.SEED_FIG2_REVERSED.level("+")).contains(RiskOfBiasLevel.HIGH);
    assertThat(SymbolConvention.SEED_FIG2_REVERSED.level(" - ")).contains(RiskOfBiasLevel.LOW);
    assertThat(SymbolConvention.SEED_FIG2_REVERSED.level("?")).contains(RiskOfBiasLevel.UNCLEAR);
    assertThat(SymbolConvention.ROBVIS.level("x")).contains(RiskOfBiasLevel.HIGH);
    assertThat(SymbolConvention.COCHRANE.level("X")).isEmpty();
  }

  @Property
  void symbolThenLevelIsTheIdentityForEveryLevelAConventionReads(
      @ForAll SymbolConvention convention) {
    convention
        .levels()
        .forEach(
            (symbol, level) -> {
              assertThat(convention.symbol(level)).contains(symbol);
              assertThat(convention.level(symbol)).contains(level);
            });
  }
}
