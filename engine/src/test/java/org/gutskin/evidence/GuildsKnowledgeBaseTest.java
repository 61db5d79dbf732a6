package org.gutskin.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.gutskin.evidence.kb.Guild;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.KnowledgeBaseCopy;
import org.gutskin.evidence.kb.KnowledgeBaseException;
import org.gutskin.profile.Rank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code guilds.yaml} is validated like every knowledge-base file: a guild marked verified that cites an unverified
 * source is refused, an unverified guild never reaches the verified view, and schema mistakes name file, item, reason.
 */
class GuildsKnowledgeBaseTest {

    @TempDir
    Path dir;

    @Test
    void bundledGuildsLoadAndOnlyVerifiedOnesAreShown() {
        KnowledgeBase kb = KnowledgeBase.get();
        assertThat(kb.guilds()).extracting(Guild::id).contains("bile-acid-7a-dehydroxylation", "tma-producers");
        // every guild now cites a verified source (Ridlon 2006: DOI and PMID seen; Rath 2017: DOI, first author seen)
        assertThat(kb.verifiedGuilds()).extracting(Guild::id).containsExactly("butyrate-producers",
                "propionate-producers", "tryptophan-indole", "bile-acid-7a-dehydroxylation", "tma-producers");
        assertThat(kb.guilds()).allSatisfy(g -> assertThat(g.verified()).as(g.id()).isTrue());
        assertThat(kb.verifiedGuilds()).allSatisfy(g -> assertThat(g.citations())
                .as(g.id()).isNotEmpty().allMatch(c -> c.verified() && c.hasDoiOrPmid()));
        Guild b = kb.verifiedGuilds().get(0);
        assertThat(b.taxa()).anySatisfy(m -> {
            assertThat(m.name()).isEqualTo("Roseburia");
            assertThat(m.rank()).isEqualTo(Rank.GENUS);
        });
        assertThat(b.metacyc()).contains("CENTFERM-PWY");
        assertThat(b.citations()).allMatch(c -> c.verified() && c.hasDoiOrPmid());
        assertThat(kb.verifiedDiet()).noneMatch(d -> d.id().equals("diet-polyphenols-02"));
    }

    @Test
    void aVerifiedGuildCitingAnUnverifiedSourceIsRefused() throws IOException {
        KnowledgeBaseException e = broken(s -> s.replace("    citations: [ridlon2006bile]\n    verified: true",
                "    citations: [cardona2013polyphenols]\n    verified: true"));
        assertThat(e.file()).endsWith("guilds.yaml");
        assertThat(e.item()).isEqualTo("bile-acid-7a-dehydroxylation");
        assertThat(e.reason()).contains("unverified citation 'cardona2013polyphenols'");
    }

    @Test
    void schemaMistakesAreNamed() throws IOException {
        assertThat(broken(s -> s.replace("{name: Roseburia, rank: genus, route: but}",
                "{name: Roseburia, rank: family, route: but}")).getMessage())
                .contains("rank must be species or genus");
        assertThat(broken(s -> s.replace("metacyc: [P108-PWY, PWY-5494]",
                "metacyc: [\"P108-PWY: pyruvate fermentation to propanoate I\"]")).getMessage())
                .contains("must be the bare id");
        assertThat(broken(s -> s.replace("    level: mechanism\n    exposure: polyphenols\n    statement: >-\n      Gut",
                "    level: guideline\n    exposure: polyphenols\n    statement: >-\n      Gut")).getMessage())
                .contains("cannot be a guideline");
        assertThat(broken(s -> s.replace("  - id: propionate-producers\n", "  - id: propionate-producers\n    colour: red\n"))
                .getMessage()).contains("unknown field 'colour'");
    }

    private KnowledgeBaseException broken(UnaryOperator<String> edit) throws IOException {
        return KnowledgeBaseCopy.broken(dir, "guilds.yaml", edit);
    }
}
