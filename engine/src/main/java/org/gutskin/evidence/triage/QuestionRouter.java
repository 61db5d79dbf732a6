package org.gutskin.evidence.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gutskin.evidence.kb.Condition;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.RedFlagEntry;
import org.gutskin.evidence.triage.QuestionAlarmMatcher.Alarm;

/**
 * Routes a free-text question. Safety comes first: the knowledge base's alarm vocabulary
 * ({@link QuestionAlarmMatcher}) looks for red-flag symptoms and safety contexts (preterm, pregnancy, immune
 * suppression, a central line, stopping a prescribed treatment), with negation and time; a flagged question answers
 * with the route, the reason and "see a clinician today / first because …", and only then the ordinary step. The
 * ordinary step: a product or supplement question goes to the label checker; "why/how/mechanism/SIBO/short-chain
 * fatty acid" to the mechanism rung; a question naming a condition to its evidence ladder; a question about one's own
 * test results to the report.
 */
public final class QuestionRouter {

    private static final Pattern PRODUCT = Pattern.compile("\\b(product|label|supplement\\w*|probiotic\\w*|capsule\\w*|"
            + "pill\\w*|gumm\\w*|brand|buy|bought|cfu|strain\\w*|yog(h)?urt|kefir)\\b");
    private static final Pattern MECHANISM = Pattern.compile("\\b(why|how does|how do|mechanism\\w*|gut[- ]skin|axis|"
            + "sibo|short[- ]chain|scfa\\w*|butyrate|barrier|immune|inflammation|metabolite\\w*)\\b");
    private static final Pattern REPORT = Pattern.compile("\\b(my (results?|test|sample|stool|report|microbiome)|"
            + "test results?|stool test|gmhi|gmwi2|diversity)\\b");

    private static volatile QuestionAlarmMatcher bundledMatcher;

    private QuestionRouter() {}

    public static QuestionAnswer route(String question) {
        return route(KnowledgeBase.get(), question);
    }

    public static QuestionAnswer route(KnowledgeBase kb, String question) {
        QuestionAlarmMatcher m = kb == KnowledgeBase.get() ? bundled() : new QuestionAlarmMatcher(kb);
        String q = question == null ? "" : question.toLowerCase(Locale.ROOT);
        NextStep ordinary = ordinary(kb, q);
        List<Alarm> alarms = m.find(question == null ? "" : question);
        if (alarms.isEmpty()) return new QuestionAnswer(Route.NOT_ASSESSED, alarms, ordinary, null);
        Route route = Route.of(alarms.get(0).redFlag().urgency());
        return new QuestionAnswer(route, alarms, safetyStep(route, alarms, ordinary.conditionId()), ordinary);
    }

    private static QuestionAlarmMatcher bundled() {
        QuestionAlarmMatcher m = bundledMatcher;
        if (m == null) bundledMatcher = m = new QuestionAlarmMatcher(KnowledgeBase.get());
        return m;
    }

    /** "See a clinician today because your question mentions …", then each alarm's time frame and reason, most urgent first. */
    private static NextStep safetyStep(Route route, List<Alarm> alarms, String condition) {
        List<String> quoted = new ArrayList<>(), why = new ArrayList<>();
        for (Alarm a : alarms) {
            RedFlagEntry r = a.redFlag();
            quoted.add("\"" + a.matched() + "\"");
            why.add(Character.toUpperCase(r.timeFrame().charAt(0)) + r.timeFrame().substring(1) + ": " + r.action());
        }
        String head = route == Route.URGENT_CARE
                ? "See a clinician today (same day; emergency services if you feel very unwell) because "
                : "See a clinician before acting on any microbiome reading, label or supplement, because ";
        return new NextStep(route == Route.URGENT_CARE ? NextStep.Kind.URGENT_CARE : NextStep.Kind.CLINICIAN_FIRST,
                condition, head + "your question mentions " + String.join(" and ", quoted) + ". "
                        + String.join(" ", why));
    }

    private static NextStep ordinary(KnowledgeBase kb, String q) {
        String condition = condition(kb, q);
        if (PRODUCT.matcher(q).find())
            return new NextStep(NextStep.Kind.LABEL_CHECK, condition, "Check the product label strain by strain: "
                    + "gutskin label \"<label text>\"" + (condition == null ? "" : " --condition " + condition) + ".");
        if (MECHANISM.matcher(q).find())
            return new NextStep(NextStep.Kind.MECHANISM_READING, condition, "Read the mechanism rung of the evidence "
                    + "ladder (the weakest rung: laboratory, animal and review evidence): gutskin evidence"
                    + (condition == null ? "" : " --condition " + condition) + ".");
        if (REPORT.matcher(q).find())
            return new NextStep(NextStep.Kind.REPORT, condition, "Generate a report from your profile: gutskin report "
                    + "FILE --sample ID" + (condition == null ? "" : " --condition " + condition) + " --format html -o report.html.");
        if (condition != null)
            return new NextStep(NextStep.Kind.EVIDENCE_LADDER, condition, "Read what is known, strongest evidence "
                    + "first: gutskin evidence --condition " + condition + ".");
        return new NextStep(NextStep.Kind.GENERAL, null, "Start with the evidence ladder for your condition "
                + "(gutskin evidence --condition ID, ids: " + String.join(", ", kb.conditionIds()) + ").");
    }

    /** The first condition whose name or alias the question contains, or null. */
    static String condition(KnowledgeBase kb, String lowerQuestion) {
        for (Condition c : kb.conditions()) {
            List<String> words = new ArrayList<>(c.aliases());
            words.add(c.id().replace('-', ' '));
            for (String a : words)
                if (Pattern.compile("\\b" + Pattern.quote(a.toLowerCase(Locale.ROOT)) + "\\b").matcher(lowerQuestion).find())
                    return c.id();
        }
        return null;
    }
}
