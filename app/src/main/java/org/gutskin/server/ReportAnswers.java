package org.gutskin.server;

import io.javalin.http.Context;
import org.gutskin.report.TriageProvenance;

/**
 * The warning-sign answers a report request carries, read one way for every report route (a sample's report and a
 * subject's follow-up, whose answers apply to the latest sample): {@code triage=ID} names answers stored for that
 * sample, {@code answers=JSON} gives them inline (answered by the signed-in user, now, through the API); both at
 * once is 400. {@code cacheKey} tells two requests' answers apart for the report cache.
 *
 * @param json the answers as JSON, or null when none were given (the report then says the questions were not asked)
 * @param by who answered, when and through which door; null for none or skipped answers
 */
record ReportAnswers(String json, TriageProvenance by, String cacheKey) {

    static ReportAnswers of(Context ctx, Services s, Principal p, long sampleId) {
        String answers = ctx.queryParam("answers"), triage = ctx.queryParam("triage");
        boolean inline = answers != null && !answers.isBlank(), stored = triage != null && !triage.isBlank();
        if (inline && stored) throw new ApiError(400, "give either triage=ID or answers=JSON, not both");
        if (stored) {
            long tid;
            try {
                tid = Long.parseLong(triage.strip());
            } catch (NumberFormatException e) {
                throw ApiError.notFound("triage " + triage);
            }
            TriageStore.StoredTriage t = s.triage().get(p.tenantId(), sampleId, tid)
                    .orElseThrow(() -> ApiError.notFound("triage " + tid + " of sample " + sampleId));
            return new ReportAnswers(t.answersJson(),
                    t.skipped() ? null : new TriageProvenance(t.answeredBy(), t.answeredAt(), t.via()),
                    "triage:" + t.id());
        }
        if (inline)
            return new ReportAnswers(answers, new TriageProvenance(p.username(), TriageStore.iso(Accounts.now()), "api"),
                    "answers:" + p.userId() + ":" + answers);
        return new ReportAnswers(null, null, "none");
    }
}
