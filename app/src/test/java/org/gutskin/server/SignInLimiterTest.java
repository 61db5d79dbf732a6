package org.gutskin.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInLimiterTest {

    @Test
    void failuresPerUserAndAttemptsPerAddressAreCapped() {
        SignInLimiter l = new SignInLimiter(3, 5, 60_000);
        for (int i = 0; i < 3; i++) {
            assertThat(l.tryAttempt("10.0.0.1", "alice")).isTrue();
            l.failed("alice");
        }
        assertThat(l.tryAttempt("10.0.0.2", "alice")).as("4th try after 3 failures, any address").isFalse();
        assertThat(l.tryAttempt("10.0.0.1", "bob")).isTrue(); // 4th attempt from .1
        assertThat(l.tryAttempt("10.0.0.1", "bob")).isTrue(); // 5th
        assertThat(l.tryAttempt("10.0.0.1", "carol")).as("6th attempt from one address").isFalse();
    }
}
