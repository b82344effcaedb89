/**
 * Markup that is right by construction, for every writer of SVG figures, XHTML pages, Markdown and
 * CSV in appraise.
 *
 * <ul>
 *   <li>{@link dev.appraise.core.markup.SvgElement}, {@link dev.appraise.core.markup.HtmlElement}
 *       and {@link dev.appraise.core.markup.XmlElement}: documents built element by element,
 *       written well-formed, with attribute and text escaping in one place ({@link
 *       dev.appraise.core.markup.XmlText}) and numbers in one format ({@link
 *       dev.appraise.core.markup.NumberText}), independent of the default locale;
 *   <li>{@link dev.appraise.core.markup.MarkupTable}: one table model written as an XHTML fragment,
 *       a GitHub-flavoured Markdown table or RFC 4180 CSV;
 *   <li>{@link dev.appraise.core.markup.MarkdownText}: plain text escaped for Markdown (as
 *       Markdown, not as HTML).
 * </ul>
 *
 * <p>The package depends on no other package of appraise, so that every other package may use it.
 */
@NullMarked
package dev.appraise.core.markup;

import org.jspecify.annotations.NullMarked;
