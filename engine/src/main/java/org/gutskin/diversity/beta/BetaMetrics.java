package org.gutskin.diversity.beta;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.gutskin.diversity.tree.TipMapping;

/**
 * The registry from contract names to beta metrics: dispatch only. Its entries are the {@link BetaMetricType}s
 * listed in {@code META-INF/services/org.gutskin.diversity.beta.BetaMetricType}, in that order; {@code beta} and
 * {@code cohort} help, validation and the docs are generated from it.
 */
public final class BetaMetrics {

    private BetaMetrics() {}

    /** Loaded once, through this class's loader: every services file on the class path, in class-path order. */
    private static final class Holder {
        static final Map<String, BetaMetricType> TYPES = load();

        private static Map<String, BetaMetricType> load() {
            Map<String, BetaMetricType> m = new LinkedHashMap<>();
            for (BetaMetricType t : ServiceLoader.load(BetaMetricType.class, BetaMetrics.class.getClassLoader())) {
                if (!t.name().matches("[a-z0-9_]+"))
                    throw new IllegalStateException("beta metric name '" + t.name() + "' of " + t.getClass().getName()
                            + ": use lower case, digits and underscores");
                BetaMetricType had = m.putIfAbsent(t.name(), t);
                if (had != null)
                    throw new IllegalStateException("beta metric '" + t.name() + "' is registered twice: "
                            + had.getClass().getName() + " and " + t.getClass().getName());
            }
            return Collections.unmodifiableMap(m);
        }
    }

    /** Every entry, in registry order. */
    public static List<BetaMetricType> types() {
        return List.copyOf(Holder.TYPES.values());
    }

    /** Every contract name, in registry order. */
    public static List<String> names() {
        return List.copyOf(Holder.TYPES.keySet());
    }

    /** The names of the metrics that need no tree (what {@code cohort} accepts), in registry order. */
    public static List<String> treeless() {
        return Holder.TYPES.values().stream().filter(t -> !t.needsTree()).map(BetaMetricType::name).toList();
    }

    public static boolean exists(String name) {
        return Holder.TYPES.containsKey(name);
    }

    public static boolean needsTree(String name) {
        return exists(name) && Holder.TYPES.get(name).needsTree();
    }

    /**
     * @param tree the features on a tree (UniFrac), else may be null
     * @param pseudocount Aitchison's pseudocount
     * @throws IllegalArgumentException for an unknown name or a tree metric without a tree
     */
    public static BetaMetric create(String name, TipMapping tree, double pseudocount) {
        BetaMetricType t = Holder.TYPES.get(name);
        if (t == null)
            throw new IllegalArgumentException("unknown beta metric '" + name + "'; known: " + String.join(", ", names()));
        if (t.needsTree() && tree == null) throw new IllegalArgumentException(name + " needs a tree");
        return t.create(tree, pseudocount);
    }
}
