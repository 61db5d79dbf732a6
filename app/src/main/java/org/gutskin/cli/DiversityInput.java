package org.gutskin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gutskin.diversity.FeatureSelection;
import org.gutskin.diversity.Rarefaction;
import org.gutskin.diversity.tree.NewickParser;
import org.gutskin.diversity.tree.TaxonomyTree;
import org.gutskin.diversity.tree.TipMapping;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.profile.EmptySamples;
import org.gutskin.io.InputException;
import org.gutskin.profile.Profile;
import org.gutskin.profile.Rank;
import org.gutskin.profile.RankCoverage;
import org.gutskin.profile.TableUnion;
import org.gutskin.profile.format.ProfileFiles;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code alpha} and {@code beta} share: the files, the rank, the tree, rarefaction — read and resolved the
 * same way for both (a picocli mixin), so the two commands cannot drift apart.
 */
final class DiversityInput {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Profile files (any supported format, auto-detected).")
    List<Path> files;

    @picocli.CommandLine.Mixin
    InputOptions inputOptions;

    @Option(names = "--rank", paramLabel = "RANK", description = "Taxonomic rank to measure at (kingdom … species, strain). "
            + "Default: species when the features carry a taxonomy; bare feature ids (an OTU/ASV table) as given.")
    String rank;

    @Option(names = "--tree", paramLabel = "NEWICK", description = "Newick tree whose tips are the feature names "
            + "(for faith_pd and UniFrac).")
    Path tree;

    @Option(names = "--taxonomy-tree", description = "Build the tree from the features' lineages with every branch "
            + "of length 1 (instead of --tree; coarser than a phylogeny, never used unless asked for).")
    boolean taxonomyTree;

    @Option(names = "--rarefy", paramLabel = "DEPTH", description = "Subsample every sample's counts without "
            + "replacement to DEPTH reads first; samples with fewer reads are dropped (named on stderr).")
    Long rarefy;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed for --rarefy (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Threads to use (default: all cores).")
    Integer threads;

    /** The resolved input: the table over the chosen features and the tree placement, if any. */
    record Loaded(AbundanceTable table, String features, TipMapping tree) {}

    Optional<Rank> rankOption(picocli.CommandLine cl) {
        if (rank == null) return Optional.empty();
        return Optional.of(Rank.ofLabel(rank).orElseThrow(() -> new picocli.CommandLine.ParameterException(cl,
                "unknown rank '" + rank + "'; expected kingdom, phylum, class, order, family, genus, species or strain")));
    }

    int threads() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    }

    void checkTreeOptions(picocli.CommandLine cl, boolean needed, String what) {
        if (tree != null && taxonomyTree)
            throw new picocli.CommandLine.ParameterException(cl, "give either --tree or --taxonomy-tree, not both");
        if (needed && tree == null && !taxonomyTree)
            throw new picocli.CommandLine.ParameterException(cl, what + " needs a tree: --tree NEWICK, or "
                    + "--taxonomy-tree to build one from the lineages");
    }

    /**
     * Reads every file, selects the features, joins the files ({@code --join}), rarefies if asked, and places the
     * tree. On stderr: files and samples left out as empty ({@link EmptySamples}), the join's reconciliations (one
     * line), and a rank that drops more than 10 % of a sample's classified abundance ({@link RankCoverage}).
     */
    Loaded load(picocli.CommandLine cl, boolean countsRequired, String countsFor, boolean wantTree) {
        Optional<Rank> r = rankOption(cl);
        var readOptions = inputOptions.readOptions();
        var err = cl.getErr();
        List<AbundanceTable> tables = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> emptyFiles = new ArrayList<>();
        Set<String> described = new LinkedHashSet<>();
        for (Path f : files) {
            Profile p = ProfileFiles.read(f, readOptions);
            AbundanceTable t = p.counts().orElse(p.abundance());
            if (files.size() > 1 && EmptySamples.allEmpty(t)) {
                emptyFiles.add(f.toString());
                continue;
            }
            if (countsRequired && !t.hasCounts())
                throw new InputException(f, 0, countsFor + " needs read counts, but this " + p.format().label()
                        + " file holds relative abundances only");
            FeatureSelection.Selected sel = FeatureSelection.select(t, r, f.toString());
            Rank used = r.orElse(FeatureSelection.hasTaxonomy(t) ? FeatureSelection.DEFAULT_RANK : null);
            if (used != null) {
                String w = RankCoverage.of(t, used).warning();
                if (w != null) err.println("gutskin: warning: " + f + ": " + w);
            }
            tables.add(sel.table());
            sources.add(f.toString());
            described.add(sel.description());
        }
        if (tables.isEmpty())
            throw new InputException("every profile given is empty or holds only unclassified abundance: "
                    + String.join(", ", emptyFiles));
        if (!emptyFiles.isEmpty())
            err.println("gutskin: note: " + emptyFiles.size() + " file(s) left out: nothing classified ("
                    + String.join(", ", emptyFiles) + ")");
        TableUnion.Joined joined;
        try {
            joined = TableUnion.join(tables, sources, inputOptions.joinMode(), Joins.names(tables.size()));
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage());
        }
        if (joined.summary() != null) err.println("gutskin: note: " + joined.summary());
        EmptySamples.Kept kept = EmptySamples.leaveOut(joined.table(), String.join(", ", sources),
                String.join(" + ", described));
        if (kept.note() != null) err.println("gutskin: note: " + kept.note());
        AbundanceTable table = kept.table();
        if (rarefy != null) {
            Rarefaction.Result rr = Rarefaction.rarefy(table, rarefy, seed);
            if (!rr.dropped().isEmpty())
                cl.getErr().println("gutskin: rarefaction to " + rarefy + " reads dropped " + rr.dropped().size()
                        + " sample(s) with fewer reads: " + String.join(", ", rr.dropped()));
            table = rr.table();
        }
        TipMapping placed = null;
        if (wantTree && tree != null) placed = TipMapping.byName(NewickParser.read(tree), table);
        else if (wantTree && taxonomyTree) placed = TaxonomyTree.build(table);
        return new Loaded(table, String.join(" + ", described), placed);
    }
}
