package org.gutskin.report;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gutskin.evidence.kb.BodySite;
import org.gutskin.evidence.kb.CertaintyTier;
import org.gutskin.evidence.kb.ChecklistItem;
import org.gutskin.evidence.kb.Citation;
import org.gutskin.evidence.kb.Condition;
import org.gutskin.evidence.kb.EvidenceLevel;
import org.gutskin.evidence.kb.Fact;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.Population;
import org.gutskin.evidence.kb.Product;
import org.gutskin.evidence.kb.RedFlagEntry;
import org.gutskin.evidence.kb.Trial;
import org.gutskin.evidence.kb.Wording;
import org.gutskin.evidence.ladder.ConditionLadder;
import org.gutskin.evidence.ladder.EvidenceLadder;
import org.gutskin.evidence.ladder.LadderRung;
import org.gutskin.evidence.ladder.LadderStatement;
import org.gutskin.evidence.triage.ClinicChecklist;
import org.gutskin.evidence.triage.Triage;
import org.gutskin.evidence.triage.Route;
import org.gutskin.evidence.triage.TriageResult;
import org.gutskin.report.model.TriageStatus;
import org.gutskin.index.GmhiModel;
import org.gutskin.index.Gmwi2Model;
import org.gutskin.index.HealthIndex;
import org.gutskin.index.IndexApplicability;
import org.gutskin.index.IndexScores;
import org.gutskin.index.ModelProvenance;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.provenance.Provenance;
import org.gutskin.report.model.ConditionSection;
import org.gutskin.report.model.Diversity;
import org.gutskin.report.model.Indices;
import org.gutskin.report.model.InterventionEvidence;
import org.gutskin.report.model.LadderLevel;
import org.gutskin.report.model.ReportProvenance;
import org.gutskin.report.model.Report;
import org.gutskin.report.model.SkinProfile;
import org.gutskin.report.model.Statement;
import org.gutskin.report.model.TaxonFinding;
import org.gutskin.report.model.TaxonShare;
import org.gutskin.report.model.TriageFlag;
import org.gutskin.report.reference.ReferenceDistribution;
import org.gutskin.report.reference.GuildReference;
import org.gutskin.report.metabolite.FunctionTable;
import org.gutskin.report.metabolite.MetaboliteLane;
import org.gutskin.report.model.Metabolites;
import org.gutskin.report.model.KeyMeasure;
import org.gutskin.report.model.NotCovered;
import org.gutskin.report.model.PlainView;

/**
 * Assembles the one typed {@link Report} from a profile and a sample id (plus an optional skin profile, conditions
 * and triage answers). The CLI and the server both call this; the writers in {@link ReportRenderer} only render.
 *
 * <p>Content, in display order: red flags and the route (clinician-first outranks everything); a plain-language
 * summary bounded by each condition's certainty tier; diversity with its percentile among the healthy reference
 * samples; GMHI and GMWI2 with model versions; the top taxa; the skin profile; per condition the evidence ladder,
 * the taxa the knowledge base links to it (with this sample's abundance and the direction reported for that
 * condition and population) and the interventions lane; the clinic checklist; provenance; the disclaimer.
 *
 * <p>Thread-safe: a batch builds reports in parallel from one {@link ScoredProfile}.
 */
public final class ReportService {

    public static final String DISCLAIMER = "Not medical advice. This report describes one microbiome sample and"
            + " summarises published research; it is not a diagnosis or a treatment plan. Microbiome tests are not"
            + " part of standard care for skin conditions: discuss any change in your care with a qualified clinician.";


    private final KnowledgeBase kb;
    private final ReferenceDistribution reference;
    private final Clock clock;
    private final Map<String, ConditionLadder> ladders = new java.util.concurrent.ConcurrentHashMap<>();

    public ReportService() {
        this(KnowledgeBase.get(), ReferenceDistribution.bundled(), Clock.systemUTC());
    }

    public ReportService(KnowledgeBase kb, ReferenceDistribution reference, Clock clock) {
        this.kb = kb;
        this.reference = reference;
        this.clock = clock;
    }

    /**
     * The report for one sample of a profile. The profile's file (when it is one) gives the input checksum unless
     * {@link ReportOptions#inputSha256()} is set. Unknown sample, condition or answers key: {@link InputException}.
     */
    public Report build(Profile gut, String sampleId, ReportOptions options) {
        ScoredProfile scored = scoreOne(gut, sampleId, options.inputSha256());
        return build(scored, sampleId, skinFor(options, sampleId), options);
    }

