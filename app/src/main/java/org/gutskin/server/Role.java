package org.gutskin.server;

import io.javalin.security.RouteRole;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What a caller may do. Each route declares the least role it needs where it is registered ({@link Routes}); the
 * roles are ranked, so a higher one may do everything a lower one may:
 * <ul>
 * <li>{@code viewer}: read samples, reports, the evidence, label checks and triage routing (changes nothing stored);
 * <li>{@code clinician}: also store triage answers for a sample;
 * <li>{@code analyst}: also upload profiles;
 * <li>{@code lab-admin}: also users, tokens, tenants, sample deletion, the audit log and metrics.
 * </ul>
 * {@link #PUBLIC} is no user's role: it marks the routes anyone may call (health, sign-in, the API document).
 */
public enum Role implements RouteRole {
    PUBLIC(null), VIEWER("viewer"), CLINICIAN("clinician"), ANALYST("analyst"), LAB_ADMIN("lab-admin");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The name users, tokens, the database and the API use ({@code lab-admin}, …). */
    public String label() {
        return label;
    }

    /** True when this role may call a route that needs {@code required}. */
    public boolean covers(Role required) {
        return compareTo(required) >= 0;
    }

    /** The lesser of two roles (a token never grants more than its user has now). */
    public static Role min(Role a, Role b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** A user's role by its label; {@code PUBLIC} is not one. */
    public static Role of(String label) {
        for (Role r : values()) {
            if (r != PUBLIC && r.label.equals(label)) return r;
        }
        throw new ApiError(400, "role: expected one of " + labels() + ", not '" + label + "'");
    }

    /** The user roles, lowest first, comma-separated (for messages and help). */
    public static String labels() {
        return Arrays.stream(values()).filter(r -> r != PUBLIC).map(Role::label).collect(Collectors.joining(", "));
    }
}
