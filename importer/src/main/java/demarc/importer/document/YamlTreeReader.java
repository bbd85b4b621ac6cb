package demarc.importer.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads one YAML document into a {@link DocNode} tree. SnakeYAML only composes its node graph (which keeps
 * marks); nothing is ever constructed into Java objects, so no tag can instantiate a type. The limits below
 * keep a hostile document (alias bomb, deep nesting, huge input) from exhausting memory or stack.
 */
public final class YamlTreeReader {

    private final ImportLimits limits;

    /** A reader with {@link ImportLimits#DEFAULTS}. */
    public YamlTreeReader() {
        this(ImportLimits.DEFAULTS);
    }

    public YamlTreeReader(ImportLimits limits) {
        this.limits = limits;
    }

    /** The only tags a document may carry: YAML's core schema plus timestamps. */
    private static final Map<Tag, DocNode.ScalarKind> SCALAR_TAGS = Map.of(
            Tag.STR, DocNode.ScalarKind.STRING,
            Tag.INT, DocNode.ScalarKind.INTEGER,
            Tag.FLOAT, DocNode.ScalarKind.DECIMAL,
            Tag.BOOL, DocNode.ScalarKind.BOOLEAN,
            Tag.NULL, DocNode.ScalarKind.NULL,
            Tag.TIMESTAMP, DocNode.ScalarKind.DATE);

    public ParsedDocument read(String content) throws DocumentSyntaxException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxYamlAliases());
        options.setNestingDepthLimit(limits.maxNestingDepth());
        options.setCodePointLimit(limits.maxCharacters());
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        LastEventParser parser = new LastEventParser(new ParserImpl(new StreamReader(content), options));
        Node root;
        try {
            root = new Composer(parser, new Resolver(), options).getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark != null ? mark.getLine() + 1 : parser.lastLine();
            throw syntaxError(line, describe(e));
        } catch (YAMLException e) {
            // limit violations (aliases, nesting, size) carry no mark: the last event read is where it happened
            throw syntaxError(parser.lastLine(), limitMessage(e.getMessage()));
        }
        if (root == null) {
            throw syntaxError(1, "the document is empty");
        }
        TreeBuilder builder = new TreeBuilder(limits);
        DocNode tree = builder.build(root, TreePaths.ROOT, 0);
        return new ParsedDocument(tree, builder.problems);
    }

    /** SnakeYAML's limit messages, with the name of the setting that raises each limit. */
    private static String limitMessage(String message) {
        String text = message == null ? "" : message;
        if (text.contains("aliases for non-scalar nodes")) {
            return text + " (demarc.import.max-yaml-aliases is " + "the limit)";
        }
        if (text.contains("Nesting Depth exceeded")) {
            return text + " (demarc.import.max-nesting-depth is the limit)";
        }
        if (text.contains("code points")) {
            return text + " (demarc.import.max-file-bytes is the limit)";
        }
        return text;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        String context = e.getContext();
        String column = e.getProblemMark() != null ? " (column " + (e.getProblemMark().getColumn() + 1) + ")" : "";
        return "YAML syntax: " + (context != null ? context + ", " : "") + problem + column;
    }

    private static DocumentSyntaxException syntaxError(int line, String message) {
        return new DocumentSyntaxException(new DocumentProblem(line, TreePaths.ROOT, message));
    }

    private static final class TreeBuilder {
        private final List<DocumentProblem> problems = new ArrayList<>();
        private final ImportLimits limits;
        private int nodes;

        TreeBuilder(ImportLimits limits) {
            this.limits = limits;
        }

        DocNode build(Node node, String path, int depth) throws DocumentSyntaxException {
            int line = node.getStartMark().getLine() + 1;
            if (++nodes > limits.maxValues()) {
                throw syntaxError(line, "the document expands to more than " + limits.maxValues() + " values");
            }
            if (depth > limits.maxNestingDepth()) {
                // also stops a recursive alias, which the composer allows for collections
                throw syntaxError(line, "nesting deeper than " + limits.maxNestingDepth()
                        + " levels (demarc.import.max-nesting-depth)");
            }
            if (node instanceof ScalarNode scalar) {
                DocNode.ScalarKind kind = SCALAR_TAGS.get(scalar.getTag());
                if (kind == null) {
                    throw syntaxError(line, "tag " + scalar.getTag() + " is not allowed at " + path);
                }
                return new DocNode.ScalarNode(line, kind, scalar.getValue());
            }
            if (node instanceof SequenceNode sequence) {
                requireTag(node, Tag.SEQ, path, line);
                List<DocNode> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(build(item, TreePaths.index(path, items.size()), depth + 1));
                }
                return new DocNode.ListNode(line, items);
            }
            MappingNode mapping = (MappingNode) node;
            requireTag(node, Tag.MAP, path, line);
            List<DocNode.Field> fields = new ArrayList<>();
            Map<String, Integer> keyLines = new HashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                int keyLine = keyNode.getStartMark().getLine() + 1;
                if (!(keyNode instanceof ScalarNode keyScalar) || keyScalar.getTag().equals(Tag.NULL)) {
                    problems.add(new DocumentProblem(keyLine, path, "a map key must be a plain word"));
                    continue;
                }
                String key = keyScalar.getValue();
                String fieldPath = TreePaths.key(path, key);
                Integer first = keyLines.putIfAbsent(key, keyLine);
                if (first != null) {
                    problems.add(new DocumentProblem(keyLine, fieldPath,
                            "duplicate key '" + key + "' (first at line " + first + ")"));
                    continue;
                }
                fields.add(new DocNode.Field(key, keyLine, build(tuple.getValueNode(), fieldPath, depth + 1)));
            }
            return new DocNode.MapNode(line, fields);
        }

        private static void requireTag(Node node, Tag expected, String path, int line) throws DocumentSyntaxException {
            if (!node.getTag().equals(expected)) {
                throw syntaxError(line, "tag " + node.getTag() + " is not allowed at " + path);
            }
        }
    }

    /** Remembers where the last event the composer took started, to place errors that carry no mark. */
    private static final class LastEventParser implements Parser {
        private final Parser delegate;
        private int lastLine = 1;

        LastEventParser(Parser delegate) {
            this.delegate = delegate;
        }

        int lastLine() {
            return lastLine;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return delegate.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event event = delegate.getEvent();
            if (event != null && event.getStartMark() != null) {
                lastLine = event.getStartMark().getLine() + 1;
            }
            return event;
        }
    }
}