    /** Scores every sample of a gut profile once, for a batch of {@link #build(ScoredProfile, String, ScoredProfile, ReportOptions)}. */
    public ScoredProfile score(Profile gut, String inputSha256) {
        return ScoredProfile.gut(gut, inputSha256 != null ? inputSha256 : digest(gut));
    }

    /** The skin profile of the options, scored, or null. */
    public ScoredProfile scoreSkin(ReportOptions options) {
        if (options.skin() == null) return null;
        return ScoredProfile.skin(options.skin(),
                options.skinInputSha256() != null ? options.skinInputSha256() : digest(options.skin()));
    }

    /**
     * One sample of a gut profile, alone and scored, as {@link #build(Profile, String, ReportOptions)} scores it: a
     * service that renders many reports of one stored sample keeps this and calls
     * {@link #build(ScoredProfile, String, ScoredProfile, ReportOptions)} with it, instead of re-reading and
     * re-scoring the profile per report. {@code sha}: the input's checksum for the provenance (null: computed).
     */
    public ScoredProfile scoreSample(Profile gut, String sampleId, String sha) {
        return scoreOne(gut, sampleId, sha);
    }

    private ScoredProfile scoreOne(Profile gut, String sampleId, String sha) {
        int i = gut.abundance().indexOfSample(sampleId);
        if (i < 0) throw ScoredProfile.unknownSample(gut, sampleId);
        Profile single = gut.abundance().sampleCount() == 1 ? gut : one(gut, i);
        return ScoredProfile.gut(single, sha != null ? sha : digest(gut));
    }

    private static Profile one(Profile p, int i) {
        int[] sel = {i};
        return new Profile(p.source(), p.format(), p.abundance().select(sel), p.counts().map(c -> c.select(sel)),
                p.warnings(), p.input());
    }

    private ScoredProfile skinFor(ReportOptions o, String gutSample) {
        return scoreSkin(o);
    }


    /** An input's name in the provenance: its file name, without the directories. */
    private static String inputName(Profile p, String otherwise) {
        return p.source() == null || p.source().getFileName() == null ? otherwise : p.source().getFileName().toString();
    }

    /** The checksum taken while the profile was read ({@code io.ByteSource}); never a second read of the file. */
    private static String digest(Profile p) {
        return p.sha256();
    }

