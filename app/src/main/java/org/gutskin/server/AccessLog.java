package org.gutskin.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The request log: one JSON object per line per request, on standard output (diagnostics go to standard error
 * through slf4j), for a log shipper. Each line holds the time, method, the matched route pattern (never the raw
 * path or query: those carry sample ids, answers and conditions), status, duration, the caller's tenant and user
 * as numeric ids (never names), and the request id. Nothing a patient could be recognised by.
 *
 * <pre>{"time":"2026-12-05T03:40:00.123Z","method":"GET","route":"/api/samples/{id}/report","status":200,
 * "ms":12.4,"tenant":1,"user":1,"request":"0f1e…"}</pre>
 */
final class AccessLog {

    /** A request id a client or proxy may send (X-Request-Id), kept only when it is this plain and short. */
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final ObjectMapper json;
    private final Consumer<String> sink;

    /** {@code sink}: where each line goes (standard output in {@code serve}); null: no log. */
    AccessLog(ObjectMapper json, Consumer<String> sink) {
        this.json = json;
        this.sink = sink;
    }

    /** The request's id: the caller's {@code X-Request-Id} when it is a plain token, else a fresh random one. */
    static String requestId(String sent) {
        return sent != null && REQUEST_ID.matcher(sent).matches() ? sent
                : java.util.UUID.randomUUID().toString();
    }

    void log(String method, String route, int status, double millis, Principal p, String requestId) {
        if (sink == null) return;
        ObjectNode o = json.createObjectNode();
        o.put("time", Instant.now().toString());
        o.put("method", method);
        o.put("route", route);
        o.put("status", status);
        o.put("ms", Math.round(millis * 10) / 10.0);
        if (p != null) {
            o.put("tenant", p.tenantId());
            o.put("user", p.userId());
        }
        o.put("request", requestId);
        sink.accept(o.toString());
    }
}
