package org.gutskin.server;

/** The integration suite on the embedded default: an H2 file database in a temporary data directory. */
class H2ServiceTest extends ServiceSuite {

    @Override
    String jdbcUrl() {
        return null;
    }
}
