package org.gutskin.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.gutskin.cohort.SampleScoring;
import org.gutskin.diversity.alpha.AlphaMetricType;
import org.gutskin.diversity.alpha.AlphaMetrics;
import org.gutskin.diversity.beta.BetaMetricType;
import org.gutskin.diversity.beta.BetaMetrics;
import org.gutskin.report.Registries;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The command line's view of the registries: completion candidates (and so {@code ${COMPLETION-CANDIDATES}} in
 * option help) and the lines of command help that list registry entries with their summaries. No command spells a
 * metric, format or verdict name; a registry entry reaches {@code --help} through here.
 */
final class RegistryNames {

    private RegistryNames() {}

    static final class AlphaMetricNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return AlphaMetrics.names().iterator();
        }
    }

    static final class BetaMetricNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return BetaMetrics.names().iterator();
        }
    }

    /** The beta metrics a cohort takes (no tree). */
    static final class TreelessBetaMetricNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return BetaMetrics.treeless().iterator();
        }
    }

    /** The per-sample scores a cohort compares: plain alpha metrics, then the indices. */
    static final class CohortScoreNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return SampleScoring.names().iterator();
        }
    }

    static final class ProfileFormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Registries.profileFormats().iterator();
        }
    }

    static final class ReportFormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Registries.reportFormats().iterator();
        }
    }

    /** The report audiences ({@code report --audience}). */
    static final class AudienceNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Registries.lists(org.gutskin.evidence.kb.KnowledgeBase.get()).get(Registries.AUDIENCES).iterator();
        }
    }

    /** Appends "Metrics:" and one line per alpha metric (name, summary, what it needs) to the command's help. */
    static final class AlphaMetricsHelp implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            List<String> lines = new ArrayList<>();
            for (AlphaMetricType t : AlphaMetrics.types())
                lines.add(line(t.name(), t.summary(), t.needsCounts() ? "read counts" : null,
                        t.needsTree() ? "--tree or --taxonomy-tree" : null));
            return append(spec, "Metrics:", lines);
        }
    }

    /** Appends "Metrics:" and one line per beta metric to the command's help. */
    static final class BetaMetricsHelp implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            List<String> lines = new ArrayList<>();
            for (BetaMetricType t : BetaMetrics.types())
                lines.add(line(t.name(), t.summary(), null, t.needsTree() ? "--tree or --taxonomy-tree" : null));
            return append(spec, "Metrics:", lines);
        }
    }

    /** Appends "Formats:" and one line per report format to the command's help. */
    static final class ReportFormatsHelp implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            List<String> lines = new ArrayList<>();
            for (org.gutskin.report.render.ReportFormat f : org.gutskin.report.render.ReportFormat.values())
                lines.add(line(f.label(), f.summary(), null, null));
            return append(spec, "Formats:", lines);
        }
    }

    /** Appends the label verdict ids to the command's help. */
    static final class VerdictsHelp implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            return append(spec, "Verdicts: " + String.join(", ", Registries.verdicts()) + ".", List.of());
        }
    }

    private static String line(String name, String summary, String counts, String tree) {
        String needs = counts != null ? "needs " + counts : tree != null ? "needs " + tree : null;
        return "  " + name + ": " + summary + (needs == null ? "" : " (" + needs + ")");
    }

    private static CommandSpec append(CommandSpec spec, String head, List<String> lines) {
        List<String> d = new ArrayList<>(List.of(spec.usageMessage().description()));
        d.add(head);
        d.addAll(lines);
        spec.usageMessage().description(d.toArray(String[]::new));
        return spec;
    }
}
