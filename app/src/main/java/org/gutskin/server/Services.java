package org.gutskin.server;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Everything the handlers call, built once at start-up by {@link GutskinServer#open}. */
public record Services(ServerOptions options, Database db, Accounts accounts, SampleStore samples, Uploads uploads,
        TriageStore triage, AuditLog audit, ReportRenderer reports, EvidenceService evidence, Metrics metrics,
        SignInLimiter signIn, ObjectMapper json) {}
