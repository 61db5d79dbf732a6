package org.gutskin.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.Population;
import org.gutskin.evidence.kb.Purpose;
import org.gutskin.evidence.label.LabelOrganism;
import org.gutskin.evidence.label.LabelParser;
import org.gutskin.evidence.label.ParsedLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real-world label spellings: old and new genus names (Zheng et al. 2020), "Bifidobacterium lactis" vs
 * "Bifidobacterium animalis subsp. lactis" (Masco et al. 2004), abbreviations, misspellings, strain designations.
 */
class LabelParserTest {

    private final LabelParser parser = new LabelParser(KnowledgeBase.get());

    private LabelOrganism only(String text) {
        List<LabelOrganism> o = parser.parse(text).organisms();
        assertThat(o).as(text).hasSize(1);
        return o.get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // printed                                              | current name                          | former name                | strain
            "Lactobacillus rhamnosus GG                            | Lacticaseibacillus rhamnosus          | Lactobacillus rhamnosus    | GG",
            "Lacticaseibacillus rhamnosus GG (ATCC 53103)          | Lacticaseibacillus rhamnosus          | Lactobacillus rhamnosus    | GG",
            "L. rhamnosus GG                                       | Lacticaseibacillus rhamnosus          | Lactobacillus rhamnosus    | GG",
            "Lactobacilus rhamnosis GG                             | Lacticaseibacillus rhamnosus          | Lactobacillus rhamnosus    | GG",
            "Lactobacillus rhamnosus strain ATCC 53103             | Lacticaseibacillus rhamnosus          | Lactobacillus rhamnosus    | ATCC 53103",
            "Lactobacillus reuteri DSM 17938                       | Limosilactobacillus reuteri           | Lactobacillus reuteri      | DSM 17938",
            "Limosilactobacillus reuteri DSM17938                  | Limosilactobacillus reuteri           | Lactobacillus reuteri      | DSM17938",
            "Lactobacillus reuterii DSM 17938                      | Limosilactobacillus reuteri           | Lactobacillus reuteri      | DSM 17938",
            "Bifidobacterium lactis CECT 8145                      | Bifidobacterium animalis subsp. lactis | Bifidobacterium lactis    | CECT 8145",
            "Bifidobacterium animalis subsp. lactis CECT 8145      | Bifidobacterium animalis subsp. lactis | Bifidobacterium lactis    | CECT 8145",
            "B. animalis ssp. lactis BB-12                         | Bifidobacterium animalis subsp. lactis | Bifidobacterium lactis    | BB-12",
            "Bifidobacterium animalis lactis HN019                 | Bifidobacterium animalis subsp. lactis | Bifidobacterium lactis    | HN019",
            "Bifidobacterium lactis                                | Bifidobacterium animalis subsp. lactis | Bifidobacterium lactis    | -",
            "Bifidobacterim lactis                                 | Bifidobacterium animalis subsp. lactis | Bifidobacterium lactis    | -",
            "Lactobacillus paracasei NCC 2461                      | Lacticaseibacillus paracasei          | Lactobacillus paracasei    | NCC 2461",
            "Lactobacillus paracasei ST11 (CNCM I-2116)            | Lacticaseibacillus paracasei          | Lactobacillus paracasei    | ST11",
            "Lactobacillus plantarum IS-10506                      | Lactiplantibacillus plantarum         | Lactobacillus plantarum    | IS-10506",
            "Lactobacillus plantarum 299v                          | Lactiplantibacillus plantarum         | Lactobacillus plantarum    | 299v",
            "Lactobacillus fermentum VRI-033 PCC                   | Limosilactobacillus fermentum         | Lactobacillus fermentum    | VRI-033 PCC",
            "Lactobacillus salivarius LS01 (DSM 22775)             | Ligilactobacillus salivarius          | Lactobacillus salivarius   | LS01",
            "Lactobacillus casei CECT 9104                         | Lacticaseibacillus casei              | Lactobacillus casei        | CECT 9104",
            "Lactobacillus acidophilus NCFM                        | Lactobacillus acidophilus             | -                          | NCFM",
            "Lactobacillus acidophillus                            | Lactobacillus acidophilus             | -                          | -",
            "Streptococcus thermophilus                            | Streptococcus thermophilus            | -                          | -",
            "Saccharomyces boulardii CNCM I-745                    | Saccharomyces boulardii               | -                          | CNCM I-745",
            "LGG                                                   | Lacticaseibacillus rhamnosus          | Lactobacillus rhamnosus    | LGG",
            "Lactobacillus GG                                      | Lacticaseibacillus rhamnosus          | Lactobacillus rhamnosus    | GG",
            "LACTOBACILLUS RHAMNOSUS GG                            | Lacticaseibacillus rhamnosus          | Lactobacillus rhamnosus    | GG",
            "Lactobacillus rhamnosus (LGG®)                        | Lacticaseibacillus rhamnosus          | Lactobacillus rhamnosus    | LGG",
            "Bifidobacterium animalis ssp. lactis (BB-12®)         | Bifidobacterium animalis subsp. lactis | Bifidobacterium lactis    | BB-12",
            "Lactobacillus rhamnosus HN001™                        | Lacticaseibacillus rhamnosus          | Lactobacillus rhamnosus    | HN001",
            "Lactobacillus rhamnosus 10B CFU                       | Lacticaseibacillus rhamnosus          | Lactobacillus rhamnosus    | -",
    })
    void readsOrganismNamesAndStrains(String printed, String name, String former, String strain) {
        LabelOrganism o = only(printed);
        assertThat(o.name()).isEqualTo(name);
        assertThat(o.formerName()).isEqualTo(former);
        assertThat(o.strain()).isEqualTo(strain);
        assertThat(o.strainLevel()).isEqualTo(strain != null);
    }

    @Test
    void keepsFurtherDesignationsAsAliases() {
        LabelOrganism o = only("Lactobacillus rhamnosus GG (ATCC 53103)");
        assertThat(o.strainAliases()).containsExactly("ATCC 53103");
    }

    @Test
    void readsSeveralOrganismsWithSeparators() {
        ParsedLabel p = parser.parse("Bifidobacterium lactis and Lactobacillus acidophilus, 30 billion CFU — banishes acne for good");
        assertThat(p.organisms()).extracting(LabelOrganism::name)
                .containsExactly("Bifidobacterium animalis subsp. lactis", "Lactobacillus acidophilus");
        assertThat(p.organisms()).noneMatch(LabelOrganism::strainLevel);
        assertThat(p.doseCfu()).isEqualTo(3e10);
        assertThat(p.conditionId()).isEqualTo("acne");
        assertThat(p.overclaims()).containsExactly("banishes", "for good");
        ParsedLabel mix = parser.parse("Probiotic blend: B. lactis CECT 8145 + B. longum CECT 7347 + L. casei CECT 9104; "
                + "1 x 10^9 CFU");
        assertThat(mix.organisms()).extracting(LabelOrganism::strain).containsExactly("CECT 8145", "CECT 7347", "CECT 9104");
        assertThat(mix.organisms()).extracting(LabelOrganism::name).containsExactly(
                "Bifidobacterium animalis subsp. lactis", "Bifidobacterium longum", "Lacticaseibacillus casei");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "for eczema | atopic-dermatitis",
            "helps with exzema-prone skin | atopic-dermatitis",
            "Atopic Dermatitis support | atopic-dermatitis",
            "for psoraisis | psoriasis",
            "rosacea and redness | rosacea",
            "clear skin, fewer pimples | acne",
            "for sensitive skin | sensitive-skin",
            "for reactive skin | sensitive-skin",
            "gut health | -",
            "for a sensitive stomach | -",
    })
    void detectsTheClaimedCondition(String text, String condition) {
        assertThat(parser.parse("Lactobacillus rhamnosus GG " + text).conditionId()).isEqualTo(condition);
    }

    @Test
    void readsPopulationAndPurposeHints() {
        ParsedLabel p = parser.parse("Lactobacillus rhamnosus HN001 drops for babies, helps prevent eczema");
        assertThat(p.population()).isEqualTo(Population.INFANT);
        assertThat(p.purpose()).isEqualTo(Purpose.PREVENTION);
        assertThat(parser.parse("L. rhamnosus HN001 for pregnancy").population()).isEqualTo(Population.MATERNAL_INFANT);
        assertThat(parser.parse("L. rhamnosus HN001").population()).isNull();
    }

    @Test
    void textWithoutOrganismsHasNone() {
        assertThat(parser.parse("Super skin formula with zinc and vitamin C, 10 billion").organisms()).isEmpty();
        assertThat(parser.parse("gut health blend 10 bn CFU").organisms()).isEmpty();
    }
}
