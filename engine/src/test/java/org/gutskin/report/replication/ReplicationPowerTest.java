package org.gutskin.report.replication;

import org.gutskin.testkit.Peer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The power function against scipy (peer, /usr/bin/python3, computed in set-up): exact power
 * {@code nct.sf(tc, df, ncp) + nct.cdf(-tc, df, ncp)} with {@code tc = t.ppf(1 - a/2, df)}, and the normal
 * approximation {@code norm.cdf(ncp - z) + norm.cdf(-ncp - z)}.
 */
@Peer
class ReplicationPowerTest {

    /** delta, se, df, alpha. */
    static final double[][] CASES = {{1.0, 0.5, 137, 0.05}, {1.4, 0.5, 137, 0.05}, {0.5, 0.5, 96, 0.05},
            {1.25, 0.5, 50, 0.05}, {1.4, 0.5, 20, 0.05}, {3.0, 1.0, 10, 0.05}, {0.8, 0.2, 54, 0.05},
            {0.3, 0.2, 3, 0.05}, {2.0, 1.0, 137, 0.01}, {0.0, 0.3, 40, 0.05}};
    static List<double[]> scipy;

    @BeforeAll
    static void peer() throws IOException, InterruptedException {
        StringBuilder py = new StringBuilder("from scipy.stats import nct, norm, t\ncases = [");
        for (double[] c : CASES) py.append("(").append(c[0]).append(",").append(c[1]).append(",").append(c[2]).append(",").append(c[3]).append("),");
        py.append("]\nfor d, se, df, a in cases:\n    ncp = abs(d) / se\n    tc = t.ppf(1 - a / 2, df)\n"
                + "    z = norm.ppf(1 - a / 2)\n    print(repr(nct.sf(tc, df, ncp) + nct.cdf(-tc, df, ncp)), repr(norm.cdf(ncp - z) + norm.cdf(-ncp - z)))\n");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", py.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        scipy = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            String[] f = line.trim().split("\\s+");
            scipy.add(new double[] {Double.parseDouble(f[0]), Double.parseDouble(f[1])});
        }
        assertThat(scipy).hasSize(CASES.length);
    }

    @Test
    void exactPowerEqualsScipyNoncentralT() {
        for (int i = 0; i < CASES.length; i++) {
            double[] c = CASES[i];
            assertThat(ReplicationPower.power(c[0], c[1], c[2], c[3])).as("case " + i).isCloseTo(scipy.get(i)[0], within(1e-7));
        }
    }

    @Test
    void normalApproximationEqualsScipyNormalFormulaAndIsUsedWithoutDf() {
        for (int i = 0; i < CASES.length; i++) {
            double[] c = CASES[i];
            assertThat(ReplicationPower.power(c[0], c[1], Double.NaN, c[3])).as("case " + i).isCloseTo(scipy.get(i)[1], within(1e-12));
        }
    }

    @Test
    void edgeCases() {
        assertThat(ReplicationPower.power(1, 0, 10, 0.05)).isNaN();
        assertThat(ReplicationPower.power(1, Double.NaN, 10, 0.05)).isNaN();
        // delta = 0: the test's size, alpha (hand calculation: P(|T| > t_crit) under the null = alpha)
        assertThat(ReplicationPower.power(0, 0.3, 40, 0.05)).isCloseTo(0.05, within(1e-9));
    }
}
