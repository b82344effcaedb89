/**
 * SVG figures of risk-of-bias tables: the traffic-light plot and the weighted summary bar chart.
 */
@NullMarked
@ValueStyle
package dev.appraise.robtool.plot;

import dev.appraise.core.ValueStyle;
import org.jspecify.annotations.NullMarked;
