/** Shared definitions of appraise's core: the value style of every package. */
@NullMarked
package dev.appraise.core;

import org.jspecify.annotations.NullMarked;
