package org.gutskin.index;

import java.util.List;

/**
 * The GMHI model as data (resource {@code gmhi-2020.1.json}): the 7 Health-prevalent (MH) and 43 Health-scarce
 * (MN) species of Gupta et al. 2020 (doi:10.1038/s41467-020-18476-8), written as MetaPhlAn 2 species clade names
 * ({@code s__Genus_species}), and the method's constants.
 *
 * @param presenceThreshold  relative abundance (fraction) below which a species counts as absent: 1e-5
 * @param mhPrime            MH′ = 7, the median R_MH of the top-ranked 1 % of the training samples
 * @param mnPrime            MN′ = 31, the median R_MN of the bottom-ranked 1 %
 * @param pseudocount        1e-5 added to both collective abundances in the log-ratio
 * @param dropNamesContaining species whose name contains one of these (case-insensitively, as the authors'
 *                           {@code select(-contains(...))} does) are removed before re-normalising
 */
public record GmhiModel(String id, String version, String name, String paper, String doi, String source,
        String licence, String profiler, List<String> dropNamesContaining, double presenceThreshold, int mhPrime,
        int mnPrime, double pseudocount, List<String> healthPrevalent, List<String> healthScarce) {

    public GmhiModel {
        dropNamesContaining = List.copyOf(dropNamesContaining);
        healthPrevalent = List.copyOf(healthPrevalent);
        healthScarce = List.copyOf(healthScarce);
    }

    /**
     * The version this build uses, read from its resource once (a report asks for it four times, and the service
     * renders hundreds of reports a second: parsing it each time was a measurable share of an uncached report).
     */
    public static GmhiModel current() {
        return Current.MODEL;
    }

    /** Loaded on first use, not when the class is (no work in static initialisers of classes every command loads). */
    private static final class Current {
        static final GmhiModel MODEL = ModelResource.load("gmhi-2020.1.json", GmhiModel.class);
    }

    public ModelProvenance provenance() {
        return new ModelProvenance(id, version, name, paper, doi, source, licence, profiler);
    }
}
