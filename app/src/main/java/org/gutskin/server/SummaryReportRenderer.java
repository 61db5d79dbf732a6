package org.gutskin.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * INTERIM report renderer, used until the report engine (issue 6, branch {@code report}) is merged: it renders the
 * profile summary stored at upload (taxa and species observed, the ten most abundant species with a bar chart)
 * as JSON or HTML, marked {@code "interim": true}. It is not the gut–skin report: no indices, no evidence
 * ladder, no red flags. PDF and FHIR are refused (501).
 */
public final class SummaryReportRenderer implements ReportRenderer {

    public static final String NOTICE = "Interim view: profile summary only. The evidence-graded gut-skin report"
            + " renderer is not in this build yet.";

    private final ObjectMapper json;

    public SummaryReportRenderer(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean needsProfile() {
        return false;
    }

    @Override
    public Rendered render(ReportInput input, ReportFormat format) {
        SampleRow s = input.sample();
        try {
            JsonNode summary = json.readTree(s.summary());
            return switch (format) {
                case JSON -> {
                    ObjectNode o = json.createObjectNode();
                    o.put("interim", true).put("notice", NOTICE).put("sample", s.name());
                    o.putObject("provenance").put("inputSha256", s.sha256()).put("file", s.filename())
                            .put("format", s.format());
                    o.set("summary", summary);
                    yield new Rendered(format.contentType, json.writeValueAsBytes(o));
                }
                case HTML -> new Rendered(format.contentType, html(s, summary).getBytes(StandardCharsets.UTF_8));
                case PDF, FHIR -> throw new Unsupported(format.name().toLowerCase(Locale.ROOT)
                        + " reports need the report engine, which is not in this build yet");
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String html(SampleRow s, JsonNode summary) {
        StringBuilder b = new StringBuilder();
        b.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Profile summary: ")
                .append(esc(s.name())).append("</title><style>body{font:16px system-ui,sans-serif;margin:1.5rem;"
                        + "max-width:50rem}.notice{background:#fff4d6;border:1px solid #c90;padding:.5rem}"
                        + "td,th{padding:.2rem .6rem;text-align:left}</style></head><body>")
                .append("<h1>Profile summary: ").append(esc(s.name())).append("</h1>")
                .append("<p class=\"notice\" role=\"note\">").append(esc(NOTICE)).append("</p>")
                .append("<p>File ").append(esc(s.filename())).append(" (").append(esc(s.format()))
                .append("), SHA-256 <code>").append(esc(s.sha256())).append("</code>.</p>")
                .append("<p>Taxa observed (any rank): ").append(s.taxa()).append(". Species observed: ")
                .append(s.species()).append(".</p>");
        JsonNode top = summary.path("topSpecies");
        if (top.size() > 0) {
            double max = top.get(0).path("percent").asDouble();
            int rowH = 22, w = 640, labelW = 300;
            b.append("<figure><figcaption>Most abundant species, percent of species-rank total</figcaption>")
                    .append("<svg class=\"plot\" role=\"img\" aria-label=\"Bar chart of the most abundant species\""
                            + " xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(w).append("\" height=\"")
                    .append(rowH * top.size() + 4).append("\">");
            int i = 0;
            for (JsonNode t : top) {
                double pct = t.path("percent").asDouble();
                int y = i++ * rowH;
                int bw = max > 0 ? (int) Math.round((w - labelW - 60) * pct / max) : 0;
                b.append("<text x=\"0\" y=\"").append(y + 15).append("\" font-size=\"12\">")
                        .append(esc(t.path("name").asText())).append("</text><rect x=\"").append(labelW)
                        .append("\" y=\"").append(y + 3).append("\" width=\"").append(bw).append("\" height=\"")
                        .append(rowH - 6).append("\" fill=\"#3b6ea5\"/><text x=\"").append(labelW + bw + 4)
                        .append("\" y=\"").append(y + 15).append("\" font-size=\"12\">")
                        .append(String.format(Locale.ROOT, "%.2f %%", pct)).append("</text>");
            }
            b.append("</svg></figure><table><caption>Top species</caption><tr><th scope=\"col\">Species</th>"
                    + "<th scope=\"col\">Percent</th></tr>");
            for (JsonNode t : top) {
                b.append("<tr><td>").append(esc(t.path("name").asText())).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%.3f", t.path("percent").asDouble())).append("</td></tr>");
            }
            b.append("</table>");
        }
        return b.append("<p>Not medical advice.</p></body></html>").toString();
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
