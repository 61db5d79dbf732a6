package org.gutskin.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** The test reads {@code ../shared}: tagged {@code shared-data}, and skipped with a message when the data is absent. */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("shared-data")
@ExtendWith(SharedDataCondition.class)
@java.lang.annotation.Inherited
public @interface RequiresShared {}
