package org.gutskin.cohort;

/**
 * One taxon's difference between groups: its prevalence (share of samples where it is present), mean CLR per
 * group (in {@link Grouping#labels()} order), the effect size, the rank test and its BH q-value.
 *
 * <p>Effect size: for two groups the difference of mean CLR, second group minus first ({@code clr_difference};
 * a log-ratio, e^x-fold relative to the sample's geometric mean); for more groups Kruskal–Wallis ε² = H/(n − 1)
 * ({@code epsilon_squared}; Tomczak &amp; Tomczak 2014, unverified DOI so none given).
 */
public record TaxonAssociation(String taxon, double prevalence, double[] meanClr, double effectSize,
        String effectMeasure, String test, double statistic, double pValue, double qValue) {

    public TaxonAssociation withQ(double q) {
        return new TaxonAssociation(taxon, prevalence, meanClr, effectSize, effectMeasure, test, statistic, pValue, q);
    }
}
