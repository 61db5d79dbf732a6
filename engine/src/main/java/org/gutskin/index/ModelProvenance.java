package org.gutskin.index;

import org.gutskin.provenance.Provenance;

/**
 * Where an index model comes from: every score names it, so a number can always be traced to the paper, the
 * authors' release and the resource file it was loaded from.
 *
 * @param id       the index name used on the command line ({@code gmhi}, {@code gmwi2})
 * @param version  the model version (a resource file per version: {@code <id>-<version>.json})
 * @param name     the index's full name
 * @param paper    the citation of the paper that defines it
 * @param doi      the paper's DOI
 * @param source   the authors' release the numbers were taken from (repository, commit, file)
 * @param licence  the terms the model data is shipped under
 * @param profiler the taxonomic profiler (and database) the model was built for
 */
public record ModelProvenance(String id, String version, String name, String paper, String doi, String source,
        String licence, String profiler) {

    /** Short tag written next to every score, e.g. {@code gmwi2@1.6}. */
    public String tag() {
        return id + "@" + version;
    }

    /** This model as an output's provenance names it. */
    public Provenance.Model asProvenance() {
        return new Provenance.Model(version, tag(), name, doi, profiler, source);
    }
}
