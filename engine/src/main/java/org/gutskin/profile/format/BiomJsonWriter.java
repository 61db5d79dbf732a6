package org.gutskin.profile.format;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.regex.Pattern;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Rank;
import org.gutskin.profile.SparseVector;
import org.gutskin.profile.ValueKind;

/**
 * Writes a table as sparse BIOM 1.0 JSON (McDonald et al. 2012, doi:10.1186/2047-217X-1-7), streamed with
 * Jackson. Rows mirror {@link FeatureLineage} so that gutskin reads back the same lineages: a feature with a
 * finest-level id (OTU/ASV/strain) gets that id (when no other row has it) and a {@code taxonomy} list {@code ["k__…", …, "s__…"]} (empty
 * levels as {@code "s__"}); a taxon known only by its species name gets that name; any other taxon gets its
 * MetaPhlAn lineage as id plus the taxonomy list. {@code matrix_element_type} is {@code int} for counts, else
 * {@code float}. Sample metadata become column metadata. biom-format's {@code load_table} reads the result.
 */
public final class BiomJsonWriter {

    private static final Pattern LINEAGE_ID = Pattern.compile("^\\s*[kdpcofgstKDPCOFGST]__.*");

    private BiomJsonWriter() {}

    public static void write(AbundanceTable t, String generatedBy, OutputStream out) throws IOException {
        boolean counts = t.kind() == ValueKind.COUNTS;
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeNullField("id");
            g.writeStringField("format", "Biological Observation Matrix 1.0.0");
            g.writeStringField("format_url", "http://biom-format.org");
            g.writeStringField("type", "OTU table");
            g.writeStringField("generated_by", generatedBy);
            g.writeStringField("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
            g.writeStringField("matrix_type", "sparse");
            g.writeStringField("matrix_element_type", counts ? "int" : "float");
            g.writeArrayFieldStart("shape");
            g.writeNumber(t.taxonCount());
            g.writeNumber(t.sampleCount());
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            Map<String, Integer> finest = new java.util.HashMap<>();
            for (Lineage l : t.taxa()) if (!l.isUnclassified()) finest.merge(l.name(), 1, Integer::sum);
            for (Lineage l : t.taxa()) writeRow(g, l, l.isUnclassified() || finest.get(l.name()) == 1);
            g.writeEndArray();
            g.writeArrayFieldStart("columns");
            for (String s : t.sampleIds()) {
                g.writeStartObject();
                g.writeStringField("id", s);
                Map<String, String> m = t.metadata(s);
                if (m.isEmpty()) {
                    g.writeNullField("metadata");
                } else {
                    g.writeObjectFieldStart("metadata");
                    for (Map.Entry<String, String> e : m.entrySet()) g.writeStringField(e.getKey(), e.getValue());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("data");
            // BIOM lists entries row (observation) by row; order is free, sample-major is what we hold
            for (int s = 0; s < t.sampleCount(); s++) {
                SparseVector v = t.sample(s);
                for (int k = 0; k < v.size(); k++) {
                    g.writeStartArray();
                    g.writeNumber(v.taxon(k));
                    g.writeNumber(s);
                    double x = v.value(k);
                    if (counts) g.writeNumber((long) x);
                    else g.writeNumber(x);
                    g.writeEndArray();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeRow(JsonGenerator g, Lineage l, boolean unique) throws IOException {
        g.writeStartObject();
        String strain = l.isUnclassified() ? null : l.nameAt(Rank.STRAIN);
        boolean plainName = !l.isUnclassified() && l.rank() == Rank.SPECIES && onlyOwnName(l);
        if (l.isUnclassified()) {
            g.writeStringField("id", "UNCLASSIFIED");
            g.writeNullField("metadata");
        } else if (strain != null && unique && safeId(strain)) {
            g.writeStringField("id", strain);
            writeTaxonomy(g, l);
        } else if (plainName && unique && safeId(l.name())) {
            g.writeStringField("id", l.name());
            g.writeNullField("metadata");
        } else {
            g.writeStringField("id", l.toMetaphlan());
            writeTaxonomy(g, l);
        }
        g.writeEndObject();
    }

    private static boolean onlyOwnName(Lineage l) {
        for (Rank r : Rank.values()) if (r != l.rank() && l.nameAt(r) != null) return false;
        return true;
    }

    private static boolean safeId(String id) {
        return !LINEAGE_ID.matcher(id).matches() && !FeatureLineage.isUnclassifiedMarker(id);
    }

    private static void writeTaxonomy(JsonGenerator g, Lineage l) throws IOException {
        g.writeObjectFieldStart("metadata");
        g.writeArrayFieldStart("taxonomy");
        for (Rank r : Rank.values()) {
            if (r == Rank.STRAIN) break;
            String n = l.nameAt(r);
            g.writeString(r.prefix() + "__" + (n == null ? "" : n));
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
