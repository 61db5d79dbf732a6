package org.gutskin.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gutskin.io.InputException;
import org.gutskin.io.Html;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gutskin web service: every route is wired here, in {@link #routes}, and each handler is a thin method that
 * calls the same engine code the command line calls. Start-up order: restrict the data directory to this user,
 * open and migrate the database, seed the demo tenant on first
 * start when asked ({@code serve --demo}), then start listening — so {@code /api/health} answers only when the service is
 * ready.
 */
public final class GutskinServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GutskinServer.class);
    private static final String REQUEST_ID = "gutskin.requestId";

    /**
     * How long an instance holds a batch item before another may take it: far longer than one sample's reports
     * take, short enough that a crashed instance's item is picked up again soon.
     */
    static final java.time.Duration JOB_LEASE = java.time.Duration.ofMinutes(2);

    private final Services services;
    private final Javalin app;
    private final OpsHandlers ops;
    private final JobRunner runner;
    private final boolean seeded;

    private GutskinServer(Services services, Javalin app, OpsHandlers ops, JobRunner runner, boolean seeded) {
        this.services = services;
        this.app = app;
        this.ops = ops;
        this.runner = runner;
        this.seeded = seeded;
    }


    /** Opens the database (migrating it), seeds on first start, and starts listening. */
    public static GutskinServer start(ServerOptions o) throws java.io.IOException {
        return start(o, new EngineReportRenderer(), o.ops().accessLog() ? System.out::println : null);
    }

    /**
     * As {@link #start(ServerOptions)}, rendering reports with {@code reports} (tests substitute a slow one) and
     * writing the access log's lines to {@code accessLog} (null: none).
     */
    static GutskinServer start(ServerOptions o, ReportRenderer reports, java.util.function.Consumer<String> accessLog)
            throws java.io.IOException {
        Files.createDirectories(o.dataDir());
        DataDirectory.restrict(o.dataDir());
        ObjectMapper json = new ObjectMapper();
        Database db = Database.open(o.effectiveJdbcUrl(), o.dbUser(), o.dbPassword(), 8);
        try {
            DataDirectory.restrict(o.dataDir()); // again: the database files exist now
            SampleStore samples = new SampleStore(db.jdbi());
            ServerOptions.Limits l = o.limits();
            Services s = new Services(o, db, new Accounts(db.jdbi(), l.tokenTtl()), samples,
                    new Uploads(samples, json, o.inputLimits(), l.maxSamplesPerUpload()), new TriageStore(db.jdbi()),
                    new AuditLog(db.jdbi(), l.auditRetentionDays()), reports,
                    new EngineEvidenceService(), new Metrics(), SignInLimiter.defaults(),
                    new RenderGate(l.maxRendersPerTenant(), o.ops().renderWait()), new BrandingStore(db.jdbi()),
                    new JobStore(db.jdbi()), new AccessLog(json, accessLog), json);
            s.metrics().rendersInFlight(s.renders()::inFlight);
            boolean seeded = o.seedDemo() && DemoSeed.seedIfEmpty(s);
            OpsHandlers ops = new OpsHandlers(s);
            Javalin app = create(s, ops).start();
            JobRunner runner = new JobRunner(s, JOB_LEASE, 1000).start();
            s.jobs().onCreate(runner::nudge);
            return new GutskinServer(s, app, ops, runner, seeded);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    static Javalin create(Services s, OpsHandlers ops) {
        AuthHandlers auth = new AuthHandlers(s);
        SampleHandlers samples = new SampleHandlers(s);
        SubjectHandlers subjects = new SubjectHandlers(s);
        EvidenceHandlers evidence = new EvidenceHandlers(s);
        TriageHandlers triage = new TriageHandlers(s);
        AdminHandlers admin = new AdminHandlers(s);
        JobHandlers jobs = new JobHandlers(s);
        ExportHandlers export = new ExportHandlers(s);
        long limit = s.options().maxUploadBytes();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(s.json(), false));
            // slow clients hold connections, not threads (HttpGuards)
            config.jetty.threadPool = HttpGuards.threadPool(s.options().limits());
            config.jetty.modifyServer(server -> {
                // GracefulHandler: on stop, requests in flight finish (up to the shutdown timeout), new ones get 503
                server.setHandler(new org.eclipse.jetty.server.handler.GracefulHandler(
                        HttpGuards.handlers(s.options())));
                server.setStopTimeout(s.options().ops().shutdownTimeout().toMillis());
            });
            config.jetty.addConnector((server, http) -> HttpGuards.connector(server, http, s.options()));
            config.http.maxRequestSize = limit;
            config.jetty.multipartConfig.maxFileSize(limit, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(limit + 1024 * 1024, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
            });
            config.requestLogger.http((ctx, ms) -> {
                String route = routeOf(ctx);
                s.metrics().observe(ctx.method().name(), route, ctx.statusCode(), ms / 1000.0);
                s.access().log(ctx.method().name(), route, ctx.statusCode(), ms, ctx.attribute("principal"),
                        ctx.attribute(REQUEST_ID));
            });
            routes(config.routes, s, ops, auth, samples, subjects, evidence, triage, admin, jobs, export);
        });
        Map<String, Role> roles = new java.util.HashMap<>();
        registeredRoutes(app).forEach(r -> roles.put(r.method() + " " + r.path(), r.role()));
        ops.describeRoles(roles);
        return app;
    }

    /**
     * Every route of the service, in one place, each with the least {@link Role} it needs. The OpenAPI document
     * (/openapi.json) describes each.
     */
    private static void routes(io.javalin.config.RoutesConfig r, Services s, OpsHandlers ops, AuthHandlers auth,
            SampleHandlers samples, SubjectHandlers subjects, EvidenceHandlers evidence, TriageHandlers triage,
            AdminHandlers admin, JobHandlers jobs, ExportHandlers export) {
        r.before(ctx -> {
            String id = AccessLog.requestId(ctx.header("X-Request-Id"));
            ctx.attribute(REQUEST_ID, id);
            ctx.header("X-Request-Id", id);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("X-Frame-Options", "SAMEORIGIN");
            ctx.header("Content-Security-Policy", Html.APP_CSP);
        });
        r.before("/api/*", auth::authenticate);
        r.before("/metrics", auth::authenticateScraper);

        r.beforeMatched(auth::authorize);

        // each route with the least role it needs (Role: viewer < clinician < analyst < lab-admin)
        new Routes(r)
                .get("/api/health", Role.PUBLIC, ops::health)
                .get("/api/health/live", Role.PUBLIC, ops::health)
                .get("/api/health/ready", Role.PUBLIC, ops::ready)
                .get("/api/ready", Role.PUBLIC, ops::ready)
                .get("/metrics", Role.LAB_ADMIN, ops::metrics)
                .get("/openapi.json", Role.PUBLIC, ops::openapi)

                .post("/api/session", Role.PUBLIC, auth::signIn)
                .get("/api/session", Role.VIEWER, auth::whoAmI)
                .delete("/api/session", Role.VIEWER, auth::signOut)
                .post("/api/session/password", Role.VIEWER, auth::changePassword)
                .post("/api/tokens", Role.PUBLIC, auth::createToken) // signed in, or credentials in the body

                .post("/api/uploads", Role.ANALYST, samples::upload)
                .get("/api/uploads/{id}", Role.VIEWER, samples::getUpload)
                .get("/api/samples", Role.VIEWER, samples::list)
                .get("/api/samples/{id}", Role.VIEWER, samples::get)
                .delete("/api/samples/{id}", Role.LAB_ADMIN, samples::delete)
                .post("/api/samples/{id}/triage", Role.CLINICIAN, triage::storeForSample)
                .get("/api/samples/{id}/report", Role.VIEWER, samples::report)
                .post("/api/samples/{id}/subject", Role.ANALYST, subjects::assign)
                .get("/api/subjects/{subject}/samples", Role.VIEWER, subjects::series)
                .get("/api/subjects/{subject}/report", Role.VIEWER, subjects::report)
                .get("/api/audit", Role.LAB_ADMIN, samples::audit)

                .post("/api/jobs", Role.ANALYST, jobs::submit)
                .get("/api/jobs", Role.VIEWER, jobs::list)
                .get("/api/jobs/{id}", Role.VIEWER, jobs::get)
                .get("/api/jobs/{id}/archive", Role.VIEWER, jobs::archive)

                .post("/api/label", Role.VIEWER, evidence::label)
                .get("/api/evidence", Role.VIEWER, evidence::ladder)
                .get("/api/evidence/ladder.svg", Role.VIEWER, evidence::ladderSvg)
                .get("/api/conditions", Role.VIEWER, evidence::conditions)
                .get("/api/lists", Role.VIEWER, ops::lists)
                .get("/api/triage/questions", Role.VIEWER, triage::questions)
                .post("/api/triage", Role.VIEWER, triage::route) // routes answers, stores nothing

                .get("/api/admin/users", Role.LAB_ADMIN, admin::users)
                .post("/api/admin/users", Role.LAB_ADMIN, admin::createUser)
                .post("/api/admin/users/{id}/password", Role.LAB_ADMIN, admin::resetPassword)
                .post("/api/admin/users/{id}/role", Role.LAB_ADMIN, admin::setRole)
                .post("/api/admin/users/{id}/enable", Role.LAB_ADMIN, admin::enableUser)
                .delete("/api/admin/users/{id}", Role.LAB_ADMIN, admin::disableUser)
                .get("/api/admin/tokens", Role.LAB_ADMIN, admin::tokens)
                .post("/api/admin/tokens", Role.LAB_ADMIN, admin::createToken)
                .delete("/api/admin/tokens/{id}", Role.LAB_ADMIN, admin::revokeToken)
                .post("/api/admin/tenants", Role.LAB_ADMIN, admin::createTenant)
                .get("/api/admin/branding", Role.LAB_ADMIN, admin::branding)
                .post("/api/admin/branding", Role.LAB_ADMIN, admin::saveBranding)
                .get("/api/admin/branding/logo", Role.LAB_ADMIN, admin::logo)
                .post("/api/admin/branding/logo", Role.LAB_ADMIN, admin::uploadLogo)
                .delete("/api/admin/branding/logo", Role.LAB_ADMIN, admin::removeLogo)
                .get("/api/admin/export", Role.LAB_ADMIN, export::export);

        r.exception(ApiError.class, (e, ctx) -> {
            if (e.status == 429 && ctx.res().getHeader("Retry-After") == null) ctx.header("Retry-After", "2");
            ctx.status(e.status).json(Map.of("error", e.getMessage()));
        });
        r.exception(InputException.class, (e, ctx) -> ctx.status(e.tooLarge() ? 413 : 400).json(Map.of("error",
                DataDirectory.withoutServerPaths(e.describe(), s.options().dataDir()))));
        r.exception(Exception.class, (e, ctx) -> {
            // the exception class only: a message could quote a line of someone's health data
            LOG.error("internal error on {} {}: {}", ctx.method(), ctx.path(), e.getClass().getName());
            if (LOG.isDebugEnabled()) LOG.debug("stack trace", e);
            ctx.status(500).json(Map.of("error", "internal error"));
        });
        r.error(404, ctx -> {
            if (ctx.result() == null) ctx.json(Map.of("error", "not found"));
        });
    }

    /** The matched route pattern (e.g. {@code /api/samples/{id}}), never the raw path. */
    private static String routeOf(io.javalin.http.Context ctx) {
        try {
            io.javalin.router.Endpoint e = ctx.endpoints().matchedHttpEndpoint();
            return e == null ? "other" : e.path;
        } catch (RuntimeException e) {
            return "other";
        }
    }

    /** One registered HTTP route: method, path pattern and the role it declares (null when it declares none). */
    record RegisteredRoute(String method, String path, Role role) {}

    /** Every HTTP route as Javalin's router holds it, for the test that checks each one's role is enforced. */
    java.util.List<RegisteredRoute> registeredRoutes() {
        return registeredRoutes(app);
    }

    private static java.util.List<RegisteredRoute> registeredRoutes(Javalin app) {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(pe -> pe.endpoint.method.isHttpMethod()) // not the before/after filters
                .map(pe -> {
            io.javalin.security.Roles roles = pe.endpoint.metadata(io.javalin.security.Roles.class);
            Role role = roles == null || roles.getRoles().size() != 1 ? null
                    : roles.getRoles().iterator().next() instanceof Role r ? r : null;
            return new RegisteredRoute(pe.endpoint.method.name(), pe.endpoint.path, role);
        }).toList();
    }

    public int port() {
        return app.port();
    }

    /** The Jetty server underneath (tests look at its connector's per-address count). */
    org.eclipse.jetty.server.Server jettyServer() {
        return app.jettyServer().server();
    }

    public boolean seeded() {
        return seeded;
    }

    public Services services() {
        return services;
    }

    /**
     * Stops gracefully: readiness turns 503, the batch-job runner finishes the sample in hand and takes no other
     * (first: the HTTP drain below may take seconds, and jobs resume on the next start), the listener stops
     * accepting, requests in flight finish (up to the configured shutdown timeout, then their connections are
     * closed), then the audit writer, H2's compaction and the connection pool. {@code serve} calls it on SIGTERM and
     * Ctrl-C.
     */
    @Override
    public void close() {
        ops.stopping();
        runner.close();
        app.stop();
        services.audit().close();
        services.db().compact();
        services.db().close();
    }
}
