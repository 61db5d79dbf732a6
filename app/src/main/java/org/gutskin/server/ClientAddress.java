package org.gutskin.server;

import io.javalin.http.Context;
import java.util.Set;

/**
 * Who the client is and how it reached us. {@code X-Forwarded-For}, {@code X-Forwarded-Proto} and
 * {@code X-Forwarded-Host} are believed only when the connection comes from a configured trusted proxy
 * ({@code --trusted-proxy}); from anyone else they are ignored, so a client cannot pick its own address for the
 * sign-in limiter.
 */
final class ClientAddress {

    private ClientAddress() {}

    static boolean viaTrustedProxy(Context ctx, Set<String> trusted) {
        return !trusted.isEmpty() && trusted.contains(ctx.req().getRemoteAddr());
    }

    /** The client's address: the right-most forwarded address that is not itself a trusted proxy. */
    static String of(Context ctx, Set<String> trusted) {
        String remote = ctx.req().getRemoteAddr();
        if (!viaTrustedProxy(ctx, trusted)) return remote;
        String xff = ctx.header("X-Forwarded-For");
        if (xff == null || xff.isBlank()) return remote;
        String[] hops = xff.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String h = hops[i].strip();
            if (!h.isEmpty() && !trusted.contains(h)) return h;
        }
        return remote;
    }

    /** True when the browser reached us over TLS: directly, or through a trusted proxy that says so. */
    static boolean secure(Context ctx, Set<String> trusted) {
        if ("https".equalsIgnoreCase(ctx.scheme())) return true;
        String proto = viaTrustedProxy(ctx, trusted) ? ctx.header("X-Forwarded-Proto") : null;
        return proto != null && "https".equalsIgnoreCase(proto.split(",")[0].strip());
    }

    /** This service's own origin as the browser sees it, e.g. {@code https://lab.example}. */
    static String origin(Context ctx, Set<String> trusted) {
        String host = viaTrustedProxy(ctx, trusted) && ctx.header("X-Forwarded-Host") != null
                ? ctx.header("X-Forwarded-Host").split(",")[0].strip() : ctx.header("Host");
        return (secure(ctx, trusted) ? "https" : "http") + "://" + (host == null ? "" : host.toLowerCase(java.util.Locale.ROOT));
    }
}
