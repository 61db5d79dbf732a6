package org.gutskin.server;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Who read which report, when. Rows name the sample by id only: no health data goes into the log. */
public final class AuditLog {

    private final Jdbi jdbi;

    public AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public void record(Principal p, String action, String resource) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO audit_log (tenant_id, user_id, action, resource, at)"
                        + " VALUES (:tid, :uid, :a, :r, :t)")
                .bind("tid", p.tenantId()).bind("uid", p.userId()).bind("a", action).bind("r", resource)
                .bind("t", Accounts.now()).execute());
    }

    /** The tenant's most recent entries, newest first. */
    public List<Map<String, Object>> recent(long tenantId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT a.id, u.username AS user_name, a.action, a.resource, a.at"
                        + " FROM audit_log a LEFT JOIN app_user u ON u.id = a.user_id WHERE a.tenant_id = :tid"
                        + " ORDER BY a.id DESC LIMIT :lim")
                .bind("tid", tenantId).bind("lim", limit)
                .map((rs, ctx) -> Map.<String, Object>of("id", rs.getLong(1), "user", rs.getString(2),
                        "action", rs.getString(3), "resource", rs.getString(4),
                        "at", rs.getObject(5, java.time.OffsetDateTime.class).toString()))
                .list());
    }
}
