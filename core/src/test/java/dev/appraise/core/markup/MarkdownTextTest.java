package dev.appraise.core.markup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void escapesMarkdownNotHtml() {
    assertThat(
            MarkdownText.escape(
                "The review's \"CBT\" & <b>x</b> | *y* _z_ `code` [link](u) ~~s~~ a\\b"))
        .isEqualTo(
            "The review's \"CBT\" \\& \\<b\\>x\\</b\\> \\| \\*y\\* \\_z\\_ \\`code\\` \\[link\\](u)"
                + " \\~\\~s\\~\\~ a\\\\b");
    assertThat(MarkdownText.escape("&amp; &#39; &quot;"))
        .isEqualTo("\\&amp; \\&#39; \\&quot;")
        .doesNotContain(" &");
  }

  @Test
  void escapesMarkersThatCountAtTheStartOfALine() {
    assertThat(MarkdownText.escape("# not a heading")).isEqualTo("\\# not a heading");
    assertThat(MarkdownText.escape("- not\n+ a\n=== list")).isEqualTo("\\- not\n\\+ a\n=== list");
    assertThat(MarkdownText.escape("Title\n===\nTitle\n---\n- - -"))
        .isEqualTo("Title\n\\===\nTitle\n\\---\n\\- - -");
    assertThat(MarkdownText.escape("## Issue #\n#5 -1 +2 =3 2015.5 1.000"))
        .isEqualTo("\\## Issue \\#\n#5 -1 +2 =3 2015.5 1.000");
    assertThat(MarkdownText.escape("2015. A year\n1) one")).isEqualTo("2015\\. A year\n1\\) one");
    assertThat(MarkdownText.escape("C# and 3.5 - x")).isEqualTo("C# and 3.5 - x");
    assertThat(MarkdownText.escape("    indented code?\r\n  > quote  "))
        .isEqualTo("indented code?\n\\> quote");
  }

  @Test
  void tableCellsNeedNoBlockMarkersEscaped() {
    assertThat(MarkdownText.lines("# - 1. x|y", false)).containsExactly("# - 1. x\\|y");
  }

  @Test
  void escapeLineJoinsLinesWithSpaces() {
    assertThat(MarkdownText.escapeLine("one\r\n\r\n# two\rthree")).isEqualTo("one \\# two three");
  }

  /**
   * Removing each escaping backslash gives back the text, its lines stripped: nothing is lost or
   * added.
   */
  @Property(tries = 500)
  void unescapingGivesBackTheText(@ForAll("markdownish") String text) {
    String escaped = MarkdownText.escape(text);
    String unescaped = escaped.replaceAll("\\\\(\\p{Punct})", "$1");
    String expected =
        Arrays.stream(text.split("\r\n|\r|\n", -1))
            .map(String::strip)
            .collect(Collectors.joining("\n"));
    assertThat(unescaped).isEqualTo(expected);
    // every special character is preceded by an odd number of backslashes
    for (int i = 0; i < escaped.length(); i++) {
      if ("`*_[]<>&|~".indexOf(escaped.charAt(i)) >= 0) {
        int backslashes = 0;
        for (int j = i - 1; j >= 0 && escaped.charAt(j) == '\\'; j--) {
          backslashes++;
        }
        assertThat(backslashes % 2)
            .as("escape of %s at %d in %s", escaped.charAt(i), i, escaped)
            .isEqualTo(1);
      }
    }
  }

  @Provide
  Arbitrary<String> markdownish() {
    return Arbitraries.strings().withChars("\\`*_[]<>&|~#-+=.)1 \t\r\nab").ofMaxLength(30);
  }
}
