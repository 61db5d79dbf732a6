package org.gutskin.evidence.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gutskin.io.InputException;

/**
 * The gut-skin knowledge base: cited facts per condition, trials, definitions, names and triage questions, loaded
 * and validated from the versioned YAML files under {@code org/gutskin/evidence/kb/} (see {@link
 * KnowledgeBaseLoader}). Immutable. {@link #get()} loads the bundled copy once per JVM.
 *
 * <p>Only verified items are evidence: the {@code verified*} accessors and everything built on them (ladder,
 * label checker, taxon associations) leave unverified items out; {@link Condition#facts()} still holds them so a
 * curator can see what awaits checking.
 */
public final class KnowledgeBase {

    /**
     * The five condition ids the command-line contract names: the loader rejects a knowledge base that lacks any of
     * them. Every other list of conditions comes from {@code manifest.yaml} ({@link #conditionIds()}, {@link
     * #defaultConditionIds()}), so a curator adds a condition with YAML alone.
     */
    public static final List<String> CONTRACT_CONDITION_IDS =
            List.of("atopic-dermatitis", "psoriasis", "rosacea", "acne", "sensitive-skin");

    private static volatile KnowledgeBase bundled;

    private final String version;
    private final int schemaVersion;
    private final Map<String, Citation> citations;
    private final Map<String, Condition> conditions;
    private final List<String> defaultConditionIds;
    private final List<Trial> trials;
    private final List<Definition> definitions;
    private final List<Renaming> renamings;
    private final List<String> species;
    private final List<RedFlagEntry> redFlags;
    private final List<AnswerConflict> answerConflicts;
    private final Map<String, String> routeHelp;
    private final QuestionAlarms questionAlarms;
    private final List<ChecklistItem> generalChecklist;
    private final List<TaxonSynonym> taxonSynonyms;
    private final ProbioticSafety probioticSafety;
    private final Map<String, OutcomeScale> outcomes;
    private final List<Guild> guilds;
    private final List<DietStatement> diet;
    private final Map<String, String> vernacularNames;
    private final List<GlossaryTerm> glossary;
    private final ChangeBands changeBands;

