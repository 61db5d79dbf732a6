package org.gutskin.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gutskin.io.AtomicFiles;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.Format;
import org.gutskin.profile.Profile;
import org.gutskin.profile.format.BiomJsonWriter;
import org.gutskin.profile.format.ProfileFiles;
import org.gutskin.profile.format.TsvWriter;
import org.gutskin.provenance.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gutskin convert FILE --to biom-json|tsv -o OUT}: rewrites a profile in another format. The output is
 * written atomically (a temporary file, then a move), so bad input never leaves a partial file. Provenance: a TSV
 * carries the record's lines as {@code #gutskin-provenance} comments; BIOM JSON (whose 1.0 format has no place for
 * more) names the software in {@code generated_by}.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a profile file to BIOM 1.0 JSON or TSV (MetaPhlAn merged layout).")
final class ConvertCommand implements Callable<Integer> {

    enum Target { biom_json, tsv }

    enum Values { auto, counts, relative }

    @Parameters(index = "0", paramLabel = "FILE", description = "Profile file (any supported format).")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "biom-json or tsv.",
            converter = TargetConverter.class)
    Target to;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output file.")
    Path output;

    @Option(names = "--values", paramLabel = "auto|counts|relative", defaultValue = "auto",
            description = "Which numbers to write: counts, relative abundance (percent), or auto (default): the "
                    + "counts when the file has them, except for MetaPhlAn, whose primary values are percentages.")
    Values values;

    @Mixin
    InputOptions input;

    @Spec
    CommandSpec spec;

    static final class TargetConverter implements picocli.CommandLine.ITypeConverter<Target> {
        @Override
        public Target convert(String s) {
            return switch (s) {
                case "biom-json", "biom" -> Target.biom_json;
                case "tsv" -> Target.tsv;
                default -> throw new picocli.CommandLine.TypeConversionException("expected biom-json or tsv, got '" + s + "'");
            };
        }
    }

    @Override
    public Integer call() throws Exception {
        Profile p = ProfileFiles.read(file, input.readOptions());
        AbundanceTable t = switch (values) {
            case counts -> p.requireCounts("--values counts");
            case relative -> p.relative();
            case auto -> p.counts().isPresent() && p.format() != Format.METAPHLAN ? p.counts().get() : p.abundance();
        };
        for (String w : p.warnings()) spec.commandLine().getErr().println("gutskin: warning: " + file + ": " + w);
        Provenance prov = Provenance.builder()
                .input(p.input().asProvenance())
                .option("to", to == Target.biom_json ? "biom-json" : "tsv").option("values", values)
                .option("inputFormat", input.readOptions().format() == null ? "auto" : input.readOptions().format().label())
                .build();
        AtomicFiles.write(output, out -> {
            if (to == Target.biom_json) {
                BiomJsonWriter.write(t, prov.softwareName() + " " + prov.software(), out);
            } else {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                TsvWriter.write(t, w, prov.lines());
                w.flush();
            }
        });
        return Main.OK;
    }
}
