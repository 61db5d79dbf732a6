package org.gutskin.server;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Slow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The same integration suite on a real PostgreSQL server (Debian's package), started for the test. */
@Slow
@RequiresShared
class PostgresServiceTest extends ServiceSuite {

    private PostgresServer pg;

    @Override
    @BeforeAll
    void start() throws Exception {
        pg = PostgresServer.startOrSkip();
        super.start();
    }

    @Override
    String jdbcUrl() {
        return pg.jdbcUrl();
    }

    @Override
    String dbUser() {
        return "postgres";
    }

    @Override
    @AfterAll
    void stop() {
        super.stop();
        try {
            if (pg != null) pg.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
