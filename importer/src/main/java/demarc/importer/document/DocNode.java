package demarc.importer.document;

import java.util.List;
import java.util.Optional;

/**
 * A parsed YAML or JSON document as a small tree whose every node remembers the line it starts on, so that
 * validation can name the line of each problem. Built by {@link YamlTreeReader} and {@link JsonTreeReader}.
 */
public sealed interface DocNode permits DocNode.MapNode, DocNode.ListNode, DocNode.ScalarNode {

    /** The 1-based line the node starts on. */
    int line();

    /** What the node is, for "expected a string, found a list" messages. */
    String describe();

    /** One key of a map, with the line of the key (the value carries its own). */
    record Field(String key, int line, DocNode value) {
    }

    /** A map whose keys are unique and kept in document order. */
    record MapNode(int line, List<Field> fields) implements DocNode {
        public MapNode {
            fields = List.copyOf(fields);
        }

        public Optional<Field> field(String key) {
            return fields.stream().filter(f -> f.key().equals(key)).findFirst();
        }

        @Override
        public String describe() {
            return "a map";
        }
    }

    record ListNode(int line, List<DocNode> items) implements DocNode {
        public ListNode {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A scalar as written ({@code text}) with the type its syntax gives it. */
    record ScalarNode(int line, ScalarKind kind, String text) implements DocNode {
        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "a string";
                case INTEGER -> "an integer";
                case DECIMAL -> "a decimal number";
                case BOOLEAN -> "a boolean";
                case DATE -> "a date";
                case NULL -> "no value";
            };
        }
    }

    /** The type of a scalar: YAML's implicit or explicit tag, or the JSON token. */
    enum ScalarKind {
        STRING, INTEGER, DECIMAL, BOOLEAN, DATE, NULL
    }
}
