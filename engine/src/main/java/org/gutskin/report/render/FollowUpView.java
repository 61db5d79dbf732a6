package org.gutskin.report.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gutskin.report.model.FollowUp;
import org.gutskin.report.model.FollowUp.Change;
import org.gutskin.report.model.FollowUp.ChangeBand;
import org.gutskin.report.model.FollowUp.TimePoint;

/**
 * The follow-up section's pre-formatted rows and charts for {@code followup.peb}: the series table (one row per
 * measure, one column per sample), the latest-against-first and step-by-step change tables, and a trajectory chart
 * for Shannon and for the distance to the first sample.
 */
final class FollowUpView {

    private FollowUpView() {}

    static void fill(FollowUp f, Map<String, Object> v) {
        List<TimePoint> tp = f.timePoints();
        Map<String, String> labels = new LinkedHashMap<>();
        if (!tp.isEmpty()) {
            for (String m : tp.get(tp.size() - 1).diversity().keySet()) labels.put(m, HtmlReportWriter.label(m));
        }
        // labels of the indices and guilds as the service named them (in the changes), diversity first
        for (Change c : f.changes()) labels.putIfAbsent(c.measure(), c.label());
        for (TimePoint t : tp) for (Change c : t.changes()) labels.putIfAbsent(c.measure(), c.label());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (var e : labels.entrySet()) {
            if (e.getKey().equals(org.gutskin.evidence.kb.ChangeBands.BRAY_CURTIS)) continue;
            List<String> cells = new ArrayList<>();
            for (TimePoint t : tp) cells.add(HtmlReportWriter.num(value(t, e.getKey())));
            rows.add(Map.of("label", e.getValue(), "cells", cells));
        }
        if (tp.size() == 1 && labels.size() == tp.get(0).diversity().size()) {
            // a single sample: the indices and guilds have no change rows to name them, so list them here
            TimePoint t = tp.get(0);
            rows.add(Map.of("label", "GMWI2", "cells", List.of(HtmlReportWriter.num(t.gmwi2()))));
            rows.add(Map.of("label", "GMHI", "cells", List.of(HtmlReportWriter.num(t.gmhi()))));
        }
        List<String> toFirst = new ArrayList<>(), toPrevious = new ArrayList<>();
        for (TimePoint t : tp) {
            toFirst.add(t.distanceToFirst() == null ? "—" : HtmlReportWriter.num(t.distanceToFirst()));
            toPrevious.add(t.distanceToPrevious() == null ? "—" : HtmlReportWriter.num(t.distanceToPrevious()));
        }
        rows.add(Map.of("label", "Bray–Curtis distance to the first sample", "cells", toFirst));
        rows.add(Map.of("label", "Bray–Curtis distance to the previous sample", "cells", toPrevious));
        v.put("seriesRows", rows);
        v.put("overall", f.changes().stream().map(FollowUpView::row).toList());
        List<Map<String, String>> steps = new ArrayList<>();
        for (TimePoint t : tp)
            for (Change c : t.changes())
                if (c.band() != null) {
                    Map<String, String> m = new LinkedHashMap<>(row(c));
                    m.put("sample", t.sample());
                    steps.add(m);
                }
        v.put("steps", steps);
        List<Map<String, String>> charts = new ArrayList<>();
        if (tp.size() > 1) {
            List<String> ids = tp.stream().map(TimePoint::sample).toList();
            double[] sh = tp.stream().mapToDouble(t -> nan(t.diversity().get("shannon"))).toArray();
            Double b = f.band().measures().get("shannon");
            charts.add(Map.of("label", "Shannon diversity over time (grey: the first sample ± the band of day-to-day"
                    + " variation; a ringed point lies outside it)", "svg", Charts.trajectory("Shannon", ids, sh,
                    b == null ? null : sh[0] - b, b == null ? null : sh[0] + b, "first sample ± day-to-day variation")));
            double[] d = tp.stream().mapToDouble(t -> t.distanceToFirst() == null ? 0 : t.distanceToFirst()).toArray();
            Double bc = f.band().measures().get(org.gutskin.evidence.kb.ChangeBands.BRAY_CURTIS);
            charts.add(Map.of("label", "Bray–Curtis distance to the first sample (grey: 0 up to the band of"
                    + " day-to-day variation; a ringed point lies above it)", "svg", Charts.trajectory(
                    "Distance to the first sample", ids, d, bc == null ? null : 0.0, bc, "day-to-day variation")));
        }
        v.put("seriesCharts", charts);
    }

    private static Double value(TimePoint t, String measure) {
        if (measure.equals("gmwi2")) return t.gmwi2();
        if (measure.equals("gmhi")) return t.gmhi();
        if (measure.startsWith("guild-")) return t.guilds().get(measure.substring("guild-".length()));
        return t.diversity().get(measure);
    }

    private static Map<String, String> row(Change c) {
        String css = ChangeBand.LARGER.equals(c.verdict()) ? "larger" : ChangeBand.WITHIN.equals(c.verdict())
                ? "within" : "quiet";
        return Map.of("label", c.label(), "from", c.from() == null ? "—" : HtmlReportWriter.num(c.from()),
                "to", c.to() == null ? "—" : HtmlReportWriter.num(c.to()),
                "change", c.change() == null ? "—" : signed(c),
                "band", c.band() == null ? "—" : HtmlReportWriter.num(c.band()), "verdict", c.verdict(), "css", css);
    }

    /** A change with its sign (a distance has none). */
    private static String signed(Change c) {
        if (c.measure().equals(org.gutskin.evidence.kb.ChangeBands.BRAY_CURTIS)) return HtmlReportWriter.num(c.change());
        double x = c.change();
        if (Math.abs(x - Math.rint(x)) < 1e-9) return String.format(Locale.ROOT, "%+d", (long) Math.rint(x));
        return String.format(Locale.ROOT, "%+.3f", x);
    }

    private static double nan(Double d) {
        return d == null ? Double.NaN : d;
    }
}
