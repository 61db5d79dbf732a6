package org.gutskin.report.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.cohort.model.CoefficientEstimate;
import org.gutskin.evidence.kb.BodySite;
import org.gutskin.evidence.kb.Direction;
import org.gutskin.evidence.kb.EvidenceLevel;
import org.gutskin.evidence.kb.Fact;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.Wording;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.AbundanceTableBuilder;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Rank;
import org.gutskin.profile.ValueKind;
import org.gutskin.provenance.Provenance;
import org.junit.jupiter.api.Test;

/** Classification with hand-made estimates, and the whole report on a small hand-made table. */
class ReplicationTest {

    static final ReplicationOptions O = ReplicationOptions.defaults("DiseasePsoriasis");

    static Fact fact(boolean verified, Direction d) {
        return new Fact("t-1", "psoriasis", EvidenceLevel.ASSOCIATION, "test", List.of(), verified, "Akkermansia muciniphila",
                Rank.SPECIES, d, BodySite.GUT, null, null, null, null);
    }

    static CoefficientEstimate est(String response, double estimate, double se, double q, double residualSd) {
        return new CoefficientEstimate(response, "Disease", "DiseasePsoriasis", estimate, se, estimate - 1.96 * se,
                estimate + 1.96 * se, estimate / se, q / 2, q, 40, 30, residualSd, 37, "lm");
    }

    static TaxonMatch matched(Fact f) {
        return new TaxonMatch(f, List.of(Lineage.ofName(Rank.SPECIES, "Akkermansia_muciniphila")), List.of("exact"), null, List.of());
    }

    @Test
    void classesFollowQDirectionAndPower() {
        Fact dec = fact(true, Direction.DECREASED);
        TaxonMatch m = matched(dec);
        // q < 0.1 and the estimate's sign agrees with "decreased" → replicated; disagrees → opposite
        assertThat(Replication.classify(dec, m, est("a", -0.9, 0.3, 0.02, 1), 0.5, O)).isEqualTo(ReplicationClass.REPLICATED);
        assertThat(Replication.classify(dec, m, est("a", 0.9, 0.3, 0.02, 1), 0.5, O)).isEqualTo(ReplicationClass.OPPOSITE);
        // q = 0.1 is not below the threshold; then power decides
        assertThat(Replication.classify(dec, m, est("a", -0.9, 0.3, 0.1, 1), 0.85, O)).isEqualTo(ReplicationClass.NOT_DETECTED);
        assertThat(Replication.classify(dec, m, est("a", -0.9, 0.3, 0.1, 1), 0.79, O)).isEqualTo(ReplicationClass.NOT_DETECTABLE);
        assertThat(Replication.classify(dec, m, est("a", -0.9, 0.3, 0.5, 1), Double.NaN, O)).isEqualTo(ReplicationClass.NOT_DETECTABLE);
        // the threshold is an option
        ReplicationOptions loose = new ReplicationOptions("DiseasePsoriasis", 0.2, 0.5, 0.05, 0.8);
        assertThat(Replication.classify(dec, m, est("a", -0.9, 0.3, 0.15, 1), 0.5, loose)).isEqualTo(ReplicationClass.REPLICATED);
        assertThat(Replication.classify(dec, m, est("a", -0.9, 0.3, 0.15, 1), 0.5, O)).isEqualTo(ReplicationClass.NOT_DETECTABLE);
        // increased
        Fact inc = fact(true, Direction.INCREASED);
        assertThat(Replication.classify(inc, matched(inc), est("a", 0.4, 0.1, 0.001, 1), 0.99, O)).isEqualTo(ReplicationClass.REPLICATED);
        // not evidence / not testable
        Fact unv = fact(false, Direction.DECREASED);
        assertThat(Replication.classify(unv, matched(unv), est("a", -0.9, 0.3, 0.02, 1), 0.5, O)).isEqualTo(ReplicationClass.UNVERIFIED);
        assertThat(Replication.classify(dec, new TaxonMatch(dec, List.of(), List.of(), "none", List.of()), null, Double.NaN, O))
                .isEqualTo(ReplicationClass.UNMATCHED);
        assertThat(Replication.classify(dec, m, null, Double.NaN, O)).isEqualTo(ReplicationClass.NO_ESTIMATE);
        Fact mixed = fact(true, Direction.MIXED);
        assertThat(Replication.classify(mixed, matched(mixed), est("a", -0.9, 0.3, 0.02, 1), 0.5, O)).isEqualTo(ReplicationClass.NO_DIRECTION);
    }

