package org.gutskin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gutskin.evidence.kb.KnowledgeBase;
import org.gutskin.evidence.label.LabelChecker;
import org.gutskin.evidence.label.LabelOrganism;
import org.gutskin.evidence.label.LabelVerdict;
import org.gutskin.evidence.label.LabelVerdictJson;
import org.gutskin.evidence.label.LabelSafety;
import org.gutskin.evidence.label.Reason;
import org.gutskin.evidence.label.SafetyContext;
import org.gutskin.evidence.label.SafetyFinding;
import org.gutskin.io.InputException;
import org.gutskin.report.TriageAnswers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gutskin label (TEXT | --file F) [--condition ID] [--context WORDS] [--answers JSON] [--json]}: the
 * probiotic-label checker, with a safety block for the person's context (context words from the knowledge base's
 * red flags, or triage answers as for {@code gutskin report --answers}).
 */
@Command(name = "label", mixinStandardHelpOptions = true, modelTransformer = RegistryNames.VerdictsHelp.class,
        description = {"Checks a probiotic product label against the cited evidence, strain by strain, and against "
                + "cited safety rules for the person's context."})
final class LabelCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TEXT", description = "The label text (quote it).")
    String text;

    @Option(names = "--file", paramLabel = "F", description = "Read the label text from a file (UTF-8).")
    Path file;

    @Option(names = "--condition", paramLabel = "ID", completionCandidates = ConditionIds.class,
            description = "The condition to check against (overrides the text): ${COMPLETION-CANDIDATES}.")
    String condition;

    @Option(names = "--context", paramLabel = "WORDS",
            description = "The person's safety context, comma-separated and repeatable: ${COMPLETION-CANDIDATES}.",
            completionCandidates = ContextWords.class)
    List<String> context = new ArrayList<>();

    @Option(names = "--answers", paramLabel = "JSON",
            description = "Triage answers (a JSON file or inline JSON object of booleans, as for gutskin report "
                    + "--answers); a true safety-context answer counts as its --context.")
    String answers;

    @Option(names = "--json", description = "Print the verdict as JSON (stable keys).")
    boolean json;

    @Override
    public Integer call() {
        if ((text == null) == (file == null))
            throw new CommandLine.ParameterException(spec.commandLine(), "give the label TEXT or --file F (one of them)");
        String input = text;
        if (file != null) {
            try {
                input = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new InputException(file, 0, "cannot read the label file: " + e.getMessage());
            }
        }
        if (input.isBlank()) throw new InputException(file, 0, "the label text is empty");
        KnowledgeBase kb = KnowledgeBase.get();
        Map<String, Boolean> triage = answers == null ? Map.of() : TriageAnswers.parseArgument(answers);
        SafetyContext person = SafetyContext.of(kb, context, triage);
        LabelVerdict v = new LabelChecker(kb).evaluate(input, condition, person);
        PrintWriter out = spec.commandLine().getOut();
        if (json) out.println(LabelVerdictJson.write(v, kb.version()));
        else print(out, v, kb);
        out.flush();
        return Main.OK;
    }

    private static void print(PrintWriter out, LabelVerdict v, KnowledgeBase kb) {
        printSafety(out, v.safety());
        out.println("Label: " + v.label().text());
        out.println("Organisms:");
        for (LabelOrganism o : v.label().organisms())
            out.println("  - " + o.name() + (o.formerName() == null ? "" : " (formerly " + o.formerName() + ")")
                    + (o.strainLevel() ? ", strain " + o.strain() + " [strain level]" : " [no strain designation]"));
        if (v.label().organisms().isEmpty()) out.println("  (none recognised)");
        out.println("Dose: " + (v.label().doseCfu() == null ? "not printed"
                : org.gutskin.evidence.label.Cfu.format(v.label().doseCfu()) + " CFU per serving"));
        out.println("Condition: " + (v.conditionId() == null ? "none claimed"
                : v.conditionId() + " (" + kb.condition(v.conditionId()).name() + ")"));
        out.println("Verdict: " + v.verdict().id() + (v.supportive() ? " (supports trying it as an adjunct)" : ""));
        out.println("Reasons:");
        int i = 1;
        for (Reason r : v.reasons()) {
            out.println("  " + i++ + ". " + r.text());
            out.println("     [" + String.join("; ", r.citationIds()) + "]");
        }
        out.println();
        out.println(v.disclaimer());
        out.println("(knowledge base " + kb.version() + ")");
    }

    /** The safety block, first: context, product traits, then concerns (numbered with their citations) and notes. */
    private static void printSafety(PrintWriter out, LabelSafety s) {
        out.println("Safety: " + (s.hasConcern() ? "CONCERN" : "no concern for the context given")
                + " (context: " + (s.context().isEmpty() ? "none given; use --context or --answers"
                : String.join(", ", s.context())) + "; product: "
                + (s.productTraits().isEmpty() ? "no safety trait" : String.join(", ", s.productTraits())) + ")");
        for (SafetyFinding f : s.concerns()) printFinding(out, "CONCERN", f);
        for (SafetyFinding f : s.notes()) printFinding(out, "Note", f);
        out.println();
    }

    private static void printFinding(PrintWriter out, String kind, SafetyFinding f) {
        out.println("  " + kind + " (" + f.rule() + "): " + f.text());
        out.println("     [" + String.join("; ", f.citationIds()) + "]");
    }

    /** The accepted {@code --context} words, from the knowledge base's red flags (for the help text). */
    static final class ContextWords implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return KnowledgeBase.get().contextWords().iterator();
        }
    }
}
