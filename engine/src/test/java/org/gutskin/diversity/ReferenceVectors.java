package org.gutskin.diversity;

import org.gutskin.testkit.Shared;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gutskin.diversity.tree.NewickParser;
import org.gutskin.diversity.tree.PhyloTree;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;

/** ../shared/data/reference-vectors/reference_vectors.json (scikit-bio 0.5.8 results) as test fixtures. */
final class ReferenceVectors {

    final JsonNode root;

    ReferenceVectors() throws IOException {
        Path p = Path.of(Shared.root().toString(), "data", "reference-vectors",
                "reference_vectors.json");
        root = new ObjectMapper().readTree(p.toFile());
    }

    List<String> taxa() {
        List<String> t = new ArrayList<>();
        root.get("taxa").forEach(n -> t.add(n.asText()));
        return t;
    }

    /** The samples as a count table of bare OTU ids; {@code nonEmptyOnly} drops all-zero samples (as the beta keys do). */
    AbundanceTable table(boolean nonEmptyOnly) {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        for (String t : taxa()) b.taxon(Lineage.ofName(Rank.SPECIES, t));
        for (JsonNode s : root.get("samples")) {
            long sum = 0;
            for (JsonNode c : s.get("counts")) sum += c.asLong();
            if (nonEmptyOnly && sum == 0) continue;
            b.sample(s.get("id").asText(), null);
            int t = 0;
            for (JsonNode c : s.get("counts")) b.add(t++, c.asDouble());
        }
        return b.build();
    }

    PhyloTree tree() {
        return NewickParser.parse("reference tree", root.get("tree_newick").asText());
    }

    /** A JSON value as a double: numbers, "NaN", "Infinity"; null for a recorded exception. */
    static Double number(JsonNode n) {
        if (n == null || n.isObject()) return null;
        if (n.isTextual()) return Double.parseDouble(n.asText());
        return n.asDouble();
    }

    /** scikit-bio agreement: both NaN, or within 1e-9 relative (1e-12 absolute near zero). */
    static boolean close(double got, double expected) {
        if (Double.isNaN(expected)) return Double.isNaN(got);
        if (Double.isInfinite(expected)) return got == expected;
        return Math.abs(got - expected) <= Math.max(1e-12, 1e-9 * Math.abs(expected));
    }
}
