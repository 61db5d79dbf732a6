-- Issue 15 (security review). Plain SQL that H2 2.x and PostgreSQL 15 both accept.

-- Finding 3: API tokens expire. Tokens made before this migration get the default lifetime from their creation.
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;
UPDATE api_token SET expires_at = created_at + INTERVAL '90' DAY;

-- Finding 7: one row per (user, report, day) with a count, instead of one audit_log row per report read (a load
-- test grew the embedded database to 1 GB for 13.6 MB of live data). Who read what and on which days is kept;
-- the number of reads that day is a count. Other events (triage answers) stay one row each in audit_log.
CREATE TABLE audit_read (
    tenant_id   BIGINT NOT NULL REFERENCES tenant (id),
    user_id     BIGINT NOT NULL REFERENCES app_user (id),
    action      VARCHAR(60) NOT NULL,
    resource    VARCHAR(200) NOT NULL,
    read_day    DATE NOT NULL,
    read_count  BIGINT NOT NULL,
    first_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT audit_read_key PRIMARY KEY (tenant_id, user_id, action, resource, read_day)
);
CREATE INDEX audit_read_tenant_last ON audit_read (tenant_id, last_at);
