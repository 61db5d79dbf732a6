package org.gutskin.cohort.output;

import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gutskin.cohort.model.AdjustedResult;
import org.gutskin.cohort.model.CoefficientEstimate;
import org.gutskin.cohort.model.MarginalPermanovaRow;
import org.gutskin.io.Pages;
import org.gutskin.provenance.Provenance;
import org.gutskin.provenance.ProvenanceJson;

/**
 * {@code adjusted.html} ({@code templates/adjusted.peb} through the one page pipeline, {@link Pages}): the
 * adjusted models in one page — design and samples, the marginal PERMANOVA table, the alpha-diversity
 * coefficients, and per coefficient the taxa with q &lt; 0.25 (or a plain statement that none reached it), then
 * the provenance footer. Wording describes associations in this cohort only.
 */
public final class AdjustedPage {

    static final double SHOWN_Q = 0.25;

    private static final PebbleTemplate PAGE = Pages.template("org/gutskin/cohort/output/templates/adjusted.peb");

    private AdjustedPage() {}

    public static String html(AdjustedResult r, Provenance provenance) {
        return html(r, provenance, List.of());
    }

    /** With the forest plots beside it ({@code NAME.svg} and {@code NAME.png} for each name in {@code plots}). */
    public static String html(AdjustedResult r, Provenance provenance, List<String> plots) {
        Map<String, Object> ctx = new HashMap<>();
        ctx.put("plots", plots);
        ctx.put("formula", r.request().formula().toString());
        ctx.put("designSize", r.design().size());
        ctx.put("strata", r.request().strata());
        ctx.put("modelWords", r.model().equals("lm") ? "ordinary least squares"
                : "least squares with a fixed intercept per stratum (paired)");
        ctx.put("modelSamples", r.modelSamples());
        ctx.put("metric", r.metric());
        List<MarginalPermanovaRow> rows = new ArrayList<>(r.permanova().terms());
        rows.add(r.permanova().residual());
        rows.add(r.permanova().total());
        ctx.put("permanova", rows);
        ctx.put("alpha", r.alpha());
        ctx.put("taxaModelled", r.taxa().stream().map(CoefficientEstimate::response).distinct().count());
        Set<String> columns = new LinkedHashSet<>();
        r.taxa().forEach(c -> columns.add(c.column()));
        List<Map<String, Object>> perColumn = new ArrayList<>();
        for (String col : columns)
            perColumn.add(Map.of("column", col, "hits", r.taxa().stream()
                    .filter(c -> c.column().equals(col) && c.qValue() < SHOWN_Q)
                    .sorted(Comparator.comparingDouble(CoefficientEstimate::qValue)).toList()));
        ctx.put("columns", perColumn);
        ctx.put("shownQ", SHOWN_Q);
        ctx.put("notes", r.notes());
        ctx.put("provenance", provenance);
        ctx.put("provenanceFile", ProvenanceJson.FILE_NAME);
        return Pages.render(PAGE, ctx);
    }
}
