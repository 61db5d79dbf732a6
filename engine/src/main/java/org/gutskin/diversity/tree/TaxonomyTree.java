package org.gutskin.diversity.tree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gutskin.profile.AbundanceTable;
import org.gutskin.io.InputException;
import org.gutskin.profile.Lineage;
import org.gutskin.profile.Rank;

/**
 * A tree built from the features' lineages (kingdom → … → the feature), every branch of length 1: the stand-in
 * for a phylogeny when a MetaPhlAn profile comes without one. It is only built when asked for
 * ({@code --taxonomy-tree}), never as a silent default, because UniFrac and Faith's PD on a taxonomy are coarser
 * than on a phylogeny (all species of a genus are equally far apart).
 *
 * <p>Nodes are keyed by the lineage prefix, so two genera of the same name in different families stay apart; a
 * rank the lineage does not give is skipped (no node). The root has no length. The result is written as Newick
 * by {@link #toNewick} so a peer (Striped UniFrac) can be run on the very same tree.
 */
public final class TaxonomyTree {

    private TaxonomyTree() {}

    public static TipMapping build(AbundanceTable table) {
        List<Integer> parents = new ArrayList<>(); // preorder-ish ids; fixed up into postorder below
        List<String> names = new ArrayList<>();
        List<List<Integer>> children = new ArrayList<>();
        Map<List<String>, Integer> ids = new HashMap<>();
        parents.add(-1);
        names.add("root");
        children.add(new ArrayList<>());
        int[] featureNode = new int[table.taxonCount()];
        boolean anyAncestor = false;
        for (int t = 0; t < table.taxonCount(); t++) {
            Lineage l = table.taxa().get(t);
            if (l.isUnclassified())
                throw new InputException(null, 0, "--taxonomy-tree: the table has an unclassified feature, which has no place in a taxonomy", null);
            int node = 0;
            String[] path = new String[l.rank().ordinal() + 1];
            for (Rank r : Rank.values()) {
                if (r.ordinal() > l.rank().ordinal()) break;
                path[r.ordinal()] = l.nameAt(r);
                if (l.nameAt(r) == null) continue;
                if (r != l.rank()) anyAncestor = true;
                List<String> key = Arrays.asList(Arrays.copyOf(path, r.ordinal() + 1));
                Integer id = ids.get(key);
                if (id == null) {
                    id = parents.size();
                    ids.put(key, id);
                    parents.add(node);
                    names.add(l.nameAt(r));
                    children.add(new ArrayList<>());
                    children.get(node).add(id);
                }
                node = id;
            }
            featureNode[t] = node;
        }
        if (!anyAncestor)
            throw new InputException(null, 0, "--taxonomy-tree needs lineages (k__…|p__…|…), but the table's features "
                    + "are bare names; give a tree with --tree", null);
        // postorder renumbering
        int n = parents.size();
        int[] newId = new int[n];
        int[] order = new int[n];
        int k = 0;
        int[] next = new int[n];
        int[] stack = new int[n + 1];
        int sp = 0;
        stack[sp++] = 0;
        while (sp > 0) {
            int top = stack[sp - 1];
            List<Integer> ch = children.get(top);
            if (next[top] < ch.size()) {
                stack[sp++] = ch.get(next[top]++);
            } else {
                sp--;
                newId[top] = k;
                order[k++] = top;
            }
        }
        int[] parent = new int[n];
        double[] length = new double[n];
        String[] name = new String[n];
        for (int i = 0; i < n; i++) {
            int old = order[i];
            parent[i] = parents.get(old) < 0 ? -1 : newId[parents.get(old)];
            length[i] = parents.get(old) < 0 ? Double.NaN : 1.0;
            name[i] = names.get(old);
        }
        // tips of a taxonomy tree may repeat a name in different lineages; PhyloTree only indexes unique ones,
        // and the mapping below is by node, not by name
        for (int t = 0; t < featureNode.length; t++) featureNode[t] = newId[featureNode[t]];
        PhyloTree tree = new PhyloTree("--taxonomy-tree", parent, length, uniqueTipNames(parent, name));
        return new TipMapping(tree, featureNode);
    }

    /** Internal names are dropped (a genus and its only species may share a name); tip names stay. */
    private static String[] uniqueTipNames(int[] parent, String[] name) {
        boolean[] internal = new boolean[parent.length];
        for (int p : parent) if (p >= 0) internal[p] = true;
        String[] out = new String[name.length];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < name.length; i++) {
            if (internal[i]) continue;
            int c = seen.merge(name[i], 1, Integer::sum);
            out[i] = c == 1 ? name[i] : name[i] + "#" + c;
        }
        return out;
    }

    /** The tree as Newick, internal nodes unnamed, tip labels quoted. */
    public static String toNewick(PhyloTree tree) {
        int n = tree.size();
        List<List<Integer>> ch = new ArrayList<>();
        for (int i = 0; i < n; i++) ch.add(new ArrayList<>());
        for (int i = 0; i < n - 1; i++) ch.get(tree.parent(i)).add(i);
        String[] text = new String[n];
        for (int i = 0; i < n; i++) { // postorder: children done first
            StringBuilder sb = new StringBuilder();
            if (!ch.get(i).isEmpty()) {
                sb.append('(');
                for (int j = 0; j < ch.get(i).size(); j++) {
                    if (j > 0) sb.append(',');
                    sb.append(text[ch.get(i).get(j)]);
                    text[ch.get(i).get(j)] = null;
                }
                sb.append(')');
            } else {
                sb.append('\'').append(tree.name(i).replace("'", "''")).append('\'');
            }
            if (tree.hasLength(i)) sb.append(':').append(tree.length(i));
            text[i] = sb.toString();
        }
        return text[n - 1] + ";";
    }
}
