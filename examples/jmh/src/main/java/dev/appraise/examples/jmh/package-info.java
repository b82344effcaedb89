/**
 * JMH benchmarks of the agreement coefficients side by side with DKPro Agreement, a streaming
 * example over ten million units, and the data they share.
 */
@NullMarked
package dev.appraise.examples.jmh;

import org.jspecify.annotations.NullMarked;
