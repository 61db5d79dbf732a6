package org.gutskin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, finding 4. Budgets here: 100 attempts per client, 5 free failures per (account, client) then a backoff
 * of 1, 2, 4, … s (at most 60 s), 50 failures per account; 15-minute window. Expected waits are hand-calculated
 * from that rule.
 */
class SignInLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final SignInLimiter l = new SignInLimiter(100, 5, 50, 15 * 60_000L, now::get);

    private void fail(String client, String user, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(l.tryAttempt(client, user)).as("attempt %d", i + 1).isZero();
            l.failed(client, user);
            now.addAndGet(60_000); // one guess a minute keeps each inside the backoff of the previous
        }
    }

    @Test
    void tenWrongPasswordsFromOneClientDoNotLockTheUserOutOfTheirOwnClient() {
        fail("10.0.0.66", "alice", 5);
        for (int i = 0; i < 5; i++) {
            l.tryAttempt("10.0.0.66", "alice");
            l.failed("10.0.0.66", "alice");
        }
        assertThat(l.tryAttempt("10.0.0.1", "alice")).as("alice from her own client").isZero();
    }

    @Test
    void theGuessingClientBacksOffForAtMostAMinute() {
        fail("10.0.0.66", "alice", 5);
        // failures 1-5 are free; after the 5th the next try waits 1000 << 0 = 1 s
        assertThat(l.tryAttempt("10.0.0.66", "alice")).isEqualTo(0); // a minute passed since the 5th
        l.failed("10.0.0.66", "alice"); // 6th: wait 2 s
        assertThat(l.tryAttempt("10.0.0.66", "alice")).isEqualTo(2_000);
        for (int i = 0; i < 20; i++) {
            now.addAndGet(61_000);
            l.tryAttempt("10.0.0.66", "alice");
            l.failed("10.0.0.66", "alice");
        }
        assertThat(l.tryAttempt("10.0.0.66", "alice")).as("capped").isEqualTo(SignInLimiter.MAX_BACKOFF_MILLIS);
        now.addAndGet(SignInLimiter.MAX_BACKOFF_MILLIS);
        assertThat(l.tryAttempt("10.0.0.66", "alice")).isZero();
    }

    @Test
    void madeUpUserNamesResetNothing() {
        fail("10.0.0.66", "alice", 6);
        l.failed("10.0.0.66", "alice");
        // a flood of made-up names from many clients (old code cleared every counter past 100,000 keys)
        for (int i = 0; i < 120_000; i++) {
            String client = "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
            l.tryAttempt(client, "nobody" + i);
            l.failed(client, "nobody" + i);
        }
        assertThat(l.tryAttempt("10.0.0.66", "alice")).as("alice's guesser still waits").isPositive();
    }

    @Test
    void oneClientHasABudgetWhateverNamesItTries() {
        for (int i = 0; i < 100; i++) assertThat(l.tryAttempt("10.0.0.66", "user" + i)).isZero();
        assertThat(l.tryAttempt("10.0.0.66", "user100")).isPositive();
        assertThat(l.tryAttempt("10.0.0.2", "user100")).isZero();
    }

    @Test
    void manyClientsGuessingOneAccountAreStoppedButTheUsersCleanClientIsNot() {
        for (int c = 0; c < 50; c++) {
            assertThat(l.tryAttempt("10.1.0." + c, "alice")).isZero();
            l.failed("10.1.0." + c, "alice");
        }
        assertThat(l.tryAttempt("10.1.0.7", "alice")).as("a client that already failed").isPositive();
        assertThat(l.tryAttempt("10.0.0.1", "alice")).as("alice's own client").isZero();
    }

    @Test
    void aSuccessForgivesThatClient() {
        fail("10.0.0.1", "alice", 5);
        l.failed("10.0.0.1", "alice");
        l.succeeded("10.0.0.1", "alice");
        assertThat(l.tryAttempt("10.0.0.1", "alice")).isZero();
    }
}
