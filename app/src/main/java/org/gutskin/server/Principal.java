package org.gutskin.server;

/**
 * Who is calling: a user of a tenant with a {@link Role}, authenticated by an API token or by a browser session. A
 * session carries its CSRF token ({@code null} for API tokens, which are not sent automatically by browsers and so
 * need none). For a token, {@code role} is the lesser of the token's scope and the user's current role.
 */
public record Principal(long tenantId, long userId, String username, String tenantName, Role role, String csrfToken) {

    public boolean viaSession() {
        return csrfToken != null;
    }
}
