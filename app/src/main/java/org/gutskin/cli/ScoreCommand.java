package org.gutskin.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gutskin.index.HealthIndex;
import org.gutskin.index.IndexScores;
import org.gutskin.io.TsvCells;
import org.gutskin.io.TsvNumbers;
import org.gutskin.profile.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gutskin score FILE... --index gmhi|gmwi2}: a gut health index for every sample. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = {"Scores every sample with a published gut health index, exactly as its authors compute it.",
                "gmhi: Gut Microbiome Health Index (Gupta et al. 2020, doi:10.1038/s41467-020-18476-8), from a"
                        + " MetaPhlAn 2 species profile; > 0 healthy, < 0 non-healthy.",
                "gmwi2: Gut Microbiome Wellness Index 2 (Chang et al. 2024, doi:10.1038/s41467-024-51651-9), from a"
                        + " full MetaPhlAn 3 profile; call: healthy (>= 1), non-healthy (<= -1), uncertain (reject"
                        + " band |score| < 1).",
                "Output (TSV on stdout): sample_id, the index value, for gmwi2 the call, and the model version."
                        + " Warnings about input that does not fit the model go to stderr."})
final class ScoreCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Profile files (one or many samples each).")
    List<Path> files;

    @Option(names = "--index", required = true, paramLabel = "NAME", description = "gmhi or gmwi2.")
    String index;

    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--allow-mismatch",
            description = "Score input the model was not built for (e.g. a MetaPhlAn 4 profile) with a warning"
                    + " instead of refusing it.")
    boolean allowMismatch;

    @Override
    public Integer call() {
        HealthIndex ix = HealthIndex.named(index);
        boolean withCall = ix.rejectBand() > 0;
        StringBuilder out = new StringBuilder("sample_id\t").append(ix.model().id())
                .append(withCall ? "\tcall" : "").append("\tmodel\n");
        IndexScores s = IndexFiles.scoreAll(ix, files, input.readOptions(), allowMismatch, System.err);
        for (int i = 0; i < s.size(); i++) {
            out.append(TsvCells.text(s.sampleIds().get(i))).append('\t').append(TsvNumbers.format(s.value(i)));
            if (withCall) out.append('\t').append(s.call(i).label());
            out.append('\t').append(s.model().tag()).append('\n');
        }
        System.out.print(out);
        System.out.flush();
        return Main.OK;
    }
}
