package org.gutskin.report.metabolite;

import org.gutskin.testkit.RequiresShared;
import org.gutskin.testkit.Shared;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gutskin.evidence.kb.Guild;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.io.InputException;
import org.gutskin.profile.Rank;
import org.gutskin.profile.format.ProfileFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The guild sums pinned against a hand calculation on a real profile, and the HUMAnN 3 reader on hand-made files in
 * HUMAnN 3's documented format (github.com/biobakery/humann, readme.md, "Output files": {@code # Pathway
 * <TAB>SAMPLE_Abundance}, {@code UNMAPPED}/{@code UNINTEGRATED} bookkeeping rows, {@code |}-stratified rows; the gene
 * table regrouped to EC numbers with {@code # Gene Family<TAB>SAMPLE_Abundance-RPKs}). No real HUMAnN output is in
 * ../shared/data, so the values in these two files are invented for the arithmetic, not measurements.
 */
@RequiresShared
class MetaboliteLaneTest {

    static Guild guild(String id) {
        return KnowledgeBase.get().guilds().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(MetaboliteLaneTest.class.getResource(name).toURI());
    }

    @Test
    void butyrateShareMatchesAHandSumOnTheGmwi2Example() {
        // ../shared/data/gmwi2/examples/SRR1761667_metaphlan.txt (MetaPhlAn 3, --unknown_estimation: UNKNOWN 70.84224)
        Path p = Path.of(Shared.root().toString(), "data/gmwi2/examples/SRR1761667_metaphlan.txt");
        AbundanceTable species = ProfileFiles.read(p, (Format) null).relative().atRank(Rank.SPECIES);
        // the file's 54 s__ rows sum to 29.157757275579808 (the rest of 100 is UNKNOWN and rows above species)
        assertThat(species.taxonCount()).isEqualTo(54);
        // butyrate guild rows in the file (species listed, or in a listed genus):
        //   Faecalibacterium_prausnitzii 8.31752726155326     (species)
        //   Coprococcus_eutactus         0.6934910148181178   (genus Coprococcus)
        //   Eubacterium_rectale          0.17711296501905444  (species)
        //   Roseburia_faecis             0.05325372788811896  (genus Roseburia)
        //   Roseburia_sp_CAG_182         0.04496417749467163  (genus Roseburia)
        //   Eubacterium_hallii           0.027151703575019916 (species)
        //   Coprococcus_catus            0.00864819080793697  (genus Coprococcus)
        //   Coprococcus_comes            0.0053883535445271484 (genus Coprococcus)
        //   Roseburia_inulinivorans      0.003207353300313779 (genus Roseburia)
        double butyrate = 8.31752726155326 + 0.6934910148181178 + 0.17711296501905444 + 0.05325372788811896
                + 0.04496417749467163 + 0.027151703575019916 + 0.00864819080793697 + 0.0053883535445271484
                + 0.003207353300313779; // = 9.33074474800102
        double total = 29.157757275579808;
        GuildAbundance.Share b = GuildAbundance.of(species, 0, guild("butyrate-producers"));
        assertThat(b.percent()).isCloseTo(100 * butyrate / total, within(1e-9)).isCloseTo(32.0009, within(1e-4));
        assertThat(b.species()).hasSize(9);
        // propionate: Veillonella_atypica 0.033306906135894813 + Bacteroides_vulgatus 0.024641220673592496
        //   + Phascolarctobacterium_succinatutens 0.013205548270110095 + Coprococcus_catus 0.00864819080793697
        //   + Roseburia_inulinivorans 0.003207353300313779 = 0.08300921918784816 -> 0.28469 %
        double propionate = 0.033306906135894813 + 0.024641220673592496 + 0.013205548270110095 + 0.00864819080793697
                + 0.003207353300313779;
        assertThat(GuildAbundance.of(species, 0, guild("propionate-producers")).percent())
                .isCloseTo(100 * propionate / total, within(1e-9));
        // tryptophan/indole: only Escherichia_coli 11.669298933652986 -> 40.02125 %
        assertThat(GuildAbundance.of(species, 0, guild("tryptophan-indole")).percent())
                .isCloseTo(100 * 11.669298933652986 / total, within(1e-9));
    }

    @Test
    void genusAndAliasMatching() {
        Guild b = guild("butyrate-producers");
        assertThat(GuildAbundance.belongs(b, "Roseburia_unclassified")).isTrue();
        assertThat(GuildAbundance.belongs(b, "Agathobacter_rectalis")).isTrue(); // alias of Eubacterium rectale
        assertThat(GuildAbundance.belongs(b, "Eubacterium_eligens")).isFalse(); // Eubacterium is not a listed genus
        assertThat(GuildAbundance.belongs(guild("tryptophan-indole"), "Limosilactobacillus_reuteri")).isTrue();
    }

    @Test
    void humannPathwayTableMeasuresTheGuilds() throws Exception {
        FunctionTable t = HumannReader.read(resource("demo_pathabundance.tsv"));
        assertThat(t.kind()).isEqualTo(FunctionTable.Kind.PATHWAYS);
        assertThat(t.samples()).containsExactly("demo");
        // community rows only: 54 + 20 + 6 + 10 + 10 = 100 (UNMAPPED, UNINTEGRATED and the |strata left out)
        assertThat(t.total(0)).isEqualTo(100);
        assertThat(t.names()).containsEntry("CENTFERM-PWY", "pyruvate fermentation to butanoate");
        GuildFunctions.Share b = GuildFunctions.of(t, 0, guild("butyrate-producers"));
        assertThat(b.percent()).isCloseTo(26.0, within(1e-12)); // (20 + 6) / 100
        assertThat(b.markers()).containsExactly("CENTFERM-PWY: pyruvate fermentation to butanoate",
                "PWY-5676: acetyl-CoA fermentation to butanoate II");
        assertThat(GuildFunctions.of(t, 0, guild("propionate-producers")).percent()).isCloseTo(10.0, within(1e-12));
        assertThat(GuildFunctions.of(t, 0, guild("tryptophan-indole"))).isNull(); // no MetaCyc id listed
    }

    @Test
    void humannGeneTableRegroupedToEc() throws Exception {
        FunctionTable t = HumannReader.read(resource("demo_genefamilies_ec.tsv"));
        assertThat(t.kind()).isEqualTo(FunctionTable.Kind.GENE_FAMILIES);
        assertThat(t.samples()).containsExactly("demo"); // "_Abundance-RPKs" removed
        // butyrate kinase 2.7.2.7: 25 / (25 + 75) = 25 %
        assertThat(GuildFunctions.of(t, 0, guild("butyrate-producers")).percent()).isCloseTo(25.0, within(1e-12));
    }

    @Test
    void badHumannInputNamesFileAndLine(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bad_pathabundance.tsv");
        Files.writeString(f, "# Pathway\tS1_Abundance\nUNMAPPED\t1\nCENTFERM-PWY: pyruvate fermentation to butanoate\tlots\n");
        assertThatThrownBy(() -> HumannReader.read(f)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.source()).endsWith("bad_pathabundance.tsv");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.describe()).contains("bad_pathabundance.tsv").contains("expected a number >= 0, got 'lots'");
        });
        Files.writeString(f, "# Pathway\tS1_Abundance\tS2_Abundance\nPWY-1: x\t1\n");
        assertThatThrownBy(() -> HumannReader.read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("expected 3 tab-separated columns");
        Files.writeString(f, "clade_name\tS1\n");
        assertThatThrownBy(() -> HumannReader.read(f)).isInstanceOf(InputException.class)
                .hasMessageContaining("HUMAnN 3 header");
    }
}
