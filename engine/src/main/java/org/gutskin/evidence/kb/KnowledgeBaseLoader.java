package org.gutskin.evidence.kb;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gutskin.profile.Rank;

/**
 * Reads and validates the knowledge base. The files are listed in {@code manifest.yaml}; each is parsed into a tree
 * and then read item by item, so a broken file is rejected with the file, the item and the reason
 * ({@link KnowledgeBaseException}). Checks: the schema (required fields, no unknown fields), the fixed vocabularies,
 * unique ids, every item citing at least one registered citation, verified items citing only verified citations,
 * verified citations carrying an identifier (DOI, PMID, or URL for web guidance), trial organisms being known
 * species names, statements free of forbidden words and of the ladder's reserved phrases (see {@link Wording}),
 * the conditions the manifest lists (each id well formed, the five contract ids present; {@code default: true} marks
 * those a report or ladder covers when no condition is asked); triage keys well formed and each with an alarm rule for free-text questions;
 * probiotic-safety rules naming known traits and safety-context keys, cited with a DOI or PMID.
 */
public final class KnowledgeBaseLoader {

    /** Where the bundled files live on the class path. */
    public static final String RESOURCE_DIR = "/org/gutskin/evidence/kb/";

    private static final Pattern DOI = Pattern.compile("^10\\.\\d{4,9}/\\S+$");
    private static final Pattern PMID = Pattern.compile("^\\d{5,9}$");
    /** The contract's route values: the route help must explain each. */
    private static final Set<String> ROUTES = new java.util.LinkedHashSet<>(
            List.of("urgent-care", "clinician-first", "not-assessed", "standard"));
    private final Map<String, String> routeHelp = new LinkedHashMap<>();
    private static final Pattern TRIAGE_KEY = Pattern.compile("^[a-z]+(_[a-z]+)+$");
    private static final Pattern WORD_ID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    /** Opens a knowledge-base file by its path relative to the knowledge-base root (null when absent). */
    @FunctionalInterface
    public interface Source {
        InputStream open(String relativePath) throws IOException;
    }

    private final Source source;
    private final String displayRoot;
    private final ObjectMapper yaml;
    private final Map<String, Citation> citations = new LinkedHashMap<>();
    private final Set<String> itemIds = new HashSet<>();

    private KnowledgeBaseLoader(Source source, String displayRoot) {
        this.source = source;
        this.displayRoot = displayRoot;
        YAMLFactory f = new YAMLFactory();
        f.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.yaml = new ObjectMapper(f);
    }

    /** The knowledge base bundled in the jar. */
    public static KnowledgeBase bundled() {
        return new KnowledgeBaseLoader(rel -> KnowledgeBaseLoader.class.getResourceAsStream(RESOURCE_DIR + rel), "kb/")
                .load();
    }

    /** A knowledge base in a directory laid out like the bundled one (curators, tests). */
    public static KnowledgeBase fromDirectory(Path dir) {
        return new KnowledgeBaseLoader(rel -> {
            Path p = dir.resolve(rel);
            return Files.isRegularFile(p) ? Files.newInputStream(p) : null;
        }, dir.toString().endsWith("/") ? dir.toString() : dir + "/").load();
    }

    /** The paths (relative to the root) of every file the bundled manifest lists, manifest first. */
    public static List<String> bundledFiles() {
        KnowledgeBaseLoader l = new KnowledgeBaseLoader(
                rel -> KnowledgeBaseLoader.class.getResourceAsStream(RESOURCE_DIR + rel), "kb/");
        JsonNode files = l.read("manifest.yaml").get("files");
        List<String> out = new ArrayList<>(List.of("manifest.yaml"));
        files.properties().forEach(e -> {
            if (e.getValue().isArray())
                e.getValue().forEach(v -> out.add(v.isObject() && v.hasNonNull("file") ? v.get("file").asText() : v.asText()));
            else out.add(e.getValue().asText());
        });
        return out;
    }

