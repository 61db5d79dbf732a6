package org.gutskin.index;

import java.util.List;

/**
 * The GMWI2 model as data (resource {@code gmwi2-1.6.json}): the authors' L1 logistic regression (Chang et al.
 * 2024, doi:10.1038/s41467-024-51651-9; tool version 1.6), reduced to its 95 non-zero coefficients in model order
 * (the 3105 zero ones cannot change a score), each keyed by the full MetaPhlAn 3 clade name.
 *
 * @param intercept         0.0 in the published model (kept in the formula all the same)
 * @param presenceThreshold a taxon is present when its abundance, as a fraction of the known community, is
 *                          strictly greater than this (1e-5)
 * @param rejectBand        |score| below this is the reject option: no call (1.0)
 * @param featureCount      number of features of the fitted model, zero ones included (3200)
 */
public record Gmwi2Model(String id, String version, String name, String paper, String doi, String source,
        String licence, String profiler, double intercept, double presenceThreshold, double rejectBand,
        int featureCount, List<Coefficient> coefficients) {

    /** One model feature: a MetaPhlAn 3 clade name ({@code k__…|…}) and its log-odds weight. */
    public record Coefficient(String taxon, double coefficient) {}

    public Gmwi2Model {
        coefficients = List.copyOf(coefficients);
    }

    /**
     * The version this build uses, read from its resource once (a report asks for it four times, and the service
     * renders hundreds of reports a second: parsing it each time was a measurable share of an uncached report).
     */
    public static Gmwi2Model current() {
        return Current.MODEL;
    }

    /** Loaded on first use, not when the class is (no work in static initialisers of classes every command loads). */
    private static final class Current {
        static final Gmwi2Model MODEL = ModelResource.load("gmwi2-1.6.json", Gmwi2Model.class);
    }

    public ModelProvenance provenance() {
        return new ModelProvenance(id, version, name, paper, doi, source, licence, profiler);
    }
}
