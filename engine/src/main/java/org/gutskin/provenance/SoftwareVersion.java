package org.gutskin.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The gutskin version, filled in by the build, that every output's provenance names. */
public final class SoftwareVersion {

    private static final String VERSION = load();

    private SoftwareVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = SoftwareVersion.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