    private KnowledgeBase load() {
        String mf = "manifest.yaml";
        YamlItem manifest = new YamlItem(name(mf), null, read(mf));
        manifest.allowOnly(Set.of("version", "schemaVersion", "files"));
        String version = manifest.text("version");
        Integer schema = manifest.optInt("schemaVersion");
        if (schema == null || schema != 1) throw manifest.fail("schemaVersion must be 1 (this gutskin reads schema 1)");
        YamlItem files = new YamlItem(name(mf), "files", manifest.node("files"));
        files.allowOnly(Set.of("citations", "definitions", "glossary", "nomenclature", "taxonSynonyms", "redFlags", "questionAlarms",
                "probioticSafety", "interventions", "guilds", "changeBands", "conditions"));

        loadCitations(files.text("citations"));
        Map<String, Condition> ordered = new LinkedHashMap<>();
        List<String> defaults = new ArrayList<>();
        List<JsonNode> entries = files.nodes("conditions", true);
        for (int i = 0; i < entries.size(); i++) {
            JsonNode e = entries.get(i);
            String f;
            boolean isDefault = false;
            if (e.isTextual()) f = e.asText();
            else {
                YamlItem entry = new YamlItem(name(mf), "files.conditions[" + i + "]", e);
                entry.allowOnly(Set.of("file", "default"));
                f = entry.text("file");
                isDefault = entry.has("default") && entry.bool("default");
            }
            Condition c = loadCondition(f);
            if (ordered.put(c.id(), c) != null)
                throw new KnowledgeBaseException(name(f), c.id(), "condition defined twice");
            if (isDefault) defaults.add(c.id());
        }
        List<String> missing = KnowledgeBase.CONTRACT_CONDITION_IDS.stream().filter(id -> !ordered.containsKey(id)).toList();
        if (!missing.isEmpty())
            throw new KnowledgeBaseException(name(mf), "files.conditions", "the contract conditions " + missing
                    + " have no condition file (every one of " + KnowledgeBase.CONTRACT_CONDITION_IDS
                    + " must be listed), found " + ordered.keySet());
        if (defaults.isEmpty())
            throw new KnowledgeBaseException(name(mf), "files.conditions",
                    "no condition is marked 'default: true' (the conditions a report covers when none is asked)");

        List<Renaming> renamings = new ArrayList<>();
        List<String> species = new ArrayList<>();
        Map<String, String> vernacular = new LinkedHashMap<>();
        loadNomenclature(files.text("nomenclature"), renamings, species, vernacular);
        List<TaxonSynonym> synonyms = loadTaxonSynonyms(files.text("taxonSynonyms"));
        Map<String, OutcomeScale> outcomes = new LinkedHashMap<>();
        List<Trial> trials = loadTrials(files.text("interventions"), ordered.keySet(), species, renamings, outcomes);
        List<Definition> definitions = loadDefinitions(files.text("definitions"));
        List<GlossaryTerm> glossary = loadGlossary(files.text("glossary"));
        List<ChecklistItem> general = new ArrayList<>();
        List<AnswerConflict> conflicts = new ArrayList<>();
        List<RedFlagEntry> redFlags = loadRedFlags(files.text("redFlags"), general, conflicts);
        QuestionAlarms alarms = loadQuestionAlarms(files.text("questionAlarms"), redFlags);
        ProbioticSafety safety = loadProbioticSafety(files.text("probioticSafety"), redFlags);
        List<DietStatement> diet = new ArrayList<>();
        List<Guild> guilds = loadGuilds(files.text("guilds"), diet);
        ChangeBands bands = loadChangeBands(files.text("changeBands"));
        return new KnowledgeBase(version, schema, citations, ordered, defaults, trials, definitions, renamings, species,
                redFlags, conflicts, routeHelp, alarms, general, synonyms, safety, outcomes, guilds, diet, vernacular, glossary,
                bands);
    }

    // ------------------------------------------------------------------ files

    private void loadCitations(String file) {
        JsonNode root = read(file);
        YamlItem top = new YamlItem(name(file), null, root);
        top.allowOnly(Set.of("citations"));
        List<JsonNode> list = top.nodes("citations", true);
        for (int i = 0; i < list.size(); i++) {
            YamlItem it = new YamlItem(name(file), YamlItem.label(list.get(i), "citations[" + i + "]"), list.get(i));
            it.allowOnly(Set.of("id", "authors", "year", "title", "journal", "doi", "pmid", "url", "verified",
                    "unverifiedFields", "seenAt", "note"));
            String id = it.text("id");
            String doi = it.optText("doi"), pmid = it.optText("pmid"), url = it.optText("url");
            if (doi != null && !DOI.matcher(doi).matches()) throw it.fail("doi '" + doi + "' is not of the form 10.NNNN/…");
            if (pmid != null && !PMID.matcher(pmid).matches()) throw it.fail("pmid '" + pmid + "' must be 5-9 digits");
            boolean verified = it.bool("verified");
            Integer year = it.optInt("year");
            if (verified) {
                if (doi == null && pmid == null && url == null)
                    throw it.fail("a verified citation needs a doi, pmid or url");
                it.text("authors");
                it.text("journal");
                if (year == null && url == null) throw it.fail("a verified journal citation needs a year");
            }
            Citation c = new Citation(id, it.optText("authors"), year, it.text("title"), it.optText("journal"), doi,
                    pmid, url, verified);
            if (citations.put(id, c) != null) throw it.fail("citation id defined twice");
        }
    }

    private Condition loadCondition(String file) {
        String display = name(file);
        YamlItem c = new YamlItem(display, null, read(file));
        c.allowOnly(Set.of("id", "name", "aliases", "certaintyTier", "certaintyNote", "certaintyCitations", "facts",
                "checklist"));
        String id = c.text("id");
        if (!WORD_ID.matcher(id).matches())
            throw c.fail("condition id '" + id + "' must be lower-case words joined by '-' (e.g. seborrhoeic-dermatitis)");
        List<Citation> certaintyCitations = cite(c, c.texts("certaintyCitations", true), true);
        checkWords(c, c.text("certaintyNote"));
        List<Fact> facts = new ArrayList<>();
        List<JsonNode> nodes = c.nodes("facts", true);
        for (int i = 0; i < nodes.size(); i++) facts.add(fact(display, id, nodes.get(i), i));
        List<ChecklistItem> checklist = checklist(display, c.nodes("checklist", false), "checklist");
        return new Condition(id, c.text("name"), c.texts("aliases", true), c.word("certaintyTier", CertaintyTier.class),
                c.text("certaintyNote"), certaintyCitations, facts, checklist);
    }

