package org.gutskin.report.replication;

import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.gutskin.cohort.model.CoefficientEstimate;
import org.gutskin.evidence.kb.Citation;
import org.gutskin.evidence.kb.Fact;
import org.gutskin.io.Pages;
import org.gutskin.profile.Lineage;
import org.gutskin.provenance.ProvenanceJson;

/**
 * {@code replication.html} ({@code templates/replication.peb} through the one page pipeline, {@link Pages}),
 * styled like the cohort's {@code summary.html}: the headline bounded by the evidence tier, the not-medical-advice
 * line, the table of verified associations beside the cohort's estimates, the unmatched taxa with reasons, the
 * separate "unverified, not evidence" list, the methods (matching, aggregation, classes, power) and the provenance
 * footer. This class only prepares the values; the template escapes every one.
 */
public final class ReplicationPage {

    private static final PebbleTemplate PAGE = Pages.template("org/gutskin/report/replication/templates/replication.peb");

    private ReplicationPage() {}

    public static String html(ReplicationResult r) {
        ReplicationOptions o = r.options();
        String conditionLower = r.condition().name().toLowerCase(Locale.ROOT);
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("condition", r.condition().name());
        ctx.put("conditionLower", conditionLower);
        ctx.put("headline", ReplicationHeadline.headline(r));
        ctx.put("tierLine", ReplicationHeadline.tierLine(r));
        ctx.put("notMedicalAdvice", ReplicationHeadline.NOT_MEDICAL_ADVICE);
        ctx.put("verified", r.verifiedRows().stream().map(row -> verified(row, conditionLower)).toList());
        ctx.put("column", o.column());
        ctx.put("unmatched", r.verifiedRows().stream().filter(x -> x.replicationClass() == ReplicationClass.UNMATCHED)
                .map(x -> Map.of("id", x.match().fact().id(), "taxon", x.match().fact().taxon(),
                        "reason", String.valueOf(x.match().reason()))).toList());
        ctx.put("unverified", r.unverifiedRows().stream().map(x -> {
            Fact f = x.match().fact();
            return Map.of("id", f.id(), "taxon", f.taxon(), "rank", f.rank().label(), "direction", f.direction().word(),
                    "sources", f.citations().stream().map(Citation::id).collect(Collectors.joining(", ")),
                    "rowsHere", x.match().matched() ? x.match().rows().size() : 0);
        }).toList());
        ctx.put("q", ReplicationHeadline.num(o.qThreshold()));
        ctx.put("requiredPower", String.format(Locale.ROOT, "%.0f%%", o.requiredPower() * 100));
        ctx.put("alpha", ReplicationHeadline.num(o.alpha()));
        ctx.put("effect", ReplicationHeadline.num(o.standardizedEffect()));
        ctx.put("notes", r.notes());
        ctx.put("provenance", r.provenance());
        ctx.put("provenanceFile", ProvenanceJson.FILE_NAME);
        return Pages.render(PAGE, ctx);
    }

    private static Map<String, Object> verified(ReplicationRow row, String conditionLower) {
        Fact f = row.match().fact();
        CoefficientEstimate c = row.estimate();
        Map<String, Object> m = new HashMap<>();
        m.put("code", row.replicationClass().code());
        m.put("id", f.id());
        m.put("taxon", f.taxon());
        m.put("rank", f.rank().label());
        m.put("literature", f.direction().word() + " in " + conditionLower);
        m.put("study", study(f));
        m.put("cites", f.citations().stream().map(ReplicationPage::cite).toList());
        m.put("rows", row.match().matched() ? row.match().rows().stream().map(Lineage::name).toList() : List.of());
        m.put("via", row.match().via().isEmpty() ? "" : row.match().via().get(0));
        m.put("leftOut", row.match().matched() ? row.match().leftOut().size() : 0);
        m.put("estimate", c == null ? "–" : Pages.number(c.estimate()) + " [" + Pages.number(c.ciLow()) + ", "
                + Pages.number(c.ciHigh()) + "]");
        m.put("q", c == null ? "–" : Pages.number(c.qValue()));
        m.put("power", Double.isNaN(row.power()) ? "–" : String.format(Locale.ROOT, "%.2f", row.power()));
        m.put("label", row.replicationClass().label());
        return m;
    }

    private static String study(Fact f) {
        String t = f.studyType() == null ? "" : f.studyType().word();
        return f.size() == null ? t : t + ", " + f.size();
    }

    private static String cite(Citation c) {
        return (c.authors() == null ? c.id() : firstAuthor(c.authors())) + " " + (c.year() == null ? "" : c.year()) + " "
                + (c.doi() != null ? "doi:" + c.doi() : c.pmid() != null ? "PMID:" + c.pmid() : c.url() == null ? "" : c.url());
    }

    private static String firstAuthor(String authors) {
        int comma = authors.indexOf(',');
        return comma < 0 ? authors : authors.substring(0, comma) + " et al.";
    }
}
