package org.gutskin.diversity.tree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.gutskin.io.InputException;

/**
 * Reads a Newick tree (Felsenstein's format, https://phylipweb.github.io/phylip/newicktree.html): nested
 * parentheses, tip and internal-node labels, {@code :length} branch lengths, {@code 'quoted labels'} (a doubled
 * quote {@code ''} is one quote), and {@code [comments]} anywhere between tokens, which are skipped (so are
 * bootstrap/NHX annotations written as comments). Whitespace between tokens is ignored.
 *
 * <p>Labels are kept as written: underscores in unquoted labels are <em>not</em> turned into blanks (Newick's
 * rule, which scikit-bio applies), because MetaPhlAn names use underscores; {@link TipMapping} matches features
 * to tips with underscores and blanks treated alike. Refused with the file, line and column: a negative or
 * unparsable branch length, unbalanced parentheses, text after the closing {@code ;}, an unterminated quote or
 * comment. The parser is iterative, so a deep (caterpillar) tree does not overflow the stack.
 */
public final class NewickParser {

    private final String src;
    private final String text;
    private int pos;

    private final List<Integer> parents = new ArrayList<>();
    private final List<Double> lengths = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<List<Integer>> children = new ArrayList<>();

    private NewickParser(String source, String text) {
        this.src = source;
        this.text = text;
    }

    public static PhyloTree read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file.toString(), 0, "cannot read the tree: " + e.getMessage(), e);
        }
        return parse(file.toString(), text);
    }

    /** Parses Newick text; {@code source} names it in error messages. */
    public static PhyloTree parse(String source, String text) {
        return new NewickParser(source, text).parse();
    }

    private PhyloTree parse() {
        Deque<Integer> open = new ArrayDeque<>();
        int last = -1;
        boolean expectNode = true;
        while (true) {
            skipBlanks();
            if (pos >= text.length()) {
                if (!open.isEmpty()) throw error("unbalanced parentheses: the tree ends inside a '('");
                if (last < 0) throw error("no tree found");
                break; // a missing final ';' is tolerated
            }
            char c = text.charAt(pos);
            if (expectNode) {
                if (c == '(') {
                    open.push(newNode(open.isEmpty() ? -1 : open.peek()));
                    pos++;
                } else {
                    if (open.isEmpty() && last >= 0) throw error("a second tree or stray text after the tree");
                    int n = newNode(open.isEmpty() ? -1 : open.peek());
                    labelAndLength(n);
                    last = n;
                    expectNode = false;
                }
            } else if (c == ',') {
                if (open.isEmpty()) throw error("',' outside any parentheses");
                pos++;
                expectNode = true;
            } else if (c == ')') {
                if (open.isEmpty()) throw error("unbalanced parentheses: ')' without '('");
                int n = open.pop();
                pos++;
                labelAndLength(n);
                last = n;
            } else if (c == ';') {
                if (!open.isEmpty()) throw error("unbalanced parentheses: ';' inside '('");
                pos++;
                skipBlanks();
                if (pos < text.length()) throw error("text after the tree's closing ';'");
                break;
            } else {
                throw error("unexpected '" + c + "'");
            }
        }
        return toPostorder(findRoot());
    }

    private int findRoot() {
        for (int k = 0; k < parents.size(); k++) if (parents.get(k) == -1) return k;
        throw error("no root");
    }

    private int newNode(int parent) {
        int id = parents.size();
        parents.add(parent);
        lengths.add(Double.NaN);
        names.add(null);
        children.add(new ArrayList<>(2));
        if (parent >= 0) children.get(parent).add(id);
        return id;
    }

    private void labelAndLength(int node) {
        skipBlanks();
        String label = label();
        if (label != null && !label.isEmpty()) names.set(node, label);
        skipBlanks();
        if (pos < text.length() && text.charAt(pos) == ':') {
            pos++;
            skipBlanks();
            int start = pos;
            while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) pos++;
            String num = text.substring(start, pos);
            double v;
            try {
                v = Double.parseDouble(num);
            } catch (NumberFormatException e) {
                pos = start;
                throw error("branch length '" + num + "' is not a number");
            }
            if (!(v >= 0) || Double.isInfinite(v)) {
                pos = start;
                throw error("negative or non-finite branch length " + num + " above "
                        + (names.get(node) == null ? "an unnamed node" : "'" + names.get(node) + "'"));
            }
            lengths.set(node, v);
        }
    }

    private String label() {
        if (pos >= text.length()) return null;
        if (text.charAt(pos) == '\'') {
            int start = pos;
            StringBuilder sb = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= text.length()) {
                    pos = start;
                    throw error("unterminated quoted label");
                }
                char c = text.charAt(pos++);
                if (c == '\'') {
                    if (pos < text.length() && text.charAt(pos) == '\'') {
                        sb.append('\'');
                        pos++;
                    } else {
                        return sb.toString();
                    }
                } else {
                    sb.append(c);
                }
            }
        }
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '(' || c == ')' || c == ',' || c == ':' || c == ';' || c == '[' || c == '\''
                    || Character.isWhitespace(c)) break;
            pos++;
        }
        return text.substring(start, pos);
    }

    private void skipBlanks() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '[') {
                int end = text.indexOf(']', pos);
                if (end < 0) throw error("unterminated [comment]");
                pos = end + 1;
            } else {
                return;
            }
        }
    }

    /** Renumbers the nodes so that children come before parents (iterative postorder). */
    private PhyloTree toPostorder(int root) {
        int n = parents.size();
        int[] order = new int[n];
        int[] newId = new int[n];
        int k = 0;
        Deque<int[]> stack = new ArrayDeque<>(); // {node, next child index}
        stack.push(new int[] {root, 0});
        while (!stack.isEmpty()) {
            int[] top = stack.peek();
            List<Integer> ch = children.get(top[0]);
            if (top[1] < ch.size()) {
                stack.push(new int[] {ch.get(top[1]++), 0});
            } else {
                stack.pop();
                newId[top[0]] = k;
                order[k++] = top[0];
            }
        }
        int[] parent = new int[n];
        double[] length = new double[n];
        String[] name = new String[n];
        for (int i = 0; i < n; i++) {
            int old = order[i];
            int p = parents.get(old);
            parent[i] = p < 0 ? -1 : newId[p];
            length[i] = lengths.get(old);
            name[i] = names.get(old);
        }
        return new PhyloTree(src, parent, length, name);
    }

    private InputException error(String message) {
        int line = 1, col = 1;
        for (int i = 0; i < Math.min(pos, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new InputException(src, line, "Newick: " + message + " (column " + col + ")", null);
    }
}
