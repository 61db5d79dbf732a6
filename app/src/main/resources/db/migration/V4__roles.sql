-- Issue 15 (administration). Plain SQL that H2 2.x and PostgreSQL 15 both accept.

-- Every user has one role: lab-admin, analyst, clinician or viewer (org.gutskin.server.Role). Users made before
-- roles existed could do everything, so they become lab-admins.
ALTER TABLE app_user ADD COLUMN role VARCHAR(20) DEFAULT 'lab-admin' NOT NULL;

-- An API token is scoped to its tenant (tenant_id, already) and a role; a request with it gets the lesser of the
-- token's role and its user's current role, so lowering a user's role lowers their tokens at once.
ALTER TABLE api_token ADD COLUMN role VARCHAR(20) DEFAULT 'lab-admin' NOT NULL;
