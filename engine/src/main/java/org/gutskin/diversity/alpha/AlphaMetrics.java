package org.gutskin.diversity.alpha;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.gutskin.diversity.tree.TipMapping;

/**
 * The registry from contract names to alpha metrics (scikit-bio's {@code _driver}: dispatch only, no arithmetic).
 * Its entries are the {@link AlphaMetricType}s listed in {@code META-INF/services/org.gutskin.diversity.alpha
 * .AlphaMetricType}, in that order; {@code --help}, the report and the docs are generated from it. Chao1 needs read
 * counts and Faith's PD a tree; the caller checks {@link #needsCounts} and {@link #needsTree} first so it can say
 * which input or option is missing.
 */
public final class AlphaMetrics {

    private AlphaMetrics() {}

    /** Loaded once, through this class's loader: every services file on the class path, in class-path order. */
    private static final class Holder {
        static final Map<String, AlphaMetricType> TYPES = load();

        private static Map<String, AlphaMetricType> load() {
            Map<String, AlphaMetricType> m = new LinkedHashMap<>();
            for (AlphaMetricType t : ServiceLoader.load(AlphaMetricType.class, AlphaMetrics.class.getClassLoader())) {
                if (!t.name().matches("[a-z0-9_]+"))
                    throw new IllegalStateException("alpha metric name '" + t.name() + "' of " + t.getClass().getName()
                            + ": use lower case, digits and underscores");
                AlphaMetricType had = m.putIfAbsent(t.name(), t);
                if (had != null)
                    throw new IllegalStateException("alpha metric '" + t.name() + "' is registered twice: "
                            + had.getClass().getName() + " and " + t.getClass().getName());
            }
            return java.util.Collections.unmodifiableMap(m);
        }
    }

    /** Every entry, in registry order. */
    public static List<AlphaMetricType> types() {
        return List.copyOf(Holder.TYPES.values());
    }

    /** Every contract name, in registry order. */
    public static List<String> names() {
        return List.copyOf(Holder.TYPES.keySet());
    }

    public static boolean exists(String name) {
        return Holder.TYPES.containsKey(name);
    }

    public static boolean needsCounts(String name) {
        return exists(name) && Holder.TYPES.get(name).needsCounts();
    }

    public static boolean needsTree(String name) {
        return exists(name) && Holder.TYPES.get(name).needsTree();
    }

    /**
     * The metrics computed when none are asked for: those that need neither counts nor a tree, in registry order,
     * then those that need counts (when the table has them), then those that need a tree (when one is given). The
     * report uses the same rule (with no tree), so a new metric reaches {@code alpha} and the report together.
     */
    public static List<String> defaults(boolean counts, boolean tree) {
        List<String> out = new ArrayList<>();
        for (AlphaMetricType t : Holder.TYPES.values()) if (!t.needsCounts() && !t.needsTree()) out.add(t.name());
        if (counts) for (AlphaMetricType t : Holder.TYPES.values()) if (t.needsCounts() && !t.needsTree()) out.add(t.name());
        if (tree) for (AlphaMetricType t : Holder.TYPES.values()) if (t.needsTree()) out.add(t.name());
        return List.copyOf(out);
    }

    /**
     * @param base Shannon's logarithm base
     * @param tree the features on a tree, or null (then a metric that needs one is refused)
     * @throws IllegalArgumentException for a name that is not registered, or a tree metric without a tree
     */
    public static AlphaMetric create(String name, double base, TipMapping tree) {
        AlphaMetricType t = Holder.TYPES.get(name);
        if (t == null)
            throw new IllegalArgumentException("unknown alpha metric '" + name + "'; known: " + String.join(", ", names()));
        if (t.needsTree() && tree == null) throw new IllegalArgumentException(name + " needs a tree");
        return t.create(base, tree);
    }
}
