package demarc.api.output;

import java.util.ArrayList;
import java.util.List;

import demarc.model.decision.ChainNode;

/**
 * One line of a dependency tree printed as a table: the tree is walked depth first and each node becomes a
 * row, its depth shown by indenting {@code element} (for reading) and kept in {@code depth} (for CSV).
 *
 * @param via      how the parent reaches it, with the anyOf group for alternatives ({@code any-of #4})
 * @param boundary the connection crossed into this node, {@code undeclared}, or empty inside one party
 */
public record ChainRow(int depth, String element, String name, String type, String via, String owner,
                       String operator, List<String> countries, List<String> roles, String boundary) {

    /** The rows of the tree under {@code root}, root first. */
    public static List<ChainRow> flatten(ChainNode root, boolean indent) {
        List<ChainRow> rows = new ArrayList<>();
        add(rows, root, 0, indent);
        return rows;
    }

    private static void add(List<ChainRow> rows, ChainNode node, int depth, boolean indent) {
        String element = (indent ? "  ".repeat(depth) : "") + node.id()
                + (node.cycleOrRepeat() ? " (see above)" : "");
        String via = node.via() == null ? null
                : node.anyOfGroup() == null ? node.via() : node.via() + " #" + node.anyOfGroup();
        rows.add(new ChainRow(depth, element, node.name(), node.type(), via, node.owner(), node.operator(),
                node.countries(), node.roles(), node.boundary()));
        if (node.children() != null) {
            for (ChainNode child : node.children()) {
                add(rows, child, depth + 1, indent);
            }
        }
    }
}
