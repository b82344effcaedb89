package dev.appraise.examples.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.appraise.core.model.ClinicalOutcome;
import dev.appraise.core.model.ImagingOutcome;
import dev.appraise.core.model.Review;
import dev.appraise.core.model.SourceLocation;
import dev.appraise.core.model.Study;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every fact of the seed review's data file carries a quote, and every quote is in the review's
 * text (Pain Physician 2017;20:139-154, as extracted to text). The text is not part of the
 * repository; the test runs where it is found (system property {@code appraise.seed}, or {@value
 * #SEED} in a {@code shared} folder beside the checkout or any folder above it).
 */
class SeedTextQuotesTest {

  static final String SEED = "shared/seed/000_db348309c9cb1565.txt";

  private static Path seedText() {
    String property = System.getProperty("appraise.seed");
    if (property != null) {
      return Path.of(property);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(SEED);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return Path.of(SEED);
  }

  @Test
  void everyStudyFactHasAQuote() {
    for (Study s : SeedReview.review().studies()) {
      assertThat(s.sources())
          .as(s.id())
          .containsKeys(
              "citation", "design", "population", "interventions", "comparators", "participants");
      s.imagingOutcomes()
          .forEach(o -> assertThat(o.source()).as(s.id() + ": " + o.label()).isPresent());
      s.clinicalOutcomes()
          .forEach(o -> assertThat(o.source()).as(s.id() + ": " + o.measure()).isPresent());
    }
  }

  @Test
  void everyQuoteIsInTheReviewText() throws Exception {
    Path seed = seedText();
    assumeTrue(Files.isRegularFile(seed), "review text not found at " + seed);
    String text = letters(Files.readString(seed, StandardCharsets.UTF_8));

    List<String> quotes = quotes(SeedReview.review());

    assertThat(quotes).hasSizeGreaterThan(90);
    assertThat(quotes).allSatisfy(q -> assertThat(text).as(q).contains(letters(q)));
  }

  @Test
  void everyQuoteOfTheSynthesisIsInTheReviewText() throws Exception {
    Path seed = seedText();
    assumeTrue(Files.isRegularFile(seed), "review text not found at " + seed);
    String text = letters(Files.readString(seed, StandardCharsets.UTF_8));
    List<String> quotes = new ArrayList<>();
    for (SeedSynthesis.Reading r : SeedSynthesis.READINGS) {
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile("\"([^\"]+)\"").matcher(r.basis());
      while (m.find()) {
        quotes.add(m.group(1));
      }
    }
    assertThat(quotes).hasSizeGreaterThan(6);
    assertThat(quotes).allSatisfy(q -> assertThat(text).as(q).contains(letters(q)));
  }

  private static List<String> quotes(Review review) {
    List<String> out = new ArrayList<>();
    for (Study s : review.studies()) {
      s.sources().values().forEach(l -> l.quote().ifPresent(out::add));
      for (ImagingOutcome o : s.imagingOutcomes()) {
        o.source().flatMap(SourceLocation::quote).ifPresent(out::add);
      }
      for (ClinicalOutcome o : s.clinicalOutcomes()) {
        o.source().flatMap(SourceLocation::quote).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * Letters and digits only: the text's line-end hyphenation, spacing and typographic quotes do not
   * matter.
   */
  private static String letters(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}
