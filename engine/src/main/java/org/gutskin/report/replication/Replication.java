package org.gutskin.report.replication;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gutskin.cohort.model.CoefficientEstimate;
import org.gutskin.evidence.kb.BodySite;
import org.gutskin.evidence.kb.Condition;
import org.gutskin.evidence.kb.Direction;
import org.gutskin.evidence.kb.Fact;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Rank;
import org.gutskin.provenance.Provenance;

/**
 * Builds the replication report: each gut taxon association the knowledge base holds for a condition, next to this
 * cohort's adjusted estimate, and what the cohort says about it.
 *
 * <p>Classes, for a verified fact whose taxon matched a feature with an estimate (q = the estimate's
 * Benjamini–Hochberg q-value; "same direction" = sign of the estimate agrees with the fact's increased/decreased):
 * <ul>
 * <li>q &lt; threshold (default 0.1), same direction → {@link ReplicationClass#REPLICATED};</li>
 * <li>q &lt; threshold, opposite direction → {@link ReplicationClass#OPPOSITE};</li>
 * <li>otherwise, power ≥ required (default 0.8) for δ = d·residual SD (default d = 0.5) →
 * {@link ReplicationClass#NOT_DETECTED}; power below it (or not computable) → {@link ReplicationClass#NOT_DETECTABLE}.</li>
 * </ul>
 * Unmatched taxa, matched taxa without an estimate and facts with a mixed or no-difference direction get their own
 * classes; unverified facts are {@link ReplicationClass#UNVERIFIED} whatever the numbers say. Skin-site facts are
 * left out (a gut cohort cannot replicate them) and counted in the notes.
 */
public final class Replication {

    private Replication() {}

    /**
     * @param tableAtRank the cohort's table at a rank (the samples the models use), e.g. {@code full::atRank}
     * @param estimates the adjusted models; null to report the matching only (every matched fact then has no estimate)
     * @param provenance the inputs and the models' options as the caller knows them; the knowledge-base version, the
     *     report's options and a summary of the estimates are added here
     */
    public static ReplicationResult build(KnowledgeBase kb, String conditionId, Function<Rank, AbundanceTable> tableAtRank,
            EstimateSupplier estimates, ReplicationOptions options, Provenance.Builder provenance) {
        Condition condition = kb.condition(conditionId);
        TaxonMatcher matcher = new TaxonMatcher(kb.taxonSynonyms());
        List<String> notes = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        int skin = 0;
        for (Fact f : condition.facts()) {
            if (!f.isTaxonAssociation()) continue;
            if (f.bodySite() != BodySite.GUT) skin++;
            else facts.add(f);
        }
        if (skin > 0) notes.add(skin + " skin-site taxon association(s) of " + condition.name() + " left out: a gut cohort cannot test them.");

        Map<Rank, List<TaxonMatch>> byRank = new EnumMap<>(Rank.class);
        Map<Fact, TaxonMatch> matchOf = new HashMap<>();
        Map<Rank, AbundanceTable> tables = new EnumMap<>(Rank.class);
        for (Fact f : facts) {
            AbundanceTable t = tables.computeIfAbsent(f.rank(), tableAtRank);
            TaxonMatch m = matcher.match(f, t);
            matchOf.put(f, m);
            byRank.computeIfAbsent(f.rank(), r -> new ArrayList<>()).add(m);
        }

        Map<TaxonMatch, Lineage> featureOf = new HashMap<>();
        Map<TaxonMatch, CoefficientEstimate> estimateOf = new HashMap<>();
        for (Map.Entry<Rank, List<TaxonMatch>> e : byRank.entrySet()) {
            ModellingFeatures mf = ModellingFeatures.at(e.getKey(), tables.get(e.getKey()), e.getValue());
            Map<String, CoefficientEstimate> byResponse = new HashMap<>();
            if (estimates != null && e.getValue().stream().anyMatch(TaxonMatch::matched)) {
                for (CoefficientEstimate c : estimates.estimates(e.getKey(), mf.table()))
                    if (options.column().equals(c.column())) byResponse.put(c.response(), c);
                if (byResponse.isEmpty())
                    notes.add("The models returned no estimate for column '" + options.column() + "' at rank "
                            + e.getKey().label() + ".");
            }
            for (TaxonMatch m : e.getValue()) {
                Lineage feature = mf.featureOf(m);
                featureOf.put(m, feature);
                if (feature == null) continue;
                CoefficientEstimate c = byResponse.get(feature.name());
                if (c == null) c = byResponse.get(feature.toMetaphlan());
                if (c != null) estimateOf.put(m, c);
                if (m.merged())
                    notes.add(m.fact().taxon() + " (" + m.fact().id() + ") matched " + m.rows().size()
                            + " rows, summed into the one feature " + feature.name() + " before modelling.");
            }
        }
        if (estimates == null)
            notes.add("No model estimates were supplied: this report shows the taxon matching only.");
        genusMembership(matchOf.values(), tableAtRank, notes);

        List<ReplicationRow> rows = new ArrayList<>();
        for (Fact f : facts) {
            TaxonMatch m = matchOf.get(f);
            CoefficientEstimate c = estimateOf.get(m);
            double power = c == null ? Double.NaN
                    : ReplicationPower.power(options.standardizedEffect() * c.residualSd(), c.standardError(),
                            c.degreesOfFreedom(), options.alpha());
            rows.add(new ReplicationRow(m, featureOf.get(m), c, power, classify(f, m, c, power, options)));
        }
        provenance.knowledgeBase(kb.version()).option("condition", conditionId).option("column", options.column())
                .option("qThreshold", options.qThreshold()).option("effectSize", options.standardizedEffect())
                .option("alpha", options.alpha()).option("power", options.requiredPower());
        if (!estimateOf.isEmpty()) {
            var models = new java.util.TreeSet<String>();
            int minN = Integer.MAX_VALUE, maxN = 0;
            for (CoefficientEstimate c : estimateOf.values()) {
                models.add(c.model());
                minN = Math.min(minN, c.n());
                maxN = Math.max(maxN, c.n());
            }
            provenance.option("estimates", "column " + options.column() + ", model " + String.join("/", models) + ", n = "
                    + (minN == maxN ? String.valueOf(minN) : minN + "-" + maxN) + " samples");
        }
        return new ReplicationResult(condition, rows, options, notes, provenance.build());
    }

