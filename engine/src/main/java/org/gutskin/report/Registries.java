package org.gutskin.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.diversity.alpha.AlphaMetrics;
import org.gutskin.diversity.beta.BetaMetrics;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.label.Verdict;
import org.gutskin.profile.Format;
import org.gutskin.report.render.ReportFormat;

/**
 * Every user-visible name list, each read from its one registry: the metric registries, the profile formats, the
 * report formats, the knowledge base's conditions and safety contexts, and the label verdicts. The command-line
 * help (completion candidates), the OpenAPI document, the report schema and the web UI's lists are all filled from
 * {@link #lists}; none of them spells a name itself (QIIME 2's {@code Choices(METRICS)}).
 */
public final class Registries {

    /** The list keys, as the OpenAPI document and the report schema name them ({@code x-gutskin-list}). */
    public static final String ALPHA_METRICS = "alpha-metrics", BETA_METRICS = "beta-metrics",
            PROFILE_FORMATS = "profile-formats", REPORT_FORMATS = "report-formats", CONDITIONS = "conditions",
            SAFETY_CONTEXTS = "safety-contexts", VERDICTS = "verdicts", AUDIENCES = "report-audiences",
            REPORT_STATUSES = "report-statuses";

    private Registries() {}

    /**
     * The profile format names ({@code --input-format}, the upload's {@code format}). The one place that knows
     * which registry holds them, so moving the formats to another registry changes this method only.
     */
    public static List<String> profileFormats() {
        return org.gutskin.profile.format.ProfileFormats.names(); // the format registry, in sniffing order
    }

    /** The report format names ({@code report --format}, the report endpoint's {@code format}). */
    public static List<String> reportFormats() {
        return Arrays.stream(ReportFormat.values()).map(ReportFormat::label).toList();
    }

    /** The label verdict ids ({@code verdict} of {@code gutskin label --json}). */
    public static List<String> verdicts() {
        return Arrays.stream(Verdict.values()).map(Verdict::id).toList();
    }

    /** Every list by key, in a fixed order; the conditions and safety contexts are those of {@code kb}. */
    public static Map<String, List<String>> lists(KnowledgeBase kb) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put(ALPHA_METRICS, AlphaMetrics.names());
        m.put(BETA_METRICS, BetaMetrics.names());
        m.put(PROFILE_FORMATS, profileFormats());
        m.put(REPORT_FORMATS, reportFormats());
        m.put(CONDITIONS, kb.conditionIds());
        m.put(SAFETY_CONTEXTS, kb.contextWords());
        m.put(VERDICTS, verdicts());
        m.put(AUDIENCES, Arrays.stream(Audience.values()).map(Audience::word).toList());
        m.put(REPORT_STATUSES, Accessions.STATUSES);
        return java.util.Collections.unmodifiableMap(m);
    }
}
