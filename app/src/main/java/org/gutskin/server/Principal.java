package org.gutskin.server;

/**
 * Who is calling: a user of a tenant, authenticated by an API token or by a browser session. A session carries its
 * CSRF token ({@code null} for API tokens, which are not sent automatically by browsers and so need none).
 */
public record Principal(long tenantId, long userId, String username, String tenantName, String csrfToken) {

    public boolean viaSession() {
        return csrfToken != null;
    }
}
