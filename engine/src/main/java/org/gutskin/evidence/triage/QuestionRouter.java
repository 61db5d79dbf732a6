package org.gutskin.evidence.triage;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gutskin.evidence.kb.Condition;
import org.gutskin.evidence.kb.KnowledgeBase;

/**
 * Routes a free-text question to the right next step. Red-flag wording (pain, scarring, infection, fever, rapid
 * worsening, bleeding, sleep loss) always wins; then a product or supplement question goes to the label checker;
 * "why/how/mechanism/SIBO/short-chain fatty acid" to the mechanism rung of the ladder; a question naming a condition
 * to its evidence ladder; a question about one's own test results to the report.
 */
public final class QuestionRouter {

    private static final Pattern URGENT = Pattern.compile("\\b(pain\\w*|scar\\w*|infect\\w*|pus|fever|bleed\\w*|"
            + "spreading|rapid\\w*|worse\\w*|worsening|weeping|crust\\w*|can'?t sleep|sleepless\\w*|blister\\w*|"
            + "suicid\\w*|depress\\w*)\\b");
    private static final Pattern PRODUCT = Pattern.compile("\\b(product|label|supplement\\w*|probiotic\\w*|capsule\\w*|"
            + "pill\\w*|gumm\\w*|brand|buy|bought|cfu|strain\\w*|yog(h)?urt|kefir)\\b");
    private static final Pattern MECHANISM = Pattern.compile("\\b(why|how does|how do|mechanism\\w*|gut[- ]skin|axis|"
            + "sibo|short[- ]chain|scfa\\w*|butyrate|barrier|immune|inflammation|metabolite\\w*)\\b");
    private static final Pattern REPORT = Pattern.compile("\\b(my (results?|test|sample|stool|report|microbiome)|"
            + "test results?|stool test|gmhi|gmwi2|diversity)\\b");

    private QuestionRouter() {}

    public static NextStep route(String question) {
        return route(KnowledgeBase.get(), question);
    }

    public static NextStep route(KnowledgeBase kb, String question) {
        String q = question == null ? "" : question.toLowerCase(Locale.ROOT);
        String condition = condition(kb, q);
        if (URGENT.matcher(q).find())
            return new NextStep(NextStep.Kind.CLINICIAN_FIRST, condition, "Your question mentions a warning sign: see a "
                    + "doctor or dermatologist first; answer the triage questions (gutskin report --answers) so it is "
                    + "shown at the top of your report.");
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
                + "(gutskin evidence --condition ID, ids: " + String.join(", ", KnowledgeBase.CONDITION_IDS) + ").");
    }

    /** The first condition whose name or alias the question contains, or null. */
    static String condition(KnowledgeBase kb, String lowerQuestion) {
        for (Condition c : kb.conditions()) {
            List<String> words = new java.util.ArrayList<>(c.aliases());
            words.add(c.id().replace('-', ' '));
            for (String a : words)
                if (Pattern.compile("\\b" + Pattern.quote(a.toLowerCase(Locale.ROOT)) + "\\b").matcher(lowerQuestion).find())
                    return c.id();
        }
        return null;
    }
}
