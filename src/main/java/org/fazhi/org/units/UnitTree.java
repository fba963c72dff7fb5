package org.fazhi.org.units;

import org.fazhi.org.UnitKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit tree (单位树) of what a user may see: units whose parent lies outside the scope become roots, so a township's
 * administrator sees their township at the top.
 */
public final class UnitTree {

    private UnitTree() {
    }

    /** One unit as loaded for the tree. */
    public record Entry(long id, Long parentId, String ancestors, String name, UnitKind kind) {
        /** Whether this unit lies strictly below the unit with the given path. */
        public boolean below(String path) {
            return ancestors.startsWith(path);
        }
    }

    /** A node with its children, in the order the entries came (tree order). */
    public record Node(long id, String name, UnitKind kind, List<Node> children) {
        public String kindLabel() {
            return kind.label();
        }
    }

    /** A unit for a chooser, indented by depth. */
    public record Option(long id, String name, UnitKind kind, int depth) {
        public String label() {
            return "\u3000".repeat(depth) + name + "（" + kind.label() + "）";
        }
    }

    public static List<Node> build(List<Entry> entries) {
        Map<Long, Node> nodes = new LinkedHashMap<>();
        for (Entry e : entries) {
            nodes.put(e.id(), new Node(e.id(), e.name(), e.kind(), new ArrayList<>()));
        }
        List<Node> roots = new ArrayList<>();
        for (Entry e : entries) {
            Node parent = e.parentId() == null ? null : nodes.get(e.parentId());
            if (parent == null) {
                roots.add(nodes.get(e.id()));
            } else {
                parent.children().add(nodes.get(e.id()));
            }
        }
        return roots;
    }

    /** The tree flattened depth-first for a {@code <select>}. */
    public static List<Option> options(List<Entry> entries) {
        List<Option> options = new ArrayList<>();
        for (Node root : build(entries)) {
            flatten(root, 0, options);
        }
        return options;
    }

    private static void flatten(Node node, int depth, List<Option> into) {
        into.add(new Option(node.id(), node.name(), node.kind(), depth));
        for (Node child : node.children()) {
            flatten(child, depth + 1, into);
        }
    }
}