    /**
     * A genus row is what the profiler's taxonomy puts in the genus: MetaPhlAn 3 files Ruminococcus gnavus and
     * R. torques under Blautia, MetaPhlAn 4 under Mediterraneibacter. For each matched genus, species rows named in
     * another genus are listed so the reader sees what the genus sum contains.
     */
    private static void genusMembership(Iterable<TaxonMatch> matches, Function<Rank, AbundanceTable> tableAtRank,
            List<String> notes) {
        AbundanceTable species = null;
        for (TaxonMatch m : matches) {
            if (!m.matched() || m.fact().rank() != Rank.GENUS) continue;
            if (species == null) species = tableAtRank.apply(Rank.SPECIES);
            for (Lineage g : m.rows()) {
                List<String> foreign = new ArrayList<>();
                for (Lineage l : species.taxa()) {
                    if (l.isUnclassified() || !g.contains(l.truncate(Rank.GENUS))) continue;
                    String n = l.name();
                    if (!n.startsWith(g.name() + "_") && !n.matches("^GGB\\d+_SGB\\d+$")) foreign.add(n);
                }
                if (!foreign.isEmpty())
                    notes.add("The genus row " + g.name() + " (" + m.fact().id() + ") includes " + foreign.size()
                            + " species row(s) named in another genus, as this profiler's taxonomy places them: "
                            + String.join(", ", foreign) + ".");
            }
        }
    }

    /** The class of one fact given its match, estimate and power (rules in the class comment). */
    static ReplicationClass classify(Fact f, TaxonMatch m, CoefficientEstimate c, double power, ReplicationOptions o) {
        if (!f.verified()) return ReplicationClass.UNVERIFIED;
        if (f.direction() != Direction.INCREASED && f.direction() != Direction.DECREASED) return ReplicationClass.NO_DIRECTION;
        if (m == null || !m.matched()) return ReplicationClass.UNMATCHED;
        if (c == null || Double.isNaN(c.estimate())) return ReplicationClass.NO_ESTIMATE;
        if (c.qValue() < o.qThreshold() && c.estimate() != 0) {
            boolean up = c.estimate() > 0;
            return up == (f.direction() == Direction.INCREASED) ? ReplicationClass.REPLICATED : ReplicationClass.OPPOSITE;
        }
        return power >= o.requiredPower() ? ReplicationClass.NOT_DETECTED : ReplicationClass.NOT_DETECTABLE;
    }
}
