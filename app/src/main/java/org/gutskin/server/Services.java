package org.gutskin.server;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Everything the handlers call, built once at start-up by {@link GutskinServer#start}. */
public record Services(ServerOptions options, Database db, Accounts accounts, SampleStore samples, Uploads uploads,
        TriageStore triage, AuditLog audit, ReportRenderer reports, EvidenceService evidence, Metrics metrics,
        SignInLimiter signIn, RenderGate renders, BrandingStore branding,
        JobStore jobs, AccessLog access, ObjectMapper json) {}