    /**
     * Four species in four samples (percent). Phyla: Verrucomicrobia (Akkermansia), Firmicutes (Faecalibacterium)
     * and Bacillota (Blautia) — the old and the new name of one phylum, so they are summed into Firmicutes_merged —
     * and Bacteroidota (Phocaeicola), matching the knowledge base's Bacteroidetes through the synonym file.
     */
    static AbundanceTable table() {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.PERCENT, false);
        b.taxon(Lineage.of("Bacteria", "Verrucomicrobia", "Verrucomicrobiae", "Verrucomicrobiales", "Akkermansiaceae", "Akkermansia", "Akkermansia_muciniphila"));
        b.taxon(Lineage.of("Bacteria", "Firmicutes", "Clostridia", "Eubacteriales", "Oscillospiraceae", "Faecalibacterium", "Faecalibacterium_prausnitzii"));
        b.taxon(Lineage.of("Bacteria", "Bacillota", "Clostridia", "Eubacteriales", "Lachnospiraceae", "Blautia", "Blautia_wexlerae"));
        b.taxon(Lineage.of("Bacteria", "Bacteroidota", "Bacteroidia", "Bacteroidales", "Bacteroidaceae", "Phocaeicola", "Phocaeicola_vulgatus"));
        double[][] v = {{10, 20, 30, 40}, {5, 15, 0, 80}, {25, 25, 25, 25}, {0, 50, 50, 0}};
        for (int s = 0; s < v.length; s++) {
            b.sample("S" + s, Map.of());
            for (int t = 0; t < 4; t++) b.add(t, v[s][t]);
        }
        return b.build();
    }

    @Test
    void wholeReportOnAHandMadeTable() {
        AbundanceTable full = table();
        Map<String, CoefficientEstimate> byName = new HashMap<>();
        // hand-chosen: Akkermansia down, q 0.02 → replicated; F. prausnitzii up, q 0.05 → opposite (KB: decreased);
        // Blautia: SE 0.5, residual SD 1 → λ = 0.5/0.5 = 1, power ≈ 0.17 < 0.8, q 0.8 → not detectable;
        // Bacteroidota: SE 0.1, residual SD 2 → λ = 1/0.1 = 10, power ≈ 1, q 0.9 → not detected;
        // Firmicutes_merged gets no estimate → no estimate. E. coli and Actinobacteria are absent → unmatched.
        byName.put("Akkermansia_muciniphila", est("Akkermansia_muciniphila", -0.9, 0.3, 0.02, 1));
        byName.put("Faecalibacterium_prausnitzii", est("Faecalibacterium_prausnitzii", 0.7, 0.3, 0.05, 1));
        byName.put("Blautia", est("Blautia", 0.1, 0.5, 0.8, 1));
        byName.put("k__Bacteria|p__Bacteroidota", est("k__Bacteria|p__Bacteroidota", -0.05, 0.1, 0.9, 2));
        List<AbundanceTable> phylumTables = new ArrayList<>();
        EstimateSupplier supplier = (rank, t) -> {
            if (rank == Rank.PHYLUM) phylumTables.add(t);
            List<CoefficientEstimate> out = new ArrayList<>();
            for (Lineage l : t.taxa()) {
                CoefficientEstimate c = byName.getOrDefault(l.name(), byName.get(l.toMetaphlan()));
                if (c != null) out.add(c);
                // an estimate of another column must be ignored
                out.add(new CoefficientEstimate(l.name(), "BMI", "BMI", 9, 0.1, 8.8, 9.2, 90, 0, 0, 40, 30, 1, 37, "lm"));
            }
            return out;
        };
        ReplicationResult r = Replication.build(KnowledgeBase.get(), "psoriasis", full::atRank,
                supplier, O, Provenance.builder().input("profiles.tsv", "abc").option("formula", "Disease + Sex + BMI"));

        Map<String, ReplicationClass> cls = new HashMap<>();
        for (ReplicationRow row : r.rows()) cls.put(row.match().fact().id(), row.replicationClass());
        assertThat(cls).containsEntry("ps-tax-01", ReplicationClass.REPLICATED)
                .containsEntry("ps-tax-02", ReplicationClass.OPPOSITE)
                .containsEntry("ps-tax-03", ReplicationClass.UNMATCHED)
                .containsEntry("ps-tax-04", ReplicationClass.UNMATCHED)
                .containsEntry("ps-tax-05", ReplicationClass.UNVERIFIED) // direction against controls not verifiable (issue 14)
                .containsEntry("ps-tax-06", ReplicationClass.NOT_DETECTED)
                .containsEntry("ps-tax-07", ReplicationClass.UNVERIFIED)
                .containsEntry("ps-tax-08", ReplicationClass.NO_ESTIMATE);

        // the phylum table the models saw: Firmicutes + Bacillota summed per sample (hand: 20+30, 15+0, 25+25, 50+50)
        AbundanceTable phyla = phylumTables.get(0);
        assertThat(phyla.taxa()).extracting(Lineage::name).containsExactlyInAnyOrder("Verrucomicrobia", "Firmicutes_merged", "Bacteroidota");
        int merged = phyla.taxa().stream().map(Lineage::name).toList().indexOf("Firmicutes_merged");
        assertThat(new double[] {phyla.get(0, merged), phyla.get(1, merged), phyla.get(2, merged), phyla.get(3, merged)})
                .containsExactly(50, 15, 50, 100);

        String headline = ReplicationHeadline.headline(r);
        assertThat(headline).isEqualTo("In this cohort, 1 of 6 literature associations for psoriasis (plaque) replicated "
                + "(q < 0.1, same direction); 1 went the opposite way; 1 was not detected although the cohort had at least "
                + "80% power for a 0.5-SD effect; 0 were not detectable at this sample size; 3 could not be tested here "
                + "(no matching taxon, no estimate, or no direction).");

        String tsv = ReplicationTsv.tsv(r);
        String html = ReplicationPage.html(r);
        for (String text : List.of(tsv, html, ReplicationHeadline.tierLine(r))) assertThat(Wording.forbiddenIn(text)).isNull();
        String akk = tsv.lines().filter(l -> l.startsWith("ps-tax-01\t")).findFirst().orElseThrow();
        assertThat(akk.split("\t", -1)).containsSequence("ps-tax-01", "psoriasis", "Akkermansia muciniphila", "species", "decreased")
                .contains("tan2018 doi:10.1111/exd.13463 PMID:29130553", "true", "-0.9", "0.02", "replicated");
        String bact = tsv.lines().filter(l -> l.startsWith("ps-tax-06\t")).findFirst().orElseThrow();
        assertThat(bact).contains("k__Bacteria|p__Bacteroidota").contains("synonym Bacteroidota (verified: oren2021)");
        assertThat(tsv.lines().filter(l -> l.startsWith("ps-tax-07\t")).findFirst().orElseThrow())
                .contains("(unverified)").endsWith("\tunverified\t");
        assertThat(tsv).contains("# Not medical advice.").contains("# knowledge base " + KnowledgeBase.get().version())
                .contains("# input profiles.tsv sha256 abc\n")
                .contains("estimates=column DiseasePsoriasis, model lm, n = 40 samples");
        // unverified facts only in their own list, never in the evidence table
        String evidence = html.substring(html.indexOf("<h2>Verified"), html.indexOf("<h2>Taxa with no matching row"));
        String unverified = html.substring(html.indexOf("<h2>Unverified, not evidence"), html.indexOf("<h2>Method"));
        assertThat(evidence).contains("ps-tax-01").doesNotContain("ps-tax-07").doesNotContain("ps-tax-09");
        assertThat(unverified).contains("ps-tax-07").contains("ps-tax-09").contains("ps-tax-10").contains("ps-tax-11");
        assertThat(html).contains("Not medical advice").contains("Escherichia coli").contains("no row among the 4 at rank species");
    }

    @Test
    void withoutEstimatesTheReportShowsTheMatchingOnly() {
        AbundanceTable full = table();
        ReplicationResult r = Replication.build(KnowledgeBase.get(), "psoriasis", full::atRank, null, O, Provenance.builder());
        assertThat(r.verifiedRows()).extracting(ReplicationRow::replicationClass)
                .containsOnly(ReplicationClass.NO_ESTIMATE, ReplicationClass.UNMATCHED);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("taxon matching only"));
    }
}
