/**
 * jqwik generators (arbitraries) for the grade types, published so that a project can property-test
 * its own grading or suggestion policies without copying code: see {@link
 * dev.appraise.grade.testing.GradeArbitraries}.
 *
 * <p>appraise-grade declares {@code net.jqwik:jqwik-api} as an <em>optional</em> dependency: it is
 * not passed on to users, and nothing outside this package needs it. To use these generators, add
 * jqwik (1.9.3 is what appraise is tested with) to your own test dependencies:
 *
 * <pre>{@code
 * <dependency>
 *   <groupId>net.jqwik</groupId>
 *   <artifactId>jqwik</artifactId>
 *   <version>1.9.3</version>
 *   <scope>test</scope>
 * </dependency>
 * }</pre>
 *
 * and write properties such as
 *
 * <pre>{@code
 * @Property
 * void myPolicyNeverRaisesAboveTheStart(@ForAll("gradings") Grading g) { ... }
 *
 * @Provide
 * Arbitrary<Grading> gradings() {
 *   return GradeArbitraries.gradings(GradeArbitraries.policies());
 * }
 * }</pre>
 */
@NullMarked
package dev.appraise.grade.testing;

import org.jspecify.annotations.NullMarked;
