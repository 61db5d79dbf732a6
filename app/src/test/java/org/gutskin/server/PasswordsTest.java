package org.gutskin.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Argon2id against the reference implementation: the expected hashes were made by argon2-cffi 21.1 (Debian
 * python3-argon2, which wraps the reference C library), e.g.
 * {@code argon2.low_level.hash_secret(b'password', b'somesalt', time_cost=2, memory_cost=65536, parallelism=1,
 * hash_len=32, type=Type.ID)}. The first is also the argon2id vector in the reference repository's test.c.
 */
class PasswordsTest {

    @Test
    void verifiesHashesMadeByTheReferenceImplementation() {
        assertThat(Passwords.verify("password",
                "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")).isTrue();
        // our parameters (m = 19 MiB, t = 2, p = 1), salt "0123456789abcdef"
        String ours = "$argon2id$v=19$m=19456,t=2,p=1$MDEyMzQ1Njc4OWFiY2RlZg$I/viC7Wn0ZFEX+nZaWqKCNpPhWRduKZSOYR7TKb3OqY";
        assertThat(Passwords.verify("gutskin-demo", ours)).isTrue();
        assertThat(Passwords.verify("gutskin-demO", ours)).isFalse();
    }

    @Test
    void hashRoundTripsWithAFreshSalt() {
        String a = Passwords.hash("correct horse"), b = Passwords.hash("correct horse");
        assertThat(a).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").isNotEqualTo(b);
        assertThat(Passwords.verify("correct horse", a)).isTrue();
        assertThat(Passwords.verify("correct horse!", a)).isFalse();
    }

    @Test
    void malformedHashesNeverVerify() {
        assertThat(Passwords.verify("x", "")).isFalse();
        assertThat(Passwords.verify("x", "$argon2i$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc"))
                .isFalse();
        assertThat(Passwords.verify("x", "$argon2id$v=19$q=1$c29tZXNhbHQ$AAAA")).isFalse();
    }
}
