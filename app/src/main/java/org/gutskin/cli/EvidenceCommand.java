package org.gutskin.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gutskin.evidence.kb.Citation;
import org.gutskin.evidence.kb.Definition;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.ladder.ConditionLadder;
import org.gutskin.evidence.ladder.EvidenceLadder;
import org.gutskin.evidence.ladder.LadderJson;
import org.gutskin.evidence.ladder.LadderRung;
import org.gutskin.evidence.ladder.LadderStatement;
import org.gutskin.evidence.triage.NextStep;
import org.gutskin.evidence.triage.QuestionRouter;
import org.gutskin.evidence.triage.Triage;
import org.gutskin.evidence.triage.TriageResult;
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

    @Option(names = "--condition", paramLabel = "ID",
            description = "One condition: atopic-dermatitis, psoriasis, rosacea, acne, sensitive-skin (default: all).")
    String condition;

    @Option(names = "--json", description = "Print JSON: knowledgeBase, route, redFlags, conditions[{id, "
            + "certaintyTier, ladder[{level, statements[{text, citations}]}]}].")
    boolean json;

    @Option(names = "--question", paramLabel = "TEXT",
            description = "A question in your own words; the next step it calls for is printed first.")
    String question;

    @Option(names = "--answers", paramLabel = "FILE",
            description = "Triage answers (JSON object of booleans, keys as for `gutskin report --answers`).")
    Path answers;

    @Override
    public Integer call() {
        KnowledgeBase kb = KnowledgeBase.get();
        TriageResult triage = answers == null ? Triage.none() : Triage.route(kb, Triage.readAnswers(answers));
        NextStep next = question == null ? null : QuestionRouter.route(kb, question);
        String only = condition != null ? condition : next == null ? null : next.conditionId();
        List<ConditionLadder> ladders = only == null ? EvidenceLadder.all(kb)
                : List.of(EvidenceLadder.forCondition(kb, only));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode doc = LadderJson.document(List.of(), kb.version());
            ObjectNode ordered = doc.objectNode();
            ordered.put("route", triage.route().id());
            ArrayNode flags = ordered.putArray("redFlags");
            triage.redFlagKeys().forEach(flags::add);
            if (next != null) {
                ObjectNode n = ordered.putObject("nextStep");
                n.put("kind", next.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                n.put("condition", next.conditionId());
                n.put("advice", next.advice());
            }
            LadderJson.addEvidence(ordered, ladders, kb.version(), kb.definitions());
            out.println(LadderJson.write(ordered));
        } else {
            List<String> body = new ArrayList<>();
            if (next != null) {
                body.add("NEXT STEP (" + next.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "): "
                        + next.advice());
                body.add("");
            }
            body.addAll(text(ladders, kb));
            for (String line : triage.first(body)) out.println(line);
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
