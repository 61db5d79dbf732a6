package org.gutskin.report.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Sample quality at a glance, for the clinician summary: sequencing depth (reads assigned, only when the profile
 * carries counts), the share the profiler left unclassified, which profiler and database built the profile (as far
 * as the file says), how many species were detected, and whether the published gut health indices apply to it
 * (with the reason when they do not).
 *
 * @param reads         reads (or counts) in the sample; null when the file holds relative abundances only
 * @param unclassified  percent of the sample not assigned to any species (MetaPhlAn's UNKNOWN and the rest)
 * @param profiler      the input format as read ({@code metaphlan}, {@code kraken2-report} …)
 * @param database      the profiler database named in the file (e.g. {@code mpa_v30_CHOCOPhlAn_201901}); null when
 *                      the file does not name one
 * @param species       species with an abundance above zero
 * @param indicesApply  true when GMWI2 or GMHI gives a value and call for this sample
 * @param indicesNote   why not, when they do not
 * @param speciesDropped percent of the sample's classified abundance that has no species name (a 16S table's
 *                      genus-only features, say): every species-rank measure describes only the rest
 * @param rankNote      when that share is over 10 % ({@code profile.RankCoverage}), the sentence saying so, with the
 *                      rank that keeps at least 90 % where one does; null otherwise
 */
@JsonPropertyOrder({"reads", "unclassified", "profiler", "database", "species", "indicesApply", "indicesNote",
        "speciesDropped", "rankNote"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SampleQc(Long reads, double unclassified, String profiler, String database, int species,
        boolean indicesApply, String indicesNote, double speciesDropped, String rankNote) {}
