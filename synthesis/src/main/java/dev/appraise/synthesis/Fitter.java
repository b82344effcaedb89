package dev.appraise.synthesis;

import java.util.List;

/** The computations behind {@link MetaAnalysis}: one fit. */
final class Fitter {

  private final MetaAnalysis config;

  Fitter(MetaAnalysis config) {
    this.config = config;
  }

  MetaAnalysisResult fit(List<EffectSize> effects) {
    throw new UnsupportedOperationException("not yet implemented: " + config + " on " + effects.size() + " studies");
  }

  MetaRegressionResult fit(List<EffectSize> effects, ModelMatrix moderators) {
    throw new UnsupportedOperationException("not yet implemented: " + config + " with " + moderators);
  }
}
