package org.gutskin.report.replication;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.evidence.kb.Fact;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.format.ProfileFiles;
import org.gutskin.profile.format.ReadOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which psoriasis taxa of the knowledge base match which rows of the two real psoriasis cohorts. Expected rows were
 * found by grep on the files, e.g. {@code cut -f1 profiles_merged.tsv | grep -oE 'g__[^|]*\|s__(Akkermansia|Faecalibacterium)[^|]*$'}
 * and {@code cut -f1 profiles_merged.tsv | tr '|' '\n' | grep '^p__' | sort -u}:
 * <ul>
 * <li>qqwxp1987 (MetaPhlAn 4): s__Akkermansia_muciniphila (+ s__Akkermansia_SGB48227, unnamed), s__Faecalibacterium_prausnitzii
 * (+ s__Faecalibacterium_SGB15315, s__Faecalibacterium_SGB15346), s__Escherichia_coli, phyla p__Actinobacteria,
 * p__Bacteroidetes, p__Firmicutes, p__Proteobacteria, genera g__Blautia, g__Dorea, g__Dialister.</li>
 * <li>yunusbb (MetaPhlAn 3): the same named species without SGB rows; the same phyla and genera.</li>
 * </ul>
 */
@RequiresShared
class TaxonMatcherRealTablesTest {

    static final Path SHARED = Shared.root();
    static AbundanceTable mpa4;
    static AbundanceTable mpa3;

    @BeforeAll
    static void read() {
        mpa4 = ProfileFiles.read(SHARED.resolve("data/skin-conditions/psoriasis_qqwxp1987/profiles_merged.tsv"),
                ReadOptions.DEFAULT).abundance();
        mpa3 = ProfileFiles.read(SHARED.resolve("data/skin-conditions/psoriasis_yunusbb/profiles_merged.tsv"),
                ReadOptions.DEFAULT).abundance();
    }

