package dev.appraise.robtool.io;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import dev.appraise.core.model.RiskOfBiasLevel;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A named mapping between risk-of-bias levels and the symbols figures print in their cells. Symbols
 * are never guessed: the same {@code +} means low risk in the usual Cochrane figure and high risk
 * in the seed review's Fig. 2 legend, so reading or drawing symbols always names its convention.
 */
public enum SymbolConvention {
  /**
   * The Cochrane (RevMan 5) risk-of-bias figure: {@code +} low, {@code -} high, {@code ?} unclear.
   */
  COCHRANE(
      Map.of("+", RiskOfBiasLevel.LOW, "-", RiskOfBiasLevel.HIGH, "?", RiskOfBiasLevel.UNCLEAR)),
  /**
   * The seed review's Fig. 2 legend, the reverse of Cochrane's: {@code +} high, {@code -} low,
   * {@code ?} unclear.
   */
  SEED_FIG2_REVERSED(
      Map.of("+", RiskOfBiasLevel.HIGH, "-", RiskOfBiasLevel.LOW, "?", RiskOfBiasLevel.UNCLEAR)),
  /**
   * robvis' traffic-light glyphs (McGuinness and Higgins, Res Synth Methods 2021;12:55-61): {@code
   * +} low, {@code -} some concerns, unclear or moderate, {@code X} high or serious, {@code !}
   * critical, {@code ?} no information.
   */
  ROBVIS(robvis());

  private final ImmutableMap<String, RiskOfBiasLevel> levels;
  private final ImmutableMap<RiskOfBiasLevel, String> symbols;

  SymbolConvention(Map<String, RiskOfBiasLevel> levels) {
    this.levels = ImmutableMap.copyOf(levels);
    Map<RiskOfBiasLevel, String> s = new EnumMap<>(RiskOfBiasLevel.class);
    levels.forEach((symbol, level) -> s.put(level, symbol));
    if (levels.containsValue(RiskOfBiasLevel.SOME_CONCERNS)) {
      for (RiskOfBiasLevel level :
          List.of(RiskOfBiasLevel.UNCLEAR, RiskOfBiasLevel.MODERATE, RiskOfBiasLevel.SERIOUS)) {
        s.put(level, level.robvisSymbol());
      }
    }
    this.symbols = Maps.immutableEnumMap(s);
  }

  private static Map<String, RiskOfBiasLevel> robvis() {
    Map<String, RiskOfBiasLevel> m = new LinkedHashMap<>();
    for (RiskOfBiasLevel level :
        List.of(
            RiskOfBiasLevel.LOW,
            RiskOfBiasLevel.SOME_CONCERNS,
            RiskOfBiasLevel.HIGH,
            RiskOfBiasLevel.CRITICAL,
            RiskOfBiasLevel.NO_INFORMATION)) {
      m.put(level.robvisSymbol(), level);
    }
    return m;
  }

  /**
   * The level a symbol stands for in this convention.
   *
   * @param symbol the symbol, surrounding whitespace ignored, {@code x} read as {@code X}
   * @return the level, or empty if the convention has no such symbol
   */
  public Optional<RiskOfBiasLevel> level(String symbol) {
    String s = symbol.strip();
    return Optional.ofNullable(levels.get(s.equals("x") ? "X" : s));
  }

  /**
   * The symbol this convention prints for a level.
   *
   * @param level the level
   * @return the symbol, or empty if the convention has none for the level
   */
  public Optional<String> symbol(RiskOfBiasLevel level) {
    return Optional.ofNullable(symbols.get(level));
  }

  /** {@return the symbols this convention reads, with their levels} */
  public Map<String, RiskOfBiasLevel> levels() {
    return levels;
  }
}
