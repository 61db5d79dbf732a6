package org.gutskin.cli;

import org.gutskin.provenance.SoftwareVersion;
import picocli.CommandLine;

/** {@code gutskin --version}. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"gutskin " + SoftwareVersion.get()};
    }
}