    /** fact id → the matched rows' own names, and the left-out SGB rows, for one table. */
    static Map<String, List<String>> matches(AbundanceTable full, Map<String, List<String>> leftOut) {
        KnowledgeBase kb = KnowledgeBase.get();
        TaxonMatcher m = new TaxonMatcher(kb.taxonSynonyms());
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Fact f : kb.condition("psoriasis").facts()) {
            if (!f.isTaxonAssociation()) continue;
            TaxonMatch tm = m.match(f, full.atRank(f.rank()));
            out.put(f.id(), tm.rows().stream().map(Lineage::name).toList());
            leftOut.put(f.id(), tm.leftOut().stream().map(Lineage::name).toList());
            if (!tm.matched()) assertThat(tm.reason()).as(f.id()).isNotBlank();
        }
        return out;
    }

    @Test
    void metaphlan4TableMatchesNamedSpeciesAndLeavesUnnamedSgbsOut() {
        Map<String, List<String>> left = new LinkedHashMap<>();
        Map<String, List<String>> got = matches(mpa4, left);
        assertThat(got.get("ps-tax-01")).containsExactly("Akkermansia_muciniphila");
        assertThat(left.get("ps-tax-01")).containsExactly("Akkermansia_SGB48227");
        assertThat(got.get("ps-tax-02")).containsExactly("Faecalibacterium_prausnitzii");
        assertThat(left.get("ps-tax-02")).containsExactlyInAnyOrder("Faecalibacterium_SGB15315", "Faecalibacterium_SGB15346");
        assertThat(got.get("ps-tax-03")).containsExactly("Escherichia_coli");
        assertThat(got.get("ps-tax-04")).containsExactly("Actinobacteria");
        assertThat(got.get("ps-tax-05")).containsExactly("Blautia");
        assertThat(got.get("ps-tax-06")).containsExactly("Bacteroidetes");
        assertThat(got.get("ps-tax-07")).containsExactly("Bacteroidetes");
        assertThat(got.get("ps-tax-08")).containsExactly("Firmicutes");
        assertThat(got.get("ps-tax-09")).containsExactly("Proteobacteria");
        assertThat(got.get("ps-tax-10")).containsExactly("Dorea");
        assertThat(got.get("ps-tax-11")).containsExactly("Dialister");
    }

    @Test
    void metaphlan3TableMatchesTheSameTaxa() {
        Map<String, List<String>> left = new LinkedHashMap<>();
        Map<String, List<String>> got = matches(mpa3, left);
        assertThat(got.get("ps-tax-01")).containsExactly("Akkermansia_muciniphila");
        assertThat(got.get("ps-tax-02")).containsExactly("Faecalibacterium_prausnitzii");
        assertThat(got.get("ps-tax-03")).containsExactly("Escherichia_coli");
        assertThat(got.get("ps-tax-04")).containsExactly("Actinobacteria");
        assertThat(got.get("ps-tax-05")).containsExactly("Blautia");
        assertThat(got.get("ps-tax-06")).containsExactly("Bacteroidetes");
        assertThat(got.get("ps-tax-08")).containsExactly("Firmicutes");
        assertThat(got.get("ps-tax-10")).containsExactly("Dorea");
        assertThat(got.get("ps-tax-11")).containsExactly("Dialister");
        assertThat(left.values()).allSatisfy(l -> assertThat(l).isEmpty());
    }

    @Test
    void cladeRowsOfOneSpeciesAreVariantsAndSynonymsReachRenamedRows() {
        // grep: s__Prevotella_copri_clade_A, _B, _C, _D, _E, _G in qqwxp1987; s__Prevotella_copri in yunusbb;
        // s__Phocaeicola_vulgatus in qqwxp1987 (MetaPhlAn 4 uses the new genus), s__Bacteroides_vulgatus in yunusbb.
        TaxonMatcher m = new TaxonMatcher(KnowledgeBase.get().taxonSynonyms());
        Fact copri = fact("x-1", "Prevotella copri", org.gutskin.profile.Rank.SPECIES);
        TaxonMatch c4 = m.match(copri, mpa4.atRank(org.gutskin.profile.Rank.SPECIES));
        assertThat(c4.rows()).extracting(Lineage::name).containsExactlyInAnyOrder("Prevotella_copri_clade_A",
                "Prevotella_copri_clade_B", "Prevotella_copri_clade_C", "Prevotella_copri_clade_D",
                "Prevotella_copri_clade_E", "Prevotella_copri_clade_G");
        assertThat(c4.via()).allSatisfy(v -> assertThat(v).startsWith("variant of Prevotella copri"));
        assertThat(m.match(copri, mpa3.atRank(org.gutskin.profile.Rank.SPECIES)).rows()).extracting(Lineage::name)
                .containsExactly("Prevotella_copri");
        Fact vulgatus = fact("x-2", "Bacteroides vulgatus", org.gutskin.profile.Rank.SPECIES);
        TaxonMatch v4 = m.match(vulgatus, mpa4.atRank(org.gutskin.profile.Rank.SPECIES));
        assertThat(v4.rows()).extracting(Lineage::name).containsExactly("Phocaeicola_vulgatus");
        assertThat(v4.via().get(0)).startsWith("synonym Phocaeicola vulgatus (verified: garcialopez2019)");
        assertThat(m.match(vulgatus, mpa3.atRank(org.gutskin.profile.Rank.SPECIES)).rows()).extracting(Lineage::name)
                .containsExactly("Bacteroides_vulgatus");
        // the phylum under its 2021 name reaches the table's old name
        Fact bacteroidota = fact("x-3", "Bacteroidota", org.gutskin.profile.Rank.PHYLUM);
        assertThat(m.match(bacteroidota, mpa4.atRank(org.gutskin.profile.Rank.PHYLUM)).rows()).extracting(Lineage::name)
                .containsExactly("Bacteroidetes");
        // Ruminococcus gnavus: the same name in both tables, under g__Mediterraneibacter (MPA4) and g__Blautia (MPA3)
        Fact gnavus = fact("x-4", "Mediterraneibacter gnavus", org.gutskin.profile.Rank.SPECIES);
        assertThat(m.match(gnavus, mpa4.atRank(org.gutskin.profile.Rank.SPECIES)).rows()).extracting(Lineage::toMetaphlan)
                .singleElement().asString().endsWith("g__Mediterraneibacter|s__Ruminococcus_gnavus");
        assertThat(m.match(gnavus, mpa3.atRank(org.gutskin.profile.Rank.SPECIES)).rows()).extracting(Lineage::toMetaphlan)
                .singleElement().asString().endsWith("g__Blautia|s__Ruminococcus_gnavus");
    }

    @Test
    void anAbsentTaxonIsReportedWithTheReason() {
        TaxonMatcher m = new TaxonMatcher(KnowledgeBase.get().taxonSynonyms());
        TaxonMatch t = m.match(fact("x-5", "Lactobacillus iners", org.gutskin.profile.Rank.SPECIES),
                mpa3.atRank(org.gutskin.profile.Rank.SPECIES));
        assertThat(t.matched()).isFalse();
        assertThat(t.reason()).contains("no row among the 424 at rank species").contains("Lactobacillus iners");
    }

    @Test
    void genusSumsFollowTheProfilersTaxonomyAndSaySo() {
        // grep: g__Blautia|s__Ruminococcus_gnavus and g__Blautia|s__Ruminococcus_torques in yunusbb (MetaPhlAn 3);
        // in qqwxp1987 (MetaPhlAn 4) both sit under g__Mediterraneibacter and every g__Blautia row is s__Blautia_*.
        ReplicationResult r3 = Replication.build(KnowledgeBase.get(), "psoriasis", mpa3::atRank, null,
                ReplicationOptions.defaults("DiseasePsoriasis"), org.gutskin.provenance.Provenance.builder());
        assertThat(r3.notes()).anySatisfy(n -> assertThat(n).startsWith("The genus row Blautia (ps-tax-05) includes 2 species")
                .endsWith("Ruminococcus_gnavus, Ruminococcus_torques."));
        ReplicationResult r4 = Replication.build(KnowledgeBase.get(), "psoriasis", mpa4::atRank, null,
                ReplicationOptions.defaults("DiseasePsoriasis"), org.gutskin.provenance.Provenance.builder());
        assertThat(r4.notes()).noneSatisfy(n -> assertThat(n).contains("The genus row Blautia"));
    }

    static Fact fact(String id, String taxon, org.gutskin.profile.Rank rank) {
        return new Fact(id, "psoriasis", org.gutskin.evidence.kb.EvidenceLevel.ASSOCIATION, "test", List.of(), true,
                taxon, rank, org.gutskin.evidence.kb.Direction.DECREASED, org.gutskin.evidence.kb.BodySite.GUT, null,
                null, null, null);
    }
}