    /** The report for one sample of an already scored profile (batch use). */
    public Report build(ScoredProfile gut, String sampleId, ScoredProfile skin, ReportOptions options) {
        int s = gut.sampleIndex(sampleId);
        List<String> conditionIds = conditions(options.conditions());
        TriageResult triaged = Triage.route(kb, options.answers());
        List<TriageFlag> triage = triaged.redFlags().stream().map(e -> new TriageFlag(e.key(), e.question(),
                e.urgency().word(), e.timeFrame(), e.action(), ids(e.citations()))).toList();
        TriageProvenance by = options.answeredBy();
        TriageStatus status = new TriageStatus(triaged.asked(), triaged.total(), triaged.notAsked().stream()
                .map(e -> new TriageStatus.Question(e.key(), e.question())).toList(),
                triaged.conflicts().stream().map(c -> c.text()).toList(), by == null ? null : by.answeredBy(),
                by == null ? null : by.answeredAt(), by == null ? null : by.via());
        List<String> redFlags = triaged.redFlagKeys();
        String route = triaged.route().id();

        Diversity diversity = diversity(gut, s, true);
        Indices indices = indices(gut, s);
        List<ConditionSection> sections = new ArrayList<>();
        Map<String, ConditionLadder> ladders = new LinkedHashMap<>();
        for (String id : conditionIds) ladders.put(id, ladder(id, options.readerAge()));
        for (String id : conditionIds) sections.add(section(kb.condition(id), ladders.get(id), gut, s));

        SkinProfile skinProfile = null;
        if (skin != null) {
            String skinSample = skinSample(skin, options.skinSample(), sampleId);
            int k = skin.sampleIndex(skinSample);
            List<TaxonFinding> skinTaxa = new ArrayList<>();
            for (String id : conditionIds) skinTaxa.addAll(findings(kb.condition(id), skin, k, BodySite.SKIN));
            skinProfile = new SkinProfile(skinSample, composition(skin, k), diversity(skin, k, false), skinTaxa);
        }

        List<Statement> checklist = checklist(conditionIds, triaged);
        List<String> warnings = new ArrayList<>(gut.profile().warnings());
        warnings.addAll(indices.warnings());

        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Provenance.Builder run = Provenance.builder().knowledgeBase(kb.version()).createdAt(now)
                .input(inputName(gut.profile(), "gut profile"), gut.sha256());
        if (skin != null) run.input(inputName(skin.profile(), "skin profile"), skin.sha256());
        for (ModelProvenance m : List.of(GmhiModel.current().provenance(), Gmwi2Model.current().provenance()))
            run.model(m.id(), m.asProvenance());
        run.option("sample", sampleId).option("conditions", conditionIds)
                .option("skinSample", skinProfile == null ? null : skinProfile.sample())
                .option("readerAge", options.readerAge() == null ? null : options.readerAge().word())
                .option("triageAnswers", triaged.asked() + " of " + triaged.total() + " asked")
                .option("functions", options.functions() == null ? null : options.functions().source().getFileName());
        run.option("audience", options.audience() == Audience.FULL ? null : options.audience().word());
        ReportProvenance provenance = new ReportProvenance(run.build(), skin == null ? null : skin.sha256(),
                reference.info());

        Metabolites metabolites = metabolites(gut, s, sampleId, options);
        Audience audience = options.audience();
        List<KeyMeasure> measures = measures(diversity, metabolites);
        List<String> shown = new ArrayList<>(List.of(DISCLAIMER)); // what else the patient page prints, for the glossary
        measures.forEach(m -> shown.add(m.name()));
        PlainView plain = audience == Audience.PATIENT ? PlainLanguage.build(kb, route, triage, triaged.asked(),
                triaged.total(), diversity, indices, sections, checklist, shown) : null;
        return new Report(Report.VERSION, sampleId, now.toString(),
                provenance, redFlags, route, triage, status, summary(triaged, triage, diversity, indices, sections), diversity,
                indices, composition(gut, s), skinProfile, sections, checklist.stream().map(Statement::text).toList(),
                checklist, warnings, DISCLAIMER, metabolites, audience == Audience.FULL ? null : audience.word(),
                options.accession(), QualityControl.of(gut, s, indices), measures,
                notCovered(options.conditions(), conditionIds), plain, null, null, null);
    }

    /**
     * The key measures against the healthy reference, for the range bars: Shannon and observed species (the
     * diversity reference), then each taxa-based guild of the metabolite lane (the guild reference).
     */
    private List<KeyMeasure> measures(Diversity d, Metabolites m) {
        List<KeyMeasure> out = new ArrayList<>();
        for (String metric : List.of("shannon", "observed")) {
            double[] q = reference.quantiles(metric);
            double v = d.value(metric);
            if (q == null || Double.isNaN(v)) continue;
            out.add(measure(metric, metric.equals("shannon") ? "Shannon diversity" : "Observed species", v,
                    metric.equals("observed") ? "species" : "", d.percentile(metric), q));
        }
        if (m != null) {
            ReferenceDistribution g = GuildReference.bundled();
            for (org.gutskin.report.model.GuildCapacity c : m.guilds()) {
                double[] q = g.quantiles(c.id());
                if (q == null || c.percent() == null || !MetaboliteLane.TAXA.equals(c.basis())) continue;
                out.add(measure(c.id(), c.name(), c.percent(), "%", c.percentile(), q));
            }
        }
        return out;
    }

    private static KeyMeasure measure(String id, String name, double v, String unit, Double pct, double[] q) {
        return new KeyMeasure(id, name, v, unit, pct, q[5], q[25], q[50], q[75], q[95]);
    }

    /**
     * One line per default condition left out when the request named conditions ("Psoriasis: not covered in this
     * report; ask for a report with condition psoriasis"); none when no condition was named (all are covered).
     */
    private List<NotCovered> notCovered(List<String> asked, List<String> shown) {
        if (asked.isEmpty()) return List.of();
        List<NotCovered> out = new ArrayList<>();
        for (String id : kb.conditionIds(List.of())) {
            if (shown.contains(id)) continue;
            Condition c = kb.condition(id);
            out.add(new NotCovered(id, c.name(), c.name() + ": not covered in this report; ask for a report with"
                    + " condition " + id + "."));
        }
        return out;
    }