    private Fact fact(String file, String conditionId, JsonNode node, int index) {
        YamlItem it = new YamlItem(file, YamlItem.label(node, "facts[" + index + "]"), node);
        it.allowOnly(Set.of("id", "level", "statement", "citations", "verified", "taxon", "rank", "direction",
                "bodySite", "population", "studyType", "size", "theme", "unverifiedFields", "purpose", "ageBands"));
        String id = uniqueId(it);
        boolean verified = it.bool("verified");
        String statement = statement(it);
        String taxon = it.optText("taxon");
        Rank rank = null;
        String rankText = it.optText("rank");
        if (rankText != null)
            rank = Rank.ofLabel(rankText).orElseThrow(() -> it.fail("unknown rank '" + rankText + "'"));
        Direction direction = it.optWord("direction", Direction.class);
        BodySite site = it.optWord("bodySite", BodySite.class);
        if (taxon != null && (rank == null || direction == null || site == null))
            throw it.fail("a taxon association needs rank, direction and bodySite");
        EvidenceLevel level = it.word("level", EvidenceLevel.class);
        if (taxon != null && level != EvidenceLevel.ASSOCIATION)
            throw it.fail("a taxon association must have level 'association'");
        return new Fact(id, conditionId, level, statement, cite(it, it.texts("citations", true), verified), verified,
                taxon, rank, direction, site, it.optWord("population", Population.class),
                it.optWord("studyType", StudyType.class), it.optText("size"), it.optWord("theme", MechanismTheme.class),
                it.optWord("purpose", Purpose.class), bands(it));
    }

    private static List<AgeBand> bands(YamlItem it) {
        List<AgeBand> bands = new ArrayList<>();
        for (String b : it.texts("ageBands", false))
            bands.add(Vocabulary.parse(AgeBand.class, b).orElseThrow(() -> it.fail("unknown age band '" + b
                    + "' (expected one of: " + Vocabulary.accepted(AgeBand.class) + ")")));
        return bands;
    }

    private List<Trial> loadTrials(String file, Set<String> conditionIds, List<String> species, List<Renaming> renamings,
            Map<String, OutcomeScale> outcomes) {
        String display = name(file);
        YamlItem top = new YamlItem(display, null, read(file));
        top.allowOnly(Set.of("outcomes", "trials"));
        List<JsonNode> on = top.nodes("outcomes", true);
        for (int i = 0; i < on.size(); i++) {
            YamlItem it = new YamlItem(display, YamlItem.label(on.get(i), "outcomes[" + i + "]"), on.get(i));
            it.allowOnly(Set.of("id", "name", "kind", "mcid", "unit", "citations", "note"));
            String id = it.text("id");
            String kind = it.text("kind");
            if (!kind.equals("difference") && !kind.equals("responder"))
                throw it.fail("unknown kind '" + kind + "' (expected one of: difference, responder)");
            Double mcid = it.optPositive("mcid");
            if (kind.equals("difference") && mcid == null) throw it.fail("a difference scale needs its mcid");
            String note = it.optText("note");
            if (note != null) checkWords(it, note);
            if (outcomes.put(id, new OutcomeScale(id, it.text("name"), kind, mcid, it.optText("unit"),
                    cite(it, it.texts("citations", true), false), note)) != null)
                throw it.fail("outcome defined twice");
        }
        Set<String> knownSpecies = new HashSet<>(species);
        renamings.forEach(r -> knownSpecies.add(r.current()));
        List<Trial> out = new ArrayList<>();
        List<JsonNode> nodes = top.nodes("trials", true);
        for (int i = 0; i < nodes.size(); i++) {
            YamlItem it = new YamlItem(display, YamlItem.label(nodes.get(i), "trials[" + i + "]"), nodes.get(i));
            it.allowOnly(Set.of("id", "condition", "intervention", "products", "population", "purpose", "doseCfuPerDay",
                    "durationWeeks", "size", "studyType", "outcomeMeasure", "outcomeType", "effect", "statement",
                    "citations", "verified", "unverifiedFields", "participants", "arms", "effectSize", "ageBands",
                    "riskGroup", "sponsor", "sponsorNote", "concerns"));
            String id = uniqueId(it);
            String condition = it.text("condition");
            if (!conditionIds.contains(condition)) throw it.fail("unknown condition '" + condition + "'");
            List<Product> products = new ArrayList<>();
            List<JsonNode> pn = it.nodes("products", true);
            for (int j = 0; j < pn.size(); j++) {
                YamlItem p = new YamlItem(display, id + " products[" + j + "]", pn.get(j));
                p.allowOnly(Set.of("organism", "strain", "strainAliases"));
                String organism = p.text("organism");
                if (!knownSpecies.contains(organism))
                    throw p.fail("organism '" + organism + "' is not a current species name in nomenclature.yaml");
                products.add(new Product(organism, p.optText("strain"), p.texts("strainAliases", false)));
            }
            StudyType st = it.word("studyType", StudyType.class);
            boolean verified = it.bool("verified");
            EffectSize es = effectSize(it, outcomes);
            Integer participants = it.optInt("participants");
            if (participants != null && participants < 1) throw it.fail("participants must be at least 1");
            Integer arms = it.optInt("arms");
            if (arms != null && arms < 1) throw it.fail("arms must be at least 1");
            List<AgeBand> bands = bands(it);
            List<Concern> concerns = new ArrayList<>();
            for (String c : it.texts("concerns", false))
                concerns.add(Vocabulary.parse(Concern.class, c).orElseThrow(() -> it.fail("unknown concern '" + c
                        + "' (expected one of: " + Vocabulary.accepted(Concern.class) + ")")));
            Sponsor sponsor = it.word("sponsor", Sponsor.class);
            String sponsorNote = it.optText("sponsorNote");
            if (sponsorNote != null) checkWords(it, sponsorNote);
            String riskGroup = it.text("riskGroup");
            checkWords(it, riskGroup);
            out.add(new Trial(id, condition, it.word("intervention", InterventionType.class), products,
                    it.word("population", Population.class), it.word("purpose", Purpose.class),
                    dose(it), it.optPositive("durationWeeks"), it.optText("size"), st,
                    it.text("outcomeMeasure"), it.word("outcomeType", OutcomeType.class),
                    it.word("effect", Effect.class), statement(it), cite(it, it.texts("citations", true), verified),
                    verified, participants, arms == null ? 2 : arms, es, bands, riskGroup, sponsor, sponsorNote,
                    concerns));
        }
        return out;
    }

