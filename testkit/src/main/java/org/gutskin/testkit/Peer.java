package org.gutskin.testkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * The test runs a peer (scikit-bio, SciPy, biom-format, statsmodels, R vegan) in the same run; it skips itself
 * when the peer is not installed. Tagged {@code peer}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Tag("peer")
@java.lang.annotation.Inherited
public @interface Peer {}
