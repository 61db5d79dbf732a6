package org.gutskin.report.metabolite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gutskin.evidence.kb.Citation;
import org.gutskin.evidence.kb.DietStatement;
import org.gutskin.evidence.kb.Guild;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.Wording;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.report.model.GuildCapacity;
import org.gutskin.report.model.Metabolites;
import org.gutskin.report.model.Statement;
import org.gutskin.report.reference.ReferenceDistribution;

/**
 * Assembles the metabolite section for one sample: every verified guild's share — from the HUMAnN 3 table when one is
 * given and can measure the guild, else from taxa — its percentile among the healthy reference (taxa basis only; the
 * reference has no gene tables), and the verified diet statements with a lead fixed by their level. The lead is
 * {@link Wording#MECHANISM}'s: capacity inferred from taxa or genes, not measured metabolites, not shown to change skin.
 */
public final class MetaboliteLane {

    public static final String TAXA = "inferred from taxa";
    public static final String GENES = "measured from genes (HUMAnN 3)";
    static final String LEAD = Wording.MECHANISM.lead() + " these gut bacteria can make the metabolites named."
            + " This is capacity, inferred from which taxa (or genes) are present; no metabolite was measured, and no"
            + " study has shown that these shares change skin outcomes.";

    private MetaboliteLane() {}

    /**
     * @param species   the gut profile at species rank (relative abundance)
     * @param functions a HUMAnN 3 table, or null
     * @param fnSample  the column of this sample in {@code functions} (ignored when functions is null)
     */
    public static Metabolites build(KnowledgeBase kb, ReferenceDistribution reference, AbundanceTable species, int s,
            FunctionTable functions, int fnSample) {
        List<GuildCapacity> rows = new ArrayList<>();
        boolean anyGenes = false;
        for (Guild g : kb.verifiedGuilds()) {
            List<String> taxa = g.taxa().stream().map(m -> m.name() + " (" + m.rank().label()
                    + (m.route() == null ? "" : ", " + m.route()) + ")").toList();
            List<String> cites = g.citations().stream().filter(Citation::verified).map(Citation::identifier).toList();
            GuildFunctions.Share measured = functions == null ? null : GuildFunctions.of(functions, fnSample, g);
            if (measured != null) {
                anyGenes = true;
                rows.add(new GuildCapacity(g.id(), g.name(), g.products(), g.pathway(), measured.percent(),
                        measured.unit(), null, GENES, measured.markers(), taxa, g.statement(), cites,
                        "no gene-based healthy reference: percentile not shown"));
            } else {
                GuildAbundance.Share share = GuildAbundance.of(species, s, g);
                Double pct = Double.isNaN(share.percent()) || !reference.covers(g.id()) ? null
                        : reference.percentile(g.id(), share.percent());
                String note = functions == null ? null : "not measurable from the functions file: "
                        + GuildFunctions.whyNot(functions, g) + "; inferred from taxa";
                rows.add(new GuildCapacity(g.id(), g.name(), g.products(), g.pathway(),
                        Double.isNaN(share.percent()) ? null : share.percent(), "% of species-level abundance", pct,
                        TAXA, share.species().stream().map(n -> n.replace('_', ' ')).toList(), taxa, g.statement(),
                        cites, note));
            }
        }
        List<Statement> diet = new ArrayList<>();
        for (DietStatement d : kb.verifiedDiet())
            diet.add(new Statement(dietLead(d) + " " + d.statement(), d.citations().stream()
                    .filter(Citation::verified).map(Citation::identifier).toList()));
        List<String> notes = new ArrayList<>();
        notes.add("Share = percent of the species-level profile in the guild's taxa (a genus counts all its species);"
                + " unclassified reads are left out. Percentiles are among " + reference.info().size() + " healthy"
                + " samples (" + reference.info().profiler() + "); another profiler is not exactly comparable.");
        if (functions != null)
            notes.add("Functions file: " + functions.source().getFileName() + " (HUMAnN 3 "
                    + functions.kind().label() + "); a gene-based share is a share of pathway or enzyme abundance, not"
                    + " of taxa, and is not comparable with the taxa-based reference.");
        String basis = anyGenes ? GENES : TAXA;
        String source = functions == null ? null : functions.source().getFileName() + " (" + functions.kind().label()
                + ")";
        return new Metabolites(Metabolites.TITLE, LEAD, basis, source, rows, reference.info(), diet, notes);
    }

    static String dietLead(DietStatement d) {
        return switch (d.level()) {
            case MECHANISM -> Wording.MECHANISM.lead();
            case ASSOCIATION -> "Observational studies of diet and the gut microbiota (not causal; skin not studied):";
            case TRIAL -> "Randomised diet trials with gut-microbiome outcomes only (skin not studied):";
            case GUIDELINE -> throw new IllegalStateException("no guideline tier for diet-microbiome statements");
        };
    }

    /** "12.3 %" style formatting for text outputs. */
    public static String pct(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.2f %%", v);
    }
}