    /**
     * {@code doseCfuPerDay}: a positive number, or {@code unreported} when the paper (as read) gives none; the
     * latter is explicit, so a curator cannot tell a dose left out from a dose not yet looked for. Both are null here.
     */
    private static Double dose(YamlItem it) {
        JsonNode v = it.node().get("doseCfuPerDay");
        if (v != null && v.isTextual() && v.asText().equals("unreported")) return null;
        return it.optPositive("doseCfuPerDay");
    }

    /**
     * {@code effectSize}: {@code unreported}, or {@code {measure, value, unit, ciLow, ciHigh, outcome}}; the outcome
     * must be a scale listed under {@code outcomes}, and a CI must hold both ends, low &le; high.
     */
    private static EffectSize effectSize(YamlItem it, Map<String, OutcomeScale> outcomes) {
        if (!it.has("effectSize")) throw it.fail("missing required field 'effectSize' (a mapping, or 'unreported')");
        JsonNode n = it.node("effectSize");
        if (n.isTextual()) {
            if (!n.asText().equals("unreported")) throw it.fail("effectSize must be a mapping or 'unreported'");
            return null;
        }
        YamlItem e = new YamlItem(it.file(), it.item() + " effectSize", n);
        e.allowOnly(Set.of("measure", "value", "unit", "ciLow", "ciHigh", "outcome"));
        String measure = e.text("measure");
        if (!Set.of("mean-difference", "risk-ratio", "odds-ratio", "hazard-ratio", "risk-difference").contains(measure))
            throw e.fail("unknown measure '" + measure + "' (expected one of: mean-difference, risk-ratio, odds-ratio,"
                    + " hazard-ratio, risk-difference)");
        Double value = e.optNumber("value");
        if (value == null) throw e.fail("missing required field 'value'");
        Double lo = e.optNumber("ciLow"), hi = e.optNumber("ciHigh");
        if ((lo == null) != (hi == null)) throw e.fail("a confidence interval needs both ciLow and ciHigh");
        if (lo != null && lo > hi) throw e.fail("ciLow " + lo + " is above ciHigh " + hi);
        String outcome = e.optText("outcome");
        if (outcome != null && !outcomes.containsKey(outcome))
            throw e.fail("unknown outcome '" + outcome + "' (expected one of: " + outcomes.keySet() + ")");
        return new EffectSize(measure, value, e.optText("unit"), lo, hi, outcome);
    }

