package org.gutskin.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.gutskin.io.InputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * First-start content, so a new user sees a working product at once: the tenant {@code demo-lab}, the user
 * {@link #USER} with password {@link #PASSWORD} (printed at start-up and in the README — change it or delete the
 * tenant before real use), and three small MetaPhlAn profiles bundled under {@code /demo/}.
 */
public final class DemoSeed {

    public static final String TENANT = "demo-lab", USER = "demo", PASSWORD = "gutskin-demo";
    static final List<String> PROFILES = List.of("Subj001_time1_S1_metaphlan.txt", "Subj001_time2_S2_metaphlan.txt",
            "Subj004_time1_S4_metaphlan.txt");
    private static final Logger LOG = LoggerFactory.getLogger(DemoSeed.class);

    private DemoSeed() {}

    /** Seeds when the database has no tenant yet; returns true when it did. */
    static boolean seedIfEmpty(Services s) {
        if (s.accounts().anyTenant()) return false;
        long tenant = s.accounts().createTenant(TENANT);
        long user = s.accounts().createUser(tenant, USER, PASSWORD, Role.LAB_ADMIN);
        Principal p = new Principal(tenant, user, USER, TENANT, Role.LAB_ADMIN, null);
        for (String name : PROFILES) {
            try (InputStream in = DemoSeed.class.getResourceAsStream("/demo/" + name)) {
                s.uploads().upload(p, name, null, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InputException e) {
                LOG.warn("demo profile {} not loaded: {}", name, e.describe());
            }
        }
        return true;
    }
}
