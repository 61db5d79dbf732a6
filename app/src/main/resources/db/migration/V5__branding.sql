-- Issue 15 (branding per tenant; user roles changed and users disabled). Plain SQL that H2 2.x and PostgreSQL 15
-- both accept.

-- A tenant's letterhead: shown in its reports' HTML/PDF header and footer and as the FHIR performer Organization.
-- The logo is kept as checked and sanitised (org.gutskin.server.Logos): a PNG, or an SVG rebuilt from an
-- allow-list. version grows with every change and is part of the report cache key, so no stale report is served.
-- next_seq numbers the tenant's reports for report_id_format ({seq}).
CREATE TABLE tenant_branding (
    tenant_id        BIGINT PRIMARY KEY REFERENCES tenant (id),
    lab_name         VARCHAR(200) NOT NULL,
    address          VARCHAR(1000),
    signatory        VARCHAR(200),
    report_id_format VARCHAR(100),
    logo             BYTEA,
    logo_type        VARCHAR(40),
    version          BIGINT NOT NULL,
    next_seq         BIGINT NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The report id a sample was given, once, the first time a branded report of it was made; kept so the lab's
-- number for a sample never changes. Erased with the sample.
CREATE TABLE report_number (
    sample_id   BIGINT PRIMARY KEY REFERENCES sample (id),
    tenant_id   BIGINT NOT NULL REFERENCES tenant (id),
    report_id   VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT report_number_tenant_id UNIQUE (tenant_id, report_id)
);

-- A disabled user cannot sign in, and their sessions and tokens stop working at once; the row stays, because
-- uploads and the audit log refer to it.
ALTER TABLE app_user ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;
