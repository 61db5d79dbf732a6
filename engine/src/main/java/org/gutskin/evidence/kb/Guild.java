package org.gutskin.evidence.kb;

import java.util.List;
import org.gutskin.profile.Rank;

/**
 * A functional guild of the gut microbiota ({@code guilds.yaml}): bacteria known to carry the genes for one metabolite
 * (butyrate, propionate, indoles …), the pathway in plain words, the taxa at species or genus rank, and the HUMAnN 3
 * identifiers (MetaCyc pathway ids, EC numbers) that measure the same capacity from genes. Always mechanism-tier
 * evidence: capacity, not a measured metabolite, and not shown to change skin outcomes.
 *
 * @param metacyc MetaCyc pathway ids as HUMAnN 3 prints them before the ':' ({@code CENTFERM-PWY})
 * @param enzymes EC numbers ({@code 2.7.2.7}), for gene-family tables regrouped to EC
 */
public record Guild(String id, String name, String products, String pathway, List<Member> taxa, List<String> metacyc,
        List<String> enzymes, String statement, List<Citation> citations, boolean verified) {

    public Guild {
        taxa = List.copyOf(taxa);
        metacyc = List.copyOf(metacyc);
        enzymes = List.copyOf(enzymes);
        citations = List.copyOf(citations);
    }

    /**
     * One taxon of a guild at its rank, with other profilers' names for it and, where the source names it, the route
     * it uses ({@code but}, {@code succinate}, {@code indole-3-propionate} …).
     */
    public record Member(String name, Rank rank, List<String> aliases, String route) {

        public Member {
            aliases = List.copyOf(aliases);
        }

        /** The name and its aliases. */
        public List<String> names() {
            java.util.ArrayList<String> all = new java.util.ArrayList<>(List.of(name));
            all.addAll(aliases);
            return all;
        }
    }
}