    /**
     * A condition's evidence ladder for a reader's age band, built once per service: it depends on the knowledge
     * base only, and building it was a sixth of an uncached report in the web service (bench/load.sh, JFR).
     */
    private ConditionLadder ladder(String conditionId, org.gutskin.evidence.kb.AgeBand reader) {
        return ladders.computeIfAbsent(conditionId + "\u0000" + reader,
                k -> EvidenceLadder.forCondition(kb, conditionId, reader));
    }

    /** The metabolite lane (issue 14 item 5): guild shares from taxa, or from a HUMAnN 3 table when given. */
    private Metabolites metabolites(ScoredProfile gut, int s, String sampleId, ReportOptions options) {
        FunctionTable f = options.functions();
        int column = -1;
        if (f != null) {
            column = f.samples().size() == 1 ? 0 : f.indexOf(sampleId);
            if (column < 0)
                throw new InputException(f.source(), 1, "the functions table has no column for sample '" + sampleId
                        + "' (it holds: " + String.join(", ", f.samples().subList(0, Math.min(5, f.samples().size())))
                        + (f.samples().size() > 5 ? ", …" : "") + ")");
        }
        return MetaboliteLane.build(kb, GuildReference.bundled(), gut.atRank(Rank.SPECIES), s, f, column);
    }

    private static String skinSample(ScoredProfile skin, String asked, String gutSample) {
        if (asked != null) return asked;
        List<String> ids = skin.sampleIds();
        if (ids.size() == 1) return ids.get(0);
        if (ids.contains(gutSample)) return gutSample;
        throw new InputException(skin.profile().source(), 0, "the skin profile holds " + ids.size()
                + " samples and none is '" + gutSample + "'; name the skin sample");
    }

    /** The asked conditions in manifest order (the manifest's default ones when none), each checked. */
    private List<String> conditions(List<String> asked) {
        return kb.conditionIds(asked);
    }

    /** The printed identifiers of the verified citations (unverified ones never reach output). */
    static List<String> ids(List<Citation> cs) {
        return cs.stream().filter(Citation::verified).map(Citation::identifier).distinct().toList();
    }

    private Diversity diversity(ScoredProfile p, int s, boolean withReference) {
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, Double> pct = new LinkedHashMap<>();
        List<String> metrics = p.metrics();
        for (int m = 0; m < metrics.size(); m++) {
            double v = p.alpha(s, m);
            values.put(metrics.get(m), v);
            if (withReference && reference.covers(metrics.get(m))) {
                Double q = reference.percentile(metrics.get(m), v);
                if (q != null) pct.put(metrics.get(m), q);
            }
        }
        return new Diversity(values, pct, withReference ? reference.info() : null, "species");
    }

    private static Indices indices(ScoredProfile p, int s) {
        IndexScores h = p.gmhi(), w = p.gmwi2();
        List<String> warnings = new ArrayList<>(); // a not-applicable reason is the index's note, not repeated here
        for (String x : h.warnings()) if (!x.equals(note(h, s))) warnings.add("GMHI: " + x);
        for (String x : w.warnings()) if (!x.equals(note(w, s))) warnings.add("GMWI2: " + x);
        return new Indices(num(h.value(s)), h.call(s).label(), note(h, s), num(w.value(s)), w.call(s).label(),
                note(w, s), p.gmwi2RejectBand(), List.of(h.model().tag(), w.model().tag()), warnings);
    }

    /** Why an index gives no call for this sample (null when it does): the applicability rule's words. */
    private static String note(IndexScores x, int s) {
        return switch (x.call(s)) {
            case NOT_APPLICABLE -> x.warnings().get(0);
            case NO_CALL -> "no call: fewer than " + IndexApplicability.minimumTaxa(HealthIndex.named(x.model().id()))
                    + " of the index's taxa were detected in this sample";
            default -> null;
        };
    }

    /** "1.40 (healthy)", or the applicability rule's words with no healthy/non-healthy call. */
    private static String indexText(Double value, String call) {
        return switch (call) {
            case "not-applicable" -> "not applicable to this profile";
            case "no-call" -> "no call (too few of its taxa detected)";
            default -> value == null ? "not computable" : fmt(value) + " (" + call + ")";
        };
    }

