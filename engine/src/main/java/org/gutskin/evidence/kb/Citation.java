package org.gutskin.evidence.kb;

/**
 * One entry of the citation registry ({@code citations.yaml}). {@code verified} means the identifier, authors, year
 * and journal were seen while compiling; unverified citations never reach output. Web-only guidance (NICE, WGO)
 * has a URL and no DOI/PMID.
 *
 * @param pmid digits only, or null
 */
public record Citation(String id, String authors, Integer year, String title, String journal, String doi, String pmid,
        String url, boolean verified) {

    /** The identifier printed in outputs: the DOI if any, else {@code PMID:n}, else the URL. */
    public String identifier() {
        if (doi != null) return doi;
        if (pmid != null) return "PMID:" + pmid;
        return url;
    }

    /** True when the citation has a DOI or PMID (what label reasons and report JSON require). */
    public boolean hasDoiOrPmid() {
        return doi != null || pmid != null;
    }

    /** "Authors (year). Title. Journal. identifier" for human-readable output. */
    public String reference() {
        return authors + " (" + (year == null ? "n.d." : year) + "). " + title + ". " + journal + ". " + identifier();
    }
}
