package org.gutskin.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.KnowledgeBaseCopy;
import org.gutskin.evidence.kb.KnowledgeBaseException;
import org.gutskin.evidence.kb.KnowledgeBaseLoader;
import org.gutskin.evidence.kb.TaxonSynonym;
import org.gutskin.profile.Rank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** taxon-synonyms.yaml loads with the rest of the knowledge base and is validated like the other files. */
class TaxonSynonymsTest {

    @TempDir
    Path dir;

    @Test
    void phylumRenamesAreVerifiedAgainstOrenAndGarrity2021() {
        var syn = KnowledgeBase.get().taxonSynonyms();
        TaxonSynonym b = syn.stream().filter(s -> s.name().equals("Bacteroidetes")).findFirst().orElseThrow();
        assertThat(b.rank()).isEqualTo(Rank.PHYLUM);
        assertThat(b.synonyms()).containsExactly("Bacteroidota");
        assertThat(b.verified()).isTrue();
        assertThat(b.citations()).singleElement().satisfies(c -> assertThat(c.doi()).isEqualTo("10.1099/ijsem.0.005056"));
        assertThat(syn).filteredOn(s -> s.rank() == Rank.PHYLUM).extracting(TaxonSynonym::name)
                .contains("Firmicutes", "Actinobacteria", "Proteobacteria");
        // entries whose source could not be seen stay unverified and cite only unverified citations
        assertThat(syn).filteredOn(s -> !s.verified()).isNotEmpty()
                .allSatisfy(s -> assertThat(s.citations()).allSatisfy(c -> assertThat(c.verified()).isFalse()));
        assertThat(KnowledgeBaseLoader.bundledFiles()).contains("taxon-synonyms.yaml");
    }

    private KnowledgeBaseException broken(UnaryOperator<String> edit) throws IOException {
        return KnowledgeBaseCopy.broken(dir, "taxon-synonyms.yaml", edit);
    }

    @Test
    void rejectsANameListedTwiceAtOneRank() throws IOException {
        var e = broken(s -> s.replace("synonyms: [Bacillota]", "synonyms: [Bacillota, Bacteroidota]"));
        assertThat(e.item()).isEqualTo("Firmicutes");
        assertThat(e.reason()).contains("'Bacteroidota'").contains("already listed under 'Bacteroidetes'");
    }

    @Test
    void rejectsAVerifiedEntryCitingAnUnverifiedSourceAnUnknownRankAndAnUnknownField() throws IOException {
        assertThat(broken(s -> s.replace("citations: [togo2018_mediterraneibacter], verified: false",
                "citations: [togo2018_mediterraneibacter], verified: true")).reason()).contains("unverified citation");
        assertThat(broken(s -> s.replace("{rank: phylum, name: Firmicutes", "{rank: phyla, name: Firmicutes")).reason())
                .contains("unknown rank 'phyla'");
        assertThat(broken(s -> s.replace("name: Firmicutes,", "name: Firmicutes, synonym: x,")).reason())
                .contains("unknown field 'synonym'");
        assertThatThrownBy(() -> broken(s -> s + "\n")).isInstanceOf(AssertionError.class);
    }
}
