package org.gutskin.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
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
    private final KnowledgeBase kb = KnowledgeBase.get();
    private final Map<String, List<String>> lists = Registries.lists(kb);
    private volatile byte[] openapi;
    /** Set when the service begins to stop: readiness then answers 503 so a load balancer stops sending. */
    private volatile boolean stopping;

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

    /**
     * GET /api/health (the contract's probe, kept for existing clients) and GET /api/health/live: 200
     * {"status":"ok"} while the process serves requests at all (routes are only live once start-up finished). A
     * liveness probe: failing it means restart the process; it checks nothing outside the process.
     */
    void health(Context ctx) {
        ctx.json(Map.of("status", "ok"));
    }

    /**
     * GET /api/health/ready (and /api/ready): 200 when this instance can serve — the database answers, every
     * migration of this build is applied, the knowledge base is loaded, and the service is not stopping — else 503
     * with the check that failed. For load balancers deciding where to send traffic.
     */
    void ready(Context ctx) {
        boolean database = s.db().ready();
        boolean migrations = database && s.db().migrated();
        boolean knowledgeBase = kb != null && !kb.conditionIds().isEmpty();
        boolean ok = database && migrations && knowledgeBase && !stopping;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", ok ? "ready" : "unavailable");
        body.put("database", database ? s.db().vendor() : "unreachable");
        body.put("migrations", migrations ? "applied" : database ? "pending" : "unknown");
        body.put("knowledgeBase", knowledgeBase ? kb.version() : "not loaded");
        if (stopping) body.put("stopping", true);
        ctx.status(ok ? 200 : 503).json(body);
    }

    void stopping() {
        stopping = true;
    }

    /**
     * GET /metrics: Prometheus text, for a lab-admin (session or API token) or the configured metrics token
     * ({@link AuthHandlers#authenticateScraper}). Route patterns and counts only, no tenant, user or sample.
     */
    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(s.metrics().scrape());
    }

    void openapi(Context ctx) {
        ctx.contentType("application/json").result(openapi);
    }
}
