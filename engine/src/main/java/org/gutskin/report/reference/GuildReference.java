package org.gutskin.report.reference;

/**
 * The healthy reference for the metabolite lane: 101 quantiles per functional guild of the guild's share (percent of
 * the species-rank total, {@link org.gutskin.report.metabolite.GuildAbundance}) among the same 74 healthy samples of
 * the GMHI validation cohort as the diversity reference. Same file shape and percentile rule as {@link
 * ReferenceDistribution}; made by {@link GuildReferenceGenerator} and re-derived with NumPy in its test.
 */
public final class GuildReference {

    /** The bundled resource, next to {@code diversity-reference.json}. */
    public static final String RESOURCE = "guild-reference.json";

    private static volatile ReferenceDistribution bundled;

    private GuildReference() {}

    public static ReferenceDistribution bundled() {
        if (bundled == null) {
            synchronized (GuildReference.class) {
                if (bundled == null)
                    bundled = ReferenceDistribution.load(GuildReference.class.getResourceAsStream(RESOURCE));
            }
        }
        return bundled;
    }
}
