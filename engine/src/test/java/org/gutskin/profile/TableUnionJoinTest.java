package org.gutskin.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@link TableUnion} decides that rows of two files are one taxon; every expected value by hand. */
class TableUnionJoinTest {

    private static final TaxonNames NAMES = TaxonNames.SPELLING.withSynonyms(Rank.PHYLUM, List.of("Firmicutes", "Bacillota"));

    private static AbundanceTable one(String sample, Lineage l, double v) {
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        int t = b.taxon(l);
        b.sample(sample, null).add(t, v);
        return b.build();
    }

    private static final Lineage OLD = Lineage.of("Bacteria", "Firmicutes", "Clostridia", "Eubacteriales",
            "Oscillospiraceae", "Faecalibacterium", "Faecalibacterium prausnitzii");
    private static final Lineage NEW = Lineage.of("Bacteria", "Bacillota", "Clostridia", "Eubacteriales",
            "Oscillospiraceae", "Faecalibacterium", "Faecalibacterium_prausnitzii");

    @Test
    void nameJoinMatchesSpellingAndSynonymAndKeepsTheFirstFilesLineage() {
        var j = TableUnion.join(List.of(one("a", OLD, 10), one("b", NEW, 30)), List.of("a.tsv", "b.tsv"), JoinMode.NAME, NAMES);
        assertThat(j.table().taxa()).containsExactly(OLD);
        assertThat(j.table().get(1, 0)).isEqualTo(30.0);
        assertThat(j.reconciliations()).singleElement().satisfies(r -> {
            assertThat(r.source()).isEqualTo("b.tsv");
            assertThat(r.given()).isEqualTo(NEW.toString());
            assertThat(r.kept()).isEqualTo(OLD.toString());
        });
    }

    @Test
    void lineageJoinKeepsTwoRows() {
        var j = TableUnion.join(List.of(one("a", OLD, 10), one("b", NEW, 30)), List.of("a", "b"), JoinMode.LINEAGE, NAMES);
        assertThat(j.table().taxonCount()).isEqualTo(2);
        assertThat(j.reconciliations()).isEmpty();
    }

    @Test
    void taxidsDecideOverNamesAndDifferentTaxidsStayApart() {
        // one name, two taxids (NCBI reuses names): two taxa; one taxid under two names: one taxon
        Lineage x1 = Lineage.ofName(Rank.SPECIES, "Bacillus sp.").withTaxid(111);
        Lineage x2 = Lineage.ofName(Rank.SPECIES, "Bacillus sp.").withTaxid(222);
        Lineage y1 = Lineage.ofName(Rank.SPECIES, "Clostridium difficile").withTaxid(1496);
        Lineage y2 = Lineage.ofName(Rank.SPECIES, "Clostridioides difficile").withTaxid(1496);
        AbundanceTableBuilder a = AbundanceTable.builder(ValueKind.COUNTS, false);
        int ax = a.taxon(x1), ay = a.taxon(y1);
        a.sample("a", null).add(ax, 1).add(ay, 2);
        AbundanceTableBuilder b = AbundanceTable.builder(ValueKind.COUNTS, false);
        int bx = b.taxon(x2), by = b.taxon(y2);
        b.sample("b", null).add(bx, 3).add(by, 4);
        var j = TableUnion.join(List.of(a.build(), b.build()), List.of("a", "b"), JoinMode.TAXID, NAMES);
        // the difficile rows are one taxon (taxid 1496), kept under the first file's name
        assertThat(j.table().taxa()).extracting(Lineage::name).contains("Clostridium difficile").doesNotContain("Clostridioides difficile");
        assertThat(j.table().get(1, j.table().taxa().indexOf(y1))).isEqualTo(4.0);
        assertThat(j.reconciliations()).extracting(Reconciliation::reason).contains("taxid 1496");
        // "Bacillus sp." with taxids 111 and 222 is two taxa: no reconciliation joins them
        assertThat(j.reconciliations()).extracting(Reconciliation::given).doesNotContain(x2.toString());
    }

    @Test
    void rowsOfOneFileThatAreOneTaxonAreSummed() {
        AbundanceTableBuilder a = AbundanceTable.builder(ValueKind.COUNTS, false);
        int t1 = a.taxon(OLD), t2 = a.taxon(NEW);
        a.sample("a", null).add(t1, 5).add(t2, 7);
        var j = TableUnion.join(List.of(a.build(), one("b", OLD, 1)), List.of("a", "b"), JoinMode.NAME, NAMES);
        assertThat(j.table().taxonCount()).isEqualTo(1);
        assertThat(j.table().get(0, 0)).isEqualTo(12.0);
    }
}
