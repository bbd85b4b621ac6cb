package demarc.importer.nfv;

import java.util.List;
import java.util.Optional;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.ListNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.document.DocNode.ScalarKind;
import demarc.importer.document.DocNode.ScalarNode;

/** Lenient reads of a descriptor tree: absent or differently shaped values read as empty, never as an exception. */
public final class Trees {

    private Trees() {
    }

    public static Optional<DocNode> get(DocNode node, String key) {
        return node instanceof MapNode map ? map.field(key).map(DocNode.Field::value) : Optional.empty();
    }

    public static Optional<MapNode> map(DocNode node, String key) {
        return get(node, key).filter(MapNode.class::isInstance).map(MapNode.class::cast);
    }

    /** The scalar text at {@code key}; a null, a map (such as {@code get_input}) or a list reads as absent. */
    public static String text(DocNode node, String key) {
        return get(node, key).map(Trees::scalar).orElse(null);
    }

    public static String scalar(DocNode node) {
        return node instanceof ScalarNode scalar && scalar.kind() != ScalarKind.NULL ? scalar.text() : null;
    }

    /** The items at {@code key}: a list's items, a single value as one item (a YANG list of one in XML). */
    public static List<DocNode> items(DocNode node, String key) {
        return get(node, key).map(Trees::items).orElse(List.of());
    }

    public static List<DocNode> items(DocNode value) {
        if (value instanceof ListNode list) {
            return list.items();
        }
        return value instanceof ScalarNode scalar && scalar.kind() == ScalarKind.NULL ? List.of() : List.of(value);
    }

    /** The integer at {@code key}, or null when absent or not a whole number. */
    public static Integer integer(DocNode node, String key) {
        String text = text(node, key);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
