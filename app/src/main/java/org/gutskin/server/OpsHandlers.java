package org.gutskin.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.report.Registries;

/**
 * Health, readiness, metrics, the OpenAPI document and the registries' name lists: the endpoints that need no
 * tenant. The OpenAPI document's lists (formats, conditions, verdicts …) are filled from the registries once, at
 * start-up ({@link OpenApiDocument}).
 */
final class OpsHandlers {

    private final Services s;
    private final Map<String, List<String>> lists = Registries.lists(KnowledgeBase.get());
    private volatile byte[] openapi;

    OpsHandlers(Services s) {
        this.s = s;
        this.openapi = OpenApiDocument.build(lists, Map.of());
    }

    /** Once the routes are registered: the document with each operation's role as its route declares it. */
    void describeRoles(Map<String, Role> roles) {
        this.openapi = OpenApiDocument.build(lists, roles);
    }

    /** GET /api/lists: every registry's names by key ({@link Registries#lists}); the web UI's lists come from here. */
    void lists(Context ctx) {
        ctx.json(lists);
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