    private static Double num(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /**
     * The top species (percent of the profile), then "Other species" (the rest of the species rank) and
     * "Unclassified" (what the profile did not assign to any species, e.g. MetaPhlAn's UNKNOWN), so the bar sums
     * to 100 %.
     */
    static List<TaxonShare> composition(ScoredProfile p, int s) {
        TopSpecies t = TopSpecies.of(p.atRank(Rank.SPECIES), s);
        List<TaxonShare> top = new ArrayList<>(t.top());
        double species = t.speciesPercent();
        double shown = top.stream().mapToDouble(TaxonShare::percent).sum();
        if (species - shown > 1e-6) top.add(new TaxonShare(OTHER, species - shown));
        if (100 - species > 0.05) top.add(new TaxonShare(UNCLASSIFIED, 100 - species));
        return top;
    }

    /** Composition labels that are not taxa. */
    public static final String OTHER = "Other species", UNCLASSIFIED = "Unclassified / not assigned to a species";

    private ConditionSection section(Condition c, ConditionLadder ladder, ScoredProfile gut, int s) {
        List<LadderLevel> rungs = ladder(ladder);
        List<org.gutskin.report.model.ReportLane> lanes = lanes(ladder);
        return new ConditionSection(c.id(), c.name(), c.certaintyTier().word(), c.certaintyNote(),
                ids(c.certaintyCitations()), rungs, findings(c, gut, s, BodySite.GUT), interventions(c, ladder),
                ladder.readerAge() == null ? null : ladder.readerAge().word(), lanes, headline(rungs, lanes));
    }

    /**
     * The strongest cited statement for the reader: a guideline position on the reader's lane when an age was given
     * and a guideline names that lane; otherwise the first statement of the strongest rung that has one (the ladder
     * is strongest first, and puts the reader's lanes first within a rung). Null when the ladder is empty.
     */
    static Statement headline(List<LadderLevel> rungs, List<org.gutskin.report.model.ReportLane> lanes) {
        for (org.gutskin.report.model.ReportLane l : lanes)
            if (l.readerLane() && !l.guidelines().isEmpty()) return l.guidelines().get(0);
        for (LadderLevel r : rungs)
            for (Statement st : r.statements()) if (!st.citations().isEmpty()) return st;
        return null;
    }

    /**
     * The trial lanes of a condition ({@link org.gutskin.evidence.ladder.CertaintyRule}): the reader's first and
     * marked when an age was given, otherwise every lane in order (infant, child, adult; prevention first), labelled.
     */
    static List<org.gutskin.report.model.ReportLane> lanes(ConditionLadder ladder) {
        List<org.gutskin.report.model.ReportLane> out = new ArrayList<>();
        for (org.gutskin.evidence.ladder.Lane l : ladder.lanes())
            out.add(new org.gutskin.report.model.ReportLane(l.id(), l.label(), l.ageBand().word(), l.purpose().word(),
                    l.readerLane(), l.certainty().word(), l.wording().lead(), l.nullDominated(), l.reasons(),
                    l.trials().stream().map(a -> new org.gutskin.report.model.ReportLane.LaneTrial(a.trial().id(),
                            a.certainty().word(), a.wording().lead(), a.downgrades())).toList(),
                    l.guidelines().stream().map(g -> new Statement(g.text(), ids(g.citations()))).toList()));
        return out;
    }

    /**
     * The evidence layer's ladder ({@link EvidenceLadder}: strongest rung first, each statement led by the phrase its
     * evidence allows), with every rung shown — an empty rung says that nothing verified sits there.
     */
    public static List<LadderLevel> ladder(ConditionLadder ladder) {
        Map<EvidenceLevel, List<Statement>> by = new EnumMap<>(EvidenceLevel.class);
        for (LadderRung r : ladder.rungs())
            for (LadderStatement st : r.statements())
                by.computeIfAbsent(r.level(), k -> new ArrayList<>()).add(new Statement(st.text(), ids(st.citations())));
        List<LadderLevel> out = new ArrayList<>();
        for (EvidenceLevel l : List.of(EvidenceLevel.GUIDELINE, EvidenceLevel.TRIAL, EvidenceLevel.ASSOCIATION,
                EvidenceLevel.MECHANISM))
            out.add(new LadderLevel(l.word(), l.number(), l.title(), by.getOrDefault(l, List.of())));
        return out;
    }

    private List<TaxonFinding> findings(Condition c, ScoredProfile p, int s, BodySite site) {
        List<TaxonFinding> out = new ArrayList<>();
        for (Fact f : kb.taxonAssociations(c.id())) {
            if (f.bodySite() != site) continue;
            Rank rank = f.rank() == null ? Rank.SPECIES : f.rank();
            AbundanceTable t = p.atRank(rank);
            Double abundance = t.taxonCount() == 0 ? null : TaxonLookup.abundance(t, s, f.taxon());
            out.add(new TaxonFinding(c.id(), f.taxon(), rank.label(), site.word(),
                    f.direction() == null ? null : f.direction().word(),
                    f.population() == null ? null : f.population().word(),
                    f.studyType() == null ? null : f.studyType().word(), f.size(), abundance,
                    abundance != null && abundance > 0, reading(c, f, site), f.statement(), ids(f.citations())));
        }
        return out;
    }

    /** "Reported lower in the gut of adults with psoriasis than in controls (case-control, 43 vs 43)." */
    static String reading(Condition c, Fact f, BodySite site) {
        String dir = f.direction() == null ? "Reported" : switch (f.direction()) {
            case INCREASED -> "Reported higher";
            case DECREASED -> "Reported lower";
            case NO_DIFFERENCE -> "Reported not different";
            case MIXED -> "Reported in both directions";
        };
        String who = population(f.population());
        String design = f.studyType() == null ? "" : " (" + f.studyType().word() + (f.size() == null ? "" : ", "
                + f.size()) + ")";
        return dir + (site == BodySite.SKIN ? " on the skin of " : " in the gut of ") + who + " with " + c.name().toLowerCase(Locale.ROOT)
                + " than in controls" + design + ". An association, not a diagnosis.";
    }

    private static String population(Population p) {
        if (p == null) return "people";
        return switch (p) {
            case INFANT -> "infants";
            case CHILD -> "children";
            case ADULT -> "adults";
            case MATERNAL_INFANT -> "infants (maternal-infant studies)";
            case MIXED -> "people of mixed or unreported ages";
        };
    }

    /**
     * The verified trials, each worded from its lanes' certainty: the weakest phrase any of its lanes allows it
     * ({@link org.gutskin.evidence.ladder.TrialAssessment#wording()}, itself never stronger than its lane's), the same
     * phrase the ladder's trial rung uses; a trial in no lane says "without a consistent benefit".
     */
    private List<InterventionEvidence> interventions(Condition c, ConditionLadder ladder) {
        Map<String, Wording> wording = new java.util.HashMap<>();
        Map<String, List<String>> laneIds = new java.util.HashMap<>();
        for (org.gutskin.evidence.ladder.Lane l : ladder.lanes())
            for (org.gutskin.evidence.ladder.TrialAssessment a : l.trials()) {
                wording.merge(a.trial().id(), a.wording(), org.gutskin.evidence.ladder.CertaintyRule::weaker);
                laneIds.computeIfAbsent(a.trial().id(), k -> new ArrayList<>()).add(l.id());
            }
        List<InterventionEvidence> out = new ArrayList<>();
        for (Trial t : kb.verifiedTrials(c.id())) {
            Wording w = wording.getOrDefault(t.id(), Wording.TRIAL_NO_BENEFIT);
            List<String> products = new ArrayList<>();
            for (Product p : t.products())
                products.add(p.organism() + (p.strain() == null ? "" : " " + p.strain()));
            out.add(new InterventionEvidence(t.id(), t.intervention().word(), products,
                    t.population() == null ? null : t.population().word(),
                    t.purpose() == null ? null : t.purpose().word(), t.doseCfuPerDay(), t.durationWeeks(),
                    t.studyType() == null ? null : t.studyType().word(), t.outcomeMeasure(),
                    t.outcomeType() == null ? null : t.outcomeType().word(), t.effect() == null ? null : t.effect().word(),
                    w.lead(), t.statement(), ids(t.citations()), laneIds.getOrDefault(t.id(), List.of())));
        }
        return out;
    }

    /** The evidence layer's clinic checklist for each condition asked (red flags first), without repeats. */
    private List<Statement> checklist(List<String> conditionIds, TriageResult triage) {
        List<Statement> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> general = new LinkedHashSet<>();
        for (ChecklistItem g : kb.generalChecklist()) general.add(g.text());
        for (int i = 0; i < conditionIds.size(); i++)
            for (ChecklistItem item : ClinicChecklist.forCondition(kb, conditionIds.get(i), i == 0 ? triage : null))
                if (!general.contains(item.text()) && seen.add(item.text()))
                    out.add(new Statement(item.text(), ids(item.citations())));
        for (ChecklistItem g : kb.generalChecklist()) // the general questions once, last
            if (seen.add(g.text())) out.add(new Statement(g.text(), ids(g.citations())));
        return out;
    }

    /**
     * The plain-language summary. Measurements are described, never interpreted as a diagnosis; what is said about
     * a condition is bounded by its certainty tier (a fixed sentence per tier, then the knowledge base's note).
     */
    private List<Statement> summary(TriageResult triaged, List<TriageFlag> triage, Diversity d, Indices ix,
            List<ConditionSection> sections) {
        List<Statement> out = new ArrayList<>();
        if (!triage.isEmpty()) {
            List<String> cites = triage.stream().flatMap(t -> t.citations().stream()).distinct().toList();
            String n = triage.size() + " red-flag question" + (triage.size() > 1 ? "s" : "");
            out.add(new Statement((triaged.route() == Route.URGENT_CARE
                    ? "Seek medical care today: you answered yes to " + n + ", and at least one needs same-day care."
                    : "See a clinician first: you answered yes to " + n + ".")
                    + " Nothing in the microbiome findings below changes that.", cites));
        } else if (triaged.route() == Route.NOT_ASSESSED) {
            // the questions' own sources: the guidelines each red flag rests on
            List<String> cites = triaged.notAsked().stream().flatMap(e -> ids(e.citations()).stream().limit(1))
                    .distinct().toList();
            out.add(new Statement("Safety questions not assessed: " + (triaged.asked() == 0 ? "none"
                    : "only " + triaged.asked()) + " of the " + triaged.total() + " warning-sign questions"
                    + " were answered, so this report has not checked for signs that need a clinician. Answer them"
                    + " before acting on anything in it.", cites));
        }
        double sh = d.value("shannon");
        Double p = d.percentile("shannon");
        String gmhiDoi = GmhiModel.current().provenance().doi();
        String gmwiDoi = Gmwi2Model.current().provenance().doi();
        if (!Double.isNaN(sh)) {
            String cohort = d.reference() == null ? "" : d.reference().size() + " healthy samples of the reference cohort ("
                    + d.reference().profiler() + ")";
            String rel = p == null ? "" : p <= 0 ? "; that is below all " + cohort : p >= 100 ? "; that is above all "
                    + cohort : "; that is at about the " + ordinal((int) Math.round(p)) + " percentile of the " + cohort;
            out.add(new Statement(String.format(Locale.ROOT, "Gut species diversity (Shannon index) is %.2f%s."
                    + " Diversity describes the sample; on its own it says nothing certain about your skin.", sh, rel),
                    List.of(gmhiDoi)));
        }
        StringBuilder idx = new StringBuilder("Gut health indices: ");
        if ("not-applicable".equals(ix.gmwi2Call()) && "not-applicable".equals(ix.gmhiCall()))
            idx.append("not applicable to this profile: GMWI2 and GMHI were built for other profiler databases"
                    + " (MetaPhlAn 3 and 2) and no validated mapping exists, so neither gives a value or a"
                    + " healthy/non-healthy call (the reason is under Gut health indices)");
        else {
            idx.append("GMWI2 ").append(indexText(ix.gmwi2(), ix.gmwi2Call()));
            idx.append(", GMHI ").append(indexText(ix.gmhi(), ix.gmhiCall()));
        }
        idx.append(". Both were built to tell stool samples of healthy people from those of people with a range of"
                + " diseases; they are not skin tests.");
        out.add(new Statement(idx.toString(), List.of(gmwiDoi, gmhiDoi)));
        for (ConditionSection c : sections) {
            String lead = switch (CertaintyTier.valueOf(c.certaintyTier().toUpperCase(Locale.ROOT))) {
                case HIGHER -> "the gut-skin evidence is the strongest we track, and still works alongside standard care.";
                case MODERATE -> "the gut-skin evidence is moderate: some trials of specific strains, with mixed"
                        + " results; standard care comes first.";
                case LOWER -> "the gut-skin evidence is limited: read the findings as exploratory; standard care leads.";
            };
            out.add(new Statement(c.name() + ": " + lead + " " + c.certaintyNote(), c.certaintyCitations()));
        }
        return out;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    public static String ordinal(int n) {
        int m = n % 100;
        String suf = (m >= 11 && m <= 13) ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suf;
    }
}