    private void loadNomenclature(String file, List<Renaming> renamings, List<String> species, Map<String, String> vernacular) {
        String display = name(file);
        YamlItem top = new YamlItem(display, null, read(file));
        top.allowOnly(Set.of("renamings", "species", "vernacular"));
        List<JsonNode> nodes = top.nodes("renamings", true);
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            YamlItem it = new YamlItem(display, n != null && n.has("former") ? n.get("former").asText()
                    : "renamings[" + i + "]", n);
            it.allowOnly(Set.of("former", "current", "citations", "verified"));
            boolean verified = it.bool("verified");
            renamings.add(new Renaming(it.text("former"), it.text("current"), cite(it, it.texts("citations", true),
                    verified), verified));
        }
        species.addAll(top.texts("species", true));
        List<JsonNode> vn = top.nodes("vernacular", false);
        for (int i = 0; i < vn.size(); i++) {
            JsonNode n = vn.get(i);
            YamlItem it = new YamlItem(display, n != null && n.has("printed") ? n.get("printed").asText() : "vernacular[" + i + "]", n);
            it.allowOnly(Set.of("printed", "current"));
            String current = it.text("current");
            if (!species.contains(current) && renamings.stream().noneMatch(r -> r.current().equals(current)))
                throw it.fail("'" + current + "' is not a current species name in nomenclature.yaml");
            for (String printed : it.texts("printed", true))
                if (vernacular.put(printed.toLowerCase(java.util.Locale.ROOT), current) != null)
                    throw it.fail("vernacular name '" + printed + "' defined twice");
        }
    }

    /**
     * {@code taxon-synonyms.yaml}: each entry a rank, the knowledge-base name and its other names. A name may belong
     * to one entry per rank only (else matching would be ambiguous); every entry cites its source.
     */
    private List<TaxonSynonym> loadTaxonSynonyms(String file) {
        String display = name(file);
        YamlItem top = new YamlItem(display, null, read(file));
        top.allowOnly(Set.of("synonyms"));
        List<TaxonSynonym> out = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        List<JsonNode> nodes = top.nodes("synonyms", true);
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            YamlItem it = new YamlItem(display, n != null && n.has("name") ? n.get("name").asText()
                    : "synonyms[" + i + "]", n);
            it.allowOnly(Set.of("rank", "name", "synonyms", "citations", "verified", "note"));
            String rankText = it.text("rank");
            Rank rank = Rank.ofLabel(rankText).orElseThrow(() -> it.fail("unknown rank '" + rankText + "'"));
            String name = it.text("name");
            List<String> syn = it.texts("synonyms", true);
            if (syn.isEmpty()) throw it.fail("an entry needs at least one synonym");
            List<String> all = new ArrayList<>(syn);
            all.add(name);
            for (String a : all) {
                String key = rank + ":" + a.toLowerCase(java.util.Locale.ROOT);
                String prev = seen.putIfAbsent(key, name);
                if (prev != null)
                    throw it.fail("name '" + a + "' at rank " + rank.label() + " is already listed under '" + prev + "'");
            }
            boolean verified = it.bool("verified");
            String note = it.optText("note");
            if (note != null) checkWords(it, note);
            out.add(new TaxonSynonym(rank, name, syn, cite(it, it.texts("citations", true), verified), verified, note));
        }
        return out;
    }

    private List<Definition> loadDefinitions(String file) {
        String display = name(file);
        YamlItem top = new YamlItem(display, null, read(file));
        top.allowOnly(Set.of("definitions"));
        List<Definition> out = new ArrayList<>();
        List<JsonNode> nodes = top.nodes("definitions", true);
        for (int i = 0; i < nodes.size(); i++) {
            YamlItem it = new YamlItem(display, YamlItem.label(nodes.get(i), "definitions[" + i + "]"), nodes.get(i));
            it.allowOnly(Set.of("id", "term", "definition", "citations", "verified"));
            String id = uniqueId(it);
            boolean verified = it.bool("verified");
            String text = it.text("definition");
            checkWords(it, text);
            out.add(new Definition(id, it.text("term"), text, cite(it, it.texts("citations", true), verified), verified));
        }
        return out;
    }

    /**
     * The patient glossary: every entry has an id, a term, optional aliases and a plain explanation free of the
     * forbidden words; citations are optional (a word's meaning needs none) but, when given, must be verified, since
     * the glossary is printed. Terms and aliases are unique across entries (case-insensitive).
     */
    private List<GlossaryTerm> loadGlossary(String file) {
        String display = name(file);
        YamlItem top = new YamlItem(display, null, read(file));
        top.allowOnly(Set.of("glossary"));
        List<GlossaryTerm> out = new ArrayList<>();
        Map<String, String> spellings = new java.util.HashMap<>();
        List<JsonNode> nodes = top.nodes("glossary", true);
        for (int i = 0; i < nodes.size(); i++) {
            YamlItem it = new YamlItem(display, YamlItem.label(nodes.get(i), "glossary[" + i + "]"), nodes.get(i));
            it.allowOnly(Set.of("id", "term", "aliases", "plain", "citations"));
            String id = uniqueId(it);
            String term = it.text("term");
            List<String> aliases = it.texts("aliases", false);
            for (String s : concat(term, aliases)) {
                String prev = spellings.put(s.toLowerCase(java.util.Locale.ROOT), id);
                if (prev != null) throw it.fail("term or alias '" + s + "' is already an entry of '" + prev + "'");
            }
            String plain = it.text("plain");
            checkWords(it, plain);
            List<String> ids = it.texts("citations", false);
            out.add(new GlossaryTerm(id, term, aliases, plain, ids.isEmpty() ? List.of() : cite(it, ids, true)));
        }
        return out;
    }

    private List<RedFlagEntry> loadRedFlags(String file, List<ChecklistItem> general, List<AnswerConflict> conflicts) {
        String display = name(file);
        YamlItem top = new YamlItem(display, null, read(file));
        top.allowOnly(Set.of("redFlags", "routes", "conflicts", "generalChecklist"));
        List<RedFlagEntry> out = new ArrayList<>();
        Set<String> contexts = new HashSet<>();
        List<JsonNode> nodes = top.nodes("redFlags", true);
        for (int i = 0; i < nodes.size(); i++) {
            YamlItem it = new YamlItem(display, YamlItem.label(nodes.get(i), "redFlags[" + i + "]"), nodes.get(i));
            it.allowOnly(Set.of("key", "group", "question", "urgency", "timeFrame", "action", "contexts", "citations"));
            String key = it.text("key");
            if (!TRIAGE_KEY.matcher(key).matches())
                throw it.fail("key '" + key + "' must be lower-case words joined by '_'");
            if (out.stream().anyMatch(r -> r.key().equals(key))) throw it.fail("triage key defined twice");
            String action = it.text("action");
            checkWords(it, action);
            checkWords(it, it.text("question"));
            List<String> ctx = it.texts("contexts", false);
            for (String c : ctx) if (!contexts.add(c)) throw it.fail("context '" + c + "' belongs to another key");
            out.add(new RedFlagEntry(key, it.word("group", RedFlagGroup.class), it.text("question"),
                    it.word("urgency", Urgency.class), it.text("timeFrame"), action, ctx,
                    cite(it, it.texts("citations", true), true)));
        }
        Set<String> keys = new HashSet<>(out.stream().map(RedFlagEntry::key).toList());
        List<JsonNode> cs = top.nodes("conflicts", false);
        for (int i = 0; i < cs.size(); i++) {
            YamlItem it = new YamlItem(display, "conflicts[" + i + "]", cs.get(i));
            it.allowOnly(Set.of("keys", "text"));
            List<String> ks = it.texts("keys", true);
            if (ks.size() < 2) throw it.fail("a conflict names at least two keys");
            for (String k : ks) if (!keys.contains(k)) throw it.fail("unknown triage key '" + k + "'");
            conflicts.add(new AnswerConflict(ks, it.text("text")));
        }
        general.addAll(checklist(display, top.nodes("generalChecklist", true), "generalChecklist"));
        YamlItem routes = new YamlItem(display, "routes", top.node("routes"));
        routes.allowOnly(ROUTES);
        for (String r : ROUTES) {
            String text = routes.text(r);
            checkWords(routes, text);
            routeHelp.put(r, text);
        }
        return out;
    }

    private QuestionAlarms loadQuestionAlarms(String file, List<RedFlagEntry> redFlags) {
        String display = name(file);
        YamlItem top = new YamlItem(display, null, read(file));
        top.allowOnly(Set.of("negations", "scopeBreaks", "historyMarkers", "generalOpeners", "personalWords", "alarms"));
        Set<String> keys = new HashSet<>(redFlags.stream().map(RedFlagEntry::key).toList());
        Set<String> covered = new HashSet<>();
        List<AlarmRule> rules = new ArrayList<>();
        List<JsonNode> nodes = top.nodes("alarms", true);
        for (int i = 0; i < nodes.size(); i++) {
            YamlItem it = new YamlItem(display, YamlItem.label(nodes.get(i), "alarms[" + i + "]"), nodes.get(i));
            it.allowOnly(Set.of("key", "phrases", "anchors", "qualifiers", "minDays"));
            String key = it.text("key");
            if (!keys.contains(key)) throw it.fail("unknown triage key '" + key + "' (not in the red flags)");
            if (!covered.add(key)) throw it.fail("alarm rule defined twice for this key");
            List<String> anchors = it.texts("anchors", false), qualifiers = it.texts("qualifiers", false);
            Integer minDays = it.optInt("minDays");
            if (!anchors.isEmpty() && qualifiers.isEmpty() && minDays == null)
                throw it.fail("anchors need qualifiers or minDays (else list them as phrases)");
            List<String> phrases = it.texts("phrases", false);
            if (phrases.isEmpty() && anchors.isEmpty()) throw it.fail("an alarm rule needs phrases or anchors");
            rules.add(new AlarmRule(key, phrases, anchors, qualifiers, minDays));
        }
        for (String k : keys)
            if (!covered.contains(k)) throw top.fail("red flag '" + k + "' has no alarm rule for free-text questions");
        return new QuestionAlarms(rules, top.texts("negations", true), top.texts("scopeBreaks", true),
                top.texts("historyMarkers", true), top.texts("generalOpeners", true), top.texts("personalWords", true));
    }

    /**
     * {@code probiotic-safety.yaml}: product traits (genera or species, organism count, dose) and rules joining
     * traits with safety-context red-flag keys. Trait ids are unique hyphenated words; a rule names only known
     * traits and keys whose red flag has label-checker contexts; a {@code concern} needs a context; every rule cites
     * verified sources with a DOI or PMID (label reasons carry only those) and its text passes {@link Wording}.
     */
    private ProbioticSafety loadProbioticSafety(String file, List<RedFlagEntry> redFlags) {
        String display = name(file);
        YamlItem top = new YamlItem(display, null, read(file));
        top.allowOnly(Set.of("traits", "rules"));
        List<ProbioticSafety.Trait> traits = new ArrayList<>();
        List<JsonNode> tn = top.nodes("traits", true);
        for (int i = 0; i < tn.size(); i++) {
            YamlItem it = new YamlItem(display, YamlItem.label(tn.get(i), "traits[" + i + "]"), tn.get(i));
            it.allowOnly(Set.of("id", "description", "genera", "species", "minOrganisms", "minDoseCfu"));
            String id = it.text("id");
            if (!WORD_ID.matcher(id).matches()) throw it.fail("trait id '" + id + "' must be lower-case words joined by '-'");
            if (traits.stream().anyMatch(t -> t.id().equals(id))) throw it.fail("trait defined twice");
            String description = it.text("description");
            checkWords(it, description);
            Integer minOrganisms = it.optInt("minOrganisms");
            if (minOrganisms != null && minOrganisms < 1) throw it.fail("minOrganisms must be at least 1");
            ProbioticSafety.Trait t = new ProbioticSafety.Trait(id, description, it.texts("genera", false),
                    it.texts("species", false), minOrganisms, it.optPositive("minDoseCfu"));
            for (String g : t.genera())
                if (!g.matches("[A-Z][a-z]+")) throw it.fail("genus '" + g + "' must be one capitalised word");
            for (String sp : t.species())
                if (!sp.matches("[A-Z][a-z]+ [a-z]+.*")) throw it.fail("species '" + sp + "' must be a binomial");
            if (!t.namesOrganisms() && minOrganisms == null && t.minDoseCfu() == null)
                throw it.fail("a trait needs genera, species, minOrganisms or minDoseCfu");
            traits.add(t);
        }
        Set<String> traitIds = new HashSet<>(traits.stream().map(ProbioticSafety.Trait::id).toList());
        Set<String> contextKeys = new HashSet<>(redFlags.stream().filter(r -> !r.contexts().isEmpty())
                .map(RedFlagEntry::key).toList());
        List<ProbioticSafety.Rule> rules = new ArrayList<>();
        Set<String> ruleIds = new HashSet<>();
        List<JsonNode> rn = top.nodes("rules", true);
        for (int i = 0; i < rn.size(); i++) {
            YamlItem it = new YamlItem(display, YamlItem.label(rn.get(i), "rules[" + i + "]"), rn.get(i));
            it.allowOnly(Set.of("id", "traits", "contexts", "level", "text", "citations"));
            String id = it.text("id");
            if (!WORD_ID.matcher(id).matches()) throw it.fail("rule id '" + id + "' must be lower-case words joined by '-'");
            if (!ruleIds.add(id)) throw it.fail("rule defined twice");
            List<String> ts = it.texts("traits", false), cs = it.texts("contexts", false);
            for (String t : ts)
                if (!traitIds.contains(t)) throw it.fail("unknown trait '" + t + "' (defined: " + traitIds + ")");
            for (String c : cs)
                if (!contextKeys.contains(c))
                    throw it.fail("unknown context '" + c + "' (expected a red-flag key with contexts: " + contextKeys + ")");
            ProbioticSafety.Level level = it.word("level", ProbioticSafety.Level.class);
            if (ts.isEmpty() && cs.isEmpty()) throw it.fail("a rule needs traits or contexts (else it fires for every label)");
            if (level == ProbioticSafety.Level.CONCERN && cs.isEmpty())
                throw it.fail("a concern needs a context (a product trait alone is a note)");
            String text = it.text("text");
            checkWords(it, text);
            List<Citation> cited = cite(it, it.texts("citations", true), true);
            for (Citation c : cited)
                if (!c.hasDoiOrPmid())
                    throw it.fail("cites '" + c.id() + "', which has no DOI or PMID (label reasons need one)");
            rules.add(new ProbioticSafety.Rule(id, ts, cs, level, text, cited));
        }
        return new ProbioticSafety(traits, rules);
    }

    /**
     * {@code guilds.yaml}: functional guilds (id, name, products, pathway, taxa at species or genus rank, MetaCyc ids,
     * EC numbers, statement, citations) and diet statements (level {@code mechanism}, {@code association} or
     * {@code trial}). Ids are unique hyphenated words; a verified guild or statement cites only verified sources; a
     * species member is a binomial and a genus member one capitalised word; MetaCyc ids carry no pathway name.
     */
    private List<Guild> loadGuilds(String file, List<DietStatement> diet) {
        String display = name(file);
        YamlItem top = new YamlItem(display, null, read(file));
        top.allowOnly(Set.of("guilds", "diet"));
        List<Guild> out = new ArrayList<>();
        List<JsonNode> gn = top.nodes("guilds", true);
        for (int i = 0; i < gn.size(); i++) {
            YamlItem it = new YamlItem(display, YamlItem.label(gn.get(i), "guilds[" + i + "]"), gn.get(i));
            it.allowOnly(Set.of("id", "name", "products", "pathway", "taxa", "metacyc", "enzymes", "statement",
                    "citations", "verified"));
            String id = uniqueId(it);
            if (!WORD_ID.matcher(id).matches()) throw it.fail("guild id '" + id + "' must be lower-case words joined by '-'");
            boolean verified = it.bool("verified");
            List<Guild.Member> members = new ArrayList<>();
            List<JsonNode> tn = it.nodes("taxa", true);
            if (tn.isEmpty()) throw it.fail("a guild needs at least one taxon");
            for (int j = 0; j < tn.size(); j++) {
                YamlItem t = new YamlItem(display, id + " taxa[" + j + "]", tn.get(j));
                t.allowOnly(Set.of("name", "rank", "aliases", "route"));
                String n = t.text("name");
                String rankText = t.text("rank");
                Rank rank = Rank.ofLabel(rankText).filter(r -> r == Rank.SPECIES || r == Rank.GENUS)
                        .orElseThrow(() -> t.fail("rank must be species or genus, got '" + rankText + "'"));
                List<String> aliases = t.texts("aliases", false);
                for (String a : concat(n, aliases)) {
                    if (rank == Rank.SPECIES && !a.matches("[A-Z][a-z]+ [a-z]+"))
                        throw t.fail("species '" + a + "' must be a binomial");
                    if (rank == Rank.GENUS && !a.matches("[A-Z][a-z]+"))
                        throw t.fail("genus '" + a + "' must be one capitalised word");
                }
                members.add(new Guild.Member(n, rank, aliases, t.optText("route")));
            }
            List<String> metacyc = it.texts("metacyc", false);
            for (String m : metacyc)
                if (!m.matches("[A-Z0-9][A-Z0-9+-]*")) throw it.fail("metacyc id '" + m + "' must be the bare id (e.g. CENTFERM-PWY)");
            List<String> enzymes = it.texts("enzymes", false);
            for (String e : enzymes)
                if (!e.matches("\\d+\\.\\d+\\.\\d+\\.\\d+")) throw it.fail("enzyme '" + e + "' must be an EC number n.n.n.n");
            String statement = statement(it);
            checkWords(it, it.text("pathway"));
            out.add(new Guild(id, it.text("name"), it.text("products"), it.text("pathway"), members, metacyc, enzymes,
                    statement, cite(it, it.texts("citations", true), verified), verified));
        }
        List<JsonNode> dn = top.nodes("diet", false);
        for (int i = 0; i < dn.size(); i++) {
            YamlItem it = new YamlItem(display, YamlItem.label(dn.get(i), "diet[" + i + "]"), dn.get(i));
            it.allowOnly(Set.of("id", "level", "exposure", "statement", "citations", "verified"));
            String id = uniqueId(it);
            EvidenceLevel level = it.word("level", EvidenceLevel.class);
            if (level == EvidenceLevel.GUIDELINE) throw it.fail("a diet-microbiome statement cannot be a guideline position");
            boolean verified = it.bool("verified");
            diet.add(new DietStatement(id, level, it.text("exposure"), statement(it),
                    cite(it, it.texts("citations", true), verified), verified));
        }
        return out;
    }

    /**
     * {@code change-bands.yaml}: the band of change expected without real change. {@code source} says how it was
     * made (data, population, subjects, samples, quantile in (0, 1), rule, caveat, verified citations, and a
     * published statement with its own verified citations); {@code measures} has one row per measure, each a
     * registered alpha metric or {@code braycurtis}, once, with {@code pairs} ≥ 1 and {@code band} ≥ {@code median}
     * ≥ 0 (a quantile above one half cannot lie below the median).
     */
    private ChangeBands loadChangeBands(String file) {
        String display = name(file);
        YamlItem top = new YamlItem(display, null, read(file));
        top.allowOnly(Set.of("source", "measures"));
        YamlItem src = new YamlItem(display, "source", top.node("source"));
        src.allowOnly(Set.of("data", "population", "subjects", "samples", "quantile", "rule", "caveat", "citations",
                "published"));
        Integer subjects = src.optInt("subjects"), samples = src.optInt("samples");
        if (subjects == null || subjects < 1 || samples == null || samples < 2)
            throw src.fail("subjects (≥ 1) and samples (≥ 2) are required");
        Double q = src.optNumber("quantile");
        if (q == null || !(q > 0.5 && q < 1)) throw src.fail("quantile must be a number in (0.5, 1), e.g. 0.9");
        checkWords(src, src.text("rule"));
        checkWords(src, src.text("caveat"));
        YamlItem pub = new YamlItem(display, "source.published", src.node("published"));
        pub.allowOnly(Set.of("statement", "citations"));
        String published = statement(pub);
        Set<String> known = new java.util.HashSet<>(org.gutskin.diversity.alpha.AlphaMetrics.names());
        known.add(ChangeBands.BRAY_CURTIS);
        Map<String, ChangeBands.Band> bands = new LinkedHashMap<>();
        List<JsonNode> mn = top.nodes("measures", true);
        if (mn.isEmpty()) throw top.fail("measures: at least one band is needed");
        for (int i = 0; i < mn.size(); i++) {
            YamlItem it = new YamlItem(display, YamlItem.label(mn.get(i), "measures[" + i + "]"), mn.get(i));
            it.allowOnly(Set.of("measure", "pairs", "band", "median"));
            String m = it.text("measure");
            if (!known.contains(m))
                throw it.fail("unknown measure '" + m + "' (expected one of: " + String.join(", ", known.stream()
                        .sorted().toList()) + ")");
            Integer pairs = it.optInt("pairs");
            Double band = it.optNumber("band"), median = it.optNumber("median");
            if (pairs == null || pairs < 1) throw it.fail("pairs must be a whole number ≥ 1");
            if (band == null || median == null || median < 0 || band < median)
                throw it.fail("band and median are required, with band ≥ median ≥ 0");
            if (bands.put(m, new ChangeBands.Band(m, pairs, band, median)) != null)
                throw it.fail("measure '" + m + "' has two bands");
        }
        return new ChangeBands(src.text("data"), src.text("population"), subjects, samples, q, src.text("rule"),
                src.text("caveat"), cite(src, src.texts("citations", true), true), published,
                cite(pub, pub.texts("citations", true), true), bands);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private List<ChecklistItem> checklist(String file, List<JsonNode> nodes, String field) {
        List<ChecklistItem> out = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            YamlItem it = new YamlItem(file, field + "[" + i + "]", nodes.get(i));
            it.allowOnly(Set.of("text", "citations"));
            String text = it.text("text");
            checkWords(it, text);
            out.add(new ChecklistItem(text, cite(it, it.texts("citations", true), true)));
        }
        return out;
    }

    // ------------------------------------------------------------------ shared checks

    private String uniqueId(YamlItem it) {
        String id = it.text("id");
        if (!itemIds.add(id)) throw it.fail("id '" + id + "' is used by another item");
        return id;
    }

    private String statement(YamlItem it) {
        String s = it.text("statement");
        checkWords(it, s);
        String reserved = Wording.anyReservedIn(s);
        if (reserved != null)
            throw it.fail("statement uses the reserved ladder phrase '" + reserved + "' (the ladder adds it by tier)");
        return s;
    }

    private static void checkWords(YamlItem it, String text) {
        String bad = Wording.forbiddenIn(text);
        if (bad != null) throw it.fail("text uses the forbidden word '" + bad + "'");
    }

    /** Resolves citation ids; an item that is output ({@code mustBeVerified}) may cite only verified ones. */
    private List<Citation> cite(YamlItem it, List<String> ids, boolean mustBeVerified) {
        if (ids.isEmpty()) throw it.fail("no citation: every item must cite at least one source");
        List<Citation> out = new ArrayList<>();
        for (String id : ids) {
            Citation c = citations.get(id);
            if (c == null) throw it.fail("cites '" + id + "', which is not in the citation registry");
            if (mustBeVerified && !c.verified())
                throw it.fail("is verified (or shown to users) but cites the unverified citation '" + id + "'");
            out.add(c);
        }
        return out;
    }

    private JsonNode read(String rel) {
        try (InputStream in = source.open(rel)) {
            if (in == null) throw new KnowledgeBaseException(name(rel), null, "file not found");
            JsonNode n = yaml.readTree(in);
            if (n == null || n.isMissingNode()) throw new KnowledgeBaseException(name(rel), null, "file is empty");
            return n;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new KnowledgeBaseException(name(rel) + (loc == null ? "" : ":" + loc.getLineNr()), null,
                    "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new KnowledgeBaseException(name(rel), null, "cannot read: " + e.getMessage());
        }
    }

    private String name(String rel) {
        return displayRoot + rel;
    }

}
