package org.gutskin.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gutskin.evidence.kb.Citation;
import org.gutskin.evidence.kb.Definition;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.kb.RedFlagEntry;
import org.gutskin.evidence.ladder.ConditionLadder;
import org.gutskin.evidence.ladder.LadderDocument;
import org.gutskin.evidence.ladder.LadderJson;
import org.gutskin.evidence.ladder.LadderRung;
import org.gutskin.evidence.ladder.LadderStatement;
import org.gutskin.evidence.triage.QuestionAnswer;
import org.gutskin.evidence.triage.QuestionRouter;
import org.gutskin.evidence.triage.Route;
import org.gutskin.evidence.triage.Triage;
import org.gutskin.evidence.triage.TriageJson;
import org.gutskin.evidence.triage.TriageResult;
import org.gutskin.report.TriageAnswers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gutskin evidence [--condition ID] [--json] [--answers FILE] [--question TEXT]}: the evidence ladder per
 * condition, strongest rung first, every statement cited, then the consensus definitions. With triage answers, a
 * clinician-first routing is printed before everything; with a question, the next step it calls for comes next.
 */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "Prints the evidence ladder (guidelines > trials > associations > mechanisms) and its citations.")
final class EvidenceCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--condition", paramLabel = "ID", completionCandidates = ConditionIds.class,
            description = "One condition, any id of the knowledge base: ${COMPLETION-CANDIDATES} (default: the"
                    + " conditions its manifest marks default, the contract's five).")
    String condition;

    @Option(names = "--json", description = "Print JSON: knowledgeBase, route (urgent-care, clinician-first, standard,"
            + " not-assessed), redFlags, flags[{id, urgency, timeFrame, reason, citations}], nextStep, thenStep,"
            + " conditions[{id, certaintyTier, ladder[{level, statements[{text, citations}]}]}].")
    boolean json;

    @Option(names = "--question", paramLabel = "TEXT",
            description = "A question in your own words. Warning signs and safety contexts (fever with a rash, blood"
                    + " in the stool, a preterm baby, pregnancy, immune-suppressing medicines, stopping a prescribed"
                    + " treatment …) are looked for first: a flagged question is answered with the route"
                    + " (urgent-care or clinician-first), the reason and when to see a clinician, then the next step.")
    String question;

    @Option(names = "--answers", paramLabel = "JSON",
            description = "Triage answers: a JSON file or inline JSON object of booleans, keys as for `gutskin report"
                    + " --answers`; a missing key is 'not asked'.")
    String answers;

    @CommandLine.Mixin
    ReaderAgeOption age;

    @Option(names = "--triage-questions",
            description = "Print the warning-sign questions (key, group, urgency, time frame, question) and exit;"
                    + " with --json as {\"questions\": [...]}. Use the keys in --answers files.")
    boolean listQuestions;

    @Override
    public Integer call() {
        KnowledgeBase kb = KnowledgeBase.get();
        if (listQuestions) return questions(kb);
        TriageResult triage = answers == null ? null : Triage.route(kb, TriageAnswers.parseArgument(answers));
        QuestionAnswer asked = question == null ? null : QuestionRouter.route(kb, question);
        LadderDocument doc = LadderDocument.of(kb, condition, triage, asked, age.band());
        List<ConditionLadder> ladders = doc.ladders();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(LadderJson.write(doc.json()));
        } else {
            List<String> lines = new ArrayList<>();
            if (asked != null) {
                Route r = TriageJson.route(triage, asked);
                if (asked.flagged()) lines.add("ROUTE: " + r.id() + ".");
                lines.add("NEXT STEP (" + asked.next().kind().id().replace('-', ' ') + "): " + asked.next().advice());
                if (asked.then() != null)
                    lines.add("THEN (" + asked.then().kind().id().replace('-', ' ') + "): " + asked.then().advice());
                lines.add("");
            }
            if (triage != null) lines.addAll(triage.notice());
            else if (asked == null || !asked.flagged()) lines.addAll(Triage.notAsked(kb).notice().subList(0, 1));
            lines.add("");
            lines.addAll(text(ladders, kb));
            for (String line : lines) out.println(line);
        }
        out.flush();
        return Main.OK;
    }

    /** The triage questions from the knowledge base: TSV (header first) or JSON. */
    private int questions(KnowledgeBase kb) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode doc = LadderJson.document(List.of(), kb.version()).objectNode();
            var qs = doc.putArray("questions");
            for (RedFlagEntry r : kb.redFlags())
                qs.addObject().put("id", r.key()).put("group", r.group().word()).put("urgency", r.urgency().word())
                        .put("timeFrame", r.timeFrame()).put("question", r.question());
            out.println(LadderJson.write(doc));
        } else {
            out.println("key\tgroup\turgency\ttime_frame\tquestion");
            for (RedFlagEntry r : kb.redFlags())
                out.println(String.join("\t", r.key(), r.group().word(), r.urgency().word(), r.timeFrame(),
                        r.question()));
        }
        out.flush();
        return Main.OK;
    }

    private static List<String> text(List<ConditionLadder> ladders, KnowledgeBase kb) {
        List<String> lines = new ArrayList<>();
        for (ConditionLadder l : ladders) {
            lines.add("== " + l.name() + " [" + l.conditionId() + "] - certainty of the gut-skin evidence: "
                    + l.certaintyTier().word() + " ==");
            lines.add("   " + l.certaintyNote() + " [" + ids(l.certaintyCitations()) + "]");
            for (LadderRung r : l.rungs()) {
                lines.add("");
                lines.add("-- Level " + r.level().number() + ": " + r.level().title() + " --");
                for (LadderStatement s : r.statements())
                    lines.add(" * " + s.text() + " [" + String.join("; ", s.citationIds()) + "]");
            }
            if (!l.lanes().isEmpty()) {
                lines.add("");
                lines.add("-- Trial evidence by population and purpose (certainty rule: design, bias, inconsistency,"
                        + " imprecision, effect against the MCID) --");
                for (org.gutskin.evidence.ladder.Lane lane : l.lanes()) {
                    lines.add(" [" + lane.label() + (lane.readerLane() ? " \u2014 your age group" : "") + "] certainty "
                            + lane.certainty().word() + ": " + lane.wording().lead().replaceAll(":$", "")
                            + " (" + String.join("; ", lane.reasons()) + ")");
                    for (LadderStatement g : lane.guidelines())
                        lines.add("   - " + g.text() + " [" + String.join("; ", g.citationIds()) + "]");
                    for (org.gutskin.evidence.ladder.TrialAssessment a : lane.trials())
                        lines.add("   - " + a.trial().id() + " (" + a.certainty().word()
                                + (a.downgrades().isEmpty() ? "" : "; " + String.join("; ", a.downgrades())) + ")");
                }
            }
            lines.add("");
            lines.add("References:");
            for (Citation c : l.citations()) lines.add("  " + c.reference());
            lines.add("");
        }
        lines.add("Definitions:");
        for (Definition d : kb.definitions())
            lines.add("  " + d.term() + ": " + d.definition() + " [" + ids(d.citations()) + "]");
        lines.add("");
        lines.add("Knowledge base " + kb.version() + ". Evidence reading, not medical advice.");
        return lines;
    }

    private static String ids(List<Citation> cs) {
        return String.join("; ", cs.stream().map(Citation::identifier).toList());
    }
}
