package org.gutskin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Issue 15, finding 3: a plain {@code serve} creates no demo account and listens on this machine only. */
class ServeDefaultsTest {

    @Test
    void noDemoAndLoopbackUnlessAsked() {
        ServeCommand plain = new ServeCommand();
        new CommandLine(plain).parseArgs();
        assertThat(plain.demo).isFalse();
        assertThat(plain.host).isEqualTo("127.0.0.1");
        assertThat(plain.trustedProxies).isEmpty();

        ServeCommand asked = new ServeCommand();
        new CommandLine(asked).parseArgs("--demo", "--host", "0.0.0.0", "--trusted-proxy", "10.0.0.5,10.0.0.6");
        assertThat(asked.demo).isTrue();
        assertThat(asked.host).isEqualTo("0.0.0.0");
        assertThat(asked.trustedProxies).containsExactly("10.0.0.5", "10.0.0.6");
    }
}
