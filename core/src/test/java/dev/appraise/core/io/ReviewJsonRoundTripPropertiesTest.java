package dev.appraise.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import dev.appraise.core.model.ModelArbitraries;
import dev.appraise.core.model.Review;
import java.io.IOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Writing then reading any valid review gives it back exactly, and what is written satisfies the
 * schema.
 */
class ReviewJsonRoundTripPropertiesTest {

  private static final JsonSchema SCHEMA = ReviewJsonExamplesTest.networkntSchema();

  @Provide
  Arbitrary<Review> reviews() {
    return ModelArbitraries.reviews();
  }

  @Property(tries = 100)
  void readOfWriteIsIdentity(@ForAll("reviews") Review review) {
    String json = ReviewJson.withDefaults().write(review);
    assertThat(ReviewJson.withDefaults().read(json)).isEqualTo(review);
  }

  @Property(tries = 40)
  void writtenReviewsSatisfyTheSchemaByAnIndependentValidator(@ForAll("reviews") Review review)
      throws IOException {
    JsonNode tree = ReviewJsonExamplesTest.PLAIN.readTree(ReviewJson.withDefaults().write(review));
    assertThat(SCHEMA.validate(tree)).isEmpty();
  }

  @Property(tries = 30)
  void writingIsDeterministic(@ForAll("reviews") Review review) {
    assertThat(ReviewJson.withDefaults().write(review))
        .isEqualTo(ReviewJson.withDefaults().write(Review.builder().from(review).build()));
  }
}