    KnowledgeBase(String version, int schemaVersion, Map<String, Citation> citations, Map<String, Condition> conditions,
            List<String> defaultConditionIds, List<Trial> trials, List<Definition> definitions, List<Renaming> renamings, List<String> species,
            List<RedFlagEntry> redFlags, List<AnswerConflict> answerConflicts, Map<String, String> routeHelp,
            QuestionAlarms questionAlarms, List<ChecklistItem> generalChecklist, List<TaxonSynonym> taxonSynonyms,
            ProbioticSafety probioticSafety, Map<String, OutcomeScale> outcomes, List<Guild> guilds,
            List<DietStatement> diet, Map<String, String> vernacularNames, List<GlossaryTerm> glossary,
            ChangeBands changeBands) {
        this.version = version;
        this.changeBands = changeBands;
        this.glossary = List.copyOf(glossary);
        this.vernacularNames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(vernacularNames));
        this.schemaVersion = schemaVersion;
        this.citations = Map.copyOf(citations);
        this.conditions = new LinkedHashMap<>(conditions);
        this.defaultConditionIds = List.copyOf(defaultConditionIds);
        this.trials = List.copyOf(trials);
        this.definitions = List.copyOf(definitions);
        this.renamings = List.copyOf(renamings);
        this.species = List.copyOf(species);
        this.redFlags = List.copyOf(redFlags);
        this.answerConflicts = List.copyOf(answerConflicts);
        this.routeHelp = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(routeHelp));
        this.questionAlarms = questionAlarms;
        this.generalChecklist = List.copyOf(generalChecklist);
        this.taxonSynonyms = List.copyOf(taxonSynonyms);
        this.probioticSafety = probioticSafety;
        this.outcomes = new LinkedHashMap<>(outcomes);
        this.guilds = List.copyOf(guilds);
        this.diet = List.copyOf(diet);
    }

    /** The outcome scales with their minimal clinically important differences, by id (SCORAD, EASI, DLQI …). */
    public Map<String, OutcomeScale> outcomes() {
        return java.util.Collections.unmodifiableMap(outcomes);
    }

    /** The outcome scale an effect size is measured on, or null. */
    public OutcomeScale outcome(String id) {
        return id == null ? null : outcomes.get(id);
    }

    /** The bundled knowledge base, loaded and validated on first use. */
    public static KnowledgeBase get() {
        KnowledgeBase kb = bundled;
        if (kb == null) {
            synchronized (KnowledgeBase.class) {
                if (bundled == null) bundled = KnowledgeBaseLoader.bundled();
                kb = bundled;
            }
        }
        return kb;
    }

    /** The knowledge-base version (from {@code manifest.yaml}), named in every report's provenance. */
    public String version() {
        return version;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** The condition with this contract id; an unknown id is an input error (exit 3). */
    public Condition condition(String id) {
        Condition c = id == null ? null : conditions.get(id);
        if (c == null)
            throw new InputException("unknown condition '" + id + "' (expected one of: "
                    + String.join(", ", conditionIds()) + ")");
        return c;
    }

    /** Every condition id, in manifest order (the contract's five first in the bundled manifest). */
    public List<String> conditionIds() {
        return List.copyOf(conditions.keySet());
    }

    /**
     * The conditions marked {@code default: true} in the manifest, in manifest order: what a report or the evidence
     * ladder covers when no condition is asked (the contract's five in the bundled knowledge base). Other conditions
     * appear only when asked by id.
     */
    public List<String> defaultConditionIds() {
        return defaultConditionIds;
    }

    /** The ids {@code asked} (each checked; unknown is an input error) in manifest order, or the defaults when none. */
    public List<String> conditionIds(java.util.Collection<String> asked) {
        if (asked == null || asked.isEmpty()) return defaultConditionIds;
        java.util.Set<String> want = new java.util.HashSet<>();
        for (String a : asked) want.add(condition(a).id());
        return conditionIds().stream().filter(want::contains).toList();
    }

    public boolean hasCondition(String id) {
        return conditions.containsKey(id);
    }

    /** All conditions in manifest order. */
    public List<Condition> conditions() {
        return List.copyOf(conditions.values());
    }

    public Optional<Citation> citation(String id) {
        return Optional.ofNullable(citations.get(id));
    }

    /** Every citation in the registry, verified or not. */
    public Map<String, Citation> citations() {
        return citations;
    }

    /** Verified facts of a condition, in file order. */
    public List<Fact> verifiedFacts(String conditionId) {
        return condition(conditionId).facts().stream().filter(Fact::verified).toList();
    }

    /** Verified trials for a condition, in file order. */
    public List<Trial> verifiedTrials(String conditionId) {
        condition(conditionId);
        return trials.stream().filter(t -> t.verified() && t.conditionId().equals(conditionId)).toList();
    }

    /** Every verified trial, all conditions. */
    public List<Trial> verifiedTrials() {
        return trials.stream().filter(Trial::verified).toList();
    }

    /** All trials, verified or not (for curators and tests). */
    public List<Trial> trials() {
        return trials;
    }

    /**
     * The verified taxon associations of a condition: taxon, rank, direction, population, body site (gut or skin),
     * study type and citations. For the report's "taxa the literature links to this condition".
     */
    public List<Fact> taxonAssociations(String conditionId) {
        return verifiedFacts(conditionId).stream().filter(Fact::isTaxonAssociation).toList();
    }

    /** Number of verified, cited facts and trials across every condition. */
    public int verifiedFactCount() {
        int n = 0;
        for (String id : conditionIds()) n += verifiedFacts(id).size() + verifiedTrials(id).size();
        return n;
    }

    /** The patient glossary ({@code glossary.yaml}), in file order. */
    public List<GlossaryTerm> glossary() {
        return glossary;
    }

    public List<Definition> definitions() {
        return definitions.stream().filter(Definition::verified).toList();
    }

    /** Former → current species names (verified and not; the parser uses all, reasons cite only verified). */
    public List<Renaming> renamings() {
        return renamings;
    }

    /**
     * Names of the same taxon across naming schemes ({@code taxon-synonyms.yaml}), verified or not: the replication
     * report matches through all of them and names the entry (and whether it is verified) for each match.
     */
    public List<TaxonSynonym> taxonSynonyms() {
        return taxonSynonyms;
    }

    /**
     * Vernacular names printed on labels (lower case, as printed: "lactobacilos acidófilos") and the current species
     * each stands for ({@code nomenclature.yaml}, {@code vernacular}). Vocabulary only: never a renaming reason.
     */
    public Map<String, String> vernacularNames() {
        return vernacularNames;
    }

    /** Current species names the label parser knows, renamed or not. */
    public List<String> species() {
        List<String> all = new ArrayList<>(species);
        for (Renaming r : renamings) if (!all.contains(r.current())) all.add(r.current());
        return all;
    }

    /** The triage questions, in the order a form asks them (skin, gut, safety context). */
    public List<RedFlagEntry> redFlags() {
        return redFlags;
    }

    /** The triage keys, in question order: the one list every door (CLI help, API, form, schema test) draws on. */
    public List<String> redFlagKeys() {
        return redFlags.stream().map(RedFlagEntry::key).toList();
    }

    /** The red flag with this key, if any. */
    public Optional<RedFlagEntry> redFlag(String key) {
        return redFlags.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** The red flag a label-checker context word ({@code immunosuppressed}, {@code preterm} …) stands for. */
    public Optional<RedFlagEntry> redFlagForContext(String context) {
        return redFlags.stream().filter(r -> r.contexts().contains(context)).findFirst();
    }

    /**
     * The label-checker context words every safety-context red flag accepts ({@code preterm}, {@code
     * immunosuppressed} …), in question order: the one list the CLI help and error messages draw on.
     */
    public List<String> contextWords() {
        return redFlags.stream().flatMap(r -> r.contexts().stream()).toList();
    }

    /** The probiotic-safety traits and rules the label checker applies ({@code probiotic-safety.yaml}). */
    public ProbioticSafety probioticSafety() {
        return probioticSafety;
    }

    /** Each route value (urgent-care, clinician-first, not-assessed, standard) explained in plain words. */
    public Map<String, String> routeHelp() {
        return routeHelp;
    }

    /** Answer combinations that cannot describe one person (named in the report, never resolved silently). */
    public List<AnswerConflict> answerConflicts() {
        return answerConflicts;
    }

    /** The alarm vocabulary for free-text questions. */
    public QuestionAlarms questionAlarms() {
        return questionAlarms;
    }

    public List<ChecklistItem> generalChecklist() {
        return generalChecklist;
    }

    /** Every functional guild ({@code guilds.yaml}), verified or not (curators, tests). */
    /** The band of change expected without real change ({@code change-bands.yaml}), for the follow-up report. */
    public ChangeBands changeBands() {
        return changeBands;
    }

    public List<Guild> guilds() {
        return guilds;
    }

    /** The verified functional guilds, in file order: the only ones a report shows. */
    public List<Guild> verifiedGuilds() {
        return guilds.stream().filter(Guild::verified).toList();
    }

    /** The verified diet-microbiome statements, in file order. */
    public List<DietStatement> verifiedDiet() {
        return diet.stream().filter(DietStatement::verified).toList();
    }

    /** Every diet-microbiome statement, verified or not. */
    public List<DietStatement> diet() {
        return diet;
    }
}
