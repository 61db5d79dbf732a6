package org.gutskin.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Health, readiness, metrics and the OpenAPI document: the endpoints that need no tenant. */
final class OpsHandlers {

    private final Services s;
    private final byte[] openapi;

    OpsHandlers(Services s) {
        this.s = s;
        try (InputStream in = OpsHandlers.class.getResourceAsStream("/openapi.json")) {
            this.openapi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 200 {"status":"ok"}: the process is up and serving (routes are only live once start-up finished). */
    void health(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }

    /** 200 when the database answers, else 503: for load balancers deciding where to send traffic. */
    void ready(Context ctx) {
        boolean ok = s.db().ready();
        ctx.status(ok ? 200 : 503).json(Map.of("status", ok ? "ready" : "unavailable", "database", s.db().vendor()));
    }

    /** GET /metrics: Prometheus text, for a signed-in user or an API token only (route names and counts). */
    void metrics(Context ctx) {
        AuthHandlers.principal(ctx);
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(s.metrics().scrape());
    }

    void openapi(Context ctx) {
        ctx.contentType("application/json").result(openapi);
    }
}
