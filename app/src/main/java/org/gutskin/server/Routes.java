package org.gutskin.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;

/**
 * Registers a route together with the least {@link Role} it needs, so the role stands next to the path in
 * {@link GutskinServer} and cannot be forgotten: there is no way to register a route here without one. The role
 * travels with the route in Javalin's router (its route roles), where {@link AuthHandlers#authorize} reads it on every
 * request and a test walks every registered route.
 */
final class Routes {

    private final RoutesConfig r;

    Routes(RoutesConfig r) {
        this.r = r;
    }

    Routes get(String path, Role role, Handler h) {
        r.get(path, h, role);
        return this;
    }

    Routes post(String path, Role role, Handler h) {
        r.post(path, h, role);
        return this;
    }

    Routes delete(String path, Role role, Handler h) {
        r.delete(path, h, role);
        return this;
    }
}
