package org.gutskin.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gutskin.profile.format.ProfileFiles;
import org.gutskin.testkit.Peer;
import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import org.junit.jupiter.api.Test;

/**
 * {@code --rank} sums up from lower ranks when a nested table has no rows at the rank (phyloseq's
 * {@code tax_glom}), and {@link RankCoverage} says how much a rank drops. Hand calculations on small tables, and
 * pandas' {@code groupby} on the lineage prefix of a real species-only MetaPhlAn table as the peer.
 */
class RankSumUpTest {

    private static Lineage l(String... names) {
        return Lineage.of(names);
    }

    /** Species rows only, two genera; one species also has a strain row, which must not be counted twice. */
    private static AbundanceTable speciesOnly() {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.PERCENT, true);
        int s1 = b.taxon(l("Bacteria", "Firmicutes", "Clostridia", "Eubacteriales", "Oscillospiraceae", "Faecalibacterium", "Faecalibacterium_prausnitzii"));
        int s1t = b.taxon(l("Bacteria", "Firmicutes", "Clostridia", "Eubacteriales", "Oscillospiraceae", "Faecalibacterium", "Faecalibacterium_prausnitzii", "SGB15316"));
        int s2 = b.taxon(l("Bacteria", "Bacteroidetes", "Bacteroidia", "Bacteroidales", "Bacteroidaceae", "Bacteroides", "Bacteroides_ovatus"));
        int s3 = b.taxon(l("Bacteria", "Bacteroidetes", "Bacteroidia", "Bacteroidales", "Bacteroidaceae", "Bacteroides", "Bacteroides_uniformis"));
        int u = b.taxon(Lineage.UNCLASSIFIED);
        b.sample("x", null).add(s1, 30).add(s1t, 30).add(s2, 25).add(s3, 15);
        b.sample("y", null).add(s2, 40).add(u, 60);
        return b.build();
    }

    @Test
    void genusIsSummedFromSpeciesByHand() {
        AbundanceTable t = speciesOnly();
        assertThat(t.hasRank(Rank.GENUS)).isFalse();
        assertThat(t.reachesRank(Rank.GENUS)).isTrue();
        AbundanceTable g = t.atRank(Rank.GENUS);
        // x: Faecalibacterium 30 (the strain row is inside the species row), Bacteroides 25 + 15 = 40
        assertThat(g.taxa()).extracting(Lineage::name).containsExactly("Faecalibacterium", "Bacteroides");
        assertThat(g.get(0, 0)).isEqualTo(30.0);
        assertThat(g.get(0, 1)).isEqualTo(40.0);
        assertThat(g.get(1, 1)).isEqualTo(40.0);
        // phylum: Firmicutes 30, Bacteroidetes 40
        AbundanceTable p = t.atRank(Rank.PHYLUM);
        assertThat(p.get(0, 0) + p.get(0, 1)).isEqualTo(70.0);
    }

    @Test
    void coverageCountsOnlyClassifiedAbundanceByHand() {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        // a 16S table: two ASVs named to species, one to genus only, one to family only
        int a = b.taxon(l("Bacteria", "Firmicutes", "Bacilli", "Lactobacillales", "Lactobacillaceae", "Lactobacillus", "Lactobacillus_iners", "asv1"));
        int c = b.taxon(Lineage.of("Bacteria", "Firmicutes", "Bacilli", "Lactobacillales", "Lactobacillaceae", "Lactobacillus", null, "asv2"));
        int d = b.taxon(Lineage.of("Bacteria", "Firmicutes", "Bacilli", "Lactobacillales", "Streptococcaceae", null, null, "asv3"));
        int u = b.taxon(Lineage.UNCLASSIFIED);
        b.sample("s", null).add(a, 50).add(c, 30).add(d, 20).add(u, 100);
        RankCoverage cov = RankCoverage.of(b.build(), Rank.SPECIES);
        // species keeps 50 of the 100 classified reads (the 100 unclassified do not count): 50 % dropped
        assertThat(cov.dropped(0)).isCloseTo(0.50, within(1e-12));
        // genus keeps 80 (80 % kept, still > 10 % dropped); family keeps 100: the suggestion is family
        assertThat(cov.suggested()).contains(Rank.FAMILY);
        assertThat(cov.warning()).contains("s 50.0 %").contains("--rank family");
        assertThat(RankCoverage.of(b.build(), Rank.FAMILY).warning()).isNull();
    }

    @Test
    @RequiresShared
    @Peer
    void psoriasisGenusMatchesPandasGroupby() throws Exception {
        Path f = Shared.data("skin-conditions/psoriasis_yunusbb/profiles_merged.tsv");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "no /usr/bin/python3");
        String py = String.join("\n",
                "import sys, json, pandas as pd",
                "t = pd.read_csv(sys.argv[1], sep='\\t', index_col=0)",
                "t = t[t.index.str.contains('s__') & ~t.index.str.contains('t__')]",
                "genus = t.index.map(lambda c: '|'.join(c.split('|')[:6]))",
                "g = t.groupby(genus).sum()",
                "g = g[g.index.str.split('|').str[-1].str.startswith('g__')]",
                "print(json.dumps({k: {s: v for s, v in r.items() if v != 0} for k, r in g.to_dict(orient='index').items()}))");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", py, f.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(p.waitFor() == 0, "pandas peer not available: " + err);
        JsonNode peer = new ObjectMapper().readTree(out);

        AbundanceTable t = ProfileFiles.read(f, (Format) null).abundance();
        AbundanceTable g = t.atRank(Rank.GENUS);
        assertThat(g.taxonCount()).isEqualTo(peer.size()).isGreaterThan(100);
        int compared = 0;
        for (int i = 0; i < g.taxonCount(); i++) {
            JsonNode row = peer.get(g.taxa().get(i).toMetaphlan());
            assertThat(row).as(g.taxa().get(i).toMetaphlan()).isNotNull();
            for (int s = 0; s < g.sampleCount(); s++) {
                JsonNode v = row.get(g.sampleIds().get(s));
                assertThat(g.get(s, i)).isCloseTo(v == null ? 0 : v.asDouble(), within(1e-9));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(g.taxonCount() * g.sampleCount());
        for (Map.Entry<String, JsonNode> e : peer.properties())
            assertThat(g.taxa().stream().anyMatch(l -> l.toMetaphlan().equals(e.getKey()))).isTrue();
    }
}
