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
import org.gutskin.profile.AbundanceTable;
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

    @Option(names = "--json", description = "Print JSON: {\"files\":[{path, format, samples, taxa, taxaPerRank, hasCounts, warnings}]}.")
    boolean json;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    /** One file's summary; the field order is the JSON key order of the contract. */
    record FileSummary(String path, String format, List<String> samples, int taxa, Map<String, Integer> taxaPerRank,
            boolean hasCounts, List<String> warnings) {}

    record Summary(List<FileSummary> files) {}

    @Override
    public Integer call() throws Exception {
        List<FileSummary> out = new ArrayList<>();
        for (Path f : files) out.add(summarize(f, ProfileFiles.read(f, input.readOptions())));
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(new Summary(out)));
        } else {
            for (FileSummary s : out) {
                w.println(s.path());
                w.println("  format:   " + s.format());
                w.println("  samples:  " + s.samples().size() + " (" + preview(s.samples()) + ")");
                w.println("  taxa:     " + s.taxa() + (s.taxaPerRank().isEmpty() ? "" : " — " + perRank(s.taxaPerRank())));
                w.println("  counts:   " + (s.hasCounts() ? "yes" : "no (relative abundances only: Chao1 and rarefaction need counts)"));
                for (String warning : s.warnings()) w.println("  warning:  " + warning);
            }
        }
        w.flush();
        return Main.OK;
    }

    static FileSummary summarize(Path f, Profile p) {
        AbundanceTable t = p.abundance();
        Map<String, Integer> perRank = new LinkedHashMap<>();
        for (Map.Entry<Rank, Integer> e : t.taxaPerRank().entrySet()) perRank.put(e.getKey().label(), e.getValue());
        int taxa = (int) t.taxa().stream().filter(l -> !l.isUnclassified()).count();
        return new FileSummary(f.toString(), p.format().label(), t.sampleIds(), taxa, perRank, p.hasCounts(), p.warnings());
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
