package org.gutskin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gutskin.diversity.FeatureSelection;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.EmptySamples;
import org.gutskin.profile.RankCoverage;
import org.gutskin.profile.TableUnion;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.profile.format.ProfileFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gutskin inspect FILE... [--json]}: what gutskin reads from each file — format, sample ids, number of
 * taxa (overall and per rank), whether read counts are present, and any warnings.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = "Show what gutskin reads from profile files: format, samples, taxa per rank, counts.")
final class InspectCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Profile files (any supported format).")
    List<Path> files;

    @Option(names = "--json", description = "Print JSON: {\"files\":[{path, format, samples, taxa, taxaPerRank, hasCounts, "
            + "warnings, rankCoverage}], \"joins\":[{mode, files, taxa, leftOut, reconciliations}]}.")
    boolean json;

    @Option(names = "--rank", paramLabel = "RANK", defaultValue = "species",
            description = "The rank whose coverage is shown (the share of each sample's classified abundance it "
                    + "keeps) and at which several files are joined (default: ${DEFAULT-VALUE}).")
    String rank;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    /** One file's summary; the field order is the JSON key order of the contract. */
    record FileSummary(String path, String format, List<String> samples, int taxa, Map<String, Integer> taxaPerRank,
            boolean hasCounts, List<String> warnings, Coverage rankCoverage) {}

    /**
     * What the rank keeps of each sample's classified abundance: the share dropped per sample (0 … 1), the samples
     * losing more than 10 %, and the deepest shallower rank that keeps 90 % of every sample (null when none is
     * needed or none does). Null for a file without a taxonomy or without the rank.
     */
    record Coverage(String rank, Map<String, Double> dropped, List<String> lossy, String suggestedRank) {}

    record Reconciled(String source, String given, String kept, String reason) {}

    /** The files joined as the commands that combine files join them, at the inspected rank. */
    record Join(String mode, List<String> files, int taxa, List<String> leftOut, List<Reconciled> reconciliations,
            String error) {}

    record Summary(List<FileSummary> files, List<Join> joins) {}

    @Override
    public Integer call() throws Exception {
        Rank r = Rank.ofLabel(rank).orElseThrow(() -> new picocli.CommandLine.ParameterException(spec.commandLine(),
                "unknown rank '" + rank + "'; expected kingdom, phylum, class, order, family, genus, species or strain"));
        List<FileSummary> out = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        for (Path f : files) {
            Profile p = ProfileFiles.read(f, input.readOptions());
            profiles.add(p);
            out.add(summarize(f, p, r));
        }
        List<Join> joins = files.size() > 1 ? List.of(join(profiles, r)) : List.of();
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(new Summary(out, joins)));
        } else {
            for (FileSummary s : out) {
                w.println(s.path());
                w.println("  format:   " + s.format());
                w.println("  samples:  " + s.samples().size() + " (" + preview(s.samples()) + ")");
                w.println("  taxa:     " + s.taxa() + (s.taxaPerRank().isEmpty() ? "" : " — " + perRank(s.taxaPerRank())));
                w.println("  counts:   " + (s.hasCounts() ? "yes" : "no (relative abundances only: Chao1 and rarefaction need counts)"));
                for (String warning : s.warnings()) w.println("  warning:  " + warning);
                if (s.rankCoverage() != null && !s.rankCoverage().lossy().isEmpty())
                    w.println("  warning:  rank " + s.rankCoverage().rank() + " drops more than 10 % of "
                            + s.rankCoverage().lossy().size() + " sample(s)" + (s.rankCoverage().suggestedRank() == null
                            ? "" : "; --rank " + s.rankCoverage().suggestedRank() + " keeps 90 % of every sample"));
            }
            for (Join j : joins) {
                w.println("joined (" + j.mode() + "): " + j.taxa() + " taxa at rank " + r.label()
                        + (j.error() != null ? "; " + j.error() : "") + "; " + j.reconciliations().size()
                        + " lineage(s) reconciled" + (j.leftOut().isEmpty() ? "" : "; left out: " + String.join(", ", j.leftOut())));
                for (Reconciled c : j.reconciliations()) w.println("  " + c.source() + ": " + c.given() + " -> " + c.kept() + " (" + c.reason() + ")");
            }
        }
        w.flush();
        return Main.OK;
    }

    static FileSummary summarize(Path f, Profile p, Rank r) {
        AbundanceTable t = p.abundance();
        Map<String, Integer> perRank = new LinkedHashMap<>();
        for (Map.Entry<Rank, Integer> e : t.taxaPerRank().entrySet()) perRank.put(e.getKey().label(), e.getValue());
        int taxa = (int) t.taxa().stream().filter(l -> !l.isUnclassified()).count();
        Coverage c = null;
        if (FeatureSelection.hasTaxonomy(t) && t.reachesRank(r)) {
            RankCoverage rc = RankCoverage.of(t, r);
            Map<String, Double> dropped = new LinkedHashMap<>();
            for (int s = 0; s < t.sampleCount(); s++) dropped.put(t.sampleIds().get(s), rc.dropped(s));
            c = new Coverage(r.label(), dropped, rc.lossy().stream().map(t.sampleIds()::get).toList(),
                    rc.suggested().map(Rank::label).orElse(null));
        }
        return new FileSummary(f.toString(), p.format().label(), t.sampleIds(), taxa, perRank, p.hasCounts(), p.warnings(), c);
    }

    /** The files joined at the rank as {@code alpha}/{@code beta} join them (--join), with every reconciliation. */
    private Join join(List<Profile> profiles, Rank r) {
        List<AbundanceTable> tables = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Profile p : profiles) {
            AbundanceTable t = p.abundance();
            if (EmptySamples.allEmpty(t)) {
                leftOut.add(p.source().toString());
                continue;
            }
            tables.add(FeatureSelection.hasTaxonomy(t) && t.reachesRank(r) ? t.atRank(r) : t);
            sources.add(p.source().toString());
        }
        String mode = input.joinMode().label();
        if (tables.isEmpty()) return new Join(mode, sources, 0, leftOut, List.of(), "every file is empty");
        try {
            TableUnion.Joined j = TableUnion.join(tables, sources, input.joinMode(), Joins.names(tables.size()));
            List<Reconciled> rec = j.reconciliations().stream()
                    .map(c -> new Reconciled(c.source(), c.given(), c.kept(), c.reason())).toList();
            int taxa = (int) j.table().taxa().stream().filter(l -> !l.isUnclassified()).count();
            return new Join(mode, sources, taxa, leftOut, rec, null);
        } catch (IllegalArgumentException | org.gutskin.io.InputException e) {
            return new Join(mode, sources, 0, leftOut, List.of(), e.getMessage());
        }
    }

    private static String preview(List<String> ids) {
        if (ids.size() <= 5) return String.join(", ", ids);
        return String.join(", ", ids.subList(0, 5)) + ", …";
    }

    private static String perRank(Map<String, Integer> m) {
        StringBuilder sb = new StringBuilder();
        m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return sb.toString();
    }
}
