package org.gutskin.diversity.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.io.InputException;
import org.gutskin.profile.SparseVector;

/**
 * A table's features placed on a tree: {@code node(t)} is the tree node that feature {@code t} sits on.
 *
 * <p>{@link #byName} matches a feature to the tip of the same name (the feature's own name: an OTU id, or the
 * taxon name at the chosen rank such as {@code Bacteroides_vulgatus}); underscores and blanks count as the same
 * character, because Newick writes a blank as {@code _}. As scikit-bio does (its {@code MissingNodeError}), every
 * feature that is present in some sample must be a tip, otherwise the result would silently drop abundance;
 * features absent from every sample may be missing. Every non-root branch needs a length.
 */
public record TipMapping(PhyloTree tree, int[] nodeOfFeature) {

    public int node(int feature) {
        return nodeOfFeature[feature];
    }

    public static TipMapping byName(PhyloTree tree, AbundanceTable table) {
        for (int k = 0; k < tree.size() - 1; k++)
            if (!tree.hasLength(k))
                throw new InputException(tree.source(), 0, "Newick: the branch above "
                        + (tree.name(k) == null ? "an unnamed node" : "'" + tree.name(k) + "'")
                        + " has no length; every branch but the root's needs one", null);
        Map<String, Integer> tips = new HashMap<>();
        for (int k = 0; k < tree.size(); k++)
            if (tree.isTip(k) && tree.name(k) != null) tips.put(key(tree.name(k)), k);
        boolean[] present = new boolean[table.taxonCount()];
        for (int s = 0; s < table.sampleCount(); s++) {
            SparseVector v = table.sample(s);
            for (int k = 0; k < v.size(); k++) present[v.taxon(k)] = true;
        }
        int[] node = new int[table.taxonCount()];
        List<String> missing = new ArrayList<>();
        int nMissing = 0;
        for (int t = 0; t < node.length; t++) {
            String name = table.taxa().get(t).name();
            Integer k = tips.get(key(name));
            node[t] = k == null ? -1 : k;
            if (k == null && present[t]) {
                nMissing++;
                if (missing.size() < 5) missing.add(name);
            }
        }
        if (nMissing > 0)
            throw new InputException(tree.source(), 0, "the tree has no tip for " + nMissing + " feature"
                    + (nMissing == 1 ? "" : "s") + " of the table (e.g. " + String.join(", ", missing)
                    + "); every feature present in a sample must be a tip", null);
        return new TipMapping(tree, node);
    }

    private static String key(String name) {
        return name.replace('_', ' ');
    }
}
