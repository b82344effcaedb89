package dev.appraise.core.io;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The layout of the JSON appraise writes: indented by two spaces, {@code \n} line ends, {@code
 * "name": value}.
 */
final class IndentedJson {

  private IndentedJson() {}

  /**
   * {@return a writer of the mapper that lays JSON out this way, whatever the platform's line
   * separator}
   */
  static ObjectWriter writer(ObjectMapper mapper) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return mapper.writer(printer);
  }
}
