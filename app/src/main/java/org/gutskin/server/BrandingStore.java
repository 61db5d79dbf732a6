package org.gutskin.server;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.gutskin.report.model.Branding;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Each tenant's letterhead (table {@code tenant_branding}, migration V5): lab name, address, signatory, report-id
 * format and logo, and the report ids given to its samples ({@code report_number}). Everything is checked here,
 * before it is written, so the REST endpoints and {@code gutskin admin set-branding} refuse the same things with the
 * same words. A tenant without a row is unbranded: its reports look as they always did.
 */
public final class BrandingStore {

    public static final int MAX_ADDRESS = 1000;

    private final Jdbi jdbi;

    public BrandingStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A tenant's branding as an administrator sees and edits it (the logo only by its type). */
    public record Settings(String labName, String address, String signatory, String reportIdFormat, String logoType,
            long version) {}

    public Optional<Settings> get(long tenantId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT lab_name, address, signatory, report_id_format, logo_type,"
                        + " version FROM tenant_branding WHERE tenant_id = :tid")
                .bind("tid", tenantId)
                .map((rs, ctx) -> new Settings(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6)))
                .findOne());
    }

    /**
     * The branding's version: 0 for an unbranded tenant, then one more with every change. Part of the report cache
     * key, read on every report request (one primary-key read; the logo is read only when a report is rendered).
     */
    public long version(long tenantId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT version FROM tenant_branding WHERE tenant_id = :tid")
                .bind("tid", tenantId).mapTo(Long.class).findOne().orElse(0L));
    }

    /**
     * Saves the tenant's lab name, address, signatory and report-id format (blank: none, so no report id is shown),
     * keeping its logo. Each is checked first: 400 naming the field.
     */
    public Settings save(long tenantId, String labName, String address, String signatory, String reportIdFormat) {
        String name = line("lab name", labName, 200, true);
        String addr = address == null || address.isBlank() ? null : address.replace("\r\n", "\n").strip();
        if (addr != null && (addr.length() > MAX_ADDRESS
                || addr.chars().anyMatch(c -> c != '\n' && Character.isISOControl(c)))) {
            throw new ApiError(400, "address: up to " + MAX_ADDRESS + " characters, lines without control characters");
        }
        String sig = line("signatory", signatory, 200, false);
        String fmt = reportIdFormat == null || reportIdFormat.isBlank() ? null
                : ReportIdFormat.parse(reportIdFormat.strip()).template();
        return jdbi.inTransaction(h -> {
            int n = h.createUpdate("UPDATE tenant_branding SET lab_name = :n, address = :a, signatory = :s,"
                            + " report_id_format = :f, version = version + 1, updated_at = :t WHERE tenant_id = :tid")
                    .bind("n", name).bind("a", addr).bind("s", sig).bind("f", fmt).bind("t", Accounts.now())
                    .bind("tid", tenantId).execute();
            if (n == 0) {
                h.createUpdate("INSERT INTO tenant_branding (tenant_id, lab_name, address, signatory, report_id_format,"
                                + " version, next_seq, updated_at) VALUES (:tid, :n, :a, :s, :f, 1, 1, :t)")
                        .bind("n", name).bind("a", addr).bind("s", sig).bind("f", fmt).bind("t", Accounts.now())
                        .bind("tid", tenantId).execute();
            }
            return get(h, tenantId);
        });
    }

    private Settings get(Handle h, long tenantId) {
        return h.createQuery("SELECT lab_name, address, signatory, report_id_format, logo_type, version"
                        + " FROM tenant_branding WHERE tenant_id = :tid")
                .bind("tid", tenantId)
                .map((rs, ctx) -> new Settings(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6)))
                .one();
    }

    /** Stores an already checked logo ({@link Logos#check}); the lab name must be saved first (409 otherwise). */
    public void setLogo(long tenantId, Logos.Logo logo) {
        int n = jdbi.withHandle(h -> h.createUpdate("UPDATE tenant_branding SET logo = :l, logo_type = :ty,"
                        + " version = version + 1, updated_at = :t WHERE tenant_id = :tid")
                .bind("l", logo.bytes()).bind("ty", logo.type()).bind("t", Accounts.now()).bind("tid", tenantId)
                .execute());
        if (n == 0) throw new ApiError(409, "save the lab's name before its logo");
    }

    /** Removes the logo; false when there was none. */
    public boolean removeLogo(long tenantId) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE tenant_branding SET logo = NULL, logo_type = NULL,"
                        + " version = version + 1, updated_at = :t WHERE tenant_id = :tid AND logo IS NOT NULL")
                .bind("t", Accounts.now()).bind("tid", tenantId).execute()) == 1;
    }

    public Optional<Logos.Logo> logo(long tenantId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT logo_type, logo FROM tenant_branding"
                        + " WHERE tenant_id = :tid AND logo IS NOT NULL")
                .bind("tid", tenantId)
                .map((rs, ctx) -> new Logos.Logo(rs.getString(1), rs.getBytes(2)))
                .findOne());
    }

    /**
     * The letterhead of a report of this sample, or empty for an unbranded tenant. With a report-id format the
     * sample gets its id the first time (the tenant's next number, in one transaction that locks the tenant's
     * branding row, so two instances never hand out one number twice) and keeps it afterwards.
     */
    public Optional<Branding> forReport(long tenantId, String tenantName, long sampleId) {
        Optional<Settings> s = get(tenantId);
        if (s.isEmpty()) return Optional.empty();
        Settings b = s.get();
        String reportId = b.reportIdFormat() == null ? null : reportId(tenantId, tenantName, sampleId,
                ReportIdFormat.parse(b.reportIdFormat()));
        String logo = logo(tenantId).map(Logos.Logo::dataUri).orElse(null);
        return Optional.of(new Branding(b.labName(), b.address(), b.signatory(), reportId, logo));
    }

    private String reportId(long tenantId, String tenantName, long sampleId, ReportIdFormat f) {
        for (int attempt = 0; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> {
                    Optional<String> known = h.createQuery("SELECT report_id FROM report_number WHERE sample_id = :sid"
                                    + " AND tenant_id = :tid")
                            .bind("sid", sampleId).bind("tid", tenantId).mapTo(String.class).findOne();
                    if (known.isPresent()) return known.get();
                    String id;
                    do { // a changed format may meet an id given before: then the next number
                        // the update locks the row until commit: the number is this transaction's alone
                        h.createUpdate("UPDATE tenant_branding SET next_seq = next_seq + 1 WHERE tenant_id = :tid")
                                .bind("tid", tenantId).execute();
                        long seq = h.createQuery("SELECT next_seq - 1 FROM tenant_branding WHERE tenant_id = :tid")
                                .bind("tid", tenantId).mapTo(Long.class).one();
                        id = f.format(tenantName, LocalDate.now(ZoneOffset.UTC), seq);
                    } while (h.createQuery("SELECT COUNT(*) FROM report_number WHERE tenant_id = :tid AND report_id = :r")
                            .bind("tid", tenantId).bind("r", id).mapTo(Long.class).one() > 0);
                    h.createUpdate("INSERT INTO report_number (sample_id, tenant_id, report_id, created_at)"
                                    + " VALUES (:sid, :tid, :r, :t)")
                            .bind("sid", sampleId).bind("tid", tenantId).bind("r", id).bind("t", Accounts.now())
                            .execute();
                    return id;
                });
            } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
                // another instance numbered this sample at the same moment: read the number it gave
                if (attempt >= 3) throw e;
            }
        }
    }

    private static String line(String what, String v, int max, boolean required) {
        if (v == null || v.isBlank()) {
            if (required) throw new ApiError(400, what + ": required, 1 to " + max + " characters");
            return null;
        }
        String s = v.strip();
        if (s.length() > max || s.chars().anyMatch(Character::isISOControl)) {
            throw new ApiError(400, what + ": 1 to " + max + " characters on one line, no control characters");
        }
        return s;
    }
}
