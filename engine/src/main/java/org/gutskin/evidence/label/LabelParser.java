package org.gutskin.evidence.label;

import java.util.Locale;
import java.util.regex.Pattern;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.Population;
import org.gutskin.evidence.kb.Purpose;

/**
 * Reads free label text into a {@link ParsedLabel}: organisms with strains ({@link OrganismParser}), the dose
 * ({@link DoseParser}), every condition named ({@link ConditionDetector}), the population and purpose hints
 * ("for babies", "in pregnancy", "helps prevent") and claim wording ({@link ClaimWording}).
 */
public final class LabelParser {

    private static final Pattern INFANT = Pattern.compile("\\b(infants?|bab(y|ies)|newborns?|toddlers?)\\b");
    private static final Pattern CHILD = Pattern.compile("\\b(child(ren)?|kids?|paediatric|pediatric)\\b");
    private static final Pattern ADULT = Pattern.compile("\\b(adults?|women|men)\\b");
    private static final Pattern PREGNANCY = Pattern.compile("\\b(pregnan\\w*|prenatal|maternal|expecting)\\b");
    private static final Pattern PREVENTION = Pattern.compile("\\b(prevent\\w*|reduces? the risk|lower risk)\\b");

    private final KnowledgeBase kb;
    private final OrganismParser organisms;
    private final ConditionDetector conditions;

    public LabelParser(KnowledgeBase kb) {
        this.kb = kb;
        this.organisms = new OrganismParser(new NameIndex(kb));
        this.conditions = new ConditionDetector(kb);
    }

    public ParsedLabel parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Population pop = PREGNANCY.matcher(lower).find() ? Population.MATERNAL_INFANT
                : INFANT.matcher(lower).find() ? Population.INFANT
                : CHILD.matcher(lower).find() ? Population.CHILD
                : ADULT.matcher(lower).find() ? Population.ADULT : null;
        Purpose purpose = PREVENTION.matcher(lower).find() ? Purpose.PREVENTION : null;
        var found = organisms.parse(text);
        return new ParsedLabel(text, found, DoseParser.read(text, found.size()), conditions.detectAll(text), pop,
                purpose, ClaimWording.claims(text));
    }

    KnowledgeBase knowledgeBase() {
        return kb;
    }
}
