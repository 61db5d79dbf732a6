package org.gutskin.diversity.alpha;

import java.util.List;
import org.gutskin.diversity.tree.TipMapping;

/**
 * The registry from contract names to alpha metrics (scikit-bio's {@code _driver}: dispatch only, no
 * arithmetic). Chao1 needs read counts and Faith's PD a tree; the caller checks {@link #needsCounts} and
 * {@link #needsTree} first so it can say which input or option is missing.
 */
public final class AlphaMetrics {

    /** Every metric, in the contract's order. */
    public static final List<String> NAMES = List.of("observed", "shannon", "simpson", "inverse_simpson", "pielou_e",
            "chao1", "berger_parker_d", "faith_pd");

    private AlphaMetrics() {}

    public static boolean exists(String name) {
        return NAMES.contains(name);
    }

    public static boolean needsCounts(String name) {
        return name.equals("chao1");
    }

    public static boolean needsTree(String name) {
        return name.equals("faith_pd");
    }

    /**
     * @param base Shannon's logarithm base
     * @param tree the features on a tree, or null (then {@code faith_pd} is refused)
     * @throws IllegalArgumentException for a name that is not in {@link #NAMES}, or faith_pd without a tree
     */
    public static AlphaMetric create(String name, double base, TipMapping tree) {
        return switch (name) {
            case "observed" -> new Observed();
            case "shannon" -> new Shannon(base);
            case "simpson" -> new Simpson();
            case "inverse_simpson" -> new InverseSimpson();
            case "pielou_e" -> new PielouE();
            case "chao1" -> new Chao1(true);
            case "berger_parker_d" -> new BergerParkerD();
            case "faith_pd" -> {
                if (tree == null) throw new IllegalArgumentException("faith_pd needs a tree");
                yield new FaithPd(tree);
            }
            default -> throw new IllegalArgumentException("unknown alpha metric '" + name + "'; known: "
                    + String.join(", ", NAMES));
        };
    }
}
