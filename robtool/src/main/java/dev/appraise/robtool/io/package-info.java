/**
 * Exchange of risk-of-bias tables: robvis CSV import and export, RevMan 5 ({@code .rm5})
 * risk-of-bias tables read with a hardened XML parser, and named symbol conventions for {@code +},
 * {@code -} and {@code ?}.
 */
@NullMarked
@ValueStyle
package dev.appraise.robtool.io;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
