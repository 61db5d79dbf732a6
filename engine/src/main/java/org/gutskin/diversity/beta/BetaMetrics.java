package org.gutskin.diversity.beta;

import java.util.List;
import org.gutskin.diversity.tree.TipMapping;

/** The registry from contract names to beta metrics: dispatch only. */
public final class BetaMetrics {

    public static final List<String> NAMES = List.of("braycurtis", "jaccard", "aitchison", "unweighted_unifrac",
            "weighted_unifrac");

    private BetaMetrics() {}

    public static boolean exists(String name) {
        return NAMES.contains(name);
    }

    public static boolean needsTree(String name) {
        return name.endsWith("unifrac");
    }

    /**
     * @param tree the features on a tree (UniFrac), else may be null
     * @param pseudocount Aitchison's pseudocount
     * @throws IllegalArgumentException for an unknown name or a UniFrac without a tree
     */
    public static BetaMetric create(String name, TipMapping tree, double pseudocount) {
        if (needsTree(name) && tree == null && exists(name)) throw new IllegalArgumentException(name + " needs a tree");
        return switch (name) {
            case "braycurtis" -> new BrayCurtis();
            case "jaccard" -> new Jaccard();
            case "aitchison" -> new Aitchison(pseudocount);
            case "unweighted_unifrac" -> new UnweightedUnifrac(tree);
            case "weighted_unifrac" -> new WeightedUnifrac(tree);
            default -> throw new IllegalArgumentException("unknown beta metric '" + name + "'; known: "
                    + String.join(", ", NAMES));
        };
    }
}
