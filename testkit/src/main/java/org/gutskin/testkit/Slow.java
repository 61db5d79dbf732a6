package org.gutskin.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/** Takes seconds rather than milliseconds (a browser, a database server, a fuzzing run, a real cohort). Tagged {@code slow}. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("slow")
@java.lang.annotation.Inherited
public @interface Slow {}
