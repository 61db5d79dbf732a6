-- Issue 20: samples grouped under a subject (a pseudonymous id, never a name) with their collection date, for the
-- follow-up report. Both nullable: a sample uploaded without them is a sample on its own. The date is kept as the
-- lab gave it (an ISO date, or a date-time with its offset), checked by org.gutskin.report.Accessions.
ALTER TABLE sample ADD COLUMN subject VARCHAR(64);
ALTER TABLE sample ADD COLUMN collected VARCHAR(40);
CREATE INDEX sample_tenant_subject ON sample (tenant_id, subject);
