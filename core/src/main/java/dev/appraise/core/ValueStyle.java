package dev.appraise.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every appraise value type, applied in each package's {@code
 * package-info.java}.
 *
 * <p>The generated {@code Immutable*} classes are package-private and hidden behind the public
 * abstract type: callers write {@code Study.builder()} and never see a generated name. Builders are
 * public, collections are exposed as {@link java.util.List} and {@link java.util.Set}, and
 * structural invariants are checked in {@code @Value.Check} methods that throw {@link
 * IllegalArgumentException} naming the field and the value.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    jdkOnly = false,
    allParameters = false,
    optionalAcceptNullable = true)
public @interface ValueStyle {}
