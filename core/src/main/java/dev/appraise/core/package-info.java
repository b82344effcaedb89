/**
 * Shared definitions of appraise's core: the value style of every package and the exception that
 * reports every problem found in a piece of input.
 */
@NullMarked
@ValueStyle
package dev.appraise.core;

import org.jspecify.annotations.NullMarked;
