package demarc.importer.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.Field;
import demarc.importer.document.DocNode.ListNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.document.DocNode.ScalarKind;
import demarc.importer.document.DocNode.ScalarNode;

/** Small edits of the immutable inventory trees: each returns a new tree and leaves the old one as it was. */
final class Trees {

    private Trees() {
    }

    static ScalarNode text(int line, String value) {
        return new ScalarNode(line, ScalarKind.STRING, value);
    }

    /** The scalar text of {@code key} in {@code map}, if it is a scalar other than null. */
    static Optional<String> scalar(MapNode map, String key) {
        return map.field(key).map(Field::value)
                .filter(value -> value instanceof ScalarNode s && s.kind() != ScalarKind.NULL)
                .map(value -> ((ScalarNode) value).text());
    }

    /** {@code map} with {@code key} set to {@code value}, in place when present, at the end otherwise. */
    static MapNode with(MapNode map, String key, DocNode value) {
        List<Field> fields = new ArrayList<>();
        boolean replaced = false;
        for (Field field : map.fields()) {
            if (field.key().equals(key)) {
                fields.add(new Field(key, field.line(), value));
                replaced = true;
            } else {
                fields.add(field);
            }
        }
        if (!replaced) {
            fields.add(new Field(key, value.line(), value));
        }
        return new MapNode(map.line(), fields);
    }

    /** {@code map} with {@code items} appended to its list {@code key} (created when absent or null). */
    static MapNode appended(MapNode map, String key, List<DocNode> items) {
        List<DocNode> all = new ArrayList<>();
        int line = map.line();
        Optional<DocNode> existing = map.field(key).map(Field::value);
        if (existing.isPresent() && existing.get() instanceof ListNode list) {
            all.addAll(list.items());
            line = list.line();
        }
        all.addAll(items);
        return with(map, key, new ListNode(line, all));
    }

    /** The index of the map in list {@code section} of {@code root} whose {@code id} is {@code id}, or -1. */
    static int indexOf(MapNode root, String section, String id) {
        List<DocNode> items = items(root, section);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof MapNode item && scalar(item, "id").filter(id::equals).isPresent()) {
                return i;
            }
        }
        return -1;
    }

    static List<DocNode> items(MapNode root, String section) {
        return root.field(section).map(Field::value)
                .filter(ListNode.class::isInstance).map(value -> ((ListNode) value).items()).orElse(List.of());
    }

    /** {@code root} with item {@code index} of list {@code section} changed by {@code change}. */
    static MapNode withItem(MapNode root, String section, int index, UnaryOperator<MapNode> change) {
        ListNode list = (ListNode) root.field(section).orElseThrow().value();
        List<DocNode> items = new ArrayList<>(list.items());
        items.set(index, change.apply((MapNode) items.get(index)));
        return with(root, section, new ListNode(list.line(), items));
    }

    /** {@code root} without item {@code index} of list {@code section}. */
    static MapNode withoutItem(MapNode root, String section, int index) {
        ListNode list = (ListNode) root.field(section).orElseThrow().value();
        List<DocNode> items = new ArrayList<>(list.items());
        items.remove(index);
        return with(root, section, new ListNode(list.line(), items));
    }
}
