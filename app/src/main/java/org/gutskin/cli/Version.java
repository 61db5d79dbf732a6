package org.gutskin.cli;

import org.gutskin.provenance.SoftwareVersion;
import picocli.CommandLine;

/** {@code gutskin --version}. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {line()};
    }

    /** The one version line, shared by picocli's {@code --version} and {@link Main#main}'s fast path. */
    static String line() {
        return "gutskin " + SoftwareVersion.get();
    }
}
